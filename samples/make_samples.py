#!/usr/bin/python3
"""Render klartjek sample letter sources (samples/src/NN-slug.txt) to PDF or plain text.

Spec: samples/FORMAT.md.  Run with Debian's python (python3-reportlab 3.6.x, python3-pil),
plus qpdf and poppler-utils (pdftoppm) on PATH:

    /usr/bin/python3 samples/make_samples.py                 # every samples/src/*.txt
    /usr/bin/python3 samples/make_samples.py samples/src/03-foo.txt
    /usr/bin/python3 samples/make_samples.py --out /tmp/x /tmp/test.txt

Outputs: samples/NN-slug.pdf (or samples/NN-slug.txt for `@format: txt`) and
samples/src/NN-slug.rendered.txt (with --out DIR both go into DIR).

rendered.txt lists every string put into the PDF text layer, one per line, in drawing order:
running header lines, letterhead lines, recipient lines (page 1), body blocks (a paragraph,
heading, list item or table cell per line; paragraphs are joined to one line, soft hyphens
removed), footnotes of the page, running footer lines.  Conventions:
  * list items carry their marker as drawn: "• text", "1) text";
  * a footnote reference is written as "[^1]" directly after the word it follows (in the PDF
    it is a raised, smaller "1" glued to that word);
  * a footnote at the page bottom is written "1 text" (number, space, text) as drawn;
  * text on @image-pages pages is left out (if a paragraph is split across a text page and an
    image page, only the lines on the text page are listed, as drawn).

For `@format: txt` the letter is written as plain text wrapped at 76 columns (header, letterhead,
recipient, body, footnotes as "[1] text" after a "----" line, footer with page 1 of 1); its
rendered.txt lists the same strings with paragraphs unwrapped.

Page geometry (A4 595.3 x 841.9 pt, origin bottom left, margins 2.5 cm = 70.9 pt):
  * running header: 8 pt, right-aligned, first baseline y=801.9; footer: 8 pt, centred,
    last baseline y=34; body area y=70.9..771.0 (moved inwards if header/footer have >2 lines);
  * standard: page 1 letterhead block x=349.4..524.4 from the top of the body area, recipient
    block x=70.9..310.9 starting 22 pt lower; the page-1 body frame (x=70.9..524.4) starts
    30 pt below the lower of the two blocks; later pages use the whole body area;
  * sidebar: page 1 letterhead column x=384.4..524.4 at 8 pt, recipient and body frame
    x=70.9..360.4 (gutter 24 pt); later pages full width x=70.9..524.4;
  * two-column: page 1 top blocks as in standard, then columns x=70.9..285.1 and 310.1..524.4
    (gutter 25 pt) on every page, flowing column 1 -> column 2 -> next page.
Footnotes are printed at the bottom of the frame (column) where they are first referenced,
under a short rule; the frame is shortened so the body never runs into them.

Output is byte-deterministic: reportlab runs with rl_config.invariant=1, qpdf page assembly
uses --deterministic-id, and AES-256 encryption copies a fixed encryption dictionary (fixed
file key and salts, see ENCRYPT_DICT) with --static-id --static-aes-iv.  That is deliberately
insecure; these files are test fixtures, not protected documents.
"""

import argparse
import glob
import io
import os
import re
import subprocess
import sys
import tempfile
import textwrap
from xml.sax.saxutils import escape as xml_escape

from PIL import Image
from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib.colors import Color, black  # noqa: E402
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageTemplate,  # noqa: E402
                                Paragraph, Table, TableStyle)
from reportlab.platypus.doctemplate import ActionFlowable  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------- fonts

LIB2 = '/usr/share/fonts/truetype/liberation2/'
DEJAVU = '/usr/share/fonts/truetype/dejavu/'
FONT_FILES = {
    'sans': ('LiberationSans', {
        'normal': LIB2 + 'LiberationSans-Regular.ttf', 'bold': LIB2 + 'LiberationSans-Bold.ttf',
        'italic': LIB2 + 'LiberationSans-Italic.ttf',
        'boldItalic': LIB2 + 'LiberationSans-BoldItalic.ttf'}),
    'serif': ('LiberationSerif', {
        'normal': LIB2 + 'LiberationSerif-Regular.ttf', 'bold': LIB2 + 'LiberationSerif-Bold.ttf',
        'italic': LIB2 + 'LiberationSerif-Italic.ttf',
        'boldItalic': LIB2 + 'LiberationSerif-BoldItalic.ttf'}),
    'dejavu': ('DejaVuSans', {
        'normal': DEJAVU + 'DejaVuSans.ttf', 'bold': DEJAVU + 'DejaVuSans-Bold.ttf',
        'italic': DEJAVU + 'DejaVuSans-Oblique.ttf',
        'boldItalic': DEJAVU + 'DejaVuSans-BoldOblique.ttf'}),
}
_registered = {}


def font_family(key):
    """Register the TTF family once; return dict variant -> reportlab font name."""
    if key in _registered:
        return _registered[key]
    base, files = FONT_FILES[key]
    names = {}
    for variant, path in files.items():
        name = base + {'normal': '', 'bold': '-Bold', 'italic': '-Italic',
                       'boldItalic': '-BoldItalic'}[variant]
        pdfmetrics.registerFont(TTFont(name, path))
        names[variant] = name
    pdfmetrics.registerFontFamily(names['normal'], normal=names['normal'], bold=names['bold'],
                                  italic=names['italic'], boldItalic=names['boldItalic'])
    _registered[key] = names
    return names


def font_has(fontname, ch):
    return ord(ch) in pdfmetrics.getFont(fontname).face.charToGlyph


# --------------------------------------------------------------------------- parsing

class SourceError(Exception):
    pass


HEADER_KEYS = {'layout', 'font', 'size', 'letterhead', 'recipient', 'header', 'footer',
               'image-pages', 'encrypt', 'format', 'justify'}
MULTI_KEYS = {'letterhead', 'recipient', 'header', 'footer'}

