#!/usr/bin/env python3
"""How far two human readers agree about the same letters, and where klartjek stands between them.

A second reader, who saw neither the authors' labels nor klartjek, labelled a random sample of
letters from the opened blind sets (tests/corpus/agreement/README.md). This script

  1. pairs each second label with the author's (first) label through map.json,
  2. prints per field how often the two readers agree (and Cohen's kappa for the outcome),
  3. writes first.json, second.json and consensus.json beside map.json: label files that
     `klartjek eval` reads like any corpus, so klartjek can be scored against the author, against
     the second reader, and on the letters where the two readers agree about the outcome.

The second reader did not relabel the mechanical list fields (provision_refs, outdated_refs,
cpr_numbers) or the scan rendering; second.json takes them from the first label so that eval's
rule counts compare like with like.

Usage: python3 tests/corpus/agreement.py [DIR]   (DIR defaults to tests/corpus/agreement)
"""
import collections
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(HERE, 'agreement')
FIELDS = ['outcome', 'doc_type', 'legal_area', 'child_case', 'requires_reasoning', 'has_legal_basis',
          'has_reasoning', 'has_appeal_guidance', 'has_citizen_statement', 'appeal_deadline_stated',
          'appeal_route_correct']
COPIED = ['provision_refs', 'outdated_refs', 'cpr_numbers', 'render', 'municipality', 'date']


def first_label(entry):
    """The author's label of a mapped letter, with its file relative to DIR."""
    labels_json = entry['labels']
    for lab in json.load(open(os.path.join(HERE, '..', '..', labels_json) if not labels_json.startswith('/')
                              else labels_json, encoding='utf-8')):
        if lab['file'] == entry['file']:
            lab = dict(lab)
            lab['file'] = os.path.relpath(os.path.join(os.path.dirname(
                labels_json if labels_json.startswith('/') else os.path.join(HERE, '..', '..', labels_json)),
                entry['file']), DIR)
            return lab
    raise KeyError(entry['file'])


def kappa(pairs):
    n = len(pairs)
    po = sum(a == b for a, b in pairs) / n
    ca, cb = collections.Counter(a for a, _ in pairs), collections.Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


def main():
    mapping = {m['id'] + '|' + str(m['batch']): m for m in json.load(open(os.path.join(DIR, 'map.json'), encoding='utf-8'))}
    first, second = [], []
    for path in sorted(glob.glob(os.path.join(DIR, 'labels-second-*.json'))):
        batch = os.path.basename(path)[len('labels-second-'):-len('.json')]
        for lab in json.load(open(path, encoding='utf-8')):
            m = mapping[lab['id'] + '|' + batch]
            f = first_label(m)
            s = {k: lab[k] for k in FIELDS if k in lab}
            s['file'] = f['file']
            for k in COPIED:
                if k in f:
                    s[k] = f[k]
            s['notes'] = 'second reader: ' + lab.get('notes', '')
            if 'confidence' in lab:
                s['confidence'] = lab['confidence']
            first.append(f)
            second.append(s)
    n = len(first)
    print(f'{n} letters read by both readers')
    print(f'{"field":28} {"agree":>9} {"share":>7}')
    for k in FIELDS:
        pairs = [(f.get(k), s.get(k)) for f, s in zip(first, second) if k in s]
        if not pairs:
            continue
        agree = sum(a == b for a, b in pairs)
        print(f'{k:28} {agree:>4}/{len(pairs):<4} {agree / len(pairs):7.3f}')
    pairs = [(f['outcome'], s['outcome']) for f, s in zip(first, second)]
    print(f'outcome kappa: {kappa(pairs):.3f}')
    conf = collections.Counter(f'{a} -> {b}' for a, b in pairs if a != b)
    print('outcome, author -> second reader:', ', '.join(f'{k} {v}' for k, v in conf.most_common()))
    sure = [(f['outcome'], s['outcome']) for f, s in zip(first, second) if s.get('confidence') == 'sikker']
    if sure:
        print(f'outcome where the second reader was sure: {sum(a == b for a, b in sure)}/{len(sure)}')
    consensus = [f for f, s in zip(first, second) if f['outcome'] == s['outcome']]
    for name, labels in (('first', first), ('second', second), ('consensus', consensus)):
        with open(os.path.join(DIR, name + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(labels, fh, ensure_ascii=False, indent=1)
            fh.write('\n')
    print(f'wrote first.json ({len(first)}), second.json ({len(second)}), consensus.json ({len(consensus)}) in {DIR}')


if __name__ == '__main__':
    main()
