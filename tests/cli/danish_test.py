#!/usr/bin/env python3
"""No English reaches a Danish user from the command line (issue 13, item 4).

Runs every subcommand with --help, with no arguments, with an unknown flag, with a missing option
value and with a bad value, and `eval` on files that are not labels; checks the exit code (0 for
help, 2 for a usage error), that stdout and stderr hold no word of an English deny-list, and that
the Danish message names the flag or argument at fault.

    danish_test.py KLARTJEK_BINARY WORKDIR
"""
import json
import os
import re
import shutil
import subprocess
import sys

binary, work = sys.argv[1], sys.argv[2]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)

# English that CLI11, nlohmann::json or the C++ library would print.
DENY = [r"\brequired\b", r"\bfollowing\b", r"\barguments?\b", r"\bexpected\b", r"\bUsage\b", r"\bOPTIONS\b", r"\bOptions\b",
        r"\bCould not\b", r"\bnot in\b", r"\bsubcommands?\b", r"\bexception\b", r"\berror:", r"\bmissing\b", r"\binvalid\b",
        r"\bPositionals\b", r"\bRun with\b", r"\bthis help\b", r"\bDisplay\b", r"\bprogram\b", r"\bexcludes\b", r"\brequires\b",
        r"\bat least\b", r"\bwas not\b", r"\bparse_error\b", r"\btype_error\b", r"\bsyntax\b", r"\bline \d", r"\bcolumn\b",
        r"\bNo such\b", r"\bdirectory\b", r"\bfile\b", r"\bvalue\b", r"\b(TEXT|INT|UINT|FLOAT|ENUM)\b", r"\bNeeds\b", r"\bExcludes\b"]
deny = re.compile("|".join(DENY))

fails = []
passed = 0


def run(args, code, must=(), name=None):
    """Runs klartjek with args; checks the exit code, the deny-list and that `must` all appear."""
    global passed
    label = name or " ".join(args) or "(ingen argumenter)"
    p = subprocess.run([binary] + args, capture_output=True, text=True, timeout=120)
    out = p.stdout + p.stderr
    problems = []
    if p.returncode != code:
        problems.append(f"exit {p.returncode}, expected {code}")
    m = deny.search(out)
    if m:
        problems.append(f"English word {m.group(0)!r}")
    for s in must:
        if s not in out:
            problems.append(f"{s!r} not named")
    if code == 2 and not p.stderr.startswith("klartjek: "):
        problems.append("stderr does not start with 'klartjek: '")
    if problems:
        fails.append(f"{label}: {'; '.join(problems)}\n    stdout: {p.stdout[:300]!r}\n    stderr: {p.stderr[:300]!r}")
    else:
        passed += 1
    return p


letter = "samples/24-faaborg-midtfyn-merudgifter-bevilling.txt"

# Help everywhere: Danish labels and an example.
p = run(["--help"], 0, ["Brug: klartjek", "Kommandoer:", "Eksempler:"])
run(["--version"], 0, ["klartjek "])
for sub in ["extract", "check", "rules", "audit", "report", "eval", "serve", "config", "lexicons"]:
    run([sub, "--help"], 0, [f"Brug: klartjek {sub}", "Tilvalg:", "Eksemp", f"klartjek {sub} "])
    run([sub, "-h"], 0, [f"Brug: klartjek {sub}"])

# Top level.
run([], 2, ["vælg en kommando"])
run(["bogus"], 2, ["bogus"])
run(["--frobnicate"], 2, ["--frobnicate"])
run(["--lexicons"], 2, ["--lexicons"])
run(["--lexicons", work + "/findes-ikke", "check", letter], 2, ["--lexicons", "findes ikke"], name="--lexicons that does not exist")

# No arguments: the missing argument or option is named.
run(["extract"], 2, ["FIL"])
run(["check"], 2, ["FIL"])
run(["audit"], 2, ["INDDATA"], name="audit without input")
run(["audit", "samples"], 2, ["--out"], name="audit without --out")
run(["report"], 2, ["--db"])
run(["report", "--db", "x.sqlite"], 2, ["--out"], name="report without --out")
run(["eval"], 2, ["ETIKETFIL"])
run(["lexicons"], 2, ["vælg en kommando: check"], name="lexicons without check")
run(["lexicons", "check"], 2, ["MAPPE"], name="lexicons check without a folder")
run(["lexicons", "check", work + "/findes-ikke"], 2, ["mappen findes ikke"], name="lexicons check of a missing folder")

