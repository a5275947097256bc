#!/usr/bin/env python3
"""--csv-dialect (issue 13): `check --format csv` and the audit's letters.csv in the default RFC 4180
dialect (comma, decimal point, no BOM) and in `excel-da` (UTF-8 BOM, semicolons, decimal comma,
CRLF), where "Københavns Kommune" survives; with `audit --csv-dialect excel-da`, letters.csv is
byte for byte letters-excel.csv (one writer for both).

    csv_dialect_test.py KLARTJEK_BINARY WORKDIR   (run from the repository root)
"""
import csv, io, os, re, shutil, subprocess, sys

binary, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
passed, failures = 0, []


def check(cond, what):
    global passed
    if cond:
        passed += 1
    else:
        failures.append(what)


letters = ["samples/03-koebenhavn-ledsagelse-afslag.pdf", "samples/24-faaborg-midtfyn-merudgifter-bevilling.txt"]


def run(*args):
    return subprocess.run([binary, *args], capture_output=True, timeout=600)


# check --format csv, default dialect.
p = run("check", "--format", "csv", *letters)
raw = p.stdout
check(p.returncode in (0, 1), f"check csv exit {p.returncode}: {p.stderr[-300:]!r}")
check(not raw.startswith(b"\xef\xbb\xbf"), "RFC 4180: no BOM")
rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
check(len(rows) == 2, f"RFC 4180: two rows, got {len(rows)}")
check(all(re.fullmatch(r"\d+\.\d", r["lix"]) for r in rows), f"RFC 4180: decimal point in lix {[r['lix'] for r in rows]}")
check(all(re.fullmatch(r"\d\.\d{3}", r["passiv_andel"]) for r in rows), "RFC 4180: decimal point in passiv_andel")

# check --format csv --csv-dialect excel-da.
p = run("check", "--format", "csv", "--csv-dialect", "excel-da", *letters)
raw = p.stdout
check(p.returncode in (0, 1), f"check excel-da exit {p.returncode}: {p.stderr[-300:]!r}")
check(raw.startswith(b"\xef\xbb\xbf"), "excel-da: UTF-8 BOM")
check(raw.count(b"\r\n") == 3 and raw.count(b"\n") == 3, "excel-da: CRLF line ends")
text = raw.decode("utf-8-sig")
header = text.split("\r\n")[0]
check(header.startswith("fil;kommune;dato;afgoerelse;") and "," not in header, f"excel-da: ';' separated header {header[:80]!r}")
rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))
check(len(rows) == 2 and all(len(r) == len(header.split(";")) for r in rows), "excel-da: two rows of the header's width")
check(any(r["kommune"] == "Københavns Kommune" for r in rows), f"excel-da: Københavns Kommune survives {[r['kommune'] for r in rows]}")
check(all(re.fullmatch(r"\d+,\d", r["lix"]) for r in rows), f"excel-da: decimal comma in lix {[r['lix'] for r in rows]}")
check(all(re.fullmatch(r"\d,\d{3}", r["passiv_andel"]) for r in rows), f"excel-da: decimal comma in passiv_andel")
check(all(r["afgoerelse"] for r in rows), "excel-da: Danish outcome present")

# A letter that cannot be read: the error row has the same width in both dialects.
p = run("check", "--format", "csv", "--csv-dialect", "excel-da", "tests/inputs/empty.pdf")
text = p.stdout.decode("utf-8-sig")
lines = text.split("\r\n")
check(p.returncode == 2 and lines[1].count(";") == lines[0].count(";") and "fejl: " in lines[1], f"excel-da error row {lines[:2]!r}")

# audit: letters.csv in the default dialect, and in excel-da equal to letters-excel.csv.
out = os.path.join(work, "rfc")
p = run("audit", *letters, "--out", out, "--jobs", "2")
check(p.returncode in (0, 1), f"audit exit {p.returncode}: {p.stderr[-300:]!r}")
raw = open(os.path.join(out, "letters.csv"), "rb").read()
check(not raw.startswith(b"\xef\xbb\xbf") and raw.startswith(b"fil,status,"), "audit letters.csv: RFC 4180 by default")
out = os.path.join(work, "excel")
p = run("audit", *letters, "--out", out, "--jobs", "2", "--csv-dialect", "excel-da")
check(p.returncode in (0, 1), f"audit excel-da exit {p.returncode}: {p.stderr[-300:]!r}")
raw = open(os.path.join(out, "letters.csv"), "rb").read()
check(raw == open(os.path.join(out, "letters-excel.csv"), "rb").read(), "audit --csv-dialect excel-da: letters.csv = letters-excel.csv")
check(raw.startswith(b"\xef\xbb\xbffil;status;fejlaarsag;") and "Københavns Kommune".encode() in raw, "audit excel-da: BOM, ';', København")
rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
check(len(rows) == 2 and all(re.fullmatch(r"\d+,\d", r["lix"]) for r in rows), "audit excel-da: decimal comma in lix")

for f in failures:
    print("FAIL:", f)
print(f"{passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
