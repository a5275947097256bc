#!/usr/bin/env bash
# Runs one libFuzzer target for SECONDS with the seed corpus from samples/ and tests/inputs/
# (copied into WORK/corpus-KIND, which keeps what the fuzzer adds between runs). Crashes are
# written to WORK/crashes-KIND/. Exit code non-zero on a crash, leak or sanitizer report.
#
#   tests/fuzz/run_fuzz.sh BUILD-FUZZ/tests/fuzz/fuzz_pdf pdf 3600 /tmp/fuzz     # an hour
#   tests/fuzz/run_fuzz.sh BUILD-FUZZ/tests/fuzz/fuzz_text text 600 /tmp/fuzz
#   tests/fuzz/run_fuzz.sh BUILD-FUZZ/tests/fuzz/fuzz_docx docx 600 /tmp/fuzz
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=$1 KIND=$2 SECONDS_=$3 WORK=${4:-/tmp/klartjek-fuzz}
JOBS=${FUZZ_JOBS:-1}
corpus="$WORK/corpus-$KIND"
crashes="$WORK/crashes-$KIND"
mkdir -p "$corpus" "$crashes"
if [ "$KIND" = docx ]; then
  # The fixtures as archives (all but the zip bomb, which would cost 64 MiB per run), and their XML
  # parts joined the way fuzz_docx.cpp splits them.
  for f in tests/inputs/docx/samples/*.docx tests/inputs/docx/constructs/*.docx tests/inputs/docx/bad/*.docx; do
    case "$f" in *zip-bomb*) continue ;; esac
    cp -n "$f" "$corpus/" 2>/dev/null || true
  done
  python3 - "$corpus" tests/inputs/docx/samples/*.docx tests/inputs/docx/constructs/*.docx <<'PY'
import os, sys, zipfile
parts = ["word/document.xml", "word/styles.xml", "word/footnotes.xml", "word/endnotes.xml", "word/header1.xml",
         "word/_rels/document.xml.rels"]
for path in sys.argv[2:]:
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        data = b"\n--8<--\n".join(z.read(p) if p in names else b"" for p in parts)
    out = os.path.join(sys.argv[1], "xml-" + os.path.basename(path)[:-5] + ".seed")
    if not os.path.exists(out):
        open(out, "wb").write(data)
PY
  max_len=131072
elif [ "$KIND" = pdf ]; then
  cp -n samples/*.pdf tests/inputs/*.pdf "$corpus"/ 2>/dev/null || true
  max_len=131072
else
  cp -n samples/*.txt tests/inputs/*.txt tests/inputs/script-named.pdf "$corpus"/ 2>/dev/null || true
  # a few rule cases as further seeds: real letter text, short
  for f in tests/cases/privacy-cpr/*.txt tests/cases/appeal-deadline-wrong/*.txt; do cp -n "$f" "$corpus/case-$(basename "$(dirname "$f")")-$(basename "$f")" || true; done
  max_len=4096
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
"$BIN" "$corpus" -max_total_time="$SECONDS_" -max_len=$max_len -timeout=60 -rss_limit_mb=2560 \
  -artifact_prefix="$crashes/" -print_final_stats=1 $( ((JOBS > 1)) && echo "-jobs=$JOBS -workers=$JOBS" ) 2>&1 | tail -n 25
