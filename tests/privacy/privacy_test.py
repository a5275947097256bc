#!/usr/bin/env python3
"""Privacy test that writes its own adversaries (issue 11).

Generates decision letters, as plain text and as PDF (a minimal PDF writer below, so that every
layout is placed exactly: sidebars, table cells, columns, running headers and footers,
footnotes), and as Word documents (the DOCX fixture writer of tests/inputs/docx/make_docx.py:
numbers split across runs, in headers, footers, text boxes, footnotes, table cells, fields,
content controls and tracked insertions), each with a CPR number in one layout and another CPR
number in its file name. Then
runs every command and format over all of them (one process per command, many letters each) and
fails on any birth-date+serial digit run that survives in any output, stdout, stderr, written file
or written file name, with tags, JSON escapes, HTML entities, white space and hyphens removed
before searching (so "010190-<br>1234" still counts as a leak).

    privacy_test.py KLARTJEK WORKDIR [--keep]

Each layout is a named case; a failure names the layout, command and output it leaked into.
"""

import base64
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import zlib

KLARTJEK = os.path.abspath(sys.argv[1])
WORK = os.path.abspath(sys.argv[2])

# ---- fictitious CPR numbers: valid dates, unusual digits, never modulus-checked ----
_counter = [0]


def new_cpr():
    """A fresh CPR number (valid date with the century table) as (date6, serial4)."""
    _counter[0] += 1
    n = _counter[0]
    day = 1 + (n * 7) % 28
    month = 1 + (n * 5) % 12
    year = 40 + (n * 3) % 50           # 1940-1989 with serial digit 7 in 0-3
    serial = 1000 + (n * 379) % 3000   # first digit 1-3
    return f"{day:02d}{month:02d}{year:02d}", f"{serial:04d}"


