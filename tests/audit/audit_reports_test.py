#!/usr/bin/env python3
"""The quality unit's audit outputs (issue 13, items 6-9) on real sample letters:
--include/--exclude and inputs without letters (check and audit), `report` merging stores that share
letters (each letter once, the newest result, no dead link), the full letter list, drill-down
anchors and SVG charts on index.html, letters.xlsx and letters-excel.csv, and the print
stylesheets with page images of at least 100 dpi.

    audit_reports_test.py KLARTJEK_BINARY WORKDIR   (run from the repository root)
"""
import base64, csv, html.parser, io, json, os, re, shutil, struct, subprocess, sys, zipfile

binary, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
env = dict(os.environ)
passed, failures = 0, []


def check(cond, what):
    global passed
    if cond:
        passed += 1
    else:
        failures.append(what)


def run(*args, now="2026-11-23T12:00:00Z"):
    return subprocess.run([binary, *args], env=dict(env, KLARTJEK_NOW=now), capture_output=True, text=True, timeout=600)


S = "samples/"
letters = {"01.pdf": S + "01-odense-hjaelpemiddel-bevilling.pdf", "03.pdf": S + "03-koebenhavn-ledsagelse-afslag.pdf",
           "05.pdf": S + "05-esbjerg-tabt-arbejdsfortjeneste-nedsaettelse.pdf", "09.pdf": S + "09-kolding-socialpaedagogisk-stoette-afslag.pdf",
           "24.txt": S + "24-faaborg-midtfyn-merudgifter-bevilling.txt"}
cprs = [c for l in json.load(open("samples/labels.json")) for c in l.get("cpr_numbers", [])]

# ---- A: --include / --exclude, and inputs that give no letter ----
tree = os.path.join(work, "tree")
os.makedirs(os.path.join(tree, "arkiv", "gammel"))
shutil.copy(letters["01.pdf"], os.path.join(tree, "01.pdf"))
shutil.copy(letters["24.txt"], os.path.join(tree, "24.txt"))
shutil.copy(letters["03.pdf"], os.path.join(tree, "arkiv", "03.pdf"))
shutil.copy(letters["09.pdf"], os.path.join(tree, "arkiv", "gammel", "09.pdf"))
shutil.copy("tests/inputs/html-named.txt", os.path.join(tree, "side.txt"))


def checked(p):
    """The files a `check --format csv` run covered (first column, relative to the tree)."""
    rows = list(csv.reader(io.StringIO(p.stdout)))[1:]
    return sorted(os.path.relpath(r[0], tree) for r in rows)


p = run("check", "--format", "csv", tree)
check(checked(p) == ["01.pdf", "24.txt", "arkiv/03.pdf", "arkiv/gammel/09.pdf"], f"check folder: {checked(p)}")
check("1 fil sprunget over" in p.stderr, f"check folder says it skipped the HTML file: {p.stderr[-300:]}")
cases = [(["--include", "*.pdf"], ["01.pdf", "arkiv/03.pdf", "arkiv/gammel/09.pdf"]),
         (["--include", "*.pdf", "--exclude", "arkiv/**"], ["01.pdf"]),
         (["--exclude", "arkiv/*"], ["01.pdf", "24.txt", "arkiv/gammel/09.pdf"]),      # * stays in one folder
         (["--include", "arkiv/**/*.pdf"], ["arkiv/03.pdf", "arkiv/gammel/09.pdf"]),  # **/ also matches no folder
         (["--include", "??.txt", "--include", "arkiv/0?.pdf"], ["24.txt", "arkiv/03.pdf"]),
         (["--exclude", "**"], None)]
for flags, want in cases:
    p = run("check", "--format", "csv", tree, *flags)
    if want is None:
        check(p.returncode == 2 and "ingen breve at tjekke" in p.stderr and "udeladt af --include/--exclude" in p.stderr,
              f"check {flags}: exit {p.returncode}, {p.stderr!r}")
    else:
        check(checked(p) == want, f"check {flags}: {checked(p)} != {want}")
