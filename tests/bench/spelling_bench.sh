#!/usr/bin/env bash
# Cost of `check` on long inputs that are not Danish letters (issue 11): a 13,000-word English
# text (Debian's licence texts), 13,000 words of letter-like garbage (a broken font) and, for
# comparison, the Danish sample letters' text concatenated. Best of N runs, one process each.
#
#   tests/bench/spelling_bench.sh [ROUNDS] [KLARTJEK]
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-3}
BIN=${2:-build/klartjek}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

cat /usr/share/common-licenses/{GPL-3,Apache-2.0,LGPL-2.1,MPL-2.0} | tr -s ' \n' ' \n' |
  awk -v max=13012 '{ for (i = 1; i <= NF && n < max; i++) { printf "%s ", $i; n++; if (n % 15 == 0) printf "\n" } } END { print "" }' \
  >"$TMP/english.txt"
python3 - "$TMP/garbage.txt" <<'PY'
import random, sys
random.seed(11)
letters = "abcdefghijklmnoprstuvyæøå"
words = ["".join(random.choice(letters) for _ in range(random.randint(3, 14))) for _ in range(13000)]
lines = [" ".join(words[i:i + 12]) + "." for i in range(0, len(words), 12)]
open(sys.argv[1], "w").write("\n\n".join(lines) + "\n")
PY
for f in samples/*.pdf samples/*.txt; do "$BIN" extract "$f" 2>/dev/null; done >"$TMP/danish.txt"

best() {  # file -> best wall time in ms over ROUNDS
  local b=999999
  for _ in $(seq "$ROUNDS"); do
    local s e
    s=$(date +%s%N)
    "$BIN" check "$1" >/dev/null 2>&1 || true
    e=$(date +%s%N)
    local ms=$(( (e - s) / 1000000 ))
    if (( ms < b )); then b=$ms; fi
  done
  echo "$b"
}
printf '%-44s %8s %10s %9s\n' input words "check ms" findings
for n in english garbage danish; do
  f="$TMP/$n.txt"
  words=$(wc -w <"$f")
  findings=$({ "$BIN" check --format json "$f" 2>/dev/null || true; } | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["findings"]))')
  printf '%-44s %8s %10s %9s\n' "$n" "$words" "$(best "$f")" "$findings"
done
