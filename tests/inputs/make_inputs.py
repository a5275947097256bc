#!/usr/bin/python3
"""Create hand-made test inputs in tests/inputs/ (run with Debian's /usr/bin/python3; needs
python3-reportlab, fonts-liberation2 and qpdf):

    /usr/bin/python3 tests/inputs/make_inputs.py

garbled.pdf -- a one-page Danish decision letter (~150 words) whose text layer extracts as
junk: it is rendered normally with reportlab, then every ToUnicode CMap is rewritten so that
each character code maps into the Unicode Private Use Area (U+E000 + code), except every
seventh code, which maps to U+FFFD.  The glyphs still look right on screen, so the page is
readable for a human but `pdftotext` yields PUA/U+FFFD characters only.

The output is byte-deterministic (reportlab invariant mode, qpdf --deterministic-id).
"""

import io
import os
import re
import subprocess
import sys
import tempfile

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
LIB2 = '/usr/share/fonts/truetype/liberation2/'

LETTERHEAD = ['<b>Silkeborg Kommune</b>', 'Borgerservice og Ydelser', 'Søvej 1, 8600 Silkeborg',
              'Sagsbehandler: Lone Kjærgaard', 'Dokumentnummer: 2024-55102', '8. februar 2024']
RECIPIENT = ['Peter Løvgren', 'Østergade 12, 1. tv.', '8600 Silkeborg']
HEADING = 'Afgørelse om enkeltydelse til tandbehandling'
BODY = [
    'Du har den 15. januar 2024 søgt om hjælp til betaling af tandbehandling efter '
    'aktivlovens § 82 a. Vi har behandlet din ansøgning og kan oplyse, at du får bevilget '
    '4.850 kr. til den behandling, som din tandlæge har beskrevet i overslaget.',
    'Vi har lagt vægt på, at du har modtaget kontanthjælp i mere end seks måneder, at '
    'behandlingen er nødvendig, og at du ikke selv har mulighed for at betale udgiften. '
    'Beløbet udbetales direkte til tandlægen, når behandlingen er afsluttet, og regningen '
    'er sendt til os.',
    'Du kan klage over afgørelsen. Klagen skal være modtaget senest fire uger efter, at du '
    'har fået dette brev. Send klagen til Silkeborg Kommune, som vurderer sagen igen. '
    'Fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.',
]
CLOSING = ['Med venlig hilsen', 'Lone Kjærgaard', 'Socialrådgiver']


def render_letter():
    for name, f in (('LS', 'LiberationSans-Regular.ttf'), ('LSB', 'LiberationSans-Bold.ttf')):
        pdfmetrics.registerFont(TTFont(name, LIB2 + f))
    pdfmetrics.registerFontFamily('LS', normal='LS', bold='LSB', italic='LS', boldItalic='LSB')
    body = ParagraphStyle('b', fontName='LS', fontSize=11, leading=14.5, spaceAfter=8,
                          alignment=TA_LEFT)
    small = ParagraphStyle('s', fontName='LS', fontSize=9, leading=11.5)
    head = ParagraphStyle('h', fontName='LSB', fontSize=13, leading=16, spaceBefore=24,
                          spaceAfter=8)
    addr = ParagraphStyle('a', parent=body, spaceAfter=0)
    left = [Paragraph(x, addr) for x in RECIPIENT]
    right = [Paragraph(x, small) for x in LETTERHEAD]
    top = Table([[left, right]], colWidths=[9 * cm, 6.9 * cm], hAlign='LEFT')
    top.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'),
                             ('FONTNAME', (0, 0), (-1, -1), 'LS'),  # no stray Helvetica
                             ('LEFTPADDING', (0, 0), (-1, -1), 0)]))
    story = [top, Paragraph(HEADING, head)]
    story += [Paragraph(x, body) for x in BODY]
    story += [Spacer(1, 6)] + [Paragraph(x, body) for x in CLOSING]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.5 * cm, bottomMargin=2.5 * cm, invariant=1,
                            initialFontName='LS', title=HEADING, author='Silkeborg Kommune')
    doc.build(story)
    return buf.getvalue()


