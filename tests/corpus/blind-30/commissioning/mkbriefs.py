# The briefs of blind-30's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-30-staging/briefs.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'b1': dict(
  focus="a municipality that has rewritten all its letters in plain language ('klarsprog'): short sentences, 'du' and 'vi', headings phrased as the citizen's questions, the answer first; to adults and older citizens about praktisk hjælp and personlig pleje (serviceloven § 83), rehabiliteringsforløb (§ 83 a), madservice, hjælpemidler (§ 112) and forbrugsgoder (§ 113); some letters grant less than asked for or grant something else instead, and say it kindly",
  mun="Randers Kommune, Norddjurs Kommune, Syddjurs Kommune, Viborg Kommune, Skive Kommune",
  styles="Invent 4 or 5 clearly different ways of writing of your own inside the plain-language idea; e.g. a letter built only of question headings; a letter with a short summary box and the details below; a letter that starts with what happens next; a letter that is almost a form with fields." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about sygedagpenge (lov om sygedagpenge), e.g. an ophør or a refusal of forlængelse — with the appeal route you know is right for it."),
 'b2': dict(
  focus="a large city administration writing heavy, formal legal Danish: long sentences, passive voice, many references (law, §, stk., nr., bekendtgørelse, vejledning), quoted statute text and Ankestyrelsens principafgørelser; about borgerstyret personlig assistance (serviceloven § 96), kontant tilskud (§ 95), merudgifter (§ 100) and ledsagelse (§ 97); several letters revise (revisitation) an existing grant up or down, some keep it unchanged",
  mun="Københavns Kommune, Frederiksberg Kommune, Gladsaxe Kommune, Lyngby-Taarbæk Kommune, Gentofte Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a 'Retsgrundlag' section that quotes the provisions; a letter with numbered paragraphs (1.1, 1.2 …); a letter with a long case history ('Sagens oplysninger') before the assessment; a letter with a separate appendix on how the hours were calculated." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om social pension (førtidspension or personligt tillæg) — with the appeal route you know is right for it."),
 'b3': dict(
  focus="young people between 15 and 23 and the move from barnets lov to adult rules: letters about efterværn / videreført indsats for 18–22-årige, støtte- og kontaktperson, merudgifter and hjælpemidler when the child turns 18, letters addressed to the young person with the parents or a værge in copy, letters addressed to the parents about a 16-year-old; some letters decide what happens on the 18th birthday (continued, changed, stopped)",
  mun="Odense Kommune, Svendborg Kommune, Middelfart Kommune, Nyborg Kommune, Ærø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter written directly to the young person in a friendly tone; a letter to the parents with the young person's own words quoted; a letter from a 'Ungeenhed' with a table of what continues and what stops; a letter that is part of a handover plan ('overgangsplan')." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about the young person's education or activity, e.g. under lov om forberedende grunduddannelse (FGU) or lov om kommunal indsats for unge under 25, or a refusal of a special transport to school — with the appeal route you know is right for it."),
 'b4': dict(
  focus="the municipality's second look at a case: a new decision after Ankestyrelsen sent a case back (hjemvisning), a genvurdering after a complaint that gives the citizen full, partial or no right, a refusal to reopen a case (genoptagelse), a decision to recover help paid (tilbagebetaling, retssikkerhedsloven § 91 is not your concern — use only rules you know), and a letter that corrects a mistake in an earlier decision; areas: hjælpemidler (§ 112), boligindretning (§ 116), støtte til bil (§ 114), merudgifter for children (barnets lov § 86)",
  mun="Aalborg Kommune, Mariagerfjord Kommune, Rebild Kommune, Thisted Kommune, Morsø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that first retells the earlier decision and Ankestyrelsen's remarks; a letter with the sections 'Baggrund', 'Ny vurdering', 'Resultat'; a short letter that only says the decision stands and why; a letter that quotes the complaint." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about aktindsigt under offentlighedsloven or forvaltningsloven in a case outside the social area (e.g. a building case) — with the appeal route you know is right for it."),
 'b5': dict(
  focus="where people live: botilbud (serviceloven §§ 107 and 108), boliger under almenboligloven § 105 with støtte (§ 85), egenbetaling in a botilbud, moving between offers, and letters sent to a værge, a pårørende with fuldmagt or a bisidder instead of the citizen; some letters are only about the price the citizen pays, some offer a different place than the one asked for, some say that the municipality has not decided yet and why",
  mun="Horsens Kommune, Vejle Kommune, Silkeborg Kommune, Herning Kommune, Ringkøbing-Skjern Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with the citizen's and the værge's names in a header block; a letter with a price table; a letter written after a visitation meeting with a list of who attended; a letter with a sidebar of contact data and the text in two columns' worth of short paragraphs." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om almene boliger or lov om individuel boligstøtte that is made by the municipality (e.g. boliganvisning or a refusal of a boligbytte) — with the appeal route you know is right for it."),
}

make_briefs('/work/blind-30-staging', '(also never /work/blind-4-staging … /work/blind-29-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('b2',))