# ---- a minimal PDF writer: Helvetica, WinAnsi, text placed at (x, y from the top) ----
def pdf_bytes(pages, width=595.28, height=841.89):
    objs = []

    def add(s):
        objs.append(s if isinstance(s, bytes) else s.encode("latin-1"))
        return len(objs)

    font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    page_ids = []
    pages_id = len(objs) + 1 + 2 * len(pages)
    for items in pages:
        ops = []
        for (x, y, size, text, *rest) in items:
            f = "/F2" if rest and rest[0] else "/F1"
            t = text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(f"BT {f} {size} Tf 1 0 0 1 {x:.2f} {height - y:.2f} Tm (".encode() + t + b") Tj ET")
        content = b"\n".join(ops)
        cid = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        page_ids.append(add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {width} {height}] "
                            f"/Resources << /Font << /F1 {font} 0 R /F2 {bold} 0 R >> >> /Contents {cid} 0 R >>"))
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    assert add(f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>") == pages_id
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


BODY = [
    "Afgørelse om merudgifter",
    "Kære Anna",
    "Du har søgt om dækning af merudgifter til dit barn. Vi har behandlet din ansøgning og",
    "giver dig delvis ret. Du får dækket 1.400 kr. om måneden fra 1. juni 2024.",
    "Vi har lagt vægt på lægens udtalelse af 3. maj 2024 og på det, du fortalte os ved",
    "mødet den 10. maj 2024. Afgørelsen er truffet efter barnets lov § 86, stk. 1.",
    "Du kan klage over afgørelsen. Klagen skal være modtaget senest 4 uger efter, at du har",
    "modtaget afgørelsen. Send klagen til kommunen, som sender den videre til Ankestyrelsen.",
    "Med venlig hilsen",
    "Mette Holm, sagsbehandler",
]
TOP = ["Anna Hansen", "Fasanvej 14", "5230 Odense M"]
HEAD = ["Odense Kommune", "Børn og Unge", "Tlf. 66 13 13 72"]


def standard_page(extra_top=(), body=BODY, left=70.9):
    items = []
    y = 80
    for h in HEAD:
        items.append((349.4, y, 9, h))
        y += 12
    y = 150
    for t in TOP:
        items.append((left, y, 11, t))
        y += 14
    for t in extra_top:
        items.append((left, y, 11, t))
        y += 14
    y += 20
    items.append((left, y, 11, "Odense, 12. juni 2024"))
    y += 30
    for i, t in enumerate(body):
        items.append((left, y, 13 if i == 0 else 11, t, i == 0))
        y += 14 if i else 22
    return items, y


# ---- layouts: each returns (txt_text or None, pdf_pages or None, cpr numbers in the letter) ----
def layout_plain(d, s):
    txt = "\n".join(TOP + [f"CPR-nr.: {d}-{s}", ""] + BODY)
    items, _ = standard_page([f"CPR-nr.: {d}-{s}"])
    return txt, [items]


def layout_wrap_after_hyphen(d, s):
    # Word-template sidebar: "Barn: Navn, cpr.nr. ddmmåå-" wraps after the hyphen.
    txt = "\n".join(TOP + ["", "Barn: Emil Hansen, cpr.nr. " + d + "-", s, ""] + BODY)
    items, _ = standard_page(body=[b[:52] for b in BODY])
    y = 260
    for t in ["Barn:", "Emil Hansen,", f"cpr.nr. {d}-", s, "Sagsbehandler:", "Mette Holm"]:
        items.append((384.4, y, 8, t))
        y += 10
    return txt, [items]


def layout_wrap_before_hyphen(d, s):
    txt = "\n".join(TOP + ["", f"Barnets cpr.nr. {d}", f"-{s} er registreret.", ""] + BODY)
    items, _ = standard_page(body=[b[:52] for b in BODY])
    y = 260
    for t in ["Barn:", f"cpr.nr. {d}", f"-{s}", "Sagsbehandler:"]:
        items.append((384.4, y, 8, t))
        y += 10
    return txt, [items]


def layout_wrap_in_serial(d, s):
    txt = "\n".join(TOP + ["", f"Barnets cpr.nr. {d}-{s[:2]}", f"{s[2:]} er registreret.", ""] + BODY)
    items, _ = standard_page(body=[b[:52] for b in BODY])
    y = 260
    for t in ["Barn:", f"cpr.nr. {d}-{s[:2]}", s[2:], "Sagsbehandler:"]:
        items.append((384.4, y, 8, t))
        y += 10
    return txt, [items]


def layout_space_instead(d, s):
    txt = "\n".join(TOP + [f"Personnummer {d} {s}", ""] + BODY)
    items, _ = standard_page([f"Personnummer {d} {s}"])
    return txt, [items]


def layout_space_wrap(d, s):
    txt = "\n".join(TOP + ["", f"Barn født {d}", f"{s} bor hos dig.", ""] + BODY)
    items, _ = standard_page(body=[b[:52] for b in BODY])
    y = 260
    for t in ["Barn:", f"CPR {d}", s, "Sagsbehandler:"]:
        items.append((384.4, y, 8, t))
        y += 10
    return txt, [items]


def layout_table_cell(d, s):
    txt = "\n".join(TOP + ["", "| Navn | CPR-nr. | |", f"| Emil | {d}- | {s} |", ""] + BODY)
    items, y = standard_page()
    y += 10
    items += [(70.9, y, 10, "Navn", True), (200, y, 10, "CPR-nr.", True), (70.9, y + 14, 10, "Emil Hansen"),
              (200, y + 14, 10, f"{d}-"), (330, y + 14, 10, s), (450, y + 14, 10, "bevilget")]
    return txt, [items]


def layout_table_no_label(d, s):
    # The number split over two cells with no CPR word near it.
    txt = "\n".join(TOP + ["", "| Emil Hansen | " + d + " | " + s + " | bevilget |", ""] + BODY)
    items, y = standard_page()
    y += 10
    items += [(70.9, y, 10, "Emil Hansen"), (200, y, 10, d), (330, y, 10, s), (450, y, 10, "bevilget")]
    return txt, [items]


def layout_column_edge(d, s):
    # Two columns: the date half ends column 1, the serial starts column 2.
    col1 = ["Du har søgt om dækning af", "merudgifter til dit barn,", f"cpr.nr. {d}-"]
    col2 = [f"{s}. Vi har behandlet", "din ansøgning og giver", "dig delvis ret."]
    txt = "\n".join(TOP + [""] + col1 + col2 + [""] + BODY[4:])
    items, y = standard_page(body=BODY[:2])
    y += 10
    for k, (a, b) in enumerate(zip(col1, col2)):
        items.append((70.9, y + 14 * k, 11, a))
        items.append((310.1, y + 14 * k, 11, b))
    y += 14 * len(col1) + 20
    for t in BODY[4:]:
        items.append((70.9, y, 11, t))
        y += 14
    return txt, [items]


def layout_header(d, s):
    header = f"Barn: Emil Hansen · CPR {d}-{s}"
    txt = "\n".join([header, ""] + TOP + [""] + BODY + ["", header])
    pages = []
    for p in (1, 2):
        items, _ = standard_page() if p == 1 else ([(70.9, 120 + 14 * k, 11, t) for k, t in enumerate(BODY[2:])], 0)
        items.append((330, 40, 8, header))
        items.append((280, 820, 8, f"Side {p} af 2"))
        pages.append(items)
    return txt, pages


def layout_footer(d, s):
    footer = f"Odense Kommune · cpr.nr. {d}-{s} · Side"
    txt = "\n".join(TOP + [""] + BODY + ["", footer + " 1 af 1"])
    pages = []
    for p in (1, 2):
        items, _ = standard_page() if p == 1 else ([(70.9, 120 + 14 * k, 11, t) for k, t in enumerate(BODY[2:])], 0)
        items.append((200, 815, 8, f"{footer} {p} af 2"))
        pages.append(items)
    return txt, pages


def layout_footnote(d, s):
    txt = "\n".join(TOP + [""] + BODY + ["----", f"[1] Barnets cpr.nr. er {d}-{s}."])
    items, y = standard_page()
    items.append((70.9, 760, 11, "______"))
    items.append((70.9, 775, 6, "1"))
    items.append((76, 778, 8, f"Barnets cpr.nr. er {d}-"))
    items.append((70.9, 788, 8, f"{s}, jf. ansøgningen."))
    return txt, [items]


def layout_docx_run_split(d, s):
    # Two text runs glued without a space: "ddmm" + "åå-xxxx".
    txt = "\n".join(TOP + [f"CPR: {d[:4]} {d[4:]}-{s}", ""] + BODY)
    items, y = standard_page()
    items += [(70.9, y + 10, 11, "CPR:"), (100, y + 10, 11, d[:4]), (125.5, y + 10, 11, f"{d[4:]}-{s}")]
    return txt, [items]


def layout_en_dash(d, s):
    txt = "\n".join(TOP + [f"Personnummer {d} – {s}", ""] + BODY)
    items, _ = standard_page([f"Personnummer {d} – {s}"])
    return txt, [items]


def layout_no_hyphen(d, s):
    txt = "\n".join(TOP + [f"Barnets personnummer: {d}{s}", ""] + BODY)
    items, _ = standard_page([f"Barnets personnummer: {d}{s}"])
    return txt, [items]


def layout_in_sentence(d, s):
    line = f"Vi har modtaget din ansøgning vedrørende {d}-{s} den 3. maj 2024."
    body = BODY[:3] + [line] + BODY[3:]
    txt = "\n".join(TOP + [""] + body)
    items, _ = standard_page(body=body)
    return txt, [items]


LAYOUTS = {name[len("layout_"):].replace("_", "-"): f for name, f in sorted(globals().items()) if name.startswith("layout_")}


# ---- DOCX letters (issue 12): the fixture generator's writer, CPR numbers where Word puts text ----
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "inputs", "docx"))
import make_docx as dx  # noqa: E402