def garble_cmap(text):
    """Rewrite bfchar / bfrange destinations of a ToUnicode CMap into the PUA / U+FFFD."""
    def dst(code):
        return 'FFFD' if code % 7 == 3 else '%04X' % (0xE000 + code)

    def bfchar(m):
        lines = []
        for src in re.findall(r'<([0-9A-Fa-f]+)>\s*<[0-9A-Fa-f]+>', m.group(2)):
            lines.append('<%s> <%s>' % (src, dst(int(src, 16))))
        return '%s beginbfchar\n%s\nendbfchar' % (m.group(1), '\n'.join(lines))

    def bfrange(m):
        lines = []
        for a, b in re.findall(r'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<[0-9A-Fa-f]+>|\[[^\]]*\])',
                               m.group(2)):
            lo, hi = int(a, 16), int(b, 16)
            lines.append('<%s> <%s> [%s]' % (a, b, ' '.join('<%s>' % dst(c)
                                                             for c in range(lo, hi + 1))))
        return '%s beginbfrange\n%s\nendbfrange' % (m.group(1), '\n'.join(lines))

    n_before = len(text)
    text = re.sub(r'(\d+) beginbfchar(.*?)endbfchar', bfchar, text, flags=re.S)
    text = re.sub(r'(\d+) beginbfrange(.*?)endbfrange', bfrange, text, flags=re.S)
    return text, n_before


def garble(pdf_bytes, out_path):
    with tempfile.TemporaryDirectory(prefix='klartjek-inputs-') as tmp:
        src = os.path.join(tmp, 'letter.pdf')
        qdf = os.path.join(tmp, 'letter.qdf.pdf')
        fixed = os.path.join(tmp, 'fixed.qdf.pdf')
        with open(src, 'wb') as f:
            f.write(pdf_bytes)
        subprocess.run(['qpdf', '--qdf', '--object-streams=disable', src, qdf], check=True)
        data = open(qdf, 'rb').read().decode('latin-1')
        # ToUnicode object numbers
        tu = set(re.findall(r'/ToUnicode (\d+) 0 R', data))
        if not tu:
            raise SystemExit('no ToUnicode CMap found')
        count = 0
        for num in tu:
            m = re.search(r'(\n%s 0 obj\n.*?\nstream\n)(.*?)(endstream)' % num, data, flags=re.S)
            new, _ = garble_cmap(m.group(2))
            data = data[:m.start(2)] + new + data[m.end(2):]
            count += 1
        with open(qdf, 'wb') as f:
            f.write(data.encode('latin-1'))
        # fix-qdf recomputes stream lengths and the xref table
        with open(qdf, 'rb') as fi, open(fixed, 'wb') as fo:
            subprocess.run(['fix-qdf'], stdin=fi, stdout=fo, check=True)
        subprocess.run(['qpdf', '--deterministic-id', '--compress-streams=y',
                        '--object-streams=generate', fixed, out_path], check=True)
    return count


def main():
    out = os.path.join(HERE, 'garbled.pdf')
    n = garble(render_letter(), out)
    txt = subprocess.run(['pdftotext', out, '-'], stdout=subprocess.PIPE,
                         check=True).stdout.decode('utf-8')
    chars = [c for c in txt if not c.isspace()]
    junk = sum(1 for c in chars if '\ue000' <= c <= '\uf8ff' or c == '\ufffd')
    print('%s: %d ToUnicode CMaps rewritten; pdftotext: %d non-space chars, %d (%.1f%%) PUA/U+FFFD'
          % (os.path.relpath(out), n, len(chars), junk, 100.0 * junk / max(len(chars), 1)))
    if not chars or junk < 0.95 * len(chars):
        print('garbling failed', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