RE_HEADER = re.compile(r'^@([A-Za-z-]+):\s*(.*?)\s*$')
RE_FNDEF = re.compile(r'^\[\^([^\]\s]+)\]:\s*(.*)$')
RE_FNREF = re.compile(r'\[\^([^\]\s]+)\]')
RE_BULLET = re.compile(r'^-\s+(.*)$')
RE_NUM_PAREN = re.compile(r'^(\d{1,3}\)|[a-zæøå]\)|[ivx]{1,5}\))\s+(.*)$')
RE_NUM_DOT = re.compile(r'^(\d{1,3}\.)\s+(.*)$')
RE_TABLE_ROW = re.compile(r'^\|.*\|$')
RE_TABLE_SEP = re.compile(r'^\|(\s*:?-{2,}:?\s*\|)+$')


def parse_source(path):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    if text.startswith('\ufeff'):
        text = text[1:]
    lines = text.replace('\r\n', '\n').split('\n')
    meta = {}
    i = 0
    while i < len(lines) and lines[i].startswith('@'):
        m = RE_HEADER.match(lines[i])
        if not m:
            raise SourceError('line %d: malformed header line %r' % (i + 1, lines[i]))
        key, val = m.group(1).lower(), m.group(2)
        if key not in HEADER_KEYS:
            raise SourceError('line %d: unknown header key @%s' % (i + 1, key))
        if key in meta:
            raise SourceError('line %d: duplicate header key @%s' % (i + 1, key))
        meta[key] = val
        i += 1
    if i < len(lines) and lines[i].strip():
        raise SourceError('line %d: header lines must be followed by a blank line' % (i + 1))
    cfg = make_config(meta)
    blocks, footnotes = parse_body(lines[i + 1:], i + 2)
    check_footnotes(blocks, footnotes)
    return cfg, blocks, footnotes


def make_config(meta):
    cfg = {}
    for k in MULTI_KEYS:
        v = meta.get(k, '')
        cfg[k] = [s.strip() for s in v.split(' | ')] if v.strip() else []
        if any(not s for s in cfg[k]):
            raise SourceError('@%s has an empty line' % k)
        if any(RE_FNREF.search(s) for s in cfg[k]):
            raise SourceError('footnote references are only allowed in the body, not in @%s' % k)
    cfg['layout'] = meta.get('layout', 'standard').strip()
    if cfg['layout'] not in ('standard', 'sidebar', 'two-column'):
        raise SourceError('bad @layout %r' % cfg['layout'])
    cfg['font'] = meta.get('font', 'sans').strip()
    if cfg['font'] not in FONT_FILES:
        raise SourceError('bad @font %r' % cfg['font'])
    try:
        cfg['size'] = float(meta.get('size', '11').strip().replace(',', '.'))
    except ValueError:
        raise SourceError('bad @size %r' % meta.get('size'))
    if not 6 <= cfg['size'] <= 16:
        raise SourceError('@size %r out of range 6..16' % cfg['size'])
    pages = meta.get('image-pages', '').strip()
    try:
        cfg['image_pages'] = sorted({int(p) for p in pages.split(',') if p.strip()})
    except ValueError:
        raise SourceError('bad @image-pages %r' % pages)
    if any(p < 1 for p in cfg['image_pages']):
        raise SourceError('bad @image-pages %r' % pages)
    cfg['encrypt'] = meta.get('encrypt', '').strip() or None
    if cfg['encrypt'] not in (None, 'aes256-empty-user'):
        raise SourceError('bad @encrypt %r' % cfg['encrypt'])
    cfg['format'] = meta.get('format', 'pdf').strip()
    if cfg['format'] not in ('pdf', 'txt'):
        raise SourceError('bad @format %r' % cfg['format'])
    j = meta.get('justify', 'no').strip().lower()
    if j not in ('yes', 'no'):
        raise SourceError('bad @justify %r' % j)
    cfg['justify'] = j == 'yes'
    return cfg


def parse_body(lines, first_lineno):
    """Return (blocks, footnotes).  A block is a dict with 'type' in
    h1 h2 p bullet num quote table pagebreak; text blocks have 'text' (source markup)."""
    blocks = []
    footnotes = {}
    cur = None  # open block accepting continuation lines

    def close():
        nonlocal cur
        if cur is not None and cur['type'] == 'table':
            finish_table(cur)
        cur = None

    for n, raw in enumerate(lines, first_lineno):
        s = raw.strip()
        if not s:
            close()
            continue
        if s == '<<pagebreak>>':
            close()
            blocks.append({'type': 'pagebreak', 'line': n})
            continue
        m = RE_FNDEF.match(s)
        if m:
            close()
            label = m.group(1)
            if label in footnotes:
                raise SourceError('line %d: footnote [^%s] defined twice' % (n, label))
            cur = {'type': 'fndef', 'label': label, 'text': m.group(2), 'line': n}
            footnotes[label] = cur
            continue
        if s.startswith('#'):
            m = re.match(r'^(#{1,2})\s+(.*)$', s)
            if not m:
                raise SourceError('line %d: bad heading %r' % (n, s))
            close()
            blocks.append({'type': 'h1' if len(m.group(1)) == 1 else 'h2',
                           'text': m.group(2), 'line': n})
            continue
        if s.startswith('|'):
            if not RE_TABLE_ROW.match(s):
                raise SourceError('line %d: table row must start and end with "|"' % n)
            if cur is None or cur['type'] != 'table':
                close()
                cur = {'type': 'table', 'raw': [], 'line': n}
                blocks.append(cur)
            cur['raw'].append((n, s))
            continue
        if s == '>' or s.startswith('> '):
            t = s[1:].strip()
            if cur is not None and cur['type'] == 'quote':
                if not t:
                    close()
                else:
                    cur['text'] += ' ' + t
            else:
                close()
                if t:
                    cur = {'type': 'quote', 'text': t, 'line': n}
                    blocks.append(cur)
            continue
        m = RE_BULLET.match(s)
        if m:
            close()
            cur = {'type': 'bullet', 'marker': '\u2022', 'text': m.group(1), 'line': n}
            blocks.append(cur)
            continue
        m = RE_NUM_PAREN.match(s)
        m2 = RE_NUM_DOT.match(s)
        # "12. januar" at the start of a paragraph continuation line is text, not a list item
        if m or (m2 and (cur is None or cur['type'] in ('bullet', 'num', 'table'))):
            m = m or m2
            close()
            cur = {'type': 'num', 'marker': m.group(1), 'text': m.group(2), 'line': n}
            blocks.append(cur)
            continue
        if cur is not None and cur['type'] in ('p', 'bullet', 'num', 'quote', 'fndef'):
            cur['text'] += ' ' + s
            continue
        close()
        cur = {'type': 'p', 'text': s, 'line': n}
        blocks.append(cur)
    close()
    for b in blocks:
        if 'text' in b:
            inline(b['text'], b['line'])  # validate
    for f in footnotes.values():
        if not f['text'].strip():
            raise SourceError('line %d: empty footnote [^%s]' % (f['line'], f['label']))
        if RE_FNREF.search(f['text']):
            raise SourceError('line %d: footnote inside a footnote' % f['line'])
        inline(f['text'], f['line'])
    return blocks, footnotes


