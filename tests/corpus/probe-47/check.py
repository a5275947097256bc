#!/usr/bin/env python3
"""Outcome check on the probe letters (not part of CTest; development material, tuned on).

Usage: check.py KLARTJEK   — prints each letter whose outcome klartjek reads differently from its
label, then the count right."""
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
right = total = 0
for labels in ("labels-pa.json", "labels-pb.json"):
    for lab in json.load(open(os.path.join(here, labels), encoding="utf-8")):
        total += 1
        p = subprocess.run([sys.argv[1], "check", "--format", "json", lab["file"]], capture_output=True, text=True, cwd=here)
        try:
            got = json.loads(p.stdout)["elements"]["outcome"]["value"]
        except (ValueError, KeyError):
            got = "fejl"
        right += got == lab["outcome"]
        if got != lab["outcome"]:
            print(f"{lab['file']}: forventet {lab['outcome']}, fik {got}")
print(f"{right}/{total}")
