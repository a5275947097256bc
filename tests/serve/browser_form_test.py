#!/usr/bin/env python3
"""The start page's form in a real browser (Debian's headless Chromium): starts `klartjek serve`,
takes the <form> exactly as GET / serves it, fills its textarea with a sample letter (plus a CPR
number) in a local copy and submits it with one line of script (the served page itself allows no
script, and headless Chromium cannot pick a file), then checks the report Chromium rendered from
POST /check: the checklist on top, the findings, the link back, no script, no CPR digits, and the
same located findings as /api/check gives for the same text.

    browser_form_test.py KLARTJEK_BINARY SAMPLE_TXT OUTDIR
"""
import html
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import urllib.request


def main():
    binary, sample, out = sys.argv[1:4]
    os.makedirs(out, exist_ok=True)
    letter = open(sample, encoding="utf-8").read()
    letter = letter.replace("\n", "\nCPR-nr.: 010190-1234\n", 1)
    p = subprocess.Popen([binary, "serve", "--port", "0"], stdout=subprocess.PIPE, text=True)
    profile = tempfile.mkdtemp()
    try:
        port = re.search(r"127\.0\.0\.1:(\d+)/", p.stdout.readline()).group(1)
        base = f"http://127.0.0.1:{port}"
        page = urllib.request.urlopen(base + "/", timeout=60).read().decode()
        form = re.search(r"<form .*?</form>", page, re.S).group(0)
        assert 'action="/check"' in form and 'name="text"' in form, form
        form = form.replace('action="/check"', f'action="{base}/check"')
        form = re.sub(r'(<textarea [^>]*name="text"[^>]*>)</textarea>', lambda m: m.group(1) + html.escape(letter) + "</textarea>", form)
        submit = os.path.join(out, "submit.html")
        with open(submit, "w", encoding="utf-8") as f:
            f.write(f"<!DOCTYPE html><html><body>{form}<script>document.forms[0].submit()</script></body></html>")
        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}", "--virtual-time-budget=15000"]
        dom = subprocess.run(["chromium", *flags, "--dump-dom", "file://" + submit], capture_output=True, text=True,
                             timeout=180).stdout
        open(os.path.join(out, "report.dom.html"), "w", encoding="utf-8").write(dom)

        req = urllib.request.Request(base + "/api/check", data=letter.encode(), headers={"Content-Type": "text/plain"})
        doc = json.load(urllib.request.urlopen(req, timeout=60))
        fails = []
        if "<h1>Tjek af afgørelsesbrev</h1>" not in dom:
            fails.append("no report in the browser's DOM")
        at_check, at_letter = dom.find('id="h-check"'), dom.find('id="h-letter"')
        if not (0 <= at_check < at_letter):
            fails.append("the checklist is not above the letter")
        if '<a href="/">' not in dom:
            fails.append("no link back to the page")
        located = sorted(f["rule"] for f in doc["findings"] if "begin" in f)
        refs = sorted(re.findall(r'<a class="ref [^"]+" id="ref-\d+" href="#note-\d+" data-rule="([^"]+)"', dom))
        if refs != located or not refs:
            fails.append(f"highlighted references {refs} != located findings of /api/check {located}")
        if "privacy-cpr" not in refs:
            fails.append("the CPR number was not found")
        if re.search(r"\d{6}[- ]?\d{4}", dom):
            fails.append("CPR-like digits in the page")
        if "<script" in dom.lower():
            fails.append("script element in the report")
        if fails:
            print("FAIL:", *fails, sep="\n  ")
            return 1
        print(f"ok: the form's report rendered in Chromium with {len(refs)} highlighted findings")
        return 0
    finally:
        shutil.rmtree(profile, ignore_errors=True)
        p.send_signal(signal.SIGTERM)
        p.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