def finish_table(t):
    rows = []
    header = False
    for k, (n, s) in enumerate(t['raw']):
        if RE_TABLE_SEP.match(s):
            if k != 1:
                raise SourceError('line %d: table separator row only allowed after the first row' % n)
            header = True
            continue
        cells = [c.strip() for c in s[1:-1].split('|')]
        rows.append((n, cells))
    ncol = len(rows[0][1])
    for n, cells in rows:
        if len(cells) != ncol:
            raise SourceError('line %d: table row has %d cells, expected %d' % (n, len(cells), ncol))
        for c in cells:
            inline(c, n)
    t['rows'] = [c for _, c in rows]
    t['header'] = header


def block_refs(b):
    if b['type'] == 'table':
        return [r for row in b['rows'] for c in row for r in RE_FNREF.findall(c)]
    return RE_FNREF.findall(b.get('text', ''))


def check_footnotes(blocks, footnotes):
    used = set()
    for b in blocks:
        for r in block_refs(b):
            if r not in footnotes:
                raise SourceError('line %d: footnote reference [^%s] has no definition' % (b['line'], r))
            used.add(r)
    for label, f in footnotes.items():
        if label not in used:
            raise SourceError('line %d: footnote [^%s] is never referenced' % (f['line'], label))


def inline(src, lineno=0):
    """Source markup -> (reportlab paragraph markup, plain text as drawn)."""
    if src.count('**') % 2:
        raise SourceError('line %d: unbalanced ** in %r' % (lineno, src))
    plain = src.replace('**', '').replace('\\-', '').replace('\xad', '')
    plain = re.sub(r'[ \t]+', ' ', plain).strip()
    x = xml_escape(src)
    x = re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', x)
    # smaller and lower than reportlab's default superscript so it clears the line above
    x = RE_FNREF.sub(lambda m: '<super rise="35%%" size="70%%">%s</super>' % m.group(1), x)
    x = x.replace('\\-', '\xad')
    return x, plain


def footnote_text_plain(src):
    return RE_FNREF.sub(lambda m: '[%s]' % m.group(1), inline(src)[1])


# --------------------------------------------------------------------------- geometry

PAGE_W, PAGE_H = A4
MARGIN = 2.5 * cm                      # 70.87 pt
CONTENT_W = PAGE_W - 2 * MARGIN        # 453.54 pt
HF_SIZE = 8                            # running header / footer size
HF_LEADING = 10
HEADER_BASE = PAGE_H - 40              # baseline of the first header line
FOOTER_BASE = 34                       # baseline of the last footer line
SIDEBAR_W = 140
SIDEBAR_GUTTER = 24
COL_GUTTER = 25
LETTERHEAD_W = 175                     # standard / two-column letterhead block (top right)
RECIPIENT_W = 240
RECIPIENT_DROP = 22                    # recipient block starts this far below the top margin
BLOCK_GAP = 30                         # space between top blocks and body on page 1
FN_SEP = 12                            # separator band above the footnotes
FN_GAP = 2                             # space after each footnote
GREY = Color(0.25, 0.25, 0.25)


def body_limits(cfg):
    top = PAGE_H - MARGIN
    if cfg['header']:
        last = HEADER_BASE - HF_LEADING * (len(cfg['header']) - 1)
        top = min(top, last - 3 - 18)
    bottom = MARGIN
    if cfg['footer']:
        first = FOOTER_BASE + HF_LEADING * (len(cfg['footer']) - 1)
        bottom = max(bottom, first + 7 + 18)
    return top, bottom


# --------------------------------------------------------------------------- flowables

class Ctx:
    """Per-pass state: recorded text, footnote placement."""

    def __init__(self, cfg, footnotes, styles, total_pages):
        self.cfg = cfg
        self.footnotes = footnotes
        self.styles = styles
        self.total_pages = total_pages
        self.records = []      # (page, gid, full_text, part_text)
        self.gid = 0
        self.placed = set()    # footnote labels already printed
        self.page_fn = []      # [(frame, [labels])] for the current page
        self.doc = None
        self.warnings = []

    def warn(self, msg):
        if msg not in self.warnings:
            self.warnings.append(msg)

    def new_gid(self):
        self.gid += 1
        return self.gid

    def record(self, page, text, gid=None, part=None):
        if gid is None:
            gid = self.new_gid()
        self.records.append((page, gid, text, text if part is None else part))

    # footnotes ---------------------------------------------------------------
    def fn_para(self, label):
        x, _ = inline(self.footnotes[label]['text'])
        return Paragraph(x, self.styles['fn'], bulletText=label)

    def fn_height(self, label, width):
        return self.fn_para(label).wrap(width, 10000)[1] + FN_GAP

    def frame_fns(self, frame):
        for f, labels in self.page_fn:
            if f is frame:
                return labels
        return None

    def need(self, labels):
        frame = self.doc.frame
        new = [lb for lb in dict.fromkeys(labels) if lb not in self.placed]
        if not new:
            return 0
        h = sum(self.fn_height(lb, frame._aW) for lb in new)
        if self.frame_fns(frame) is None:
            h += FN_SEP
        return h

    def place(self, labels):
        frame = self.doc.frame
        h = self.need(labels)
        new = [lb for lb in dict.fromkeys(labels) if lb not in self.placed]
        if not new:
            return
        lst = self.frame_fns(frame)
        if lst is None:
            lst = []
            self.page_fn.append((frame, lst))
        lst.extend(new)
        self.placed.update(new)
        frame._y1p += h

    def draw_footnotes(self, canv):
        page = canv.getPageNumber()
        for frame, labels in self.page_fn:
            width = frame._aW
            paras = []
            for lb in labels:
                p = self.fn_para(lb)
                h = p.wrap(width, 10000)[1]
                paras.append((lb, p, h))
            total = FN_SEP + sum(h + FN_GAP for _, _, h in paras)
            y = frame._y1 + total
            canv.saveState()
            canv.setLineWidth(0.5)
            canv.setStrokeColor(black)
            canv.line(frame._x1, y - 6, frame._x1 + min(120, width * 0.4), y - 6)
            canv.restoreState()
            y -= FN_SEP
            for lb, p, h in paras:
                p.drawOn(canv, frame._x1, y - h)
                self.record(page, '%s %s' % (lb, footnote_text_plain(self.footnotes[lb]['text'])))
                y -= h + FN_GAP
        self.page_fn = []


