#!/usr/bin/env python3
"""The README's rule table is `klartjek rules --format markdown`, byte for byte, and every rule
names a source a reader can open (no file of klartjek's, no tag of its domain brief).
Usage: readme_rules_test.py KLARTJEK README.md"""
import re
import subprocess
import sys

binary, readme = sys.argv[1], sys.argv[2]
table = subprocess.run([binary, "rules", "--format", "markdown"], capture_output=True, text=True, check=True).stdout
text = open(readme, encoding="utf-8").read()
start = text.find("| regel | niveau | hvad | kilde |")
if start < 0:
    sys.exit("README.md has no rule table")
end = text.find("\n\n", start)
if text[start:end + 1] != table:
    sys.exit("README.md's rule table differs from `klartjek rules --format markdown`; regenerate it")
internal = re.compile(r"domain\.md|\.(md|txt|cpp|hpp)\b|lexicons/|\bS\d{1,2}\b|\b(KV|PL|REF|STR|OUT)-\d+\b", re.I)
for line in table.splitlines()[2:]:
    source = line.split(" | ")[-1]
    source = re.sub(r"\]\(https://[^)]*\)", "]", source)  # the link targets are addresses, not names
    if internal.search(source):
        sys.exit(f"internal source in: {line}")
print(f"ok: {len(table.splitlines()) - 2} rules")
