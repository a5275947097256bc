# The briefs of blind-16's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-16-staging/briefs.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'q1': dict(
  focus="parents who themselves have a disability and whose children are everywhere in the letter while the decision is about the parent: a deaf or blind mother's ledsagelse (serviceloven § 97) or praktisk hjælp (§ 83) that covers taking the children to school, a father in a wheelchair getting boligindretning (§ 116) of the children's room, merudgifter (§ 100) for a parent, støtte- og kontaktperson for a parent with intellectual disability; and, mixed in, some letters that really are about the child (barnets lov) sent to these parents",
  mun="Aarhus Kommune, Randers Kommune, Syddjurs Kommune, Norddjurs Kommune, Favrskov Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter addressed to both parents with the child's name in the subject line; a letter with a 'Familiens situation' section full of the children's ages and schools before the decision; a letter whose decision is in a two-column box 'Det har du søgt om | Det har vi besluttet'; a short Digital Post letter with the full decision as an attachment text." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om en aktiv beskæftigelsesindsats or lov om sygedagpenge (e.g. a ressourceforløb, a fleksjob assessment, a refusal of a mentor) — with the appeal route you know is right for it."),
 'q2': dict(
  focus="citizens who are blind, partially sighted, deaf, hard of hearing or deafblind: hjælpemidler such as CCTV-lup, skærmlæser, lydfyr, blindestok and førerhund (serviceloven § 112), forbrugsgoder (§ 113), ledsageordning (§ 97), kontaktperson for døvblinde (§ 98), tolkebistand in daily life, specialrådgivning from a regional institute (e.g. Synscenter, Center for Høretab) quoted at length, a letter to a citizen who asked for the letter in large print or as an audio file",
  mun="Gentofte Kommune, Lyngby-Taarbæk Kommune, Rudersdal Kommune, Furesø Kommune, Allerød Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter written for a screen reader (no tables, short paragraphs, every heading a full sentence); a letter with a product table (Hjælpemiddel | Model | Søgt | Bevilget | Egenbetaling); a formal jurist letter with numbered sections and footnotes; a letter from the municipality's hjælpemiddelcenter on behalf of the kommune." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om specialundervisning for voksne (e.g. a refusal of a course) or under folkeskoleloven about specialundervisning — with the appeal route you know is right for it."),
 'q3': dict(
  focus="adults with acquired brain injury or a progressive disease (sclerose, ALS, Parkinson): rehabilitation after hospital (serviceloven § 86 genoptræning, § 102 særlig behandling), midlertidigt botilbud (§ 107), aktivitetstilbud (§ 104), socialpædagogisk støtte (§ 85) while relearning daily life, fast-track decisions for a quickly progressing disease, plejevederlag or pasning af nærtstående (§§ 118, 119), a spouse as the citizen's representative, reassessment when the condition gets worse",
  mun="Sønderborg Kommune, Aabenraa Kommune, Haderslev Kommune, Tønder Kommune, Vejen Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter from an interdisciplinary 'neurorehabiliteringsteam' with sections per profession (fysioterapeut, ergoterapeut, neuropsykolog); a very short urgent letter written the same day; a letter with a timeline of the citizen's course since the injury before the decision; a letter that first thanks the spouse and then speaks to the citizen." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under sundhedsloven (e.g. genoptræning after a genoptræningsplan, § 140, or vederlagsfri fysioterapi) — with the complaint route you know is right for it."),
 'q4': dict(
  focus="children with physical disabilities and chronic illness where help still comes under serviceloven (not barnets lov): hjælpemidler and kropsbårne hjælpemidler for a child (§ 112), a bil for the family of a disabled child (§ 114), boligindretning for a child (§ 116), mixed with barnets lov help for the same child (merudgifter § 86, tabt arbejdsfortjeneste § 87) in the same or separate letters; and some letters about adults that mention children only in passing (a grandparent, a sibling)",
  mun="Holbæk Kommune, Kalundborg Kommune, Odsherred Kommune, Slagelse Kommune, Sorø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter to the parents with the child's name and CPR number in a 'Vedrørende' line; a letter with a 'Kort fortalt' box at the top; a letter with the reasoning in a table (Kriterie | Vurdering); a long letter with a quoted hospital statement in a Bilag." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a byggetilladelse or afslag under byggeloven (e.g. a ramp or an extension for a disabled family member) — with the appeal route you know is right for it."),
 'q5': dict(
  focus="small and remote municipalities on islands and in the south of Zealand and Lolland-Falster: one letter deciding several things for a citizen with multiple disabilities, decisions that stop or reduce help after a move or a revisitation, repayment of help paid by mistake, a letter correcting an earlier letter's error (a new decision replacing the old one), a decision reached after a complaint (genvurdering) where the municipality changes its mind in part",
  mun="Bornholms Regionskommune, Guldborgsund Kommune, Lolland Kommune, Vordingborg Kommune, Næstved Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. an old-fashioned letter in long legal sentences with 'De' and 'Deres'; a letter with the decision as a numbered list of points; a letter where the klagevejledning is a standard box copied from another template with small errors; a letter printed from a case system with a repeated page header and 'Side 1 af 3'." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om social pension (e.g. førtidspension or helbredstillæg) or lov om aktiv socialpolitik (e.g. enkeltydelse § 81) — with the appeal route you know is right for it."),
}

make_briefs('/work/blind-16-staging', '(also never /work/blind-4-staging … /work/blind-15-staging, /work/measure, /work/fuzzwork or /work/dbg)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('q5',))
