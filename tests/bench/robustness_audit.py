#!/usr/bin/env python3
"""Robustness audit over a public corpus of hostile and ordinary documents (issue 11), on demand.

Fetches the PDF and DOCX test files that Debian 12 ships in the sources of qpdf (damaged,
encrypted and odd PDFs from its test suite), pikepdf and pdfminer, the PDF manuals of
texlive-latex-recommended-doc (long English documents) and the DOCX test files of pandoc; makes
"their text" with pdftotext; then runs, for every file, `pdftotext` and `klartjek check --format
json` each in its own process under the same kill limit, and `klartjek audit` over the whole
corpus with its per-letter worker limit. Prints a failure table (what needed the kill, crashed,
ended with "intern fejl" or gave silent empty output) and writes per-file rows to WORK/runs.tsv.

Usage: tests/bench/robustness_audit.py [--work DIR] [--klartjek BIN] [--limit SECONDS] [--jobs N]
Never run by CI (it downloads about 85 MB and takes 15-30 minutes on 2 cores).
"""
import argparse
import concurrent.futures as cf
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tarfile
import time

MIRROR = "http://deb.debian.org/debian/pool/main/"
# Debian 12 (bookworm) source tarballs holding test documents, and one documentation package.
SOURCES = [
    ("qpdf", "q/qpdf/qpdf_11.3.0.orig.tar.gz", (".pdf",)),
    ("pikepdf", "p/pikepdf/pikepdf_6.0.0+dfsg.orig.tar.xz", (".pdf",)),
    ("pdfminer", "p/pdfminer/pdfminer_20221105+dfsg.orig.tar.xz", (".pdf",)),
    ("pandoc", "p/pandoc/pandoc_2.17.1.1.orig.tar.gz", (".docx",)),
]
DEB_PACKAGES = [("texlive", "texlive-latex-recommended-doc")]


def fetch(work: pathlib.Path) -> None:
    corpus = work / "corpus"
    if corpus.exists():
        return
    dl = work / "download"
    dl.mkdir(parents=True, exist_ok=True)
    tmp = work / "corpus.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    for kind in ("pdf", "docx"):
        (tmp / kind).mkdir(parents=True)

    def keep(prefix: str, name: str, data: bytes) -> None:
        ext = name.lower().rsplit(".", 1)[-1]
        flat = prefix + "__" + re.sub(r"[^A-Za-z0-9._-]", "_", name.replace("/", "__"))
        (tmp / ext / flat).write_bytes(data)

    for prefix, path, exts in SOURCES:
        target = dl / pathlib.Path(path).name
        if not target.exists():
            subprocess.run(["curl", "-sf", "-o", str(target), MIRROR + path], check=True)
        with tarfile.open(target) as tar:
            for m in tar:
                if m.isfile() and m.name.lower().endswith(exts):
                    keep(prefix, m.name, tar.extractfile(m).read())
    for prefix, package in DEB_PACKAGES:
        debdir = dl / package
        if not debdir.exists():
            if not list(dl.glob(package + "_*.deb")):
                subprocess.run(["apt-get", "download", package], cwd=dl, check=True, capture_output=True)
            deb = next(dl.glob(package + "_*.deb"))
            subprocess.run(["dpkg-deb", "-x", str(deb), str(debdir)], check=True)
        for f in sorted(debdir.rglob("*.pdf")):
            keep(prefix, str(f.relative_to(debdir)), f.read_bytes())
    tmp.rename(corpus)


