#!/usr/bin/env python3
"""Merge the per-author label files of a corpus half (labels-*.json) into labels.json.

Usage: merge-labels.py DIR...   (e.g. tests/corpus/blind-2/dev tests/corpus/blind-2/test)
Reads only the label files, never the letters.
"""
import glob
import json
import os
import sys

for d in sys.argv[1:]:
    merged = []
    for f in sorted(glob.glob(os.path.join(d, "labels-*.json"))):
        with open(f, encoding="utf-8") as fh:
            merged.extend(json.load(fh))
    merged.sort(key=lambda x: x["file"])
    with open(os.path.join(d, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(merged, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{d}: {len(merged)} letters")
