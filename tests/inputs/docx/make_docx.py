#!/usr/bin/python3
"""Write the DOCX test fixtures of tests/inputs/docx/ (Python standard library only).

    /usr/bin/python3 tests/inputs/docx/make_docx.py

Writes, deterministically (fixed ZIP timestamps):
  samples/NN-slug.docx   every sample letter source (samples/src/NN-slug.txt, samples/FORMAT.md)
                         rendered as a Word document: the letterhead in a text box (a
                         drawing with mc:AlternateContent, the same box again in the VML
                         Fallback), the recipient as one paragraph with line breaks, running
                         header and footer parts with PAGE/NUMPAGES fields, headings as
                         Heading 1/2, bullets as numbered list paragraphs, tables, footnotes,
                         bold runs, soft hyphens, and every paragraph cut into several runs;
  constructs/*.docx      one small letter per construct the reader must handle;
  bad/*                  inputs that must be refused with one Danish line;
  expect.json            what tests/unit/test_docx.cpp checks for each constructs/ and bad/ file;
  labels.json            samples/labels.json with the file names of samples/*.docx (for eval).

The generated files are committed; tests never run this script.
"""

import io
import json
import os
import re
import struct
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
STAMP = (2024, 1, 1, 0, 0, 0)

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NS = ('xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"' % W)
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

STYLES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="%s">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Overskrift3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="MinOverskrift"><w:name w:val="Min overskrift"/><w:basedOn w:val="Overskrift2"/></w:style>
<w:style w:type="paragraph" w:styleId="Listeafsnit"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Opstilling-punkttegn"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Citat"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Fodnotetekst"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="character" w:styleId="Fodnotehenvisning"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
</w:styles>''' % W

NUMBERING = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="%s">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>''' % W


# --------------------------------------------------------------------------- XML pieces

def t(text):
    return '<w:t xml:space="preserve">%s</w:t>' % escape(text)


def run(text, bold=False, extra_rpr=''):
    rpr = ('<w:b/>' if bold else '') + extra_rpr
    return '<w:r>%s%s</w:r>' % ('<w:rPr>%s</w:rPr>' % rpr if rpr else '', t(text))


def split_runs(text, bold=False, every=23):
    """Cut text into runs at fixed positions (inside words too), as Word does after edits."""
    out = []
    for i in range(0, len(text), every):
        out.append(run(text[i:i + every], bold))
    return ''.join(out)


def para(inner, style=None, num=False, ppr_extra=''):
    ppr = ''
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if num:
        ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    ppr += ppr_extra
    return '<w:p>%s%s</w:p>' % ('<w:pPr>%s</w:pPr>' % ppr if ppr else '', inner)


def p(text, style=None, num=False, bold=False):
    return para(split_runs(text, bold), style, num)


def field_complex(code, result):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            % (escape(code), run(result)))


def field_simple(code, result):
    return '<w:fldSimple w:instr=" %s ">%s</w:fldSimple>' % (escape(code, {'"': '&quot;'}), run(result))


def text_box(paragraphs_xml, fallback=True):
    """A floating text box: DrawingML shape in mc:Choice, the same content in a VML Fallback."""
    choice = ('<w:drawing><wp:anchor><wp:docPr id="1" name="Tekstfelt 1"/><a:graphic><a:graphicData>'
              '<wps:wsp><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx></wps:wsp>'
              '</a:graphicData></a:graphic></wp:anchor></w:drawing>' % paragraphs_xml)
    if not fallback:
        return '<w:r>%s</w:r>' % choice
    fb = '<w:pict><v:shape><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict>' % paragraphs_xml
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps">%s</mc:Choice><mc:Fallback>%s</mc:Fallback>'
            '</mc:AlternateContent></w:r>' % (choice, fb))


def table(rows, header=False):
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="Tabel-Gitter"/></w:tblPr>']
    for k, row in enumerate(rows):
        out.append('<w:tr>')
        for cell in row:
            inner = cell if cell.startswith('<w:') else p(cell, bold=header and k == 0)
            out.append('<w:tc><w:tcPr/>%s</w:tc>' % inner)
        out.append('</w:tr>')
    out.append('</w:tbl>')
    return ''.join(out)


def footnote_ref(fid):
    return '<w:r><w:rPr><w:rStyle w:val="Fodnotehenvisning"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>' % fid


def endnote_ref(fid):
    return '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="%d"/></w:r>' % fid


