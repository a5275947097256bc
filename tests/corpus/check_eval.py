#!/usr/bin/env python3
"""Regression guard on a labelled corpus: runs `klartjek eval --format json` once over the folder
and fails when the outcome accuracy falls below MIN or when any rule at error level (fejl) fires
on a letter whose labels do not have that deficiency, or any legal verdict is given on an
unreadable, out-of-area or non-decision letter.

Usage: check_eval.py KLARTJEK LABELS.json MIN_OUTCOME
       check_eval.py --together KLARTJEK MERGED.json LABELS.json...

--together (the sanitizer build): merges the label files into MERGED.json, with absolute paths and
each scan naming its image-only PDF, and reads every letter of every set in one klartjek process (the
outcome floors are the Release build's business, so here no floor applies, but a crash, a sanitizer
report, an unreadable letter, a false fejl and a scope verdict still fail). Until \\pL compiled as the
Latin letters (lexicon/patterns.hpp) a letter cost ~0.8 s under AddressSanitizer and only every
third letter was read here; now all 2,200 take about two and a half minutes per half.
"""
import json
import os
import subprocess
import sys

if sys.argv[1] == "--together":
    binary, labels, sources = sys.argv[2], sys.argv[3], sys.argv[4:]
    merged = []
    for src in sources:
        here = os.path.dirname(os.path.abspath(src))
        for lab in json.load(open(src, encoding="utf-8")):
            lab = dict(lab)
            if lab.get("render") == "scan" and not lab["file"].endswith(".pdf"):  # the image-only PDF `eval` reads (src/eval/eval.cpp)
                stem = os.path.splitext(os.path.basename(lab["file"]))[0]
                lab["file"] = os.path.join(here, "scans", stem + ".pdf")
            else:
                lab["file"] = os.path.join(here, lab["file"])
            merged.append(lab)
    with open(labels, "w", encoding="utf-8") as fh:
        json.dump(merged, fh, ensure_ascii=False)
    minimum = 0.0
else:
    binary, labels, minimum = sys.argv[1], sys.argv[2], float(sys.argv[3])
p = subprocess.run([binary, "eval", "--format", "json", labels], capture_output=True, text=True)
if p.returncode not in (0, 1):
    # The tail: a sanitizer's report ends with the stack and the summary.
    sys.exit(f"eval failed ({p.returncode}): {p.stderr[-4000:]}")
r = json.loads(p.stdout)
right = sum(c["tp"] for k, c in r["elements"].items() if k.startswith("outcome="))
total = sum(c["tp"] + c["fn"] for k, c in r["elements"].items() if k.startswith("outcome="))
problems = []
if not total or right / total < minimum:
    problems.append(f"outcome right {right}/{total} below {minimum}")
# Rules at error level whose firing the labels decide, and the scope guards.
for rule in ("appeal-missing", "legal-basis-missing", "appeal-deadline-wrong", "legal-ref-outdated",
             "ingen juridisk dom på ulæselige breve", "ingen sociale krav uden for området"):
    c = r["rules"].get(rule)
    if c and c["fp"]:
        problems.append(f"{rule}: {c['fp']} false")
# A pattern in the code too large for RE2's DFA falls back to a slow matcher and prints to stderr
# on every letter it reads (a "stk." spelled out as an alternative inside a bounded repeat did that
# once). The lexicons' pattern sets are compiled with logging off, so this does not see them.
if "DFA out of memory" in p.stderr:
    problems.append("an RE2 pattern ran out of DFA memory: " + next(l for l in p.stderr.splitlines() if "DFA out of memory" in l)[:200])
if r["failures"]:
    problems.append(f"{len(r['failures'])} letters could not be read: {r['failures'][:3]}")
print(f"{labels}: outcome right {right}/{total}; {len(problems)} problems")
for pr in problems:
    print("FAIL:", pr)
sys.exit(1 if problems else 0)