def para_part_text(p):
    """Text of one (possibly split) paragraph part, as drawn."""
    bl = getattr(p, 'blPara', None)
    if bl is None:
        return ''
    out = []
    for line in bl.lines:
        if bl.kind == 0:
            out.append(' '.join(str(w) for w in line[1]))
        else:
            s = ''
            for f in line.words:
                t = getattr(f, 'text', '')
                s += '[^%s]' % t.strip() if getattr(f, 'rise', 0) > 0 else t
            out.append(s.strip())
    txt = ' '.join(out)
    if p.bulletText:
        txt = '%s %s' % (p.bulletText, txt)
    return txt


class RecParagraph(Paragraph):
    """Paragraph that records its plain text when drawn."""

    def __init__(self, text, style=None, bulletText=None, frags=None, caseSensitive=1,
                 encoding='utf8', rec=None):
        Paragraph.__init__(self, text, style, bulletText=bulletText, frags=frags,
                           caseSensitive=caseSensitive, encoding=encoding)
        self.rec = rec  # (ctx, gid, full plain text)

    def wrap(self, aW, aH):
        r = Paragraph.wrap(self, aW, aH)
        if getattr(self, '_splitLongWordCount', 0) and self.rec:
            ctx, gid, full = self.rec
            ctx.warn('a word is wider than its %.0f pt column and was split without a hyphen: %r'
                     % (aW, full[:60]))
        return r

    def split(self, aW, aH):
        parts = Paragraph.split(self, aW, aH)
        if len(parts) > 1:
            for p in parts:
                p.rec = self.rec
        return parts

    def draw(self):
        Paragraph.draw(self)
        if self.rec:
            ctx, gid, full = self.rec
            ctx.record(self.canv.getPageNumber(), full, gid, para_part_text(self))


def flowable_refs(fl):
    if isinstance(fl, FNWrap):
        return flowable_refs(fl.inner)
    if isinstance(fl, LazyTable):
        return [r for row in fl.cells for c in row for r in flowable_refs(c)]
    if isinstance(fl, Table):
        out = []
        for row in fl._cellvalues:
            for c in row:
                for x in (c if isinstance(c, (list, tuple)) else [c]):
                    out.extend(flowable_refs(x))
        return out
    if isinstance(fl, Paragraph):
        out = []
        for f in fl.frags:
            if isinstance(f, list):  # a processed frag word: [width, (frag, text), ...]
                out.extend(t.strip() for ff, t in f[1:] if getattr(ff, 'rise', 0) > 0 and t.strip())
            elif getattr(f, 'rise', 0) > 0 and getattr(f, 'text', '').strip():
                out.append(f.text.strip())
        return out
    return []


class FNWrap(Flowable):
    """Wraps a flowable that references footnotes: reserves room for the footnotes at the
    bottom of the frame it lands in and registers them when drawn."""

    def __init__(self, inner, ctx):
        Flowable.__init__(self)
        self.inner = inner
        self.ctx = ctx
        self.keepWithNext = getattr(inner, 'keepWithNext', 0)

    def getSpaceBefore(self):
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self):
        return self.inner.getSpaceAfter()

    def wrap(self, aW, aH):
        w, h = self.inner.wrapOn(self.canv, aW, aH)
        need = self.ctx.need(flowable_refs(self.inner))
        self.width, self.height = w, h
        if h + need > aH:
            return w, h + need  # does not fit: makes the frame try split()
        return w, h

    def split(self, aW, aH):
        need = self.ctx.need(flowable_refs(self.inner))
        if aH - need <= 0:
            return []
        parts = self.inner.splitOn(self.canv, aW, aH - need)
        if len(parts) < 2:
            return []
        return [FNWrap(p, self.ctx) for p in parts]

    def drawOn(self, canvas, x, y, _sW=0):
        self.inner.drawOn(canvas, x, y, _sW)
        self.ctx.place(flowable_refs(self.inner))


class LetterPageBreak(ActionFlowable):
    """<<pagebreak>>: a page break, except at the very top of a fresh page (no blank pages)."""

    def __init__(self):
        ActionFlowable.__init__(self, ('pageBreak',))

    def apply(self, doc):
        if doc.page > 1 and doc.frame is doc.pageTemplate.frames[0] and doc.frame._atTop:
            return
        doc.handle_pageBreak()