def docx_letter(d, s, before=(), header=None, footer=None, footnotes=None, body_extra=""):
    """BODY as Word paragraphs, the recipient as one paragraph with line breaks, plus extras."""
    top = "".join(("<w:r><w:br/></w:r>" if i else "") + dx.run(t) for i, t in enumerate(TOP))
    paras = [dx.para(top)] + list(before) + [dx.para(dx.run("Odense, 12. juni 2024"))]
    paras += [dx.p(BODY[0], "Overskrift1")] + [dx.p(t) for t in BODY[1:]]
    return dx.docx("".join(paras) + body_extra, header=header, footer=footer, footnotes=footnotes)


def split(d, s):
    """'ddmm' + 'åå-xxxx' in two runs without a space: one number to the reader."""
    return dx.run(d[:4]) + dx.run(d[4:] + "-" + s)


def docx_run_split(d, s):
    return docx_letter(d, s, [dx.para(dx.run("Vedr.: Anna Hansen, CPR-nr. ") + split(d, s))])


def docx_header(d, s):
    return docx_letter(d, s, header=dx.para(dx.run("Odense Kommune · Sag vedr. CPR ") + split(d, s)))


def docx_footer(d, s):
    return docx_letter(d, s, footer=dx.para(dx.run("Anna Hansen, cpr.nr. ") + split(d, s) + dx.run(" · Side 1")))


def docx_textbox(d, s):
    # A sidebar whose "cpr.nr. ddmmåå-" wraps after the hyphen into the next paragraph.
    box = dx.text_box(dx.p("Barn: Emil Hansen, cpr.nr.") + dx.para(dx.run(d + "-")) + dx.para(dx.run(s)) + dx.p("Tlf. 66 13 13 72"))
    return docx_letter(d, s, [dx.para(dx.run("Vi skriver til dig om dit barn.") + box)])