def notes_part(kind, notes):
    """notes: list of (id, paragraph inner xml)."""
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:%ss %s>' % (kind, NS),
           '<w:%s w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:%s>' % (kind, kind),
           '<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:%s>' % (kind, kind)]
    for fid, inner in notes:
        out.append('<w:%s w:id="%d"><w:p><w:pPr><w:pStyle w:val="Fodnotetekst"/></w:pPr>'
                   '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:%sRef/></w:r>%s</w:p></w:%s>'
                   % (kind, fid, kind, run(' ') + inner, kind))
    out.append('</w:%ss>' % kind)
    return ''.join(out)


def hdr_part(kind, paragraphs_xml):
    tag = 'hdr' if kind == 'header' else 'ftr'
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:%s %s>%s</w:%s>' % (tag, NS, paragraphs_xml, tag)


def docx(body, footnotes=None, endnotes=None, header=None, footer=None, first_header=None, comments=None,
         sect_extra=''):
    """Returns the bytes of a .docx with the given body XML and optional parts."""
    rels = [('rIdStyles', 'styles', 'styles.xml'), ('rIdNum', 'numbering', 'numbering.xml')]
    ct = [('/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'),
          ('/word/styles.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml'),
          ('/word/numbering.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml')]
    parts = {'word/styles.xml': STYLES, 'word/numbering.xml': NUMBERING}
    sect = ''
    if first_header is not None:
        parts['word/header2.xml'] = hdr_part('header', first_header)
        rels.append(('rIdH2', 'header', 'header2.xml'))
        ct.append(('/word/header2.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml'))
        sect += '<w:headerReference w:type="first" r:id="rIdH2"/>'
    if header is not None:
        parts['word/header1.xml'] = hdr_part('header', header)
        rels.append(('rIdH1', 'header', 'header1.xml'))
        ct.append(('/word/header1.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml'))
        sect += '<w:headerReference w:type="default" r:id="rIdH1"/>'
    if footer is not None:
        parts['word/footer1.xml'] = hdr_part('footer', footer)
        rels.append(('rIdF1', 'footer', 'footer1.xml'))
        ct.append(('/word/footer1.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml'))
        sect += '<w:footerReference w:type="default" r:id="rIdF1"/>'
    if first_header is not None:
        sect += '<w:titlePg/>'
    for kind, notes in (('footnote', footnotes), ('endnote', endnotes)):
        if notes:
            parts['word/%ss.xml' % kind] = notes_part(kind, notes)
            rels.append(('rId%s' % kind, '%ss' % kind, '%ss.xml' % kind))
            ct.append(('/word/%ss.xml' % kind, 'application/vnd.openxmlformats-officedocument.wordprocessingml.%ss+xml' % kind))
    if comments:
        if isinstance(comments, str):
            comments = [(0, comments)]
        parts['word/comments.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments %s>%s</w:comments>'
                                      % (NS, ''.join('<w:comment w:id="%d" w:author="Sagsbehandler">%s</w:comment>' % (i, p(c))
                                                     for i, c in comments)))
        rels.append(('rIdC', 'comments', 'comments.xml'))
        ct.append(('/word/comments.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml'))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s'
                '<w:sectPr>%s%s<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
                % (NS, body, sect, sect_extra))
    parts['word/document.xml'] = document
    parts['word/_rels/document.xml.rels'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + ''.join('<Relationship Id="%s" Type="%s/%s" Target="%s"/>' % (i, REL, ty, tg) for i, ty, tg in rels)
        + '</Relationships>')
    parts['_rels/.rels'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/></Relationships>' % REL)
    parts['[Content_Types].xml'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + ''.join('<Override PartName="%s" ContentType="%s"/>' % o for o in ct) + '</Types>')
    order = ['[Content_Types].xml', '_rels/.rels', 'word/document.xml'] + sorted(k for k in parts if k not in (
        '[Content_Types].xml', '_rels/.rels', 'word/document.xml'))
    return zip_bytes([(name, parts[name]) for name in order])


def zip_bytes(entries, compress=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = compress
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode('utf-8') if isinstance(data, str) else data)
    return buf.getvalue()


# --------------------------------------------------------------------------- sample letters

RE_FNREF = re.compile(r'\[\^([^\]\s]+)\]')


def parse_sample(path):
    """A small reading of samples/FORMAT.md: header values and body blocks."""
    lines = open(path, encoding='utf-8').read().replace('\r\n', '\n').split('\n')
    meta, i = {}, 0
    while i < len(lines) and lines[i].startswith('@'):
        k, _, v = lines[i][1:].partition(':')
        meta[k.strip().lower()] = v.strip()
        i += 1
    blocks, notes, cur = [], {}, None
    for raw in lines[i + 1:]:
        s = raw.strip()
        if not s:
            cur = None
            continue
        if s == '<<pagebreak>>':
            blocks.append({'type': 'pagebreak'})
            cur = None
            continue
        m = re.match(r'^\[\^([^\]\s]+)\]:\s*(.*)$', s)
        if m:
            cur = {'type': 'fndef', 'text': m.group(2)}
            notes[m.group(1)] = cur
            continue
        m = re.match(r'^(#{1,2})\s+(.*)$', s)
        if m:
            blocks.append({'type': 'h1' if len(m.group(1)) == 1 else 'h2', 'text': m.group(2)})
            cur = None
            continue
        if s.startswith('|'):
            if cur is None or cur['type'] != 'table':
                cur = {'type': 'table', 'rows': [], 'header': False}
                blocks.append(cur)
            if re.match(r'^\|(\s*:?-{2,}:?\s*\|)+$', s):
                cur['header'] = True
            else:
                cur['rows'].append([c.strip() for c in s[1:-1].split('|')])
            continue
        if s == '>' or s.startswith('> '):
            body = s[1:].strip()
            if cur is not None and cur['type'] == 'quote':
                if body:
                    cur['text'] += ' ' + body
                else:
                    cur = None
            elif body:
                cur = {'type': 'quote', 'text': body}
                blocks.append(cur)
            continue
        m = re.match(r'^-\s+(.*)$', s)
        if m:
            cur = {'type': 'bullet', 'text': m.group(1)}
            blocks.append(cur)
            continue
        m = re.match(r'^(\d{1,3}\)|[a-zæøå]\)|[ivx]{1,5}\))\s+(.*)$', s)
        m2 = re.match(r'^(\d{1,3}\.)\s+(.*)$', s)
        if m or (m2 and (cur is None or cur['type'] in ('bullet', 'num', 'table'))):
            m = m or m2
            cur = {'type': 'num', 'text': m.group(1) + ' ' + m.group(2)}
            blocks.append(cur)
            continue
        if cur is not None and cur['type'] in ('p', 'bullet', 'num', 'quote', 'fndef'):
            cur['text'] += ' ' + s
            continue
        cur = {'type': 'p', 'text': s}
        blocks.append(cur)
    return meta, blocks, notes


class Notes:
    def __init__(self, defs):
        self.defs, self.ids, self.parts = defs, {}, []

    def ref(self, label):
        if label not in self.ids:
            self.ids[label] = len(self.ids) + 1
            self.parts.append((self.ids[label], inline_xml(self.defs[label]['text'], None)))
        return footnote_ref(self.ids[label])


def inline_xml(src, notes, every=23):
    """Sample markup (**bold**, \\- soft hyphen, [^n] notes) to runs, cut every few characters."""
    out = []
    pos = 0
    tokens = re.split(r'(\*\*|\[\^[^\]\s]+\]|\\-)', src)
    bold = False
    for tok in tokens:
        if tok == '**':
            bold = not bold
        elif tok == '\\-':
            out.append('<w:r><w:softHyphen/></w:r>')
        elif RE_FNREF.fullmatch(tok or ''):
            out.append(notes.ref(tok[2:-1]) if notes else '')
        elif tok:
            for i in range(0, len(tok), every):
                out.append(run(tok[i:i + every], bold))
            pos += len(tok)
    return ''.join(out)


def header_lines(values, fields=True):
    out = []
    for v in values:
        pieces = re.split(r'(\{page\}|\{pages\})', v)
        xml = ''
        for piece in pieces:
            if piece == '{page}':
                xml += field_complex('PAGE \\* MERGEFORMAT', '1')
            elif piece == '{pages}':
                xml += field_simple('NUMPAGES', '1')
            elif piece:
                xml += run(piece)
        out.append(para(xml))
    return ''.join(out)


def sample_docx(path):
    meta, blocks, defs = parse_sample(path)
    notes = Notes(defs)
    split = lambda key: [s.strip() for s in meta.get(key, '').split(' | ') if s.strip()]
    body = []
    letterhead, recipient = split('letterhead'), split('recipient')
    box = text_box(''.join(p(line) for line in letterhead)) if letterhead else ''
    if recipient:
        xml = box
        for k, line in enumerate(recipient):
            if k:
                xml += '<w:r><w:br/></w:r>'
            xml += split_runs(line)
        body.append(para(xml))
    elif box:
        body.append(para(box))
    for b in blocks:
        ty = b['type']
        if ty == 'pagebreak':
            body.append(para('<w:r><w:br w:type="page"/></w:r>'))
        elif ty in ('h1', 'h2'):
            body.append(para(inline_xml(b['text'], notes), 'Overskrift1' if ty == 'h1' else 'Overskrift2'))
        elif ty == 'bullet':
            body.append(para(inline_xml(b['text'], notes), 'Listeafsnit', num=True))
        elif ty == 'num':
            body.append(para(inline_xml(b['text'], notes), 'Listeafsnit'))
        elif ty == 'quote':
            body.append(para(inline_xml(b['text'], notes), 'Citat'))
        elif ty == 'table':
            rows = [[para(inline_xml(c, notes) if not (b['header'] and k == 0) else inline_xml('**%s**' % c if c else c, notes))
                     for c in row] for k, row in enumerate(b['rows'])]
            body.append(table(rows))
        else:
            body.append(para(inline_xml(b['text'], notes)))
    header = header_lines(split('header')) if split('header') else None
    footer = header_lines(split('footer')) if split('footer') else None
    return docx(''.join(body), footnotes=notes.parts or None, header=header, footer=footer)


# --------------------------------------------------------------------------- constructs

LETTER_START = [
    p('Vi har truffet afgørelse om din ansøgning om en rollator efter § 112 i serviceloven.'),
]


def constructs():
    """(name, bytes, expectations) for each construct."""
    out = []

    def add(name, data, **expect):
        out.append((name, data, expect))

    # Headings by style (Title, Heading 1-3, a custom style based on Heading 2, outline level),
    # a bold typed heading, list paragraphs by numbering and by style.
    add('headings-lists', docx(
        p('Afgørelse om hjælpemiddel', 'Titel')
        + p('Det har du søgt om', 'Overskrift1')
        + p('Vi har truffet afgørelse om din ansøgning om en rollator.')
        + p('Begrundelse', 'Overskrift2')
        + p('Vurdering af behovet', 'Overskrift3')
        + p('Særlige forhold', 'MinOverskrift')
        + p('Lovgrundlag', bold=True)
        + p('Du har oplyst følgende forhold:')
        + p('at du går dårligt på trapper', 'Listeafsnit', num=True)
        + p('at du bor alene', 'Opstilling-punkttegn')
        + p('at du har søgt før', num=True)
        + p('Vi har lagt vægt på lægens udtalelse.')),
        paragraphs=[
            {'text': 'Afgørelse om hjælpemiddel', 'zone': 'body', 'kind': 'heading', 'afsnit': 1},
            {'text': 'Det har du søgt om', 'kind': 'heading', 'afsnit': 2},
            {'text': 'Vi har truffet afgørelse om din ansøgning om en rollator.', 'kind': 'text', 'afsnit': 3},
            {'text': 'Begrundelse', 'kind': 'heading'},
            {'text': 'Vurdering af behovet', 'kind': 'heading'},
            {'text': 'Særlige forhold', 'kind': 'heading'},
            {'text': 'Lovgrundlag', 'kind': 'heading'},
            {'text': 'Du har oplyst følgende forhold:', 'kind': 'text'},
            {'text': 'at du går dårligt på trapper', 'kind': 'list-item'},
            {'text': 'at du bor alene', 'kind': 'list-item'},
            {'text': 'at du har søgt før', 'kind': 'list-item', 'afsnit': 11},
        ])

    # A table: rows and cells in order, each cell a paragraph; a nested table inside a cell.
    add('table', docx(
        p('Tabellen viser, hvad du har søgt om, og hvad vi har bevilget.')
        + table([['Ydelse', 'Ansøgt', 'Bevilget'], ['Praktisk hjælp', '4 timer', '2 timer'],
                 ['Ledsagelse', '15 timer', '15 timer']], header=True)
        + table([[p('Ydre celle'), table([['Indre celle A', 'Indre celle B']])]])
        + p('Vi har lagt vægt på din funktionsevne.')),
        order=['Tabellen viser', 'Ydelse', 'Ansøgt', 'Bevilget', 'Praktisk hjælp', '4 timer', '2 timer',
               'Ledsagelse', '15 timer', 'Ydre celle', 'Indre celle A', 'Indre celle B', 'Vi har lagt vægt'],
        paragraphs=[{'text': 'Praktisk hjælp', 'zone': 'body', 'kind': 'text', 'afsnit': 5}])

    # Footnotes and endnotes: the mark is glued to its word (superscript), the note text is a
    # footnote paragraph starting with its number; numbered in the order of reference.
    add('footnotes', docx(
        para(run('Afgørelsen er truffet efter serviceloven') + footnote_ref(7) + run(' og barnets lov') + footnote_ref(3) + run('.'))
        + para(run('Se også vejledningen') + endnote_ref(2) + run('.')),
        footnotes=[(3, run('Barnets lov § 90, stk. 1.')), (7, run('Lov om social service § 112.'))],
        endnotes=[(2, run('Vejledning nr. 10 om hjælpemidler.'))]),
        contains=['serviceloven\u00b9 og barnets lov\u00b2.', 'vejledningen\u00b9.'],
        paragraphs=[{'text': '1 Lov om social service § 112.', 'zone': 'footnote', 'kind': 'text'},
                    {'text': '2 Barnets lov § 90, stk. 1.', 'zone': 'footnote'},
                    {'text': '1 Vejledning nr. 10 om hjælpemidler.', 'zone': 'footnote'}],
        order=['1 Lov om social service', '2 Barnets lov', '1 Vejledning'],
        locations=[{'text': 'Barnets lov § 90', 'where': 'en fodnote'}])

    # Headers and footers are furniture, read once, never inside the body.
    add('header-footer', docx(
        p('Vi har truffet afgørelse om din ansøgning om en rollator.'),
        header=p('Holbæk Kommune · Handicap og Psykiatri') + p('Sagsnr. 27.12.00'),
        first_header=p('Holbæk Kommune, Kanalstræde 2, 4300 Holbæk') + p('Sagsnr. 27.12.00'),
        footer=para(run('Side ') + field_complex('PAGE', '1') + run(' af ') + field_simple('NUMPAGES', '2'))),
        paragraphs=[{'text': 'Holbæk Kommune · Handicap og Psykiatri', 'zone': 'header'},
                    {'text': 'Holbæk Kommune, Kanalstræde 2, 4300 Holbæk', 'zone': 'header'},
                    {'text': 'Side 1 af 2', 'zone': 'footer'},
                    {'text': 'Vi har truffet afgørelse om din ansøgning om en rollator.', 'zone': 'body', 'afsnit': 1}],
        absent=['PAGE', 'NUMPAGES'], count={'Sagsnr. 27.12.00': 1},
        locations=[{'text': 'Side 1 af 2', 'where': 'sidefoden'},
                   {'text': 'Handicap og Psykiatri', 'where': 'sidehovedet'},
                   {'text': 'rollator', 'where': 'afsnit 1'}])

    # Text boxes: a contact sidebar (letterhead) and a prose box (body); each read once although
    # the box is in both mc:Choice and mc:Fallback.
    contact = p('Vejle Kommune') + p('Skolegade 1') + p('7100 Vejle') + p('Tlf. 76 81 00 00') + p('Sagsnr.: 27.36.08-G01-1-24')
    prose = p('Husk at du altid kan kontakte din sagsbehandler, hvis du har spørgsmål til afgørelsen.')
    add('textbox', docx(
        para(run('Vi har truffet afgørelse om din ansøgning.') + text_box(contact))
        + para(run('Du kan klage over afgørelsen.') + text_box(prose))
        + para(run('Uden fallback.') + text_box(p('Tekst i en boks uden fallback.'), fallback=False))),
        paragraphs=[{'text': 'Vejle Kommune', 'zone': 'letterhead', 'afsnit': 2},
                    {'text': '7100 Vejle', 'zone': 'letterhead'},
                    {'text': 'Husk at du altid kan kontakte din sagsbehandler, hvis du har spørgsmål til afgørelsen.', 'zone': 'body', 'afsnit': 8},
                    {'text': 'Tekst i en boks uden fallback.', 'zone': 'body'}],
        count={'Skolegade 1': 1, 'Husk at du altid': 1, 'Tekst i en boks': 1},
        order=['Vi har truffet afgørelse', 'Vejle Kommune', 'Sagsnr.', 'Du kan klage', 'Husk at du', 'Uden fallback', 'Tekst i en boks'])

    # Content controls (block and inline): the content is read.
    add('content-controls', docx(
        '<w:sdt><w:sdtPr><w:alias w:val="Indledning"/></w:sdtPr><w:sdtContent>'
        + p('Vi har truffet afgørelse om din ansøgning om ledsagelse.') + '</w:sdtContent></w:sdt>'
        + para(run('Du får ') + '<w:sdt><w:sdtPr><w:tag w:val="timer"/></w:sdtPr><w:sdtContent>' + run('15 timer')
               + '</w:sdtContent></w:sdt>' + run(' ledsagelse om måneden.'))),
        contains=['Vi har truffet afgørelse om din ansøgning om ledsagelse.', 'Du får 15 timer ledsagelse om måneden.'])

    # Fields: the result is kept, the code dropped (complex, nested and simple fields).
    add('fields', docx(
        para(run('Dato: ') + field_simple('DATE \\@ "d. MMMM yyyy"', '3. juni 2024'))
        + para(run('Kære ') + field_complex('MERGEFIELD Fornavn', 'Birthe') + run(','))
        + para(run('Se ') + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://x.dk" </w:instrText></w:r>'
               + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run('borger.dk') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
               + run(' for mere.'))),
        contains=['Dato: 3. juni 2024', 'Kære Birthe,', 'Se borger.dk for mere.'],
        absent=['MERGEFIELD', 'HYPERLINK', 'DATE', 'Fornavn', 'x.dk'])

    # Tracked changes: insertions in, deletions out, one info finding.
    add('tracked-changes', docx(
        para(run('Du får ') + '<w:del w:id="1" w:author="A"><w:r><w:delText>ikke </w:delText></w:r></w:del>'
             + '<w:ins w:id="2" w:author="A">' + run('bevilget ') + '</w:ins>' + run('en rollator.'))
        + '<w:del w:id="3" w:author="A"><w:p><w:r><w:delText>Slettet afsnit.</w:delText></w:r></w:p></w:del>'),
        contains=['Du får bevilget en rollator.'], absent=['ikke', 'Slettet'],
        findings=['extract-tracked-changes'])

    # Comments are never read.
    add('comments', docx(
        para('<w:commentRangeStart w:id="0"/>' + run('Vi har truffet afgørelse om din ansøgning.')
             + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'),
        comments='HUSK at tjekke lægens udtalelse inden afsendelse'),
        contains=['Vi har truffet afgørelse om din ansøgning.'], absent=['HUSK', 'lægens'])

    # Comments addressed to klartjek ("klartjek:ignore rule — reason") suppress that rule's findings
    # in the paragraphs they are anchored in: a range around a whole paragraph (markers between
    # paragraphs), a comment on a point (reference only); one without a reason and an ordinary
    # comment suppress nothing. tests/unit/test_baseline.cpp checks which findings move.
    def ref(i):
        return '<w:r><w:commentReference w:id="%d"/></w:r>' % i
    add('ignore-comments', docx(
        p('Dato: 10. januar 2024')
        + p('Afgørelse vedrørende ophør af kontaktperson', 'Overskrift1')
        + p('Kære Vagn Thorsen')
        + p('Deres kontaktpersonordning ophører den 31. januar 2024.')
        + '<w:commentRangeStart w:id="1"/>' + p('Afgørelsen træffes efter servicelovens § 85.') + '<w:commentRangeEnd w:id="1"/>'
        + p('Begrundelse', 'Overskrift1')
        + p('Det fremgår af statusrapporten af 2. januar 2024, at De nu selv deltager i aktiviteter i Værestedet.')
        + p('De har selv oplyst ved mødet den 4. januar 2024, at De ikke længere ønsker besøg hver uge.')
        + para(run('Støtten kan derfor ikke længere bevilges.') + ref(2))
        + p('Hvis Deres situation ændrer sig, kan der ansøges om støtte igen.')
        + p('Klagevejledning', 'Overskrift1')
        + para('<w:commentRangeStart w:id="3"/>' + run('Klage over afgørelsen skal indgives inden 4 uger efter modtagelsen af brevet.')
               + '<w:commentRangeEnd w:id="3"/>' + ref(3))
        + para('<w:commentRangeStart w:id="4"/>' + run('Klagen kan indgives skriftligt eller mundtligt til Hedensted Kommune, tlf. 79 75 50 00.')
               + '<w:commentRangeEnd w:id="4"/>' + ref(4))
        + p('Med venlig hilsen') + p('Hedensted Kommune') + p('Socialafdelingen'),
        comments=[(1, 'klartjek:ignore plain-passive — Standardformulering godkendt af juridisk afdeling'),
                  (2, 'klartjek:ignore plain-passive: Aftalt med borgeren på mødet'),
                  (3, 'klartjek:ignore plain-passive'),
                  (4, 'Husk at ringe til borgeren, før brevet sendes')]),
        contains=['Afgørelsen træffes efter servicelovens § 85.'], absent=['klartjek:ignore', 'Husk at ringe'])

    # Line breaks in one paragraph: an address block becomes one item a line (as in a PDF),
    # prose lines are joined; tabs, no-break hyphens and soft hyphens.
    add('breaks', docx(
        para(run('Birthe Hansen') + '<w:r><w:br/></w:r>' + run('Skovvej 12') + '<w:r><w:br/></w:r>' + run('7400 Herning'))
        + para(run('Vi har modtaget din ansøgning') + '<w:r><w:br/></w:r>' + run('om en rollator.'))
        + para(run('Telefon:') + '<w:r><w:tab/></w:r>' + run('96 28 28 28'))
        + para(run('CPR') + '<w:r><w:noBreakHyphen/></w:r>' + run('nummer og hjælpe') + '<w:r><w:softHyphen/></w:r>'
               + run('middel'))),
        paragraphs=[{'text': 'Birthe Hansen', 'zone': 'body', 'afsnit': 1}, {'text': 'Skovvej 12', 'afsnit': 1},
                    {'text': 'Vi har modtaget din ansøgning om en rollator.', 'afsnit': 2},
                    {'text': 'Telefon: 96 28 28 28'}, {'text': 'CPR-nummer og hjælpemiddel'}])

    # A text imported with a paragraph mark at every line end: a paragraph that starts in lower
    # case after one without a full stop continues it (each keeps its own "afsnit" number); an
    # empty paragraph, a full stop, a table or a list item ends it.
    add('line-paragraphs', docx(
        p('Du kan klage over afgørelsen. Klagen skal være modtaget senest 4')
        + p('uger efter, at du har modtaget afgørelsen. Send klagen til')
        + p('kommunen.')
        + p('') + p('nyt afsnit efter en tom linje.')
        + p('Vi har lagt vægt på') + p('at du bor alene', 'Listeafsnit', num=True)),
        paragraphs=[{'text': 'Du kan klage over afgørelsen. Klagen skal være modtaget senest 4 uger efter, at du har modtaget '
                             'afgørelsen. Send klagen til kommunen.', 'kind': 'text', 'afsnit': 1},
                    {'text': 'nyt afsnit efter en tom linje.', 'afsnit': 4},
                    {'text': 'Vi har lagt vægt på', 'afsnit': 5}, {'text': 'at du bor alene', 'kind': 'list-item'}],
        locations=[{'text': 'uger efter', 'where': 'afsnit 2'}, {'text': 'kommunen.', 'where': 'afsnit 3'}])

    # CPR numbers: split across runs, in a header, in a text box, in a table cell, in a footnote.
    add('cpr-split-runs', docx(
        para(run('Vedr.: Birthe Hansen, cpr.nr. 0101') + run('90-1234') + run('.'))
        + p('Vi har truffet afgørelse om din ansøgning om en rollator.')),
        cpr=1, absent_unmasked=['010190-1234', '0101', '90-1234'], findings=['privacy-cpr'])
    add('cpr-header', docx(
        p('Vi har truffet afgørelse om din ansøgning om en rollator.'),
        header=para(run('Sag vedr. CPR-nr. 020') + run('385-2') + run('345'))),
        cpr=1, absent_unmasked=['020385-2345'], findings=['privacy-cpr'])
    add('cpr-textbox', docx(
        para(run('Vi har truffet afgørelse om din ansøgning.') + text_box(p('Barn: Emil, cpr. 150312-4321')))),
        cpr=1, absent_unmasked=['150312-4321', '4321'], findings=['privacy-cpr'])

    # Unaccepted template: a merge field left as its name and a placeholder in brackets.
    add('template-leftovers', docx(
        p('Kære «Fornavn»') + p('Du har søgt om [Hjælpemiddel] til dit hjem. Vi har truffet afgørelse om din ansøgning, '
                                'og du får bevilget det hjælpemiddel, du har søgt om, efter § 112 i serviceloven. '
                                'Vi har lagt vægt på, at du har svært ved at gå, og at lægen anbefaler hjælpemidlet.')),
        findings=['template-leftover'])
    return out


def bad_inputs():
    out = []

    def add(name, data, error):
        out.append((name, data, {'error': error}))

    add('not-a-zip.docx', b'PK\x03\x04 this is not really a zip archive' + bytes(range(256)), 'ZIP-arkivet kan ikke læses')
    add('no-document.docx', zip_bytes([('[Content_Types].xml', '<Types/>'), ('word/styles.xml', STYLES)]),
        'word/document.xml mangler')
    add('bad-xml.docx', zip_bytes([('[Content_Types].xml', '<Types/>'),
                                   ('word/document.xml', '<w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>Hej' % W)]),
        'ikke gyldig XML')
    # A zip bomb: 80 MiB of spaces packs to about 80 KB; the cap is 64 MiB per part.
    bomb = ('<w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>' % W) + ' ' * (80 * 1024 * 1024) + '</w:t></w:r></w:p></w:body></w:document>'
    add('zip-bomb.docx', zip_bytes([('[Content_Types].xml', '<Types/>'), ('word/document.xml', bomb)]), 'fylder for meget')
    # Encrypted OOXML: a compound file with an EncryptedPackage stream (the name is what we look for).
    cfb = bytearray(b'\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1' + bytes(504))
    cfb += bytes(512)
    cfb += 'EncryptedPackage'.encode('utf-16-le') + bytes(96) + 'EncryptionInfo'.encode('utf-16-le') + bytes(100)
    add('encrypted.docx', bytes(cfb), 'beskyttet med en adgangskode')
    add('legacy.doc', b'\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1' + bytes(504) + 'WordDocument'.encode('utf-16-le') + bytes(200),
        '.doc')
    add('letter.odt', zip_bytes([('mimetype', 'application/vnd.oasis.opendocument.text'),
                                 ('content.xml', '<office:document-content/>')], compress=zipfile.ZIP_STORED), '.odt')
    add('letter.rtf', b'{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Calibri;}}\\f0 Vi har truffet afg\\\'f8relse.\\par}', 'RTF-dokument')
    add('empty-body.docx', docx(p('') + '<w:p/>'), 'ingen tekst')
    add('other.zip', zip_bytes([('readme.txt', 'Hej')]), 'ikke et Word-dokument')
    # Deep nesting must not exhaust the stack.
    deep = '<w:sdt><w:sdtContent>' * 5000 + p('Dybt inde.') + '</w:sdtContent></w:sdt>' * 5000
    out.append(('deep-nesting.docx', docx(deep + p('Vi har truffet afgørelse om din ansøgning.')),
                {'contains': ['Vi har truffet afgørelse om din ansøgning.']}))
    return out


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data)


def main():
    src = os.path.join(ROOT, 'samples', 'src')
    for name in sorted(os.listdir(src)):
        if not name.endswith('.txt') or name.endswith('.rendered.txt'):
            continue
        write(os.path.join(HERE, 'samples', name[:-4] + '.docx'), sample_docx(os.path.join(src, name)))
    # The samples' labels, pointing at the DOCX files: `klartjek eval` on Word documents.
    labels = json.load(open(os.path.join(ROOT, 'samples', 'labels.json'), encoding='utf-8'))
    for entry in labels:
        entry['file'] = 'samples/' + os.path.splitext(entry['file'])[0] + '.docx'
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write('\n')
    expect = {}
    for name, data, exp in constructs():
        write(os.path.join(HERE, 'constructs', name + '.docx'), data)
        expect['constructs/%s.docx' % name] = exp
    for name, data, exp in bad_inputs():
        write(os.path.join(HERE, 'bad', name), data)
        expect['bad/%s' % name] = exp
    with open(os.path.join(HERE, 'expect.json'), 'w', encoding='utf-8') as f:
        json.dump(expect, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')


if __name__ == '__main__':
    sys.exit(main())
