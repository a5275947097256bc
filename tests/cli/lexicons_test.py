#!/usr/bin/env python3
"""Lexicons as validated data (issue 14, item 4): `klartjek lexicons check DIR` accepts the
shipped lexicons and reports each kind of breakage with file:line in Danish and exit 2; `--lexicons`
refuses a broken folder before any letter is read (one line per problem, not an internal error
per letter), and accepts a valid partial override.

    lexicons_test.py KLARTJEK_BINARY WORKDIR      (run from the repository root)
"""
import os
import re
import shutil
import subprocess
import sys

binary, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
fails = []


def check(cond, what):
    if not cond:
        fails.append(what)
        print("FAIL:", what)


def run(args):
    p = subprocess.run([binary] + args, capture_output=True, text=True, timeout=300)
    return p.returncode, p.stdout, p.stderr


rc, out, err = run(["lexicons", "check", "lexicons"])
m = re.search(r"(\d+) filer, (\d+) mønstre og (\d+) eksempler i orden", out)
check(rc == 0 and m and int(m.group(2)) > 500 and int(m.group(3)) > 500, f"the shipped lexicons pass ({rc}, {out!r})")

broken = os.path.join(work, "broken")
shutil.copytree("lexicons", broken)


def edit(name, old, new):
    path = os.path.join(broken, name)
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    for i, l in enumerate(lines):
        if l.startswith(old) or (old in l and not l.startswith("#")):
            lines[i] = l.replace(old, new, 1)
            open(path, "w", encoding="utf-8").write("\n".join(lines))
            return i + 1
    raise SystemExit(f"{old!r} not in {name}")


bad_pattern = edit("outcome.txt", "\\b(vi )?(stopper|standser)\\b", "\\b(vi (stopper|standser)\\b")
bad_example = edit("appeal.txt", "# + Du skal klage inden 4 uger.", "# + Du skal vente 4 uger.")
bad_number = edit("plain_language.txt", "lix_info = 45", "lix_info = fyrre")
edit("appeal.txt", "[forwarding]", "[forwardingX]")
open(os.path.join(broken, "ekstra.txt"), "w").write("x\n")

rc, out, err = run(["lexicons", "check", broken])
check(rc == 2, f"a broken folder: exit 2 ({rc})")
check(f"outcome.txt:{bad_pattern}: mønsteret kan ikke bruges (en parentes mangler)" in out, f"bad pattern at its line ({out!r})")
check(f'appeal.txt:{bad_example}: eksemplet skal fanges, men gør det ikke: "Du skal vente 4 uger."' in out, "wrong example at its line")
check(f'plain_language.txt:{bad_number}: lix_info skal være et tal, ikke "fyrre"' in out, "threshold not a number at its line")
check("sektionen [forwarding] mangler" in out, "missing section")
check("ekstra.txt: ukendt leksikonfil" in out, "unknown file")
check("5 fejl i" in out, "the count of problems")

rc, out, err = run(["--lexicons", broken, "check", "samples/03-koebenhavn-ledsagelse-afslag.pdf"])
check(rc == 2 and out == "" and err.count("klartjek: --lexicons: ") == 5 and "intern fejl" not in err,
      f"--lexicons refuses a broken folder before any letter ({rc}, {err!r})")

partial = os.path.join(work, "partial")
os.makedirs(partial)
shutil.copy("lexicons/officialese.txt", partial)
rc, out, err = run(["--lexicons", partial, "check", "--format", "json", "samples/03-koebenhavn-ledsagelse-afslag.pdf"])
check(rc in (0, 1) and '"findings"' in out, f"a valid partial override is used ({rc}, {err!r})")

if fails:
    print(f"{len(fails)} failed")
    sys.exit(1)
print("lexicons: all checks passed")