out = os.path.join(work, "out-filter")
p = run("audit", tree, "--out", out, "--include", "*.pdf", "--exclude", "gammel/**", "--exclude", "**/gammel/*", "--no-page-images", "--jobs", "2")
s = json.load(open(os.path.join(out, "summary.json")))
check(s["audit"]["analysed"] == 2 and s.get("excluded") == 3, f"audit with globs: analysed {s['audit']['analysed']}, excluded {s.get('excluded')}")
check("3 filer blev udeladt af --include/--exclude" in open(os.path.join(out, "index.html"), encoding="utf-8").read(), "index names excluded files")
empty = os.path.join(work, "tom")
os.makedirs(empty)
for args, what in [(["check", empty], "indeholder ingen filer"), (["audit", empty, "--out", os.path.join(work, "out-empty")], "indeholder ingen filer"),
                   (["audit", tree, "--out", os.path.join(work, "out-none"), "--include", "*.docx"], "5 filer fundet, 5 udeladt"),
                   (["audit", os.path.join(tree, "side.txt"), "--out", os.path.join(work, "out-skipped")], "sprunget over (Filen er HTML")]:
    p = run(*args)
    check(p.returncode == 2 and p.stderr.startswith("klartjek: ingen breve at tjekke") and what in p.stderr,
          f"{args[0]} without letters: exit {p.returncode}, {p.stderr!r}")
    if args[0] == "audit":
        check(not os.path.exists(args[3]), f"audit without letters wrote {args[3]}")

# ---- B: two audits sharing letters, merged ----
a, b = os.path.join(work, "a"), os.path.join(work, "b")
os.makedirs(a)
os.makedirs(b)
for k in ["01.pdf", "03.pdf", "05.pdf"]:
    shutil.copy(letters[k], os.path.join(a, "a-" + k))
for k in ["03.pdf", "05.pdf", "09.pdf", "24.txt"]:
    shutil.copy(letters[k], os.path.join(b, "b-" + k))
out_a, out_b = os.path.join(work, "out-a"), os.path.join(work, "out-b")
pa = run("audit", a, "--out", out_a, "--jobs", "2", now="2026-01-10T09:00:00Z")  # older
pb = run("audit", b, "--out", out_b, "--jobs", "2", now="2026-02-10T09:00:00Z")  # newer
check(pa.returncode in (0, 1) and pb.returncode in (0, 1), f"audits: {pa.stderr[-200:]} {pb.stderr[-200:]}")
# The store of A kept outside its output folder: its reports are found all the same.
db_a = os.path.join(work, "a.sqlite")
shutil.move(os.path.join(out_a, "audit.sqlite"), db_a)
for f in os.listdir(out_a):
    if f.startswith("audit.sqlite-"):
        os.remove(os.path.join(out_a, f))
for order in ([db_a, os.path.join(out_b, "audit.sqlite")], [os.path.join(out_b, "audit.sqlite"), db_a]):
    merged = os.path.join(work, "merged-" + str(len(failures)) + os.path.basename(order[0]))
    p = run("report", *sum((["--db", d] for d in order), []), "--out", merged)
    check(p.returncode == 0, f"report exit {p.returncode}: {p.stderr[-300:]}")
    m = json.load(open(os.path.join(merged, "summary.json")))
    names = sorted(os.path.basename(l["file"]) for l in m["letters"])
    check(names == ["a-01.pdf", "b-03.pdf", "b-05.pdf", "b-09.pdf", "b-24.txt"], f"merged letters ({order}): {names}")
    check(m["audit"]["analysed"] == 5, f"merged analysed {m['audit']['analysed']}")
    check(m["merge"]["in_several_stores"] == 2 and m["merge"]["letters_in_stores"] == 7 and m["merge"]["reports_missing"] == 0,
          f"merge block {m['merge']}")
    page = open(os.path.join(merged, "index.html"), encoding="utf-8").read()
    check("tælles kun én gang; det nyeste resultat gælder" in page, "index says how duplicates count")
    hrefs = re.findall(r'href="([^"#][^"]*)"', page)
    local = [h for h in hrefs if not h.startswith("http")]
    check(len(set(local)) == 5 and all(os.path.isfile(os.path.join(merged, h)) for h in local), f"dead links in merged index: {local}")
    rows = list(csv.DictReader(open(os.path.join(merged, "letters.csv"), encoding="utf-8")))
    check(len(rows) == 5 and all(os.path.isfile(os.path.join(merged, r["rapport"])) for r in rows), "letters.csv reports exist")
    check(sum(v["letters"] for v in m["by_outcome"].values()) == 5, "by_outcome counts the shared letters once")

