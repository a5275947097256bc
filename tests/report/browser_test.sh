#!/usr/bin/env bash
# End-to-end: renders a sample's HTML report in headless Chromium (Debian's chromium), saves a
# screenshot, and checks the DOM Chromium built: every located finding of the JSON output has its
# highlighted reference, no CPR digits appear anywhere, and no script element exists.
#   browser_test.sh KLARTJEK_BINARY SAMPLE OUTDIR
set -euo pipefail
bin=$1 sample=$2 out=$3
mkdir -p "$out"
name=$(basename "${sample%.*}")
html="$out/$name.html"
"$bin" check --format html --out "$html" "$sample" || [ $? -eq 1 ]
"$bin" check --format json "$sample" > "$out/$name.json" || [ $? -eq 1 ]
# The filters without scripts: the same page with "kun fejl" and then "jura" checked, printed by
# Chromium; what CSS hides is not printed.
sed -e 's/id="vis-alle" checked/id="vis-alle"/' -e 's/id="vis-fejl">/id="vis-fejl" checked>/' "$html" > "$out/$name.only-errors.html"
sed -e 's/id="fam-alle" checked/id="fam-alle"/' -e 's/id="fam-jura">/id="fam-jura" checked>/' "$html" > "$out/$name.only-legal.html"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --disable-quic --user-data-dir="$profile")
timeout 120 chromium "${flags[@]}" --dump-dom "file://$html" > "$out/$name.dom.html" 2>/dev/null
for v in only-errors only-legal; do
  timeout 120 chromium "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/$name.$v.pdf" "file://$out/$name.$v.html" >/dev/null 2>&1
  pdftotext "$out/$name.$v.pdf" "$out/$name.$v.txt"
done
timeout 120 chromium "${flags[@]}" --window-size=1280,1800 --hide-scrollbars --screenshot="$out/$name.png" "file://$html" >/dev/null 2>&1
python3 - "$out/$name.json" "$out/$name.dom.html" "$out/$name.png" "$out/$name.only-errors.txt" "$out/$name.only-legal.txt" <<'PY'
import json, re, sys
doc = json.load(open(sys.argv[1])); dom = open(sys.argv[2], encoding="utf-8").read()
fails = []
located = [f["rule"] for f in doc["findings"] if "begin" in f]
refs = re.findall(r'<a class="ref [a-z -]+" id="ref-(\d+)" href="#note-\1" data-rule="([^"]+)"', dom)
if sorted(r for _, r in refs) != sorted(located):
    fails.append(f"highlighted references {len(refs)} != located findings {len(located)}")
# Every reference follows the highlighted text it belongs to (or another reference at the same place).
for m in re.finditer(r'<a class="ref ', dom):
    before = dom[:m.start()]
    if not (before.endswith("</mark>") or before.endswith("</a>")):
        fails.append("a reference without highlighted text before it"); break
for n, _ in refs:
    if f'id="note-{n}"' not in dom:
        fails.append(f"note {n} missing")
if re.search(r"\d{6}[- ]?\d{4}", re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", dom)):
    fails.append("CPR-like digits in the page")
if "<script" in dom.lower():
    fails.append("script element in the page")
import os
if not os.path.exists(sys.argv[3]) or os.path.getsize(sys.argv[3]) < 10000:
    fails.append("no screenshot")
# Notes are grouped by level, errors first, numbered in that order.
levels = re.findall(r'<li class="(error|warning|info) fx s-[ewi] f-[a-z]+" id="note-(\d+)"', dom)
rank = {"error": 0, "warning": 1, "info": 2}
if [int(n) for _, n in levels] != list(range(1, len(levels) + 1)):
    fails.append("notes not numbered 1..n in order")
if [rank[l] for l, _ in levels] != sorted(rank[l] for l, _ in levels):
    fails.append("notes not ordered errors first")
if len(levels) != len(doc["findings"]):
    fails.append(f"{len(levels)} notes for {len(doc['findings'])} findings")
count = {s: sum(1 for f in doc["findings"] if f["severity"] == s) for s in ("error", "warning", "info")}
only_errors = open(sys.argv[4], encoding="utf-8").read()
if count["error"] and f"Fejl ({count['error']})" not in only_errors:
    fails.append("'kun fejl' hides the errors")
if count["warning"] and "Advarsler (" in only_errors or count["info"] and "Info (" in only_errors:
    fails.append("'kun fejl' still prints warnings or info notes")
only_legal = open(sys.argv[5], encoding="utf-8").read()
legal = [f["rule"] for f in doc["findings"] if f["rule"].startswith(("legal-", "appeal-"))]
if re.search(r"\b(plain|spell|privacy)-", only_legal):
    fails.append("'jura' still prints plain-language or privacy notes")
if legal and not any(r in only_legal for r in legal):
    fails.append("'jura' hides the legal notes")
for f in fails: print("FAIL:", f)
print(f"{len(located) + 3 - len(fails)} passed, {len(fails)} failed")
sys.exit(1 if fails else 0)
PY
