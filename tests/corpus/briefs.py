"""Writes the authors' briefs of a blind corpus from blind-8's brief (prompt-f1): each author gets
a focus area, five real municipalities, house-style hints and one letter of another legal area;
the rest of the brief (output format, label schema, the mix of outcomes and deficiencies) is
blind-8's. Used by blind-{9,10,11}/commissioning/mkbriefs.py, which hold the authors' settings.
"""
import os
import re

ROOT = os.path.dirname(os.path.abspath(__file__))
# Appended to each author's style hints: where the parts of a letter may stand.
VARY = (" Also vary where the parts stand (klagevejledning in a Bilag, after the signature, as fine print,"
        " or in the middle; legal basis in a footnote or a field; reasoning as bullets, a table, woven prose,"
        " or headings phrased as questions).")


# The outcome convention of the label schema (../shared/design.md § 7: "delvis" also covers a
# different help granted than the one applied for), spelt out in the briefs from blind-49 on: 25
# earlier labels with a refused item and an "i-stedet" item said "afslag", 331 said "delvis".
OUTCOME_RULE = ('  // bevilling = everything applied for granted; delvis = something granted and something refused,'
                ' less than applied for, or other help granted instead of what was applied for;'
                ' afslag = everything refused and nothing granted in its place (a mere pointer to other help'
                ' the citizen may apply for is not a grant); ophoer = existing help stopped, reduced or repaid')


def make_briefs(staging, never, authors, out_dir, more_stops=(), outcome_rule=False):
    """staging: the corpus's staging folder; never: the text of the "(also never …)" list;
    authors: {id: dict(focus, mun, styles, other)}; more_stops: authors who write three stops or
    reductions instead of one and no "2 more of any category"; outcome_rule: spell out the outcome
    convention under the schema's outcome line (blind-49 on)."""
    src = open(os.path.join(ROOT, 'blind-8/commissioning/prompt-f1.md'), encoding='utf-8').read()
    src = src.replace('/work/blind-8-staging', staging)
    src = src.replace("(also never /work/blind-4-staging, /work/blind-5-staging, /work/blind-6-staging or /work/blind-7-staging)",
                      never)
    assert never in src
    lines = src.split('\n')
    if outcome_rule:
        i_out = next(i for i, l in enumerate(lines) if l.startswith('  "outcome":'))
        lines.insert(i_out + 1, OUTCOME_RULE)

    def find(prefix):
        for i, l in enumerate(lines):
            if l.startswith(prefix):
                return i
        raise KeyError(prefix)

    i_focus, i_mun, i_styles = find('## What to write'), find('Use these real municipalities'), find('Invent 4 or 5')
    i_mix, i_across = find('Mix for your 14 letters:'), find('- Across the letters')
    std_mix = lines[i_mix + 1:i_across]
    for a, d in authors.items():
        L = list(lines)
        L[i_focus] = '## What to write — your focus: ' + d['focus']
        L[i_mun] = re.sub(r'spread them over your letters\): [^.]*\.', 'spread them over your letters): ' + d['mun'] + '.', L[i_mun])
        L[i_styles] = d['styles']
        mix = [d['other'] if m.startswith('- 1 decision in ANOTHER') else m for m in std_mix]
        if a in more_stops:
            mix = [m.replace('- 1 stop or reduction of existing help', '- 3 stops or reductions of existing help (different kinds)')
                   if m.startswith('- 1 stop') else m for m in mix]
            mix = [m for m in mix if not m.startswith('- 2 more of any category')]
        L = L[:i_mix + 1] + mix + L[i_across:]
        t = '\n'.join(L).replace('f1-', a + '-').replace('labels-f1', 'labels-' + a).replace('STYLES-f1', 'STYLES-' + a)
        t = t.replace('numbered f1-01 … f1-14', f'numbered {a}-01 … {a}-14')
        assert 'f1' not in t, [l for l in t.split('\n') if 'f1' in l]
        os.makedirs(out_dir, exist_ok=True)
        with open(os.path.join(out_dir, f'prompt-{a}.md'), 'w', encoding='utf-8') as fh:
            fh.write(t)