# Unknown flags, missing values, bad values, for each subcommand.
for sub, extra in [("extract", [letter]), ("check", [letter]), ("rules", []), ("audit", ["samples", "--out", work + "/a"]),
                   ("report", ["--db", "x", "--out", work + "/r"]), ("eval", ["samples/labels.json"]), ("serve", []), ("config", [])]:
    run([sub, "--frobnicate"] + extra, 2, ["--frobnicate"], name=f"{sub} --frobnicate")
    run([sub, "-Z"] + extra, 2, ["-Z"], name=f"{sub} -Z")
for sub, opt in [("extract", "--format"), ("extract", "--out"), ("check", "--format"), ("check", "--min-level"), ("check", "--only"),
                 ("check", "--fail-on"), ("rules", "--format"), ("audit", "--jobs"), ("audit", "--timeout"), ("report", "--out"),
                 ("eval", "--min"), ("eval", "--format"), ("serve", "--port"), ("serve", "--host"),
                 ("check", "--config"), ("audit", "--config"), ("config", "--config"),
                 ("check", "--include"), ("check", "--exclude"), ("audit", "--include"), ("audit", "--exclude")]:
    pre = [letter] if sub in ("extract", "check") else (["samples/labels.json"] if sub == "eval" else [])
    run([sub] + pre + [opt], 2, [opt], name=f"{sub} {opt} without a value")
for sub, args, named in [("extract", ["--format", "xml", letter], ["--format", "xml"]),
                         ("check", ["--format", "pdf", letter], ["--format", "pdf"]),
                         ("check", ["--fail-on", "never", letter], ["--fail-on", "never"]),
                         ("check", ["--min-level", "alt", letter], ["--min-level", "alt"]),
                         ("rules", ["--format", "yaml"], ["--format", "yaml"]),
                         ("audit", ["--jobs", "abc", "samples", "--out", work + "/a"], ["--jobs", "abc"]),
                         ("audit", ["--jobs", "999", "samples", "--out", work + "/a"], ["--jobs", "999"]),
                         ("audit", ["--fail-on", "x", "samples", "--out", work + "/a"], ["--fail-on"]),
                         ("eval", ["--format", "xml", "samples/labels.json"], ["--format", "xml"]),
                         ("eval", ["--min", "abc", "samples/labels.json"], ["--min", "abc"]),
                         ("serve", ["--port", "abc"], ["--port", "abc"]),
                         ("serve", ["--port", "99999"], ["--port", "99999"]),
                         ("serve", ["--workers", "0"], ["--workers", "0"])]:
    run([sub] + args, 2, named, name=f"{sub} {' '.join(args[:2])}")
run(["check", "--quiet", "--min-level", "info", letter], 2, ["--quiet", "--min-level"])

# --csv-dialect: named in the help, a bad or missing value is a Danish usage error on check and audit.
run(["check", "--help"], 0, ["--csv-dialect", "excel-da", "DIALEKT"], name="check --help names --csv-dialect")
run(["audit", "--help"], 0, ["--csv-dialect", "excel-da"], name="audit --help names --csv-dialect")
run(["check", "--format", "csv", "--csv-dialect", "excel", letter], 2, ["--csv-dialect", "excel"], name="check --csv-dialect excel")
run(["check", letter, "--csv-dialect"], 2, ["--csv-dialect"], name="check --csv-dialect without a value")
run(["audit", "samples", "--out", work + "/a", "--csv-dialect", "semikolon"], 2, ["--csv-dialect", "semikolon"],
    name="audit --csv-dialect semikolon")

# --include/--exclude in the help, and inputs that give no letter at all: a Danish error, exit 2.
run(["check", "--help"], 0, ["--include", "--exclude", "MØNSTER"], name="check --help names the globs")
run(["audit", "--help"], 0, ["--include", "--exclude"], name="audit --help names the globs")
os.makedirs(os.path.join(work, "tom-mappe"))
run(["check", os.path.join(work, "tom-mappe")], 2, ["ingen breve at tjekke", "indeholder ingen filer"], name="check on an empty folder")
run(["audit", os.path.join(work, "tom-mappe"), "--out", os.path.join(work, "ud")], 2, ["ingen breve at tjekke"], name="audit on an empty folder")
run(["check", "samples", "--exclude", "**"], 2, ["udeladt af --include/--exclude"], name="check with everything excluded")
run(["audit", "samples", "--out", os.path.join(work, "ud"), "--include", "*.xyz"], 2, ["udeladt af --include/--exclude"],
    name="audit with nothing included")
