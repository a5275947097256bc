# The briefs of blind-26's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-26-staging/briefs.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'a1': dict(
  focus="adults with mental illness or substance abuse: socialpædagogisk støtte (serviceloven § 82 a/b and § 85), aktivitets- og samværstilbud (§ 104), beskyttet beskæftigelse (§ 103), behandling for stofmisbrug (§ 101), a støttekontaktperson, and a midlertidigt botilbud after a psychiatric admission; letters that refer to a handleplan (§ 141) and to the citizen's own goals",
  mun="Frederikssund Kommune, Vallensbæk Kommune, Tårnby Kommune, Dragør Kommune, Glostrup Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter organised by the citizen's goals ('Dit mål', 'Det siger du', 'Det har vi besluttet'); a letter with a short summary box first and the details after; a letter that sets out the support in a weekly schedule; a letter written in very short sentences." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om aktiv beskæftigelsesindsats or lov om aktiv socialpolitik about a ressourceforløb, jobafklaringsforløb or an enkeltydelse — with the appeal route you know is right for it."),
 'a2': dict(
  focus="children and young people under barnets lov (in force since 1 January 2024): aflastning, merudgifter for a child with a disability (§ 86), tabt arbejdsfortjeneste for a parent (§ 87), hjælpemidler for a child, støtte til unge mellem 18 og 22 år, and a child's case where the child's own views were heard (børnesamtale); letters to both parents, to one parent with joint custody, and to a young person of 17 directly",
  mun="Vesthimmerlands Kommune, Fanø Kommune, Læsø Kommune, Odder Kommune, Samsø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that starts with the child's name and age in a field block; a letter with 'Det har barnet sagt' and 'Det har I sagt'; a letter with a calculation of the lost earnings in a table; a letter written to the young person in plain words." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under folkeskoleloven about specialundervisning or a specialklasse after a pædagogisk-psykologisk vurdering (PPR) — with the appeal route you know is right for it."),
 'a3': dict(
  focus="letters where the outcome is hard to find: the decision only in a summary at the end, only in the subject line with the body discussing the case, only in a table ('Ansøgt' / 'Afgjort'), several items decided in one letter with different outcomes each, a decision inside a long 'Sagsfremstilling', or a letter that answers the citizen's questions one by one; areas: hjælpemidler (serviceloven § 112), forbrugsgoder (§ 113), boligindretning (§ 116), personlig og praktisk hjælp (§ 83)",
  mun="Høje-Taastrup Kommune, Solrød Kommune, Greve Kommune, Herlev Kommune, Gentofte Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with the decision as the last line before the signature; a letter whose subject line carries the decision; a letter that lists items in a table with one column per outcome; a letter in question-and-answer form." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om almene boliger or lejeloven about anvisning of a handicapegnet bolig or a boligtildeling — with the appeal route you know is right for it."),
 'a4': dict(
  focus="transport and mobility: støtte til køb af bil and særlig indretning (serviceloven § 114), individuel befordring (§ 117), a kørestol or el-kørestol (§ 112), a reparation or replacement of a car or a wheelchair, genbrug of an aid from the municipality's depot, and a citizen who wants a more expensive model than the one the municipality offers; amounts, loans and repayment terms in the letters",
  mun="Gladsaxe Kommune, Holbæk Kommune, Brøndby Kommune, Langeland Kommune, Ærø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a loan calculation table; a letter from a bilteam with a long list of conditions; a letter with the decision in a framed box; a letter copied from a case system with field labels." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under færdselsloven or vejloven about a handicap parking space (a reserved bay) in front of the citizen's home — with the appeal route you know is right for it."),
 'a5': dict(
  focus="follow-up decisions on help that continues: an annual opfølgning where the help goes on unchanged, a merudgiftsydelse (serviceloven § 100) recalculated with a new monthly amount, kontant tilskud (§ 95) adjusted to a new rate, a time-limited grant extended, a grant continued with new conditions, and a follow-up that ends one part of the help and keeps another",
  mun="Gribskov Kommune, Fredensborg Kommune, Halsnæs Kommune, Bornholms Regionskommune, Hillerød Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that compares last year's and this year's amounts in a table; a short letter that says the help continues; a letter with 'Hvad ændrer sig?' and 'Hvad er det samme?'; a letter with the calculation in a Bilag." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om social pension about a personligt tillæg or a varmetillæg for a førtidspensionist — with the appeal route you know is right for it."),
}

make_briefs('/work/blind-26-staging', '(also never /work/blind-4-staging … /work/blind-25-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE)
