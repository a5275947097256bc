#!/usr/bin/env python3
"""Baselines and suppressions from the command line (issue 14, items 2-3), many cases in one run:
check --write-baseline / --baseline with moved lines and a new finding (exit code from new
findings only, the summary line), no CPR number in a baseline file, audit --write-baseline and
next month's audit --baseline (summary.json, letters.csv), [[suppress]] in .klartjek.toml and
--suppressions in text, JSON, SARIF and HTML, and a Word comment "klartjek:ignore".

    baseline_test.py KLARTJEK_BINARY WORKDIR      (run from the repository root)
"""
import csv
import json
import os
import re
import shutil
import subprocess
import sys

binary, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
fails = []
env = dict(os.environ, KLARTJEK_NOW="2025-05-01T00:00:00Z")


def check(cond, what):
    if not cond:
        fails.append(what)
        print("FAIL:", what)


def run(args, cwd=work):
    p = subprocess.run([binary] + args, cwd=cwd, capture_output=True, text=True, timeout=600, env=env)
    return p.returncode, p.stdout, p.stderr


# April: a letter with many passive sentences (a case file without its markers) and sample 03 (a CPR number).
src = open("tests/cases/plain-passive/de-stil-ophoer-modal-og-s-passiv.txt", encoding="utf-8").read()
letter = "".join(l for l in src.splitlines(True) if not l.startswith("#>"))
os.makedirs(os.path.join(work, "april"))
os.makedirs(os.path.join(work, "maj"))
open(os.path.join(work, "april", "ophoer.txt"), "w", encoding="utf-8").write(letter)
shutil.copy("samples/03-koebenhavn-ledsagelse-afslag.pdf", os.path.join(work, "april"))
# May: the same letter edited: lines moved down, and one new sentence with an officialese phrase.
new_sentence = "Vi skal hermed meddele Dem, at sagen er afsluttet."
moved = letter.replace("Begrundelse\n", "\n\nBegrundelse\n\n" + new_sentence + "\n", 1)
open(os.path.join(work, "maj", "ophoer.txt"), "w", encoding="utf-8").write(moved)
shutil.copy("samples/03-koebenhavn-ledsagelse-afslag.pdf", os.path.join(work, "maj"))

# ---- check --write-baseline, then --baseline
code, out, err = run(["check", "--no-config", "--write-baseline", "april.json", "april/ophoer.txt", "april/03-koebenhavn-ledsagelse-afslag.pdf"])
check(code == 1, f"check april: exit {code}")
base = json.load(open(os.path.join(work, "april.json"), encoding="utf-8"))
check(base["schema"] == "klartjek.baseline/1" and base["created"] == "2025-05-01T00:00:00Z" and base["klartjek"], "baseline header")
check(all(set(e) == {"fingerprint", "rule", "excerpt", "file"} for e in base["entries"]), "baseline entry fields")
check({e["file"] for e in base["entries"]} == {"ophoer.txt", "03-koebenhavn-ledsagelse-afslag.pdf"}, "file names without folder")
check(re.search(r"basislinjen med \d+ fund er skrevet til april.json", err), f"write message: {err!r}")
raw = open(os.path.join(work, "april.json"), encoding="utf-8").read()
labels = json.load(open("samples/labels.json", encoding="utf-8"))
cprs = [c for l in labels if l["file"].startswith("03-") for c in l["cpr_numbers"]]
check(cprs, "sample 03 has a labelled CPR number")
for c in cprs:
    digits = re.sub(r"\D", "", c)
    check(c not in raw and digits not in raw and digits[:6] not in raw, f"CPR {c[:2]}… in the baseline file")
check(any(e["rule"] == "privacy-cpr" and "******" in e["excerpt"] for e in base["entries"]), "CPR finding kept, masked")

