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

Usage: relabel-instead.py [--dry-run | --check]
--check: change nothing; exit 1 if any label breaks the convention (a CTest guard).
"""
import re
import sys

from relabel import relabel

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
    check = '--check' in sys.argv
    dry = check or '--dry-run' in sys.argv

    def change(label):
        if not granted_instead(label):
            return None
        label['outcome'] = 'delvis'
        return 'afslag -> delvis'

    changed = relabel(change, dry)
    for c in sorted(changed):
        print(c)
    print(len(changed), 'letters', '(dry run)' if dry else 'relabelled afslag -> delvis')
    if check and changed:
        sys.exit(1)


if __name__ == '__main__':
    main()
