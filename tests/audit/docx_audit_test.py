#!/usr/bin/env python3
"""`klartjek audit` on Word documents (issue 12): the sample letters as DOCX are analysed, a damaged
or encrypted DOCX fails with its Danish reason, and .doc, .odt and .rtf files are skipped and
counted (so is an encrypted DOCX, recognised by its first bytes). Usage: docx_audit_test.py KLARTJEK_BINARY WORKDIR (run from the repo root)."""
import glob, json, os, shutil, subprocess, sys

binary, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
shutil.rmtree(work, ignore_errors=True)
batch = os.path.join(work, "batch")
os.makedirs(batch)
good = sorted(glob.glob("tests/inputs/docx/samples/*.docx"))
for g in good:
    shutil.copy(g, batch)
for b in ("not-a-zip.docx", "encrypted.docx", "zip-bomb.docx", "legacy.doc", "letter.odt", "letter.rtf"):
    shutil.copy(os.path.join("tests/inputs/docx/bad", b), os.path.join(batch, "x-" + b))
out = os.path.join(work, "out")
p = subprocess.run([binary, "audit", batch, "--out", out, "--jobs", "2", "--no-page-images"], capture_output=True, timeout=600,
                   env=dict(os.environ, KLARTJEK_NOW="2026-11-23T12:00:00Z"))
failures = []
if p.returncode != 2:
    failures.append(f"exit {p.returncode}, expected 2 (some letters failed): {p.stderr.decode()[-400:]}")
s = json.load(open(os.path.join(out, "summary.json")))
if s["audit"]["analysed"] != len(good):
    failures.append(f"analysed {s['audit']['analysed']} of {len(good)} DOCX letters")
reasons = {os.path.basename(f["file"]): f["reason"] for f in s["failures"]}
want = {"x-not-a-zip.docx": "beskadiget", "x-zip-bomb.docx": "fylder for meget"}
for name, words in want.items():
    if words not in reasons.get(name, ""):
        failures.append(f"{name}: reason {reasons.get(name)!r}, expected {words!r}")
skipped = s.get("skipped", {})
# Recognised by their first bytes, never handed to a worker: .doc, encrypted OOXML, .odt, .rtf.
if skipped.get("files") != 4 or not any("adgangskode" in r["reason"] for r in skipped.get("reasons", [])):
    failures.append(f"skipped {skipped}, expected the .doc, encrypted .docx, .odt and .rtf files")
if len(glob.glob(os.path.join(out, "letters", "*.html"))) != len(good):
    failures.append("not one HTML report per DOCX letter")
html = open(sorted(glob.glob(os.path.join(out, "letters", "*.html")))[0], encoding="utf-8").read()
if "afsnit " not in html:
    failures.append("the HTML report of a DOCX letter shows no 'afsnit N' locations")
print(f"{8 - len(failures)} passed, {len(failures)} failed")
for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
