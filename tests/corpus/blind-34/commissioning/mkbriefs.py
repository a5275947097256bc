# The briefs of blind-34's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-34-staging/briefs. The closing section
# "Your files only" was appended to each brief by hand (see ../README.md).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'ga': dict(
  focus="letters that decide several things at once, written in an old-fashioned, formal and passive bureaucratic Danish ('Der er dags dato truffet afgørelse om …', 'Ansøgningen imødekommes for så vidt angår …', 'hvorimod …', 'Det bemærkes i øvrigt, at …'): a hjælpemiddel and a boligændring and kørsel in one letter, each decided differently; long sentences with several subordinate clauses; the outcome of each item stated where the item is discussed, not in a summary",
  mun="Læsø Kommune, Samsø Kommune, Fanø Kommune, Ærø Kommune, Langeland Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter numbered 1., 2., 3. per item with its own decision and reasoning; a letter that decides in one long paragraph; a letter with a closing 'Sammenfattende' paragraph that restates only part of the decision; a letter written as a reply to a lawyer or a relative with fuldmagt." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a byggetilladelse or a refusal of dispensation under byggeloven or planloven (e.g. a carport, a ramp on a listed house) — with the complaint route you know is right for it."),
 'gb': dict(
  focus="letters printed from a municipal case system's template: field blocks ('Ydelse:', 'Omfang:', 'Leverandør:', 'Gyldig fra:', 'Gyldig til:', 'Bevilget:', 'Afgørelse:', 'Status:'), standard paragraphs that the caseworker did not edit, revisitation after a periodic review (the same help continued, raised, lowered or stopped), and free-text fields that are short or half filled; areas: praktisk hjælp and personlig pleje (serviceloven § 83 / ældreloven), madservice, nødkald, genoptræning (§ 86)",
  mun="Tønder Kommune, Aabenraa Kommune, Sønderborg Kommune, Haderslev Kommune, Varde Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a template whose field block comes before any prose; a letter where the decision is only in a field ('Afgørelse: Delvis bevilget'); a letter with a table of services before and after the revisitation; a template with leftover placeholder text like '[indsæt begrundelse]' in one letter." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about kontanthjælp, sygedagpenge or a sanction under beskæftigelsesloven or lov om aktiv socialpolitik — with the appeal route you know is right for it."),
 'gc': dict(
  focus="letters after a complaint or a remand: the municipality's genvurdering (it keeps its decision and sends the case to Ankestyrelsen, or changes it in full or in part), a new decision after Ankestyrelsen sent the case back (hjemvisning), a decision that corrects an earlier one, a genoptagelse; areas: merudgifter for adults (serviceloven § 100) and for children (barnets lov § 86), tabt arbejdsfortjeneste (barnets lov § 87), ledsagelse (§ 97), BPA (§ 96)",
  mun="Herning Kommune, Holstebro Kommune, Ringkøbing-Skjern Kommune, Ikast-Brande Kommune, Viborg Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that first retells the case history over several paragraphs; a letter that quotes the citizen's complaint at length; a letter that lists what Ankestyrelsen asked the municipality to look at; a short letter that only says the decision stands and the complaint has been sent on." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about boligstøtte-related municipal matters, a lejeregulering or a refusal of a housing assignment (boliganvisning) under almenboligloven — with the complaint route you know is right for it."),
 'gd': dict(
  focus="letters written in deliberately plain language by municipalities that have trained their staff in 'klart sprog': very short sentences, 'du' and 'vi', questions as headings ('Hvad har du søgt om?', 'Hvad har vi besluttet?', 'Hvorfor?', 'Hvad sker der nu?', 'Hvis du er uenig'), bullet points, bold key sentences, an easy-read summary box at the top; every kind of outcome, including stops, and some non-decisions (a letter asking for more information, a letter announcing a home visit, a partshøring); areas: bostøtte (serviceloven § 85), botilbud (§§ 107, 108), hjælpemidler (§ 112), merudgifter (§ 100)",
  mun="Kolding Kommune, Middelfart Kommune, Assens Kommune, Svendborg Kommune, Nyborg Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that is almost only questions and short answers; a letter with a summary box and then the formal text; a letter in the style of an app notification followed by the full decision; a letter written for a citizen with a cognitive disability, with very simple words." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about a dispensation or exemption under the waste or environmental rules (affaldsordning, støjende aktivitet, a tank or a well) — with the complaint route you know is right for it."),
 'ge': dict(
  focus="large aids and money for transport and housing, with much medical and technical detail: støtte til køb af bil (serviceloven § 114), individuel befordring (§ 117), boligindretning and boligskift (§ 116), høreapparater and synshjælpemidler, el-kørestole; letters whose facts come from a speciallæge, an ergoterapeut's test report and a bilsagkyndig; grants with conditions (a cheaper model, a lower loan, a standard car), refusals because the need can be met otherwise, and letters that decide the car and refuse the special equipment or the other way round",
  mun="Thisted Kommune, Morsø Kommune, Jammerbugt Kommune, Frederikshavn Kommune, Brønderslev Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a long 'Sagens oplysninger' section listing documents and dates; a letter with a price calculation table; a letter whose decision is in a box at the top and whose reasons are on page 2; a letter written to a citizen's værge." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about a parkeringstilladelse, a vejret, an overkørsel or use of a road area under vejloven — with the complaint route you know is right for it."),
}

make_briefs('/work/blind-34-staging', '(also never /work/blind-4-staging … /work/blind-33-staging, /work/iaa-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('gb',))
