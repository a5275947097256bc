#!/usr/bin/env python3
"""One verdict (issue 13, item 2): for every letter of samples/ and a blind corpus, the checklist
that text, JSON, HTML and CSV show is the same: the outcome and the status of every required part.

    one_verdict_test.py KLARTJEK_BINARY WORKDIR LETTER_DIR...
"""
import csv
import glob
import io
import json
import os
import re
import shutil
import subprocess
import sys

binary, work, dirs = sys.argv[1], sys.argv[2], sys.argv[3:]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)

STATUS_DA = {"ok": "i orden", "missing": "mangler", "wrong": "forkert", "not-required": "ikke krævet",
             "uncertain": "usikker", "not-applicable": "ikke relevant"}
OUTCOME_DA = {"bevilling": "fuld bevilling", "delvis": "delvis bevilling", "afslag": "afslag", "ophoer": "ophør eller nedsættelse",
              "ikke-afgoerelse": "ikke en afgørelse", "ukendt": "ukendt"}
PARTS = [("legal_basis", "Lovgrundlag", "lovgrundlag"), ("reasoning", "Begrundelse", "begrundelse"),
         ("appeal_guidance", "Klagevejledning", "klagevejledning"), ("citizen_statement", "Borgerens synspunkter", "borgerens_synspunkter")]
STATUS_RE = "|".join(map(re.escape, STATUS_DA.values()))

letters = []
for d in dirs:
    letters += sorted(glob.glob(os.path.join(d, "*.pdf")) + glob.glob(os.path.join(d, "*.txt")) + glob.glob(os.path.join(d, "*.docx")))
if len(letters) < 2:
    sys.exit(f"no letters in {dirs}")


def check(fmt, *extra):
    p = subprocess.run([binary, "check", "--format", fmt, *extra], capture_output=True, text=True, timeout=900)
    if p.returncode not in (0, 1):
        sys.exit(f"check --format {fmt} failed ({p.returncode}): {p.stderr[:500]}")
    return p.stdout


views = {}  # format -> list (one per letter, in input order) of {element: status text in Danish}

docs = json.loads(check("json", *letters))
views["json"] = [{"outcome": OUTCOME_DA[d["elements"]["outcome"]["value"]],
                  **{v["element"]: STATUS_DA[v["status"]] for v in d["checklist"] if v["element"] != "outcome"}} for d in docs]

rows = list(csv.DictReader(io.StringIO(check("csv", *letters))))
views["csv"] = [{"outcome": r["afgoerelse"], **{el: r[col] for el, _, col in PARTS}} for r in rows]

# Where the outcome model (src/legal/outcome_model.hpp) gave the outcome, text and HTML say so after
# it: "delvis bevilling (resultatmodellen, 91 % sandsynligt; sætningerne alene: afslag)". The
# verdict is the words before it; JSON carries the same note as elements.outcome.model.
def without_model_note(s):
    return re.sub(r" \(resultatmodellen, [^)]*\)$", "", s)


text = check("text", *letters)
blocks = text.split("\nTjekliste for ")[1:]
views["text"] = []
for b in blocks:
    v = {}
    m = re.search(r"^  Afgørelse: +(.*?)(?: \((?:side|afsnit|linje)[^)]*\))?$", b, re.M)
    if m:
        v["outcome"] = without_model_note(m.group(1))
    for el, label, _ in PARTS:
        m = re.search(rf"^  [✓✗?–] {re.escape(label)}: *(.*)$", b, re.M)
        if not m:
            continue
        found = re.findall(rf"\[({STATUS_RE})\]", m.group(1))
        v[el] = found[-1] if found else m.group(1).strip()
    views["text"].append(v)

views["html"] = []
# One process writes every letter's page into one folder (NAME.html, "-2" for a repeated name),
# as a quality unit would run it; one process per letter would pay the start-up each time.
html_dir = os.path.join(work, "html")
# --show-cpr keeps the file names as they are ("sel41-2022" would otherwise be masked to
# "selxx-xxxx" as a possible CPR fragment); it changes no verdict.
check("html", "--no-page-images", "--show-cpr", "--out", html_dir + "/", *letters)
used = set()
for path in letters:
    stem = os.path.splitext(os.path.basename(path))[0]
    name, n = stem + ".html", 2
    while name in used:
        name, n = f"{stem}-{n}.html", n + 1
    used.add(name)
    page = open(os.path.join(html_dir, name), encoding="utf-8").read()
    v = {}
    m = re.search(r'<th scope="row">Afgørelse</th><td class="[^"]*">([^<]*)</td>', page)
    if m:
        v["outcome"] = without_model_note(m.group(1))
    for el, label, _ in PARTS:
        m = re.search(rf'<th scope="row">{re.escape(label)}</th><td class="[^"]*">[✓✗?–] ({STATUS_RE})', page)
        if m:
            v[el] = m.group(1)
    views["html"].append(v)

fails = []
for fmt, v in views.items():
    if len(v) != len(letters):
        fails.append(f"{fmt}: {len(v)} checklists for {len(letters)} letters")
compared = 0
if not fails:
    for i, path in enumerate(letters):
        for el in ["outcome"] + [p[0] for p in PARTS]:
            seen = {fmt: views[fmt][i].get(el) for fmt in views}
            compared += 1
            if len(set(seen.values())) != 1 or None in seen.values():
                fails.append(f"{path}: {el}: " + ", ".join(f"{f}={s!r}" for f, s in seen.items()))
if os.environ.get("ONE_VERDICT_SHOW"):
    for fmt in views:
        print(fmt, views[fmt][0], views[fmt][-1])
for f in fails:
    print("FAIL:", f)
print(f"{len(letters)} letters, {compared} verdicts compared across {', '.join(views)}: {len(fails)} disagreements")
sys.exit(1 if fails else 0)
