#!/usr/bin/env bash
# On demand, never in CI: writes tests/inputs/docx/libreoffice/, DOCX files saved by a real word
# processor, as a cross-check of the reader against a writer that is not make_docx.py.
# Needs LibreOffice (Debian: apt-get install --no-install-recommends libreoffice-writer-nogui).
#
#   tests/inputs/docx/libreoffice_convert.sh
#
#  02-aarhus-merudgifter-delvis.docx        make_docx.py's sample 02 opened and saved again by
#                                           LibreOffice Writer (its own styles, text frame,
#                                           table, fields and footer)
#  24-faaborg-midtfyn-merudgifter-bevilling.docx   the plain-text sample 24 opened in Writer and
#                                           saved as DOCX (one paragraph a line)
set -euo pipefail
cd "$(dirname "$0")"
out=libreoffice
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp"   # a throw-away LibreOffice profile
soffice --headless --norestore --convert-to 'docx:MS Word 2007 XML' --outdir "$out" samples/02-aarhus-merudgifter-delvis.docx
cp ../../../samples/24-faaborg-midtfyn-merudgifter-bevilling.txt "$tmp/"
soffice --headless --norestore --infilter='Text (encoded):UTF8,LF,,,' --convert-to 'docx:MS Word 2007 XML' --outdir "$out" \
  "$tmp/24-faaborg-midtfyn-merudgifter-bevilling.txt"
ls -l "$out"
