"""Shared by the relabel-*.py scripts: apply a change to every label of every blind-N set in the
files that carry labels (labels.json, labels-*.json, dev.json, test.json), keeping each file's
indentation, and report which letters changed."""
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def relabel(change, dry):
    """change(label) -> a description of what it changed (and changes the label), or None.
    Returns {letter path relative to tests/corpus: description}."""
    changed = {}
    for path in sorted(glob.glob(os.path.join(HERE, 'blind-*', '*.json'))):
        name = os.path.basename(path)
        if not (name in ('labels.json', 'dev.json', 'test.json') or name.startswith('labels-')):
            continue
        text = open(path, encoding='utf-8').read()
        labels = json.loads(text)
        hit = False
        for label in labels:
            what = change(label)
            if what is None:
                continue
            changed[os.path.relpath(os.path.join(os.path.dirname(path), label['file']), HERE)] = what
            hit = True
        if hit and not dry:
            second = text.split('\n')[1]
            indent = len(second) - len(second.lstrip(' '))
            with open(path, 'w', encoding='utf-8') as fh:
                fh.write(json.dumps(labels, ensure_ascii=False, indent=indent) + ('\n' if text.endswith('\n') else ''))
    return changed
