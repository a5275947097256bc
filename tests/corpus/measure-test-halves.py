#!/usr/bin/env python3
"""Measures untouched test halves without reading them: runs `klartjek eval --format json` on
tests/corpus/blind-N/test.json for each N given, saves each eval JSON in OUTDIR and prints only the
counts (outcomes right, false positives of the six guarded rules). Never prints a disagreement.

  measure-test-halves.py BIN OUTDIR N...     e.g. build/klartjek /tmp/m $(seq 25 52)"""
import json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GUARDS = ("appeal-missing", "legal-basis-missing", "appeal-deadline-wrong", "legal-ref-outdated",
          "ingen juridisk dom på ulæselige breve", "ingen sociale krav uden for området")


def run(binary, out, n):
    f = os.path.join(ROOT, "tests", "corpus", f"blind-{n}", "test.json")
    p = subprocess.run([binary, "eval", "--format", "json", f], capture_output=True, text=True, cwd=ROOT)
    with open(os.path.join(out, f"blind-{n}.json"), "w") as fh:
        fh.write(p.stdout)
    r = json.loads(p.stdout)
    outcome = [c for k, c in r["elements"].items() if k.startswith("outcome=")]
    right = sum(c["tp"] for c in outcome)
    total = sum(c["tp"] + c["fn"] for c in outcome)
    guards = sum(c["fp"] for k, c in r["rules"].items() if k in GUARDS)
    return n, right, total, guards


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    binary, out, sets = os.path.abspath(sys.argv[1]), sys.argv[2], [int(x) for x in sys.argv[3:]]
    os.makedirs(out, exist_ok=True)
    with ThreadPoolExecutor(2) as ex:
        rows = list(ex.map(lambda n: run(binary, out, n), sets))
    R = T = G = 0
    for n, right, total, guards in rows:
        print(f"blind-{n} test {right}/{total} false fejl {guards}")
        R, T, G = R + right, T + total, G + guards
    print(f"all {R}/{T} = {R / T:.3f} false fejl {G}")


if __name__ == "__main__":
    main()