def docx_textbox_run_split(d, s):
    box = dx.text_box(dx.para(dx.run("Personnummer: ") + split(d, s)))
    return docx_letter(d, s, [dx.para(dx.run("Vi skriver til dig om dit barn.") + box)])


def docx_footnote(d, s):
    ref = dx.para(dx.run("Sagen drejer sig om dit barn") + dx.footnote_ref(1) + dx.run("."))
    return docx_letter(d, s, [ref], footnotes=[(1, dx.run("Barnets personnummer er ") + split(d, s) + dx.run("."))])


def docx_table_cell(d, s):
    return docx_letter(d, s, [dx.table([["Navn", "CPR-nr."], ["Emil Hansen", f"{d}-{s}"]], header=True)])


def docx_table_split(d, s):
    return docx_letter(d, s, [dx.table([["Personnummer", d + "-", s]])])


def docx_field(d, s):
    # The merge field's result is the number, in two runs; its code names the field.
    return docx_letter(d, s, [dx.para(dx.run("CPR: ") + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                                      "<w:r><w:instrText> MERGEFIELD CPR </w:instrText></w:r>"
                                      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + split(d, s)
                                      + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")])


def docx_content_control(d, s):
    return docx_letter(d, s, [dx.para(dx.run("Barnets CPR-nummer: ") + "<w:sdt><w:sdtContent>" + split(d, s) + "</w:sdtContent></w:sdt>")])


def docx_tracked(d, s):
    # Inserted by tracked changes: read (it will be sent). A deleted copy is not read at all.
    return docx_letter(d, s, [dx.para(dx.run("CPR-nr.: ") + "<w:ins w:id=\"1\" w:author=\"A\">" + split(d, s) + "</w:ins>")])


DOCX_LAYOUTS = {name[len("docx_"):].replace("_", "-"): f for name, f in sorted(globals().items())
                if name.startswith("docx_") and name != "docx_letter"}


# ---- page images: every piece of a CPR number must lie under a black box ----
# Helvetica advance widths (per 1000 em) for the characters the layouts use around numbers.
_HELV = {**{c: 556 for c in "0123456789abdeghnopqu"}, **{c: 500 for c in "cksvxyz"}, **{c: 278 for c in " .,:;!ijlft/"},
         "-": 333, "r": 333, "m": 833, "w": 722, "|": 260, "–": 556, "·": 278, "ø": 611, "æ": 889, "å": 556}


def _width(text, size):
    return sum(_HELV.get(c, 667 if c.isupper() else 556) for c in text) * size / 1000.0


def png_pixels(data):
    """(width, height, rows of RGB tuples) of an 8-bit RGB/RGBA/grey PNG, without PIL."""
    w, h, depth, ctype = struct.unpack(">IIBB", data[16:26])
    assert depth == 8 and ctype in (0, 2, 6), (depth, ctype)
    bpp = {0: 1, 2: 3, 6: 4}[ctype]
    raw, pos = b"", 8
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            raw += data[pos + 8:pos + 8 + n]
        pos += 12 + n
    raw = zlib.decompress(raw)
    stride, rows, prev = w * bpp, [], bytearray(w * bpp)
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[x * bpp:x * bpp + min(bpp, 3)]) for x in range(w)])
        prev = line
    return w, h, rows


def digit_spots(pages, pieces):
    """(page, x, y) in points at the middle of every CPR piece the layout drew."""
    spots = []
    for p, items in enumerate(pages, 1):
        for (x, y, size, text, *rest) in items:
            for piece in pieces:
                at = text.find(piece) if len(piece) >= 4 else (0 if text == piece else -1)
                if at >= 0:
                    spots.append((p, x + _width(text[:at], size) + _width(piece, size) / 2, y - size * 0.35))
                    break
    return spots


def check_page_images(html, spots):
    """The spots that are not on a black pixel in the report's page images (at the resolution each
    image has: its width in pixels over the page's width in points)."""
    pages = re.findall(r'data:image/png;base64,([A-Za-z0-9+/=]+)"><svg viewBox="0 0 ([\d.]+) ', html)
    images = [img for img, _ in pages]
    decoded = {}
    missed = []
    for (p, x, y) in spots:
        if p > len(images):
            missed.append((p, x, y, "no image"))
            continue
        if p not in decoded:
            decoded[p] = png_pixels(base64.b64decode(images[p - 1]))
        w, h, rows = decoded[p]
        scale = w / float(pages[p - 1][1])  # pixels per point
        px, py = int(x * scale), int(y * scale)
        dark = any(max(rows[yy][xx]) < 40 for yy in range(max(0, py - 1), min(h, py + 2)) for xx in range(max(0, px - 1), min(w, px + 2)))
        if not dark:
            missed.append((p, round(x), round(y), "not blacked out"))
    return missed


