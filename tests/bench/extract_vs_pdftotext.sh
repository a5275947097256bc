#!/usr/bin/env bash
# Benchmark (run on demand, never in CI): per-letter time of `klartjek extract` against
# `pdftotext` on the same PDFs in the same run.
#   tests/bench/extract_vs_pdftotext.sh [ROUNDS]     (default 5 rounds over samples/*.pdf)
# Prints per-letter milliseconds for: pdftotext (one process per letter), klartjek extract (one
# process per letter, text and json), klartjek extract (all letters in one process), and the ratios.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-5}
BIN=build/klartjek
[ -x "$BIN" ] || { echo "build first: ./bootstrap.sh" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "pdftotext missing (apt-get install poppler-utils)" >&2; exit 2; }
mapfile -t PDFS < <(ls samples/*.pdf)
N=$(( ${#PDFS[@]} * ROUNDS ))
now() { date +%s.%N; }
per() { awk -v a="$1" -v b="$2" -v n="$N" 'BEGIN { printf "%.2f", (b - a) * 1000 / n }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

t0=$(now); for r in $(seq "$ROUNDS"); do for f in "${PDFS[@]}"; do pdftotext -q "$f" - >/dev/null; done; done; t1=$(now)
for r in $(seq "$ROUNDS"); do for f in "${PDFS[@]}"; do "$BIN" extract "$f" >/dev/null 2>&1 || true; done; done; t2=$(now)
for r in $(seq "$ROUNDS"); do for f in "${PDFS[@]}"; do "$BIN" extract --format json "$f" >/dev/null 2>&1 || true; done; done; t3=$(now)
ARGS=(); for r in $(seq "$ROUNDS"); do ARGS+=("${PDFS[@]}"); done
"$BIN" extract "${ARGS[@]}" >/dev/null 2>&1 || true; t4=$(now)

p=$(per "$t0" "$t1"); k=$(per "$t1" "$t2"); j=$(per "$t2" "$t3"); b=$(per "$t3" "$t4")
echo "letters: ${#PDFS[@]} PDFs x $ROUNDS rounds = $N extractions"
printf "%-46s %8s ms/letter\n" "pdftotext (process per letter)" "$p"
printf "%-46s %8s ms/letter  ratio %s\n" "klartjek extract, text (process per letter)" "$k" "$(ratio "$k" "$p")"
printf "%-46s %8s ms/letter  ratio %s\n" "klartjek extract, json (process per letter)" "$j" "$(ratio "$j" "$p")"
printf "%-46s %8s ms/letter  ratio %s\n" "klartjek extract, text (one process, batch)" "$b" "$(ratio "$b" "$p")"