code, out, err = run(["check", "--no-config", "--baseline", "april.json", "maj/ophoer.txt", "maj/03-koebenhavn-ledsagelse-afslag.pdf"])
shown = re.findall(r"^maj/\S+: (?:fejl|advarsel|info): .*\[([a-z-]+)\]$", out, re.M)
check(code == 0, f"only new info findings: exit {code}")
check(shown and all(r.startswith("plain-") for r in shown), f"new findings only: {shown}")
check(any("hermed" in l or "meddele" in l or "Dem" in l for l in out.splitlines() if l.startswith("    > ")), "the new sentence is flagged")
known = len(base["entries"])
m = re.search(r"(\d+) kendte fund skjult af basislinjen", out.strip().splitlines()[-1])
# All but the few whose text changed (the first "De/Dem" is now in the new sentence; the passive share moved).
check(m and known - 4 <= int(m.group(1)) < known, f"summary line names the hidden findings: {out.strip().splitlines()[-1]!r}")
hidden = int(m.group(1)) if m else -1
# The exit code depends on new findings only: with --fail-on info the new ones count.
code, _, _ = run(["check", "--no-config", "--fail-on", "info", "--baseline", "april.json", "maj/ophoer.txt"])
check(code == 1, f"--fail-on info with new findings: exit {code}")
code, out, _ = run(["check", "--no-config", "--fail-on", "info", "--baseline", "april.json", "april/ophoer.txt"])
check(code == 0, f"nothing new: exit {code}")
# JSON: the counts say what was baselined; every finding has its fingerprint.
code, out, _ = run(["check", "--no-config", "--format", "json", "--baseline", "april.json", "maj/ophoer.txt"])
j = json.loads(out)
check(j["summary"]["baselined"] > 0 and all(len(f["fingerprint"]) == 32 for f in j["findings"]), "JSON baselined/fingerprint")

# ---- audit this month against last month
code, out, err = run(["audit", "april", "--out", "aud-april", "--jobs", "1", "--no-config", "--write-baseline", "april-audit.json"])
check(code == 1, f"audit april: exit {code} {err}")
a_base = json.load(open(os.path.join(work, "april-audit.json"), encoding="utf-8"))
check(sorted(e["fingerprint"] for e in a_base["entries"]) == sorted(e["fingerprint"] for e in base["entries"]),
      "audit and check write the same baseline")
code, out, err = run(["audit", "maj", "--out", "aud-maj", "--jobs", "1", "--no-config", "--baseline", "april-audit.json"])
check(code == 0, f"audit may against april: exit {code} {err}")
summary = json.load(open(os.path.join(work, "aud-maj", "summary.json"), encoding="utf-8"))
check(summary["audit"]["baselined"] == hidden, f"summary.json baselined {summary['audit'].get('baselined')} != {hidden}")
rows = {r["fil"]: r for r in csv.DictReader(open(os.path.join(work, "aud-maj", "letters.csv"), encoding="utf-8"))}
r = rows.get("maj/ophoer.txt")
check(r and r["fejl"] == "0" and int(r["info"]) >= 1 and int(r["basislinje"]) > 0, f"letters.csv row {r}")
check("kendte fund skjult af basislinjen" in err, f"audit says how many were baselined: {err!r}")
check("kendte fund skjult af basislinjen" in open(os.path.join(work, "aud-maj", "index.html"), encoding="utf-8").read(), "index.html")

# ---- suppressions: .klartjek.toml [[suppress]] and --suppressions
os.makedirs(os.path.join(work, "unit"))
shutil.copy(os.path.join(work, "april", "ophoer.txt"), os.path.join(work, "unit"))
open(os.path.join(work, "unit", ".klartjek.toml"), "w", encoding="utf-8").write(
    '[rules]\n"plain-lix" = "info"\n\n[[suppress]]\nrule = "plain-passive"\ntext = "(?i)^indgives$"\n'
    'reason = "Standardtekst i klagevejledningen"\nwho = "Jura"\ndate = 2025-04-01\n')
open(os.path.join(work, "godkendt.toml"), "w", encoding="utf-8").write(
    '[[suppress]]\nrule = "appeal-*"\nreason = "Klagevejledningen er godkendt af Ankestyrelsen"\n')
