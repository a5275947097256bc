#!/usr/bin/env python3
"""Checks every report format of `klartjek check` on the sample letters:
JSON and JSON Lines against src/report/check.schema.json, SARIF against the fields a SARIF 2.1.0
consumer requires, CSV row structure, no CPR number in any format, and inert document text in HTML.
Usage: validate.py KLARTJEK_BINARY  (run from the repository root)"""
import csv, glob, io, json, os, re, shutil, subprocess, sys
import jsonschema

binary = sys.argv[1]
samples = sorted(glob.glob("samples/*.pdf") + glob.glob("samples/*.txt"))
labels = {l["file"]: l for l in json.load(open("samples/labels.json"))}
cprs = [c for l in labels.values() for c in l.get("cpr_numbers", [])]
failures = []
passed = 0

def check(cond, what):
    global passed
    if cond:
        passed += 1
    else:
        failures.append(what)

def run(*args):
    p = subprocess.run([binary, "check", *args], capture_output=True)
    check(p.returncode in (0, 1), f"exit {p.returncode} for {args}: {p.stderr.decode()[:300]}")
    return p.stdout.decode()

check_schema = json.load(open("src/report/check.schema.json"))
sarif_schema = json.load(open("tests/report/sarif-required.schema.json"))
validator = jsonschema.Draft202012Validator(check_schema)

def no_cpr(text, what):
    for c in cprs:
        digits = re.sub(r"\D", "", c)
        pattern = digits[:6] + r"[- ]?" + digits[6:]
        check(not re.search(pattern, text), f"CPR number visible in {what}")

# All samples in one process (a JSON array, one object per letter, in input order): one process
# per letter would pay the start-up each time (seconds under the sanitizers).
out = run("--format", "json", *samples)
docs = json.loads(out)
check(isinstance(docs, list) and len(docs) == len(samples), f"json has {len(docs)} documents for {len(samples)} letters")
for s, doc in zip(samples, docs):
    errs = list(validator.iter_errors(doc))
    check(not errs, f"{s}: schema: {[e.message for e in errs[:3]]}")
    located = [f for f in doc["findings"] if "begin" in f]
    check(all(f["end"] > f["begin"] for f in located), f"{s}: empty finding range")
no_cpr(out, "json of the samples")

jsonl = run("--format", "jsonl", *samples)
lines = [l for l in jsonl.splitlines() if l.strip()]
check(len(lines) == len(samples), f"jsonl has {len(lines)} lines for {len(samples)} letters")
for l in lines:
    errs = list(validator.iter_errors(json.loads(l)))
    check(not errs, f"jsonl line: {[e.message for e in errs[:3]]}")
no_cpr(jsonl, "jsonl")

sarif = run("--format", "sarif", *samples)
log = json.loads(sarif)
errs = list(jsonschema.Draft202012Validator(sarif_schema).iter_errors(log))
check(not errs, f"sarif: {[e.message for e in errs[:3]]}")
rule_ids = {r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]}
check(all(r["ruleId"] in rule_ids for r in log["runs"][0]["results"]), "sarif result with undeclared ruleId")
check(len(log["runs"][0]["results"]) > 0, "sarif has no results")
no_cpr(sarif, "sarif")

table = run("--format", "csv", *samples)
rows = list(csv.reader(io.StringIO(table)))
check(len(rows) == len(samples) + 1, f"csv has {len(rows)} rows")
check(all(len(r) == len(rows[0]) for r in rows), "csv rows differ in length")
check(all(r[-1] == "ok" for r in rows[1:]), "csv status column")
no_cpr(table, "csv")

# HTML: the hostile sample renders its text inert; no CPR anywhere.
hostile = run("--format", "html", "samples/22-helsingoer-forbrugsgode-afslag.pdf")
check("<script" not in hostile.lower(), "raw <script in HTML")
check(not re.search(r"<img[^>]*onerror", hostile, re.I), "img onerror element in HTML")
check(not re.search(r"href=\"\s*javascript:", hostile, re.I), "javascript: link in HTML")
check("&lt;script&gt;" in hostile, "escaped <script> text missing")
check("[U+202E]" in hostile, "right-to-left override not made visible")
check("\u202e" not in hostile, "raw right-to-left override in HTML")
html_dir = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"klartjek-validate-{os.getpid()}")
run("--format", "html", "--out", html_dir + "/", *samples)
for s in samples:
    page = open(os.path.join(html_dir, os.path.splitext(os.path.basename(s))[0] + ".html"), encoding="utf-8").read()
    no_cpr(page, f"html of {s}")
    # Nothing is loaded from outside; the only external addresses are plain links a reader can
    # follow (the consolidated acts, the guidance a source names), each without opener/referrer.
    check(not re.search(r"src=\"(https?:|//)|url\(", page), f"{s}: external resource in HTML")
    for tag in re.findall(r"<[a-z]+[^>]*\bhref=\"(?:https?:|//)[^>]*>", page):
        check(tag.startswith("<a ") and 'href="https://' in tag and 'rel="noopener noreferrer"' in tag,
              f"{s}: external href that is not a plain <a rel=\"noopener noreferrer\"> link: {tag}")
    check("<script" not in page.lower(), f"{s}: script element in HTML")
shutil.rmtree(html_dir, ignore_errors=True)

print("\n".join("FAIL: " + f for f in failures))
print(f"{passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