class LazyTable(Flowable):
    """A Table whose column widths are computed for the frame width it is wrapped in."""

    def __init__(self, cells, plain, header, styles):
        Flowable.__init__(self)
        self.cells = cells      # RecParagraph rows
        self.plain = plain      # plain text rows
        self.header = header
        self.styles = styles
        self.table = None
        self.spaceBefore = 4
        self.spaceAfter = 10

    def build(self, aW):
        if self.table is not None and abs(self._aW - aW) < 0.01:
            return self.table
        st = self.styles['cell']
        pad = 4
        ncol = len(self.cells[0])
        natural = [0.0] * ncol
        minw = [0.0] * ncol
        for r, row in enumerate(self.plain):
            font = st.fontName if not (self.header and r == 0) else self.styles['bold']
            for c, txt in enumerate(row):
                natural[c] = max(natural[c], stringWidth(txt, font, st.fontSize) + 2 * pad + 1)
                for word in txt.split():
                    minw[c] = max(minw[c], stringWidth(word, font, st.fontSize) + 2 * pad + 1)
        natural = [max(n, 24) for n in natural]
        if sum(natural) <= aW:
            widths = [n * aW / sum(natural) for n in natural]
        else:
            widths = list(minw)
            rest = aW - sum(widths)
            if rest < 0:
                widths = [aW / ncol] * ncol  # long words: they will be split, nothing better
            else:
                extra = [max(natural[c] - minw[c], 0) for c in range(ncol)]
                tot = sum(extra) or 1
                widths = [widths[c] + rest * extra[c] / tot for c in range(ncol)]
        ts = [('GRID', (0, 0), (-1, -1), 0.5, black),
              ('FONTNAME', (0, 0), (-1, -1), st.fontName),
              ('VALIGN', (0, 0), (-1, -1), 'TOP'),
              ('LEFTPADDING', (0, 0), (-1, -1), pad), ('RIGHTPADDING', (0, 0), (-1, -1), pad),
              ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]
        if self.header:
            ts.append(('BACKGROUND', (0, 0), (-1, 0), Color(0.88, 0.88, 0.88)))
        self.table = Table(self.cells, colWidths=widths, style=TableStyle(ts),
                           repeatRows=1 if self.header else 0, hAlign='LEFT')
        self._aW = aW
        return self.table

    def wrap(self, aW, aH):
        t = self.build(aW)
        self.width, self.height = t.wrapOn(self.canv, aW, aH)
        return self.width, self.height

    def split(self, aW, aH):
        t = self.build(aW)
        return t.splitOn(self.canv, aW, aH)

    def drawOn(self, canvas, x, y, _sW=0):
        self.table.drawOn(canvas, x, y, _sW)


# --------------------------------------------------------------------------- styles & story

def make_styles(cfg):
    fam = font_family(cfg['font'])
    size = cfg['size']
    lead = round(size * 1.3, 2)
    align = TA_JUSTIFY if cfg['justify'] else TA_LEFT
    s = {'bold': fam['bold'], 'fam': fam}
    s['body'] = ParagraphStyle('body', fontName=fam['normal'], fontSize=size, leading=lead,
                               alignment=align, spaceAfter=round(lead * 0.6, 2),
                               bulletFontName=fam['normal'], bulletFontSize=size,
                               # soft hyphens (U+00AD) are honoured by reportlab anyway; this
                               # also lets a word like "Ældre-og" break after its own hyphen
                               embeddedHyphenation=1)
    s['h1'] = ParagraphStyle('h1', parent=s['body'], fontName=fam['bold'], fontSize=13,
                             leading=16.5, alignment=TA_LEFT, spaceBefore=10, spaceAfter=5,
                             keepWithNext=1)
    s['h2'] = ParagraphStyle('h2', parent=s['body'], fontName=fam['bold'], alignment=TA_LEFT,
                             spaceBefore=6, spaceAfter=3, keepWithNext=1)
    s['item'] = ParagraphStyle('item', parent=s['body'], leftIndent=18, bulletIndent=4,
                               spaceAfter=3)
    s['item_last'] = ParagraphStyle('item_last', parent=s['item'],
                                    spaceAfter=s['body'].spaceAfter)
    s['quote'] = ParagraphStyle('quote', parent=s['body'], fontName=fam['italic'],
                                leftIndent=28, rightIndent=14, spaceBefore=2)
    csize = max(size - 1, 7)
    s['cell'] = ParagraphStyle('cell', fontName=fam['normal'], fontSize=csize,
                               leading=round(csize * 1.25, 2), alignment=TA_LEFT)
    s['fn'] = ParagraphStyle('fn', fontName=fam['normal'], fontSize=8, leading=10,
                             leftIndent=10, bulletIndent=0, bulletFontName=fam['normal'],
                             bulletFontSize=8)
    s['hf'] = ParagraphStyle('hf', fontName=fam['normal'], fontSize=HF_SIZE, leading=HF_LEADING,
                             textColor=GREY)
    s['lh'] = ParagraphStyle('lh', fontName=fam['normal'], fontSize=9, leading=11.5)
    s['lh1'] = ParagraphStyle('lh1', parent=s['lh'], fontName=fam['bold'], fontSize=11.5,
                              leading=14, spaceAfter=3)
    s['sb'] = ParagraphStyle('sb', fontName=fam['normal'], fontSize=8, leading=10.5)
    s['sb1'] = ParagraphStyle('sb1', parent=s['sb'], fontName=fam['bold'], spaceAfter=4)
    s['rc'] = ParagraphStyle('rc', fontName=fam['normal'], fontSize=size,
                             leading=round(size * 1.25, 2))
    return s


def build_story(blocks, ctx):
    st = ctx.styles
    story = []

    def rp(markup_src, style, bullet=None, line=0):
        x, plain = inline(markup_src, line)
        full = plain if bullet is None else '%s %s' % (bullet, plain)
        return RecParagraph(x, style, bulletText=bullet, rec=(ctx, ctx.new_gid(), full))

    for i, b in enumerate(blocks):
        t = b['type']
        nxt = blocks[i + 1]['type'] if i + 1 < len(blocks) else None
        if t == 'pagebreak':
            story.append(LetterPageBreak())
            continue
        if t in ('h1', 'h2', 'p', 'quote'):
            fl = rp(b['text'], st[{'p': 'body'}.get(t, t)], line=b['line'])
        elif t in ('bullet', 'num'):
            last = nxt not in ('bullet', 'num')
            fl = rp(b['text'], st['item_last' if last else 'item'], bullet=b['marker'],
                    line=b['line'])
        elif t == 'table':
            cells, plain = [], []
            for r, row in enumerate(b['rows']):
                crow, prow = [], []
                for c in row:
                    src = '**%s**' % c if (b['header'] and r == 0 and c and '**' not in c) else c
                    crow.append(rp(src, st['cell'], line=b['line']) if c else '')
                    prow.append(inline(c)[1])
                cells.append(crow)
                plain.append(prow)
            fl = LazyTable(cells, plain, b['header'], st)
        else:
            raise AssertionError(t)
        if block_refs(b):
            fl = FNWrap(fl, ctx)
        story.append(fl)
    return story


