#!/usr/bin/env bash
# Regenerates the README's screenshots with headless Chromium (--screenshot):
#   tests/report/report-screenshot.png       the report of one letter (sample 03, with page images)
#   tests/report/audit-index-screenshot.png  index.html of an audit of five samples
#   screenshots.sh [KLARTJEK_BINARY]   (run from the repository root; default build/klartjek)
set -euo pipefail
bin=${1:-build/klartjek}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --disable-quic --user-data-dir="$work/profile"
       --hide-scrollbars --force-device-scale-factor=1)
export KLARTJEK_NOW=2026-11-23T12:00:00Z
"$bin" check --format html --out "$work/brev.html" samples/03-koebenhavn-ledsagelse-afslag.pdf || [ $? -eq 1 ]
"$bin" audit samples/01-odense-hjaelpemiddel-bevilling.pdf samples/03-koebenhavn-ledsagelse-afslag.pdf \
  samples/05-esbjerg-tabt-arbejdsfortjeneste-nedsaettelse.pdf samples/09-kolding-socialpaedagogisk-stoette-afslag.pdf \
  samples/24-faaborg-midtfyn-merudgifter-bevilling.txt --out "$work/audit" --jobs 2 --no-page-images 2>/dev/null || [ $? -eq 1 ]
timeout 120 chromium "${flags[@]}" --window-size=1280,1800 --screenshot="$PWD/tests/report/report-screenshot.png" \
  "file://$work/brev.html" >/dev/null 2>&1
timeout 120 chromium "${flags[@]}" --window-size=1280,1800 --screenshot="$PWD/tests/report/audit-index-screenshot.png" \
  "file://$work/audit/index.html" >/dev/null 2>&1
ls -l tests/report/report-screenshot.png tests/report/audit-index-screenshot.png