run(["check", letter, "--include", ""], 2, ["--include", "tomt"], name="check with an empty glob")

# eval on files that are not labels.
with open(os.path.join(work, "not-json.json"), "w") as f:
    f.write("Dette er ikke JSON.\n")
with open(os.path.join(work, "object.json"), "w") as f:
    json.dump({"file": "x"}, f)
shutil.copy(letter, os.path.join(work, "brev.txt"))
with open(os.path.join(work, "wrong-type.json"), "w") as f:
    json.dump([{"file": "brev.txt", "doc_type": 3, "outcome": "bevilling"}], f)
with open(os.path.join(work, "truncated.json"), "w") as f:
    f.write('[{"file": "brev.txt", ')
run(["eval", os.path.join(work, "not-json.json")], 2, ["not-json.json", "ikke gyldig JSON"])
run(["eval", os.path.join(work, "truncated.json")], 2, ["truncated.json", "ikke gyldig JSON"])
run(["eval", os.path.join(work, "object.json")], 2, ["object.json"])
run(["eval", os.path.join(work, "wrong-type.json")], 2, ["wrong-type.json", "forkert type"])
run(["eval", os.path.join(work, "findes-ikke.json")], 2, ["findes-ikke.json", "findes ikke"])
run(["eval", work], 2, ["mappe"])
run(["eval", letter], 2, ["ikke gyldig JSON"])

# Baselines and suppressions (issue 14, items 2-3): options without a value, missing and broken
# files are one Danish line with exit 2, on check, audit and serve alike.
with open(os.path.join(work, "no-reason.toml"), "w") as f:
    f.write('[[suppress]]\nrule = "plain-passive"\n')
with open(os.path.join(work, "ok.toml"), "w") as f:
    f.write('[[suppress]]\nrule = "plain-*"\nreason = "Sproget er godkendt af enheden"\n')
for sub, extra in (("check", [letter]), ("audit", [letter, "--out", os.path.join(work, "aud")])):
    for opt in ("--baseline", "--write-baseline", "--suppressions"):
        run([sub] + extra + [opt], 2, [opt], name=f"{sub} {opt} without a value")
    run([sub] + extra + ["--baseline", os.path.join(work, "findes-ikke.json")], 2, ["findes-ikke.json", "basislinjen findes ikke"],
        name=f"{sub} --baseline that does not exist")
    run([sub] + extra + ["--baseline", os.path.join(work, "not-json.json")], 2, ["not-json.json", "ikke gyldig JSON"],
        name=f"{sub} --baseline that is not JSON")
    run([sub] + extra + ["--baseline", os.path.join(work, "object.json")], 2, ["object.json", "ikke en basislinje"],
        name=f"{sub} --baseline that is other JSON")
    run([sub] + extra + ["--suppressions", os.path.join(work, "findes-ikke.toml")], 2, ["undertrykkelsesfilen findes ikke"],
        name=f"{sub} --suppressions that does not exist")
    run([sub] + extra + ["--suppressions", os.path.join(work, "no-reason.toml")], 2, ["no-reason.toml:1:", "mangler en begrundelse"],
        name=f"{sub} --suppressions without a reason")
run(["serve", "--port", "0", "--suppressions", os.path.join(work, "no-reason.toml")], 2, ["mangler en begrundelse"],
    name="serve --suppressions without a reason")
plain_code = subprocess.run([binary, "check", letter], capture_output=True).returncode
run(["check", "--suppressions", os.path.join(work, "ok.toml"), letter], plain_code, ["fund undertrykt (se --show-suppressed)"])
run(["check", "--show-suppressed", "--suppressions", os.path.join(work, "ok.toml"), letter], plain_code,
    ["undertrykt: Sproget er godkendt af enheden (", "ok.toml:1)"])
run(["check", "--write-baseline", os.path.join(work, "base.json"), letter], plain_code, ["basislinjen med", "er skrevet til"])
run(["check", "--baseline", os.path.join(work, "base.json"), letter], 0, ["kendte fund skjult af basislinjen"])

for f in fails:
    print("FAIL:", f)
print(f"{passed} passed, {len(fails)} failed")
sys.exit(1 if fails else 0)