# ---- C: the index, letters.xlsx and letters-excel.csv of one audit ----
full = os.path.join(work, "full")
p = run("audit", *[letters[k] for k in letters], "--out", full, "--jobs", "2")
s = json.load(open(os.path.join(full, "summary.json")))
page = open(os.path.join(full, "index.html"), encoding="utf-8").read()
check(len(s["letters"]) == 5 and s["audit"]["analysed"] == 5, "summary.json lists every letter")
errs = [(l["errors"], l["warnings"], l["infos"]) for l in s["letters"]]
check(errs == sorted(errs, reverse=True), f"letters pre-sorted by severity: {errs}")
body = page[page.index('<section id="breve"'):page.index('<section id="breve-udfald"')]
check(body.count("<tr style=\"--n:") == 5, "index table lists all letters")
check(all(os.path.basename(l["report"]) in body for l in s["letters"]), "every letter linked in the list")
for l in s["letters"]:
    rep = open(os.path.join(full, l["report"]), encoding="utf-8").read()
    check('<a href="../index.html">' in rep, f"{l['report']} links back to the index")
check('id="sort-navn"' in page and "order:var(--n)" in page, "sort without script")
ids = set(re.findall(r'id="([^"]+)"', page))
anchors = re.findall(r'href="#([^"]+)"', page)
check(anchors and all(a_ in ids for a_ in anchors), f"anchors without target: {[a_ for a_ in anchors if a_ not in ids]}")
check("kommune-koebenhavns-kommune" in ids and "udfald-afslag" in ids, f"drill-down sections {sorted(i for i in ids if '-' in i)[:20]}")
check('href="#kommune-koebenhavns-kommune">Københavns Kommune</a>' in page, "municipality table links to its letters")
for chart in ["diagram-krav", "diagram-bestemmelse", "diagram-kommune"]:
    check(f'aria-labelledby="{chart}-t"' in page, f"bar chart {chart}")
check("<script" not in page.lower() and not re.search(r'(src|href)="(https?:)?//', page), "no script or external resource in index.html")
check("@media print" in page and "break-before:page" in page, "index has a print stylesheet")
z = zipfile.ZipFile(os.path.join(full, "letters.xlsx"))
check(z.testzip() is None, "letters.xlsx is a sound ZIP")
wb = z.read("xl/workbook.xml").decode()
check(re.findall(r'<sheet name="([^"]+)"', wb) == ["Breve", "Krav", "Bestemmelser", "Kommuner"], f"sheets {wb[-400:]}")
shared = z.read("xl/sharedStrings.xml").decode()
check("Københavns Kommune" in shared, "Københavns Kommune in the workbook")
sheet1 = z.read("xl/worksheets/sheet1.xml").decode()
# Row 2 onward: fejl (O), advarsler (P), info (Q) and LIX (R) are numbers (no t="s").
nums = re.findall(r'<c r="([OPQR])([2-9])"( s="\d+")?><v>([0-9.]+)</v></c>', sheet1)
check(len(nums) == 20, f"numbers as numbers in Breve: {len(nums)} cells")
# Every sheet: the header row frozen and an autofilter over the header and all rows.
for i in range(1, 5):
    xml = z.read(f"xl/worksheets/sheet{i}.xml").decode()
    check(re.search(r'<pane ySplit="1" [^>]*state="frozen"', xml), f"sheet{i}: frozen header row")
    m = re.search(r'<autoFilter ref="A1:([A-Z]+)(\d+)"/>', xml)
    rows_in_sheet = len(re.findall(r"<row ", xml))
    check(m and int(m.group(2)) == rows_in_sheet, f"sheet{i}: autofilter over every row {m and m.group(0)}")
