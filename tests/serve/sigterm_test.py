#!/usr/bin/env python3
"""`klartjek serve` as a process: starts on a free port, answers the page and a LanguageTool
request, then stops with exit code 0 on SIGTERM (and on SIGINT). Usage: sigterm_test.py KLARTJEK"""
import json
import re
import signal
import subprocess
import sys
import urllib.parse
import urllib.request

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")


def run(binary, sig):
    p = subprocess.Popen([binary, "serve", "--port", "0", "--workers", "2"], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    try:
        line = p.stdout.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert m, f"no address in first line: {line!r}"
        base = f"http://127.0.0.1:{m.group(1)}"
        with urllib.request.urlopen(base + "/", timeout=60) as r:
            assert r.status == 200
            assert r.headers["Content-Security-Policy"] == CSP, r.headers["Content-Security-Policy"]
            assert "action=\"/check\"" in r.read().decode()
        body = urllib.parse.urlencode({"text": "Vi har lagt vægt på, at din ansøgnig ikke beskriver behovet.",
                                       "language": "da-DK"}).encode()
        with urllib.request.urlopen(base + "/v2/check", data=body, timeout=60) as r:
            j = json.load(r)
            assert any(m["rule"]["id"] == "spell-unknown-word" for m in j["matches"]), j
        p.send_signal(sig)
        rc = p.wait(timeout=30)  # a safety net, not a timing assertion
        assert rc == 0, f"exit code {rc} after {sig.name}; stderr: {p.stderr.read()}"
        print(f"ok: {sig.name} → exit 0")
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()


def main():
    binary = sys.argv[1]
    run(binary, signal.SIGTERM)
    run(binary, signal.SIGINT)
    # a taken port: a Danish line and exit code 2
    p = subprocess.Popen([binary, "serve", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        port = re.search(r":(\d+)/", p.stdout.readline()).group(1)
        q = subprocess.run([binary, "serve", "--port", port], capture_output=True, text=True, timeout=60)
        assert q.returncode == 2, q.returncode
        assert "kan ikke lytte på 127.0.0.1:" + port in q.stderr, q.stderr
        print("ok: taken port → exit 2 with a Danish line")
    finally:
        p.send_signal(signal.SIGTERM)
        p.wait(timeout=30)


if __name__ == "__main__":
    main()