# --------------------------------------------------------------------------- page setup

def block_paras(lines, first_style, style, width):
    """Paragraphs for a letterhead/recipient block with their heights."""
    out = []
    for k, line in enumerate(lines):
        x, plain = inline(line)
        p = Paragraph(x, first_style if (k == 0 and first_style) else style)
        h = p.wrap(width, 10000)[1]
        sa = p.style.spaceAfter
        out.append((p, plain, h, sa))
    return out


def block_height(paras):
    return sum(h + sa for _, _, h, sa in paras)


def draw_block(canv, ctx, paras, x, ytop):
    y = ytop
    for p, plain, h, sa in paras:
        p.drawOn(canv, x, y - h)
        ctx.record(canv.getPageNumber(), plain)
        y -= h + sa


def render_pdf_pass(cfg, blocks, footnotes, total_pages):
    styles = make_styles(cfg)
    ctx = Ctx(cfg, footnotes, styles, total_pages)
    top, bottom = body_limits(cfg)
    layout = cfg['layout']

    # page-1 blocks
    if layout == 'sidebar':
        lh = block_paras(cfg['letterhead'], styles['sb1'], styles['sb'], SIDEBAR_W)
        body_w1 = CONTENT_W - SIDEBAR_W - SIDEBAR_GUTTER
        rc = block_paras(cfg['recipient'], None, styles['rc'], body_w1)
        rc_top = top - RECIPIENT_DROP
        first_top = rc_top - block_height(rc) - BLOCK_GAP if rc else top
    else:
        lh = block_paras(cfg['letterhead'], styles['lh1'], styles['lh'], LETTERHEAD_W)
        rc = block_paras(cfg['recipient'], None, styles['rc'], RECIPIENT_W)
        rc_top = top - RECIPIENT_DROP
        bottoms = [top]
        if lh:
            bottoms.append(top - block_height(lh))
        if rc:
            bottoms.append(rc_top - block_height(rc))
        first_top = min(bottoms) - BLOCK_GAP if (lh or rc) else top
    for ln in cfg['header'] + cfg['footer']:
        w = stringWidth(inline(ln.replace('{page}', '99').replace('{pages}', '99'))[1],
                        styles['hf'].fontName, HF_SIZE)
        if w > CONTENT_W:
            raise SourceError('running header/footer line too long for one line: %r' % ln)
    if first_top - bottom < 150:
        raise SourceError('letterhead/recipient/header/footer leave no room for the body on page 1')

    def hf_lines(lines, page):
        return [ln.replace('{page}', str(page)).replace('{pages}', str(ctx.total_pages))
                for ln in lines]

    def on_page(canv, doc):
        for f in doc.pageTemplate.frames:
            f._geom()  # undo footnote reservations of the previous page
        page = canv.getPageNumber()
        y = HEADER_BASE
        for ln in hf_lines(cfg['header'], page):
            plain = inline(ln)[1]
            canv.saveState()
            canv.setFont(styles['hf'].fontName, HF_SIZE)
            canv.setFillColor(GREY)
            canv.drawRightString(PAGE_W - MARGIN, y, plain)
            canv.restoreState()
            ctx.record(page, plain)
            y -= HF_LEADING
        if page == 1:
            if layout == 'sidebar':
                draw_block(canv, ctx, lh, PAGE_W - MARGIN - SIDEBAR_W, top)
                draw_block(canv, ctx, rc, MARGIN, rc_top)
            else:
                draw_block(canv, ctx, lh, PAGE_W - MARGIN - LETTERHEAD_W, top)
                draw_block(canv, ctx, rc, MARGIN, rc_top)

    def on_page_end(canv, doc):
        page = canv.getPageNumber()
        ctx.draw_footnotes(canv)
        lines = hf_lines(cfg['footer'], page)
        y = FOOTER_BASE + HF_LEADING * (len(lines) - 1)
        for ln in lines:
            x, plain = inline(ln)
            canv.saveState()
            canv.setFont(styles['hf'].fontName, HF_SIZE)
            canv.setFillColor(GREY)
            canv.drawCentredString(PAGE_W / 2, y, plain)
            canv.restoreState()
            ctx.record(page, plain)
            y -= HF_LEADING

    def frame(fid, x, y0, w, y1):
        return Frame(x, y0, w, y1 - y0, leftPadding=0, rightPadding=0, topPadding=0,
                     bottomPadding=0, id=fid, showBoundary=0)

    if layout == 'standard':
        f1 = [frame('p1', MARGIN, bottom, CONTENT_W, first_top)]
        f2 = [frame('body', MARGIN, bottom, CONTENT_W, top)]
    elif layout == 'sidebar':
        f1 = [frame('p1', MARGIN, bottom, CONTENT_W - SIDEBAR_W - SIDEBAR_GUTTER, first_top)]
        f2 = [frame('body', MARGIN, bottom, CONTENT_W, top)]
    else:
        cw = (CONTENT_W - COL_GUTTER) / 2
        f1 = [frame('p1c1', MARGIN, bottom, cw, first_top),
              frame('p1c2', MARGIN + cw + COL_GUTTER, bottom, cw, first_top)]
        f2 = [frame('c1', MARGIN, bottom, cw, top),
              frame('c2', MARGIN + cw + COL_GUTTER, bottom, cw, top)]
    templates = [
        PageTemplate('first', f1, onPage=on_page, onPageEnd=on_page_end, pagesize=A4,
                     autoNextPageTemplate='later'),
        PageTemplate('later', f2, onPage=on_page, onPageEnd=on_page_end, pagesize=A4),
    ]
    title = next((inline(b['text'])[1] for b in blocks if b['type'] == 'h1'), '')
    author = inline(cfg['letterhead'][0])[1] if cfg['letterhead'] else ''
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, pageTemplates=templates, title=title,
                          author=author, creator='klartjek make_samples.py',
                          leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=MARGIN, invariant=1,
                          initialFontName=styles['fam']['normal'], initialFontSize=cfg['size'])
    ctx.doc = doc
    story = build_story(blocks, ctx)

    doc.build(story)
    return buf.getvalue(), doc.page, ctx