def run(cmd, limit):
    """One process under the kill limit: (exit code or 'kill', seconds, peak RSS MiB, stderr head)."""
    t0 = time.monotonic()
    p = subprocess.Popen(["/usr/bin/time", "-f", "@@RSS %M"] + cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         start_new_session=True)
    try:
        out, err = p.communicate(timeout=limit)
        rc = p.returncode
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, 9)  # the whole group: /usr/bin/time and the program it runs
        out, err = p.communicate()
        rc = "kill"
    secs = time.monotonic() - t0
    err = err.decode("utf-8", "replace")
    m = re.search(r"@@RSS (\d+)", err)
    rss = int(m.group(1)) / 1024 if m else 0.0
    err = re.sub(r"(Command (terminated|exited)[^\n]*\n)?@@RSS \d+\n?", "", err)
    if isinstance(rc, int) and rc != 0 and "Command terminated by signal" in err:
        rc = "signal"
    return rc, secs, rss, err.strip().split("\n")[0][:160], out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default="/tmp/klartjek-robustness")
    ap.add_argument("--klartjek", default="build/klartjek")
    ap.add_argument("--limit", type=float, default=30.0)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    work = pathlib.Path(a.work)
    kt = os.path.abspath(a.klartjek)
    fetch(work)
    corpus = work / "corpus"
    txtdir = corpus / "txt"
    txtdir.mkdir(exist_ok=True)
    pdfs = sorted((corpus / "pdf").iterdir())
    docx = sorted((corpus / "docx").iterdir())

    rows = []

    def pdftotext(f):
        out = txtdir / (f.name + ".txt")
        rc, secs, rss, err, _ = run(["pdftotext", "-enc", "UTF-8", str(f), str(out)], a.limit)
        if not out.exists():
            out.write_bytes(b"")
        return ("pdftotext", f, rc, secs, rss, err, 0)

    def check(f):
        rc, secs, rss, err, out = run([kt, "check", "--format", "json", "--no-config", str(f)], a.limit)
        return ("klartjek", f, rc, secs, rss, err, len(out))

    with cf.ThreadPoolExecutor(a.jobs) as ex:
        rows += list(ex.map(pdftotext, pdfs))
        txts = sorted(txtdir.iterdir())
        rows += list(ex.map(check, pdfs + txts + docx))

    with open(work / "runs.tsv", "w") as tsv:
        tsv.write("tool\tkind\tfile\trc\tseconds\trss_mib\tstdout_bytes\tstderr\n")
        for tool, f, rc, secs, rss, err, n in rows:
            tsv.write(f"{tool}\t{f.parent.name}\t{f.name}\t{rc}\t{secs:.2f}\t{rss:.0f}\t{n}\t{err}\n")

    def table(tool, kind):
        sel = [r for r in rows if r[0] == tool and r[1].parent.name == kind]
        if not sel:
            return None
        rcs = [r[2] for r in sel]
        secs = sorted(r[3] for r in sel)
        return dict(
            files=len(sel),
            rc0=rcs.count(0), rc1=rcs.count(1), rc2=rcs.count(2),
            killed=rcs.count("kill"), signal=rcs.count("signal"),
            other=len([x for x in rcs if x not in (0, 1, 2, "kill", "signal")]),
            intern=len([r for r in sel if "intern fejl" in r[5]]),
            silent=len([r for r in sel if tool == "klartjek" and r[6] == 0 and not r[5]]),
            median_s=secs[len(secs) // 2], max_s=secs[-1], max_rss=max(r[4] for r in sel),
        )

    print(f"klartjek: {kt}; limit {a.limit:.0f} s per file; corpus {work / 'corpus'}")
    print(f"{'tool':10} {'kind':5} {'files':>5} {'rc0':>5} {'rc1':>5} {'rc2':>5} {'kill':>5} {'signal':>6} {'other':>5} "
          f"{'intern':>6} {'silent':>6} {'median s':>8} {'max s':>7} {'max MiB':>7}")
    summary = {}
    for tool, kind in (("pdftotext", "pdf"), ("klartjek", "pdf"), ("klartjek", "txt"), ("klartjek", "docx")):
        t = table(tool, kind)
        if not t:
            continue
        summary[f"{tool}/{kind}"] = t
        print(f"{tool:10} {kind:5} {t['files']:5} {t['rc0']:5} {t['rc1']:5} {t['rc2']:5} {t['killed']:5} {t['signal']:6} "
              f"{t['other']:5} {t['intern']:6} {t['silent']:6} {t['median_s']:8.2f} {t['max_s']:7.2f} {t['max_rss']:7.0f}")
    hung = {r[1].name for r in rows if r[0] == "pdftotext" and r[2] == "kill"}
    ours = [r for r in rows if r[0] == "klartjek" and r[2] in ("kill", "signal")]
    print(f"pdftotext needed the kill on {len(hung)} file(s); klartjek check needed the kill or died on {len(ours)}:")
    for r in ours:
        also = " (pdftotext hangs too)" if r[1].name in hung else ""
        print(f"  {r[2]:6} {r[3]:6.1f} s  {r[1].parent.name}/{r[1].name}{also}")
    for r in rows:
        if r[0] == "klartjek" and "intern fejl" in r[5]:
            print(f"  intern fejl: {r[1].parent.name}/{r[1].name}: {r[5]}")
    slow = sorted((r for r in rows if r[0] == "klartjek" and isinstance(r[2], int)), key=lambda r: -r[3])[:5]
    print("slowest klartjek check runs: " + ", ".join(f"{r[1].parent.name}/{r[1].name} {r[3]:.1f} s" for r in slow))

    # The batch: audit with its own per-letter worker limit over everything.
    out = work / "audit"
    shutil.rmtree(out, ignore_errors=True)
    t0 = time.monotonic()
    p = subprocess.run([kt, "audit", str(corpus), "--out", str(out), "--jobs", str(a.jobs), "--timeout", str(int(a.limit)),
                        "--no-page-images", "--no-config"], capture_output=True, text=True)
    secs = time.monotonic() - t0
    s = json.loads((out / "summary.json").read_text()) if (out / "summary.json").exists() else {}
    print(f"klartjek audit over {len(pdfs) + len(txts) + len(docx)} files: exit {p.returncode} in {secs:.0f} s; "
          f"stderr tail: {p.stderr.strip().splitlines()[-1] if p.stderr.strip() else '-'}")
    summary["audit"] = {"rc": p.returncode, "seconds": round(secs), "summary_keys": sorted(s.keys())[:20]}
    (work / "summary.json").write_text(json.dumps(summary, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
