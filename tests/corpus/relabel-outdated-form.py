#!/usr/bin/env python3
"""Writes each label's outdated references in the form its own provision_refs give them. The label
schema lists a paragraph cited both bare and with stk. "only in its specific form(s)", and the
issue asks for outdated references "in the normalised form they are written in" ("SEL § 42,
stk. 1"); 15 labels gave an outdated reference bare ("SEL § 42") while their provision_refs held
only its specific forms ("SEL § 42, stk. 1"). Decided from the label alone, never from klartjek's
output or the letter: a bare outdated reference not in provision_refs becomes the specific forms
of that paragraph listed there. Rewrites labels.json, labels-*.json, dev.json and test.json of
every blind-N set in place (indentation kept) and prints what it changed.

Usage: relabel-outdated-form.py [--dry-run | --check]
--check: change nothing; exit 1 if any label breaks the convention (a CTest guard).
"""
import sys

from relabel import relabel



def specific(label):
    """The outdated references in the form of the label's provision_refs, or None if unchanged."""
    refs = label.get('provision_refs') or []
    out, changed = [], False
    for o in label.get('outdated_refs') or []:
        forms = [p for p in refs if p.startswith(o + ', ')] if ', stk.' not in o and o not in refs else []
        if forms:
            out += [f for f in forms if f not in out]
            changed = True
        elif o not in out:
            out.append(o)
    return out if changed else None


def main():
    check = '--check' in sys.argv
    dry = check or '--dry-run' in sys.argv

    def change(label):
        new = specific(label)
        if new is None:
            return None
        old, label['outdated_refs'] = label['outdated_refs'], new
        return f'{old} -> {new}'

    changed = relabel(change, dry)
    for f, what in sorted(changed.items()):
        print(f, what)
    print(len(changed), 'letters', '(dry run)' if dry else 'relabelled')
    if check and changed:
        sys.exit(1)


if __name__ == '__main__':
    main()