def check_glyphs(cfg, blocks, footnotes):
    fam = font_family(cfg['font'])
    texts = []
    for k in MULTI_KEYS:
        texts.extend(cfg[k])
    for b in blocks:
        if b['type'] == 'table':
            texts.extend(c for row in b['rows'] for c in row)
        elif 'text' in b:
            texts.append(b['text'])
            texts.append(b.get('marker', ''))
    texts.extend(f['text'] for f in footnotes.values())
    missing = set()
    for t in texts:
        for ch in inline(t)[1]:
            if ch in '\n':
                continue
            for v in ('normal', 'bold', 'italic'):
                if not font_has(fam[v], ch):
                    missing.add(ch)
    if missing:
        raise SourceError('characters missing from font %s: %s' % (
            cfg['font'], ', '.join('U+%04X' % ord(c) for c in sorted(missing))))


def rendered_lines(ctx, image_pages):
    skip = set(image_pages)
    groups = {}
    for page, gid, full, part in ctx.records:
        groups.setdefault(gid, []).append((page, full, part))
    out = []
    done = set()
    for page, gid, full, part in ctx.records:
        if gid in done:
            continue
        done.add(gid)
        parts = groups[gid]
        if not any(p in skip for p, _, _ in parts):
            out.append(full)
        else:
            out.extend(pt for p, _, pt in parts if p not in skip and pt.strip())
    return out


# --------------------------------------------------------------------------- post-processing

# Fixed AES-256 (V5/R6) encryption dictionary: user password "", owner password
# "klartjek-ejer", all permissions.  Made once with
#   qpdf --encrypt "" klartjek-ejer 256 -- in.pdf out.pdf
# qpdf picks a random file key and random salts for R6, so `--encrypt` output can never be
# byte-stable; copying this fixed dictionary (--copy-encryption) plus --static-id and
# --static-aes-iv makes it reproducible.
ENCRYPT_DICT = (
    '<< /CF << /StdCF << /AuthEvent /DocOpen /CFM /AESV3 /Length 32 >> >> /Filter /Standard '
    '/Length 256 '
    '/O <c944cc02cfd9f93ce8e8957438b7b8df5719095a638ec639f0ef7ba89b13b42f'
    '047c2e832876293c7ce0ce740044fd2b> '
    '/OE <756202b84579e8dda62ac68115e9803731b102eb10fc1fda561ea2f5cad4343e> '
    '/P -4 /Perms <5fe1aefd5efd526c1e1e753e80584a4f> /R 6 /StmF /StdCF /StrF /StdCF '
    '/U <bd4c9e28f5fe31a3293a0d4e36e8b0ffc4f5549716359617d04be9bac7d940347782bb601cc0e869'
    'f56fc0a0b15da7e0> '
    '/UE <17b152ad05566da140000f424cf7d106ac0da10b5e7bb3c5319f90d9564549c5> /V 5 >>')
ENCRYPT_ID = '93f779ecd1f2924a75b2cd56e4383cfa'
OWNER_PASSWORD = 'klartjek-ejer'


def write_encryption_reference(path):
    objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>',
            ENCRYPT_DICT]
    out = b'%PDF-1.7\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (i, o)).encode('ascii')
    xref = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode('ascii')
    for o in offs:
        out += ('%010d 00000 n \n' % o).encode('ascii')
    out += ('trailer\n<< /Size %d /Root 1 0 R /Encrypt 3 0 R /ID [<%s> <%s>] >>\n'
            'startxref\n%d\n%%%%EOF\n' % (len(objs) + 1, ENCRYPT_ID, ENCRYPT_ID, xref)
            ).encode('ascii')
    with open(path, 'wb') as f:
        f.write(out)


def run(cmd):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    ok = (0, 3) if cmd[0] == 'qpdf' else (0,)  # qpdf exit code 3 = warnings only
    if r.returncode not in ok:
        raise RuntimeError('%s failed (%d): %s' % (' '.join(cmd), r.returncode,
                                                    r.stderr.decode('utf-8', 'replace')))
    return r


def image_page_pdf(text_pdf, page, tmp):
    prefix = os.path.join(tmp, 'img%d' % page)
    run(['pdftoppm', '-r', '150', '-gray', '-png', '-f', str(page), '-l', str(page),
         '-singlefile', text_pdf, prefix])
    out = os.path.join(tmp, 'img%d.pdf' % page)
    # a TrueType initial font keeps reportlab from adding an unused Helvetica resource
    c = rl_canvas.Canvas(out, pagesize=A4, invariant=1, pageCompression=1,
                         initialFontName=font_family('sans')['normal'])
    with Image.open(prefix + '.png') as im:
        # grayscale like a scan; an ImageReader (not a file name) makes the XObject name a
        # digest of the pixels, so the output does not depend on the temp directory name
        img = ImageReader(im.convert('L'))
    c.drawImage(img, 0, 0, PAGE_W, PAGE_H)
    c.showPage()
    c.save()
    return out


def postprocess(pdf_bytes, npages, cfg, out_path):
    if not cfg['image_pages'] and not cfg['encrypt']:
        with open(out_path, 'wb') as f:
            f.write(pdf_bytes)
        return
    with tempfile.TemporaryDirectory(prefix='klartjek-') as tmp:
        cur = os.path.join(tmp, 'text.pdf')
        with open(cur, 'wb') as f:
            f.write(pdf_bytes)
        if cfg['image_pages']:
            imgs = {p: image_page_pdf(cur, p, tmp) for p in cfg['image_pages']}
            spec = []
            start = 1
            for p in cfg['image_pages']:
                if p > start:
                    spec += [cur, '%d-%d' % (start, p - 1)]
                spec += [imgs[p], '1']
                start = p + 1
            if start <= npages:
                spec += [cur, '%d-%d' % (start, npages)]
            nxt = os.path.join(tmp, 'assembled.pdf')
            run(['qpdf', '--deterministic-id', cur, '--pages'] + spec + ['--', nxt])
            cur = nxt
        if cfg['encrypt']:
            ref = os.path.join(tmp, 'encref.pdf')
            write_encryption_reference(ref)
            nxt = os.path.join(tmp, 'encrypted.pdf')
            run(['qpdf', '--static-id', '--static-aes-iv', '--copy-encryption=' + ref,
                 '--encryption-file-password=', cur, nxt])
            cur = nxt
        with open(cur, 'rb') as f:
            data = f.read()
    with open(out_path, 'wb') as f:
        f.write(data)