# Danish column names; the checklist one column per element with the reports' statuses.
strings = re.findall(r"<t[^>]*>([^<]*)</t>", shared)
for name in ["Fil", "Kommune", "Udfald", "Afgørelse", "Lovgrundlag", "Begrundelse", "Klagevejledning", "Borgerens synspunkter",
             "Korrekt klagevejledning", "Fejl", "Advarsler", "LIX", "Krav", "Opfyldt", "Gælder for", "Andel", "Bestemmelse"]:
    check(name in strings, f"Danish column name {name!r} in letters.xlsx")
check(not any(re.fullmatch(r"[a-z_]+_[a-z_]+", t) for t in strings), "no ASCII ids as column names in letters.xlsx")
check({"i orden", "mangler"} <= set(strings) and set(strings) & {"forkert", "ikke krævet", "usikker", "ikke relevant"},
      f"checklist statuses in Danish: {sorted(set(strings) & {'i orden', 'mangler', 'forkert', 'ikke krævet', 'usikker', 'ikke relevant'})}")
krav = z.read("xl/worksheets/sheet2.xml").decode()
check(re.search(r'<c r="D2" s="\d+"><v>0\.\d+|<c r="D2" s="\d+"><v>1</v>', krav), "Krav: share as a number")
for c in cprs:
    check(c not in shared and c not in sheet1, f"CPR {c[:2]}… in letters.xlsx")
raw = open(os.path.join(full, "letters-excel.csv"), "rb").read()
check(raw.startswith(b"\xef\xbb\xbf"), "Excel CSV starts with the UTF-8 BOM")
text = raw.decode("utf-8-sig")
rows = list(csv.reader(io.StringIO(text), delimiter=";"))
check(rows[0][:3] == ["fil", "status", "fejlaarsag"] and len(rows) == 6 and len(rows[0]) == 20 and all(len(r) == 20 for r in rows), "Excel CSV: ';' separated rows")
lix = [r[16] for r in rows[1:]]
check(all(re.fullmatch(r"\d+,\d", v) for v in lix), f"Excel CSV decimal commas: {lix}")
check(any(r[3] == "Københavns Kommune" for r in rows), "Københavns Kommune survives in the Excel CSV")
for c in cprs:
    check(c not in text, f"CPR {c[:2]}… in letters-excel.csv")

# ---- D: print stylesheet and page images of at least 100 dpi in the per-letter report ----
report = open(os.path.join(full, [l["report"] for l in s["letters"] if "05-esbjerg" in l["file"]][0]), encoding="utf-8").read()
check("@media print" in report and "main>input,main>label" in report, "per-letter report hides the filters in print")
pngs = re.findall(r'<img alt="Side \d+" src="data:image/png;base64,([^"]+)"><svg viewBox="0 0 ([\d.]+) ([\d.]+)"', report)
check(pngs, "page images present")
for data, w_pt, h_pt in pngs:
    png = base64.b64decode(data)
    width, height = struct.unpack(">II", png[16:24])
    check(width >= float(w_pt) * 100 / 72 - 1 and height >= float(h_pt) * 100 / 72 - 1, f"page image {width}x{height} px under 100 dpi for {w_pt}x{h_pt} pt")

for f in failures:
    print("FAIL:", f)
print(f"{passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
