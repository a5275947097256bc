#!/usr/bin/env python3
"""Brings "afslag" labels in line with the label schema's outcome convention
(../shared/design.md § 7: "delvis" also covers a different help granted than the one applied
for). Decided from the label alone, never from klartjek's output or the letter: a label with
outcome "afslag" whose items include an "i-stedet" item that this letter grants — its "decided"
field is filled in and neither it nor the item's help says the help is only offered, recommended,
referred to, continued from before or decided in a separate letter — and that is not a
genvurdering after a complaint (there the letter upholds a refusal; the help instead belongs to the first
decision). 331 labels of the same kind already said "delvis"; 25 said "afslag", 16 of them meet
this test. Rewrites labels.json, labels-*.json, dev.json and test.json of every blind-N set in
place (their indentation kept) and prints what it changed.

Usage: relabel-instead.py [--dry-run]
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NOT_A_GRANT = re.compile(r'tilbyd|anbefal|henvis|særskilt|fortsætter|kan søge|vejledning', re.I)


def granted_instead(label):
    if label.get('outcome') != 'afslag' or re.search(r'genvurdering after', label.get('notes', ''), re.I):
        return False
    for item in label.get('items') or []:
        if item.get('status') != 'i-stedet' or not item.get('decided'):
            continue
        if not NOT_A_GRANT.search(item['decided'] + ' ' + item.get('help', '')):
            return True
    return False


def main():
    dry = '--dry-run' in sys.argv
    changed = set()
    for path in sorted(glob.glob(os.path.join(HERE, 'blind-*', '*.json'))):
        name = os.path.basename(path)
        if not (name in ('labels.json', 'dev.json', 'test.json') or name.startswith('labels-')):
            continue
        text = open(path, encoding='utf-8').read()
        labels = json.loads(text)
        hits = [l for l in labels if granted_instead(l)]
        if not hits:
            continue
        for l in hits:
            l['outcome'] = 'delvis'
            changed.add(os.path.relpath(os.path.join(os.path.dirname(path), l['file']), HERE))
        indent = len(text.split('\n')[1]) - len(text.split('\n')[1].lstrip(' '))
        if not dry:
            with open(path, 'w', encoding='utf-8') as fh:
                fh.write(json.dumps(labels, ensure_ascii=False, indent=indent) + ('\n' if text.endswith('\n') else ''))
    for c in sorted(changed):
        print(c)
    print(len(changed), 'letters', '(dry run)' if dry else 'relabelled afslag -> delvis')


if __name__ == '__main__':
    main()
