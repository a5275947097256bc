#!/usr/bin/env python3
"""`.klartjek.toml` from the command line (issue 14): found like .editorconfig, --config and
--no-config, `klartjek config`, Danish file:line errors with exit 2, the audit resolving each
letter's own file, and `--lexicons` naming a folder that does not exist.

    config_test.py KLARTJEK_BINARY WORKDIR      (run from the repository root)
"""
import csv
import json
import os
import shutil
import subprocess
import sys

binary, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
sample = os.path.abspath("samples/03-koebenhavn-ledsagelse-afslag.pdf")
fails = []


def check(cond, what):
    if not cond:
        fails.append(what)
        print("FAIL:", what)


def run(args, cwd=work):
    p = subprocess.run([binary] + args, cwd=cwd, capture_output=True, text=True, timeout=300)
    return p.returncode, p.stdout, p.stderr


def rules_of(out):
    j = json.loads(out)
    return [f["rule"] for f in j["findings"]], {f["rule"]: f["severity"] for f in j["findings"]}


# A tree: unit/ has a configuration, unit/team/ a nearer one, other/ none (and no file above work).
for d in ("unit/team", "other"):
    os.makedirs(os.path.join(work, d))
for d in ("unit", "unit/team", "other"):
    shutil.copy(sample, os.path.join(work, d, "brev.pdf"))
with open(os.path.join(work, "unit/.klartjek.toml"), "w") as f:
    f.write('# kommunens opsætning\n[rules]\n"plain-*" = "off"\n"legal-result-late" = "warning"\n')
with open(os.path.join(work, "unit/team/.klartjek.toml"), "w") as f:
    f.write('[rules]\n"spell-*" = "off"\n[thresholds]\nlix_warning = 60\n')

rc, out, err = run(["check", "--format", "json", "other/brev.pdf"])
base, base_sev = rules_of(out)
check(any(r.startswith("plain-") for r in base), "a letter without configuration has plain-language findings")

rc, out, err = run(["check", "--format", "json", "unit/brev.pdf"])
unit, unit_sev = rules_of(out)
check(not any(r.startswith("plain-") for r in unit), "unit/.klartjek.toml turns the plain-* family off")
check(len([r for r in unit if r.startswith("legal-")]) == len([r for r in base if r.startswith("legal-")]),
      "the legal findings are kept")

rc, out, err = run(["check", "--format", "json", "unit/team/brev.pdf"])
team, team_sev = rules_of(out)
check(any(r.startswith("plain-") for r in team), "the nearest file wins: unit/team/.klartjek.toml does not turn plain-* off")
check(team_sev.get("plain-lix") == "info", "lix_warning = 60 makes LIX 55 an info")

rc, out, err = run(["check", "--format", "json", "--no-config", "unit/brev.pdf"])
check(rules_of(out)[0] == base, "--no-config ignores the folder's file")
rc, out, err = run(["check", "--format", "json", "--config", "unit/.klartjek.toml", "other/brev.pdf"])
check(not any(r.startswith("plain-") for r in rules_of(out)[0]), "--config names one file for any letter")

# Errors: Danish, file:line, exit 2, before any letter for --config.
with open(os.path.join(work, "bad.toml"), "w") as f:
    f.write('[rules]\n\n"plain-lixx" = "off"\n')
rc, out, err = run(["check", "--config", "bad.toml", "other/brev.pdf"])
check(rc == 2 and "bad.toml:3: ukendt regel \"plain-lixx\"" in err and out == "", f"unknown rule id: exit 2 with file:line ({rc}, {err!r})")
with open(os.path.join(work, "bad2.toml"), "w") as f:
    f.write('[rules]\n"plain-lix" = "off"\n[words]\naccept = "ord"\nforbid = ["x"]\n')
rc, out, err = run(["check", "--config", "bad2.toml", "other/brev.pdf"])
check(rc == 2 and "bad2.toml:5: ukendt nøgle \"forbid\" i [words]" in err, f"unknown key: exit 2 with file:line ({err!r})")
with open(os.path.join(work, "bad3.toml"), "w") as f:
    f.write('[rules\n')
rc, out, err = run(["check", "--config", "bad3.toml", "other/brev.pdf"])
check(rc == 2 and "bad3.toml:1: ugyldig TOML i linje 1, kolonne" in err, f"broken TOML: Danish line and column ({err!r})")
rc, out, err = run(["check", "--config", "findes-ikke.toml", "other/brev.pdf"])
check(rc == 2 and "findes-ikke.toml: konfigurationsfilen findes ikke" in err, f"missing --config file ({err!r})")
rc, out, err = run(["--lexicons", "findes-ikke", "check", "other/brev.pdf"])
check(rc == 2 and "--lexicons: findes-ikke: mappen findes ikke" in err, f"--lexicons that does not exist ({err!r})")

# klartjek config: the effective configuration and where each value came from.
rc, out, err = run(["config", "unit/team/brev.pdf"])
check(rc == 0 and out.startswith("# Konfiguration fra " + os.path.join(work, "unit/team/.klartjek.toml")), "config names the file")
check("lix_warning = 60" in out and ".klartjek.toml:4 (standard: 55)" in out, "config shows a value and its line")
check('"spell-unknown-word" = "off"' in out and "(spell-*)" in out, "config shows the family setting")
rc, out, err = run(["config", "other"])
check(rc == 0 and out.startswith("# Ingen konfigurationsfil"), "config of a folder without a file")

# The audit resolves each letter's own file and keys its cache by letter + configuration.
rc, out, err = run(["audit", "unit", "other", "--out", "aud", "--no-page-images", "-j", "1"])
rows = {r["fil"]: r for r in csv.DictReader(open(os.path.join(work, "aud/letters.csv"), encoding="utf-8"))}
check(set(rows) == {"unit/brev.pdf", "unit/team/brev.pdf", "other/brev.pdf"}, f"the audit reads the letters, not the configuration files ({sorted(rows)})")
check("konfigurationsfil (.klartjek.toml)" in err, "the configuration files are counted as skipped")
if len(rows) == 3:
    check(int(rows["unit/brev.pdf"]["info"]) < int(rows["other/brev.pdf"]["info"]), "unit's letter gets unit's configuration in the audit")
    check(rows["unit/team/brev.pdf"]["info"] != rows["unit/brev.pdf"]["info"], "the same letter under another configuration is analysed again")

if fails:
    print(f"{len(fails)} failed")
    sys.exit(1)
print("config: all checks passed")
