#!/usr/bin/env bash
# Printing the per-letter HTML report (issue 13): prints each sample's report to PDF in headless
# Chromium (the flags of browser_test.sh) and checks with Poppler's pdfinfo/pdfimages that
#   - the printout has at most 2 × the letter's own pages + 1 (the checklist page) — the bound
#     the README states under "Printing";
#   - the page thumbnails are not printed (no image in the PDF, no "Sider" heading), while the
#     report still shows them on screen (the HTML holds the <img> of every page).
#   print_test.sh KLARTJEK_BINARY OUTDIR SAMPLE.pdf...
set -euo pipefail
bin=$1 out=$2
shift 2
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --disable-quic --user-data-dir="$profile")
passed=0 failed=0
ok() { passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
for sample in "$@"; do
  name=$(basename "${sample%.*}")
  html="$out/$name.html" pdf="$out/$name.print.pdf"
  "$bin" check --format html --out "$html" "$sample" || [ $? -eq 1 ]
  letter_pages=$(pdfinfo "$sample" | awk '/^Pages:/ {print $2}')
  if [ "$(grep -o '<img alt="Side [0-9]*"' "$html" | wc -l)" -eq "$letter_pages" ]; then ok; else fail "$name: the report does not show every page on screen"; fi
  rm -f "$pdf"
  timeout 120 chromium "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$pdf" "file://$(realpath "$html")" >/dev/null 2>&1 || true
  if [ ! -s "$pdf" ]; then fail "$name: Chromium printed nothing"; continue; fi
  printed=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  bound=$((2 * letter_pages + 1))
  if [ "$printed" -le "$bound" ]; then ok; else fail "$name: $printed printed pages for a letter of $letter_pages (at most $bound)"; fi
  images=$(pdfimages -list "$pdf" | tail -n +3 | wc -l)
  if [ "$images" -eq 0 ]; then ok; else fail "$name: $images images printed (the page thumbnails must not print)"; fi
  pdftotext "$pdf" "$out/$name.print.txt"
  if grep -q '^Sider$' "$out/$name.print.txt"; then fail "$name: the 'Sider' section is printed"; else ok; fi
  if grep -q '^Tjekliste' "$out/$name.print.txt" && grep -q '^Brevet' "$out/$name.print.txt"; then ok; else fail "$name: checklist or letter text not printed"; fi
  echo "$name: letter $letter_pages pages, printed report $printed pages (bound $bound)"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
