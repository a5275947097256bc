#!/usr/bin/env python3
"""Regression guard on a labelled corpus: runs `klartjek eval --format json` once over the folder
and fails when the outcome accuracy falls below MIN or when any rule at error level (fejl) fires
on a letter whose labels do not have that deficiency, or any legal verdict is given on an
unreadable, out-of-area or non-decision letter.

Usage: check_eval.py KLARTJEK LABELS.json MIN_OUTCOME
"""
import json
import subprocess
import sys

binary, labels, minimum = sys.argv[1], sys.argv[2], float(sys.argv[3])
p = subprocess.run([binary, "eval", "--format", "json", labels], capture_output=True, text=True)
if p.returncode not in (0, 1):
    sys.exit(f"eval failed ({p.returncode}): {p.stderr[:500]}")
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
