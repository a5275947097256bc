#!/usr/bin/env python3
"""Side-by-side accuracy table (Markdown) from `klartjek eval --format json` outputs.

Usage: accuracy-table.py NAME=EVAL.json ...
Rows: outcome accuracy, each element's precision/recall, and the number of fejl/advarsel that a
letter's labels do not support (false legal verdicts), per column.
"""
import json
import sys

cols = []
for arg in sys.argv[1:]:
    name, path = arg.split("=", 1)
    with open(path, encoding="utf-8") as fh:
        cols.append((name, json.load(fh)))


def outcome(d):
    right = sum(c["tp"] for k, c in d["elements"].items() if k.startswith("outcome="))
    total = sum(c["tp"] + c["fn"] for k, c in d["elements"].items() if k.startswith("outcome="))
    return f"{right}/{total} = {right / total:.3f}" if total else "–"


def pr(d, table, key):
    c = d[table].get(key)
    if not c or c["tp"] + c["fp"] + c["fn"] == 0:
        return "–"
    return f"{c['precision']:.2f} / {c['recall']:.2f}"


keys_el = sorted({k for _, d in cols for k in d["elements"] if not k.startswith(("outcome=", "doc_type="))})
keys_doc = sorted({k for _, d in cols for k in d["elements"] if k.startswith("doc_type=")})
keys_rule = sorted({k for _, d in cols for k in d["rules"]})
print("| | " + " | ".join(n for n, _ in cols) + " |")
print("|---|" + "---|" * len(cols))
print("| letters | " + " | ".join(str(d["letters"]) for _, d in cols) + " |")
print("| **outcome right** | " + " | ".join(outcome(d) for _, d in cols) + " |")
for k in keys_el + keys_doc:
    print(f"| {k} (P / R) | " + " | ".join(pr(d, "elements", k) for _, d in cols) + " |")
for k in keys_rule:
    print(f"| rule {k.replace('|', chr(92) + '|')} (P / R) | " + " | ".join(pr(d, "rules", k) for _, d in cols) + " |")
print("| **false legal verdicts (FP of the rules above)** | " +
      " | ".join(str(sum(c["fp"] for c in d["rules"].values())) for _, d in cols) + " |")