# --------------------------------------------------------------------------- txt format

def render_txt(cfg, blocks, footnotes):
    """Plain-text letter (wrapped at 76 columns) and its rendered lines."""
    out, rend = [], []

    def plain(src):
        return RE_FNREF.sub(lambda m: '[%s]' % m.group(1), inline(src)[1])

    def para(text, first='', rest=''):
        out.extend(textwrap.wrap(text, 76, initial_indent=first, subsequent_indent=rest,
                                 break_long_words=False, break_on_hyphens=False))

    def blank():
        if out and out[-1] != '':
            out.append('')

    hf = lambda ln: plain(ln.replace('{page}', '1').replace('{pages}', '1'))  # noqa: E731
    for ln in cfg['header']:
        out.append(hf(ln))
        rend.append(hf(ln))
    blank()
    for ln in cfg['letterhead']:
        out.append(plain(ln))
        rend.append(plain(ln))
    blank()
    for ln in cfg['recipient']:
        out.append(plain(ln))
        rend.append(plain(ln))
    blank()
    prev = None
    for b in blocks:
        t = b['type']
        if t == 'pagebreak':
            blank()
            continue
        if t in ('bullet', 'num'):
            if prev not in ('bullet', 'num'):
                blank()
            m = '-' if t == 'bullet' else b['marker']
            txt = plain(b['text'])
            para(txt, m + ' ', ' ' * (len(m) + 1))
            rend.append('%s %s' % (m, txt))
        elif t == 'table':
            blank()
            for row in b['rows']:
                cells = [plain(c) for c in row]
                out.append('  '.join(c for c in cells if c))
                rend.extend(c for c in cells if c)
            blank()
        elif t == 'quote':
            blank()
            txt = plain(b['text'])
            para(txt, '    ', '    ')
            rend.append(txt)
            blank()
        else:
            blank()
            txt = plain(b['text'])
            if t in ('h1', 'h2'):
                out.append(txt)
            else:
                para(txt)
                blank()
            rend.append(txt)
        prev = t
    if footnotes:
        blank()
        out.append('-' * 20)
        for label in footnotes:  # definition order
            txt = '[%s] %s' % (label, plain(footnotes[label]['text']))
            para(txt, '', ' ' * (len(label) + 3))
            rend.append(txt)
    if cfg['footer']:
        blank()
        for ln in cfg['footer']:
            out.append(hf(ln))
            rend.append(hf(ln))
    while out and out[-1] == '':
        out.pop()
    return '\n'.join(out) + '\n', rend


# --------------------------------------------------------------------------- driver

def render_source(src, out_dir, rendered_dir):
    cfg, blocks, footnotes = parse_source(src)
    stem = os.path.splitext(os.path.basename(src))[0]
    rendered_path = os.path.join(rendered_dir, stem + '.rendered.txt')
    if cfg['format'] == 'txt':
        text, rend = render_txt(cfg, blocks, footnotes)
        out_path = os.path.join(out_dir, stem + '.txt')
        with open(out_path, 'w', encoding='utf-8') as f:
            f.write(text)
    else:
        check_glyphs(cfg, blocks, footnotes)
        _, npages, _ = render_pdf_pass(cfg, blocks, footnotes, 0)
        pdf, npages2, ctx = render_pdf_pass(cfg, blocks, footnotes, npages)
        if npages2 != npages:
            raise RuntimeError('page count changed between passes (%d -> %d)' % (npages, npages2))
        bad = [p for p in cfg['image_pages'] if p > npages]
        if bad:
            raise SourceError('@image-pages %s beyond the last page (%d pages)' % (bad, npages))
        out_path = os.path.join(out_dir, stem + '.pdf')
        postprocess(pdf, npages, cfg, out_path)
        rend = rendered_lines(ctx, cfg['image_pages'])
        for w in ctx.warnings:
            print('%s: warning: %s' % (src, w), file=sys.stderr)
    for r in rend:
        if '\n' in r or '\xad' in r:
            raise AssertionError('bad rendered line %r' % r)
    with open(rendered_path, 'w', encoding='utf-8') as f:
        f.write(''.join(r + '\n' for r in rend))
    return out_path, rendered_path


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('sources', nargs='*', metavar='SRC',
                    help='source files (default: samples/src/*.txt except *.rendered.txt)')
    ap.add_argument('--out', metavar='DIR',
                    help='write the PDF/txt and the rendered.txt into DIR '
                         '(default: samples/ and samples/src/)')
    args = ap.parse_args(argv)
    sources = args.sources or sorted(
        p for p in glob.glob(os.path.join(HERE, 'src', '*.txt'))
        if not p.endswith('.rendered.txt'))
    if args.out:
        os.makedirs(args.out, exist_ok=True)
    failed = 0
    for src in sources:
        if src.endswith('.rendered.txt'):
            continue
        out_dir = args.out or HERE
        rendered_dir = args.out or os.path.join(HERE, 'src')
        try:
            out_path, rendered_path = render_source(src, out_dir, rendered_dir)
        except SourceError as e:
            failed += 1
            print('%s: SOURCE ERROR: %s' % (src, e), file=sys.stderr)
            continue
        except Exception as e:  # report and go on with the other sources
            failed += 1
            print('%s: FAILED: %s: %s' % (src, type(e).__name__, e), file=sys.stderr)
            continue
        print('%s -> %s, %s' % (src, os.path.relpath(out_path), os.path.relpath(rendered_path)))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
