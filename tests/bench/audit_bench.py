#!/usr/bin/env python3
"""Benchmark of `klartjek audit` (run on demand, never in CI).

  tests/bench/audit_bench.py [LETTERS] [RSS_LETTERS]     (defaults 1100 and 0)

Replicates the sample PDFs to LETTERS files and measures, in one run on the same files:
  * pdftotext, one process per letter;
  * in-process Poppler extraction + normalisation (`klartjek extract` over all files in one process);
  * `klartjek audit --jobs 1` and `--jobs 2` (full analysis, store, per-letter HTML reports, summary);
and with RSS_LETTERS > 0, the peak resident memory of every audit process over that many letters,
sampled from /proc. Prints per-letter milliseconds and the ratios."""
import glob, os, shutil, subprocess, sys, tempfile, threading, time

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
binary = os.path.join(root, "build", "klartjek")
n = int(sys.argv[1]) if len(sys.argv) > 1 else 1100
rss_n = int(sys.argv[2]) if len(sys.argv) > 2 else 0
samples = sorted(glob.glob(os.path.join(root, "samples", "*.pdf")))
work = tempfile.mkdtemp(prefix="klartjek-bench-")

def replicate(count, into):
    os.makedirs(into)
    files = []
    for i in range(count):
        dst = os.path.join(into, f"{i:06d}-{os.path.basename(samples[i % len(samples)])}")
        os.link(samples[i % len(samples)], dst) if False else shutil.copy(samples[i % len(samples)], dst)
        files.append(dst)
    return files

def timed(cmd, **kw):
    t = time.time()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
    return time.time() - t

def peak_rss(cmd):
    """Runs cmd and samples VmRSS of it and all its descendants; returns (seconds, parent peak, worker peak) in MiB."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = {}
    def sample():
        while proc.poll() is None:
            for pid in os.listdir("/proc"):
                if not pid.isdigit(): continue
                try:
                    st = open(f"/proc/{pid}/status").read()
                    ppid = int(st.split("PPid:")[1].split()[0])
                    if int(pid) != proc.pid and ppid != proc.pid: continue
                    rss = int(st.split("VmRSS:")[1].split()[0]) / 1024
                    peak[int(pid)] = max(peak.get(int(pid), 0), rss)
                except (OSError, IndexError, ValueError):
                    pass
            time.sleep(0.25)
    t0 = time.time()
    th = threading.Thread(target=sample); th.start(); proc.wait(); th.join()
    parent = peak.get(proc.pid, 0)
    workers = max([v for k, v in peak.items() if k != proc.pid] or [0])
    return time.time() - t0, parent, workers

files = replicate(n, os.path.join(work, "letters"))
t_pdftotext = sum(timed(["pdftotext", "-q", f, "-"]) for f in files)
t_extract = timed([binary, "extract", *files])
t_audit1 = timed([binary, "audit", os.path.join(work, "letters"), "--out", os.path.join(work, "a1"), "--jobs", "1"])
t_audit2 = timed([binary, "audit", os.path.join(work, "letters"), "--out", os.path.join(work, "a2"), "--jobs", "2"])
t_plain1 = timed([binary, "audit", os.path.join(work, "letters"), "--out", os.path.join(work, "p1"), "--jobs", "1", "--no-page-images"])
t_plain2 = timed([binary, "audit", os.path.join(work, "letters"), "--out", os.path.join(work, "p2"), "--jobs", "2", "--no-page-images"])
ms = lambda t: 1000 * t / n
print(f"letters: {n} (the {len(samples)} sample PDFs replicated), {os.cpu_count()} cores")
print(f"pdftotext, process per letter         {ms(t_pdftotext):8.2f} ms/letter")
print(f"klartjek extract, one process         {ms(t_extract):8.2f} ms/letter")
print(f"klartjek audit --jobs 1               {ms(t_audit1):8.2f} ms/letter  = {t_audit1 / t_extract:.2f}x in-process extraction, {t_audit1 / t_pdftotext:.2f}x pdftotext loop")
print(f"klartjek audit --jobs 2               {ms(t_audit2):8.2f} ms/letter  speed-up over 1 job: {t_audit1 / t_audit2:.2f}x")
print(f"audit --no-page-images --jobs 1       {ms(t_plain1):8.2f} ms/letter  = {t_plain1 / t_extract:.2f}x in-process extraction, {t_plain1 / t_pdftotext:.2f}x pdftotext loop")
print(f"audit --no-page-images --jobs 2       {ms(t_plain2):8.2f} ms/letter  speed-up over 1 job: {t_plain1 / t_plain2:.2f}x")
if rss_n:
    rss_dir = os.path.join(work, "rss")
    replicate(rss_n, rss_dir)
    secs, parent, workers = peak_rss([binary, "audit", rss_dir, "--out", os.path.join(work, "rss-out"), "--jobs", "2"])
    small = os.path.join(work, "rss-small")
    os.makedirs(small)
    for f in sorted(os.listdir(rss_dir))[: max(1, rss_n // 10)]: shutil.copy(os.path.join(rss_dir, f), small)
    _, parent_s, workers_s = peak_rss([binary, "audit", small, "--out", os.path.join(work, "rss-small-out"), "--jobs", "2"])
    print(f"peak RSS over {rss_n} letters: coordinator {parent:.0f} MiB, largest worker {workers:.0f} MiB ({secs:.0f} s)")
    print(f"peak RSS over {max(1, rss_n // 10)} letters: coordinator {parent_s:.0f} MiB, largest worker {workers_s:.0f} MiB")
shutil.rmtree(work, ignore_errors=True)
