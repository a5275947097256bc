#!/usr/bin/python3
"""Render the letters labelled "render": "scan" as image-only PDFs (no text layer), the way a
scanned paper letter reaches klartjek: greyscale pages at 100 dpi, slightly rotated, with noise.

Usage: /usr/bin/python3 tests/corpus/make-scans.py DIR...   (e.g. tests/corpus/blind-2/dev)
Writes DIR/scans/<stem>.pdf for every such label in DIR/labels.json. Needs python3-pil and
fonts-dejavu-core (Debian); not needed to build or test, since the PDFs are committed.
"""
import json
import os
import random
import sys
import textwrap

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DPI = 100
W, H = int(8.27 * DPI), int(11.69 * DPI)
MARGIN = int(0.9 * DPI)


def render(text, out):
    font = ImageFont.truetype(FONT, 11)
    rnd = random.Random(out)  # deterministic per file
    pages, lines = [], []
    for para in text.split("\n"):
        lines.extend(textwrap.wrap(para, 95) or [""])
    per_page = (H - 2 * MARGIN) // 15
    for start in range(0, len(lines), per_page):
        img = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(img)
        y = MARGIN
        for line in lines[start:start + per_page]:
            d.text((MARGIN, y), line, fill=30, font=font)
            y += 15
        for _ in range(400):  # scanner dust
            x, yy = rnd.randrange(W), rnd.randrange(H)
            d.point((x, yy), fill=rnd.randrange(120, 200))
        img = img.rotate(rnd.uniform(-0.8, 0.8), fillcolor=250)
        pages.append(img)
    pages[0].save(out, "PDF", resolution=DPI, save_all=True, append_images=pages[1:], quality=60)


for d in sys.argv[1:]:
    with open(os.path.join(d, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    os.makedirs(os.path.join(d, "scans"), exist_ok=True)
    for lab in labels:
        if lab.get("render") != "scan":
            continue
        src = os.path.join(d, lab["file"])
        stem = os.path.splitext(os.path.basename(src))[0]
        with open(src, encoding="utf-8") as fh:
            render(fh.read(), os.path.join(d, "scans", stem + ".pdf"))
        print(os.path.join(d, "scans", stem + ".pdf"))