code, out, err = run(["check", "unit/ophoer.txt", "--suppressions", "godkendt.toml"])
last = out.strip().splitlines()[-1]
check(code == 0, f"the appeal error is suppressed: exit {code}")
check(re.search(r"· 3 fund undertrykt \(se --show-suppressed\)$", last), f"summary line: {last!r}")
check("undertrykt:" not in out, "suppressed hidden without --show-suppressed")
code, out, err = run(["check", "unit/ophoer.txt", "--suppressions", "godkendt.toml", "--show-suppressed"])
check(out.count(f"undertrykt: Standardtekst i klagevejledningen ({work}/unit/.klartjek.toml:4) [plain-passive]") == 2, "two passives suppressed by text")
check("undertrykt: Klagevejledningen er godkendt af Ankestyrelsen (godkendt.toml:1) [appeal-body-missing]" in out, "appeal by file")
code, out, _ = run(["check", "--format", "json", "unit/ophoer.txt", "--suppressions", "godkendt.toml"])
j = json.loads(out)
check(len(j["suppressed"]) == 3 and j["summary"]["suppressed"] == 3, "JSON suppressed array")
check({s["suppressed_by"] for s in j["suppressed"]} == {f"{work}/unit/.klartjek.toml:4", "godkendt.toml:1"}, "JSON origin")
check(all(f["rule"] != "appeal-body-missing" for f in j["findings"]), "suppressed not in findings")
# Suppression by a fingerprint copied from the JSON output.
fp = next(f["fingerprint"] for f in j["findings"] if f["rule"] == "plain-formal-address")
open(os.path.join(work, "fp.toml"), "w").write(f'[[suppress]]\nrule = "plain-formal-address"\nfingerprint = "{fp}"\nreason = "Borgeren ønsker De"\n')
code, out, _ = run(["check", "--format", "json", "--no-config", "unit/ophoer.txt", "--suppressions", "fp.toml"])
j2 = json.loads(out)
check([s["rule"] for s in j2["suppressed"]] == ["plain-formal-address"], "suppressed by fingerprint")
code, out, _ = run(["check", "--format", "sarif", "unit/ophoer.txt", "--suppressions", "godkendt.toml"])
sarif = json.loads(out)
sup = [r for r in sarif["runs"][0]["results"] if "suppressions" in r]
check(len(sup) == 3 and all(r["suppressions"][0]["kind"] == "external" for r in sup), "SARIF suppressions kind external")
check({r["suppressions"][0]["justification"] for r in sup} == {"Standardtekst i klagevejledningen", "Klagevejledningen er godkendt af Ankestyrelsen"},
      "SARIF justification")
check(all("partialFingerprints" in r for r in sarif["runs"][0]["results"]), "SARIF partialFingerprints")
code, out, _ = run(["check", "--format", "html", "unit/ophoer.txt", "--suppressions", "godkendt.toml"])
check("<summary>Undertrykte fund (3)</summary>" in out and "Undertrykt: Klagevejledningen er godkendt af Ankestyrelsen" in out,
      "HTML details")
check(f"Undertrykt: Standardtekst i klagevejledningen ({work}/unit/.klartjek.toml:4, Jura, 2025-04-01)" in out, "HTML who and date")
code, out, _ = run(["config", "unit/ophoer.txt"])
check('rule = "plain-passive"' in out and f"fra {work}/unit/.klartjek.toml:4" in out, "klartjek config lists [[suppress]]")
# The audit counts suppressed findings apart.
code, out, err = run(["audit", "unit", "--out", "aud-unit", "--jobs", "1", "--suppressions", "godkendt.toml"])
rows = {r["fil"]: r for r in csv.DictReader(open(os.path.join(work, "aud-unit", "letters.csv"), encoding="utf-8"))}
check(code == 0 and rows["unit/ophoer.txt"]["undertrykt"] == "3" and rows["unit/ophoer.txt"]["fejl"] == "0", f"audit suppressed {rows}")

# ---- a Word comment "klartjek:ignore rule — reason"
docx = os.path.abspath("tests/inputs/docx/constructs/ignore-comments.docx")
code, out, _ = run(["check", "--show-suppressed", docx])
check(re.search(r"ignore-comments\.docx:5:\d+: undertrykt: Standardformulering godkendt af juridisk afdeling "
                r"\(ignore-comments\.docx: kommentar i afsnit 5\) \[plain-passive\]", out), "DOCX comment suppression")
code, out, _ = run(["check", "--format", "sarif", docx])
kinds = [r["suppressions"][0]["kind"] for r in json.loads(out)["runs"][0]["results"] if "suppressions" in r]
check(kinds == ["inSource", "inSource"], f"SARIF inSource for a comment in the letter: {kinds}")

print(f"{len(fails)} failed")
sys.exit(1 if fails else 0)
