#!/usr/bin/env python3
"""Throughput and memory of `klartjek serve` (issue 12), on demand (not in CTest).

Starts `klartjek serve --port 0 --workers 2`, sends N (default 1000) POST /v2/check requests
with a one-page letter (samples/24-faaborg-midtfyn-merudgifter-bevilling.txt, 310 words) as
`text`, from C client threads (default 4, keep-alive connections), and prints requests per
second and the server's resident memory (VmRSS, VmHWM from /proc) before and after.

    tests/bench/serve_bench.py [--requests N] [--clients C] [--workers W] [--binary build/klartjek]
"""
import argparse
import http.client
import os
import re
import subprocess
import sys
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def mem(pid):
    out = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            k, _, v = line.partition(":")
            if k in ("VmRSS", "VmHWM", "Threads"):
                out[k] = v.strip()
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=1000)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "klartjek"))
    ap.add_argument("--letter", default=os.path.join(ROOT, "samples", "24-faaborg-midtfyn-merudgifter-bevilling.txt"))
    a = ap.parse_args()

    text = open(a.letter, encoding="utf-8").read()
    body = urllib.parse.urlencode({"text": text, "language": "da-DK"}).encode()
    p = subprocess.Popen([a.binary, "serve", "--port", "0", "--workers", str(a.workers)],
                         stdout=subprocess.PIPE, text=True)
    try:
        port = int(re.search(r"127\.0\.0\.1:(\d+)/", p.stdout.readline()).group(1))
        before = mem(p.pid)
        # one request to check the answer
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        c.request("POST", "/v2/check", body, {"Content-Type": "application/x-www-form-urlencoded"})
        r = c.getresponse()
        first = r.read()
        assert r.status == 200, r.status
        matches = first.count(b'"offset"')
        c.close()

        counter = iter(range(a.requests))
        lock = threading.Lock()
        failures = []

        def client():
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            while True:
                with lock:
                    if next(counter, None) is None:
                        break
                try:
                    conn.request("POST", "/v2/check", body, {"Content-Type": "application/x-www-form-urlencoded"})
                    resp = conn.getresponse()
                    data = resp.read()
                    if resp.status != 200 or data != first:
                        failures.append(resp.status)
                    if resp.getheader("Connection", "").lower() == "close":
                        conn.close()
                except (ConnectionError, http.client.HTTPException):
                    conn.close()
                    failures.append("connection")
            conn.close()

        t0 = time.monotonic()
        threads = [threading.Thread(target=client) for _ in range(a.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        dt = time.monotonic() - t0
        after = mem(p.pid)
        print(f"letter: {os.path.basename(a.letter)} ({len(text.split())} words, {len(text.encode())} bytes), {matches} matches per answer")
        print(f"{a.requests} requests, {a.clients} clients, {a.workers} workers: {dt:.2f} s, "
              f"{a.requests / dt:.1f} requests/s, {1000 * dt / a.requests:.2f} ms per request (wall)")
        print(f"server memory before: RSS {before['VmRSS']}; after {a.requests} requests: RSS {after['VmRSS']}, peak {after['VmHWM']}")
        print(f"failures: {len(failures)}")
        return 1 if failures else 0
    finally:
        p.terminate()
        p.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
