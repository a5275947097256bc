# The briefs of blind-28's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-28-staging/briefs.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'l1': dict(
  focus="the formal register and letters about the citizen rather than to the citizen: letters in the old formal 'De/Dem/Deres' form, letters to a værge (guardian), to a relative with fuldmagt or to a parent of an adult, written in the third person ('Ansøger', 'borgeren', 'Deres mor', 'hr. Jensen'), long lawyerly sentences from a central Myndighedsafdeling; areas: hjælpemidler (serviceloven § 112), forbrugsgoder (§ 113), boligindretning (§ 116), merudgifter (§ 100), socialpædagogisk støtte (§ 85)",
  mun="Fredensborg Kommune, Gribskov Kommune, Hillerød Kommune, Halsnæs Kommune, Frederikssund Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter in the De-form with old-fashioned legal phrasing; a letter to a værge that speaks of the citizen in the third person throughout; a letter that starts with 'Vedrørende:' and a case field block; a letter that answers in a single long paragraph." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om social pension (førtidspension, personligt tillæg or helbredstillæg) — with the appeal route you know is right for it."),
 'l2': dict(
  focus="help that changes over time: revisitation and opfølgning that stop, reduce or continue existing help unchanged; a temporary grant that is extended or not; a new decision after Ankestyrelsen sent a case back (hjemvisning); a case reopened (genoptagelse) with new information; the yearly adjustment of merudgifter; help granted on wrong information that must be paid back; areas: praktisk hjælp and personlig pleje (serviceloven § 83), merudgifter (§ 100, and barnets lov § 86 for a child), ledsagelse (§ 97), BPA (§ 96), støttekontaktperson (§ 99)",
  mun="Holstebro Kommune, Ikast-Brande Kommune, Ringkøbing-Skjern Kommune, Vejle Kommune, Vesthimmerlands Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that sets out 'Før' and 'Nu' side by side; a letter that summarises the history of the case year by year before deciding; a letter that is a short notice with the decision in one line and everything else in an attachment; a letter that speaks of the visitation meeting in detail." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om en aktiv beskæftigelsesindsats or lov om sygedagpenge (e.g. stop of sygedagpenge after the revurdering, or refusal of a hjælpemiddel at a workplace) — with the appeal route you know is right for it."),
 'l3': dict(
  focus="adults with mental illness, autism, ADHD or acquired brain injury: socialpædagogisk støtte (serviceloven § 85) with a number of hours and goals, støtte- og kontaktperson (§ 99), midlertidigt botilbud (§ 107), aktivitets- og samværstilbud (§ 104), beskyttet beskæftigelse (§ 103), a mentor; letters written carefully to a reader who may find letters hard: some in easy-read style (short sentences, one idea per line, 'Det betyder for dig: …'), some in the ordinary style of a busy unit, some that summarise a meeting with the citizen before deciding",
  mun="Københavns Kommune, Odense Kommune, Roskilde Kommune, Rudersdal Kommune, Høje-Taastrup Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. an easy-read letter with a short line per idea and questions as headings ('Hvad har du søgt om?', 'Hvad har vi besluttet?'); a letter that reads like minutes of a meeting followed by a decision; a letter that lists goals for the support ('Mål 1: …'); a letter with a calendar-like table of hours per week." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om almene boliger about anvisning of a bolig or a decision about boligstøtte — with the appeal route you know is right for it."),
 'l4': dict(
  focus="letters produced by case-management systems: the decision in a form of fields ('Ydelse:', 'Afgørelse:', 'Bevilget fra:', 'Til:', 'Leverandør:', 'Visiteret tid:'), check boxes (☒ Bevilget ☐ Afslået ☐ Delvist bevilget), codes and placeholders filled in, the same boilerplate around every result, lists of services with minutes per week, standard paragraphs that sometimes contradict the field values; areas: praktisk hjælp and personlig pleje (serviceloven § 83), madservice, hjælpemidler (§ 112), individual befordring (§ 117), ledsagelse (§ 97)",
  mun="Solrød Kommune, Tårnby Kommune, Vallensbæk Kommune, Læsø Kommune, Gladsaxe Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a system letter where the result is only in a field and a check box; a letter with a service table (Ydelse / Tid pr. uge / Hyppighed / Leverandør); a letter that mixes system fields with a free-text paragraph from the caseworker; a letter whose standard guidance is printed twice or in the wrong place." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under sundhedsloven about kørsel til læge or speciallæge (befordring, sundhedsloven § 170) — with the appeal or complaint route you know is right for it."),
 'l5': dict(
  focus="young people and the move from child to adult: letters around the 18th birthday when help under barnets lov stops and help under serviceloven may start (merudgifter barnets lov § 86 → serviceloven § 100, ledsagelse, hjælpemidler, a bil), letters to a young person and letters to the parents about the same young person, letters that answer two or three applications at once, letters that refer to an earlier decision or to a plan (handleplan), and letters where the young person's own wish and the parents' wish differ",
  mun="Herlev Kommune, Glostrup Kommune, Hvidovre Kommune, Nyborg Kommune, Ballerup Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with one section per application, each with its own result; a letter written to the young person in a direct, friendly tone; a letter that opens with a timeline of the case; a letter with a long general text about what happens at 18 before the decision." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om ungdomsuddannelse for unge med særlige behov (STU) about admission or the content of the programme — with the appeal route you know is right for it."),
}

make_briefs('/work/blind-28-staging', '(also never /work/blind-4-staging … /work/blind-27-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('l2',))