def normalise(blob: str) -> str:
    """Output with everything that could hide a digit run between its digits removed."""
    s = re.sub(r"<[^>]*>", "", blob)                       # tags
    s = re.sub(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);", "", s)  # entities
    s = re.sub(r"\\u[0-9a-fA-F]{4}|\\[nrtbf/\\\"]", "", s)   # JSON escapes
    return re.sub(r"[\s\-\u00a0\u2009\u202f\u2010-\u2015\u2212|_.,;:'\"*]", "", s)


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    letters = os.path.join(WORK, "letters")
    os.makedirs(letters)
    secrets = {}  # cpr digits -> description
    files = []
    labels = []
    image_checks = []  # (path, layout, spots)
    for name, make in LAYOUTS.items():
        for kind in ("txt", "pdf"):
            d, s = new_cpr()
            fd, fs = new_cpr()
            txt, pages = make(d, s)
            fname = f"{name} {fd}-{fs}.{kind}" if kind == "txt" else f"{fd}{fs} {name}.{kind}"
            path = os.path.join(letters, fname)
            with open(path, "wb") as f:
                f.write(txt.encode("utf-8") if kind == "txt" else pdf_bytes(pages))
            if kind == "pdf":
                pieces = sorted({d + s, f"{d}-{s}", f"{d} {s}", f"{d} – {s}", f"{d}-{s[:2]}", d, s, d[:4], d[4:] + "-" + s, s[2:], f"-{s}"},
                                key=len, reverse=True)
                image_checks.append((path, name, digit_spots(pages, pieces)))
            secrets[d + s] = f"{name} ({kind}) letter"
            secrets[fd + fs] = f"{name} ({kind}) file name"
            files.append(path)
            labels.append({"file": fname, "cpr_numbers": [f"{d}-{s}"]})
    for name, make in DOCX_LAYOUTS.items():
        d, s = new_cpr()
        fd, fs = new_cpr()
        fname = f"{name} {fd}{fs}.docx"
        path = os.path.join(letters, fname)
        with open(path, "wb") as f:
            f.write(make(d, s))
        secrets[d + s] = f"{name} (docx) letter"
        secrets[fd + fs] = f"{name} (docx) file name"
        files.append(path)
        labels.append({"file": fname, "cpr_numbers": [f"{d}-{s}"]})
    # Inputs that fail, with a CPR number in the name: the error paths must mask it too.
    for what, data in (("tom", b""), ("skrald", bytes(range(256)) * 8)):
        fd, fs = new_cpr()
        path = os.path.join(letters, f"{fd}-{fs} {what}.txt")
        with open(path, "wb") as f:
            f.write(data)
        secrets[fd + fs] = f"failing input '{what}' file name"
        files.append(path)
    with open(os.path.join(letters, "labels.json"), "w") as f:
        json.dump(labels, f, ensure_ascii=False)

    out = os.path.join(WORK, "out")
    os.makedirs(out)
    rel = [os.path.relpath(p, WORK) for p in files]
    first_pdf = next(p for p in rel if p.endswith(".pdf"))
    runs = {
        "extract": ["extract"] + rel,
        "extract-json": ["extract", "--format", "json"] + rel,
        "check": ["check"] + rel,
        "check-json": ["check", "--format", "json"] + rel,
        "check-jsonl": ["check", "--format", "jsonl"] + rel,
        "check-sarif": ["check", "--format", "sarif"] + rel,
        "check-csv": ["check", "--format", "csv"] + rel,
        "check-html": ["check", "--format", "html", "--out", "out/html/"] + rel,
        "check-html-one": ["check", "--format", "html", first_pdf],
        "check-stdin": ["check", "--format", "json", "-"],
        "eval": ["eval", "letters/labels.json"],
        "eval-json": ["eval", "--format", "json", "letters/labels.json"],
        "audit": ["audit", "--jobs", "2", "--out", "out/audit"] + rel,
        "report": ["report", "--db", "out/audit/audit.sqlite", "--out", "out/merged"],
        "missing-file": ["check", "letters/0101901111 findes ikke.pdf"],
    }
    secrets["0101901111"] = "missing file name"
    leaks = []
    for label, args in runs.items():
        stdin = open(files[0], "rb") if label == "check-stdin" else subprocess.DEVNULL
        r = subprocess.run([KLARTJEK] + args, cwd=WORK, stdin=stdin, capture_output=True, timeout=900)
        if r.returncode not in (0, 1, 2):
            leaks.append(f"{label}: exit code {r.returncode}\n{r.stderr.decode(errors='replace')[-2000:]}")
        for stream, data in (("stdout", r.stdout), ("stderr", r.stderr)):
            blob = normalise(data.decode("utf-8", errors="replace"))
            for digits, what in secrets.items():
                if digits in blob:
                    leaks.append(f"{label} {stream}: CPR number from the {what}")
    for root, dirs, names in os.walk(out):
        for n in dirs + names:
            p = os.path.join(root, n)
            blobs = [("name", normalise(os.path.relpath(p, out)))]
            if os.path.isfile(p):
                blobs.append(("content", normalise(open(p, "rb").read().decode("latin-1"))))
                blobs.append(("content", normalise(open(p, "rb").read().decode("utf-8", errors="replace"))))
            for where, blob in blobs:
                for digits, what in secrets.items():
                    if digits in blob:
                        leaks.append(f"{os.path.relpath(p, out)} ({where}): CPR number from the {what}")
    # Page images: every piece of every CPR number under a black box. The PDFs are copied under
    # neutral names (their own names hold CPR numbers and would be masked in the page names) and
    # all pages are written by one process, as one process per letter pays the start-up each time.
    images = os.path.join(WORK, "images")
    os.makedirs(images)
    for i, (path, name, spots) in enumerate(image_checks):
        shutil.copy(path, os.path.join(images, f"image-{i:02d}.pdf"))
    pages_dir = os.path.join(WORK, "image-pages")
    r = subprocess.run([KLARTJEK, "check", "--format", "html", "--out", pages_dir + "/"] +
                       [os.path.join(images, f"image-{i:02d}.pdf") for i in range(len(image_checks))], capture_output=True)
    if r.returncode not in (0, 1):
        leaks.append(f"page images: check exited {r.returncode}: {r.stderr.decode(errors='replace')[-600:]}")
    for i, (path, name, spots) in enumerate(image_checks):
        page = os.path.join(pages_dir, f"image-{i:02d}.html")
        if not os.path.exists(page):
            leaks.append(f"page image of the {name} (pdf) letter: no HTML page written")
            continue
        for miss in check_page_images(open(page, encoding="utf-8", errors="replace").read(), spots):
            leaks.append(f"page image of the {name} (pdf) letter: CPR piece at page {miss[0]}, x={miss[1]}, y={miss[2]} pt: {miss[3]}")
        if not spots:
            leaks.append(f"{name} (pdf): the test found no CPR piece to look for in the page image")
    # The leak detector itself must see what --show-cpr prints (otherwise it proves nothing).
    r = subprocess.run([KLARTJEK, "extract", "--show-cpr"] + rel[:2], cwd=WORK, capture_output=True)
    shown = normalise((r.stdout + r.stderr).decode("utf-8", errors="replace"))
    if not any(d in shown for d in secrets):
        leaks.append("self-test: the detector does not see CPR numbers printed with --show-cpr")
    # Recall: every decided layout is still counted as a CPR number by the privacy-cpr rule.
    r = subprocess.run([KLARTJEK, "check", "--only", "privacy-cpr", "--format", "jsonl"] + rel[:-2], cwd=WORK, capture_output=True)
    missed = []
    for line in r.stdout.decode().splitlines():
        j = json.loads(line)
        if not any(f["rule"] == "privacy-cpr" for f in j.get("findings", [])):
            missed.append(j["file"])
    print(f"privacy: {len(LAYOUTS)} layouts x 2 kinds = {len(LAYOUTS) * 2} letters + {len(DOCX_LAYOUTS)} DOCX letters + 2 failing inputs, "
          f"{len(secrets)} CPR numbers, {len(runs)} commands; not counted as CPR (masked anyway): {len(missed)}")
    for m in missed:
        print(f"  not counted: {m}")
    if leaks:
        print(f"{len(leaks)} leaks:")
        for l in sorted(set(leaks)):
            print("  " + l)
        return 1
    print("no CPR digit run survived in any output")
    if "--keep" not in sys.argv:
        shutil.rmtree(WORK, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
