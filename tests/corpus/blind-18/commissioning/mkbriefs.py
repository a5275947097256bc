# The briefs of blind-18's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-18-staging/briefs.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 's1': dict(
  focus="one letter that answers several applications or questions at once: a citizen has applied for three or four things (e.g. a hjælpemiddel under serviceloven § 112, a forbrugsgode under § 113, merudgifter under § 100 and ledsagelse under § 97) and the letter decides each with its own outcome, its own legal basis and its own reasoning, sometimes also answering questions that are not decisions; letters that decide one item and say another will be decided later; letters titled 'Svar på din henvendelse' or 'Svar på dine spørgsmål' that still contain a decision",
  mun="Hvidovre Kommune, Brøndby Kommune, Dragør Kommune, Frederikssund Kommune, Hørsholm Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with one numbered section per item, each with 'Afgørelse', 'Begrundelse' and 'Lovgrundlag' sub-headings; a letter with a summary table of all items at the top (Ydelse | Du har søgt om | Afgørelse) and the reasoning below; a letter whose items are decided in running prose paragraphs without headings; a letter where one item is granted in full and the other refused." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om aktiv socialpolitik (e.g. særlig støtte § 34 or hjælp til enkeltudgifter § 81) or under lov om individuel boligstøtte — with the appeal route you know is right for it."),
 's2': dict(
  focus="borgerstyret personlig assistance (serviceloven § 96), kontant tilskud (§ 95) and personlig hjælp and pleje (§ 83) measured in hours: hour calculations per week or per year, tables of activities and minutes, the arbejdsgiverbeføjelse transferred to a nærtstående, a forening or a privat virksomhed, grants with fewer hours than applied for, reductions at a revisitation, and stops when the citizen no longer meets the conditions",
  mun="Assens Kommune, Langeland Kommune, Haderslev Kommune, Varde Kommune, Fanø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a large table of daily activities and assessed minutes; a letter by a senior jurist with exact references, footnotes and a 'Retsgrundlag' appendix quoting statute text; a letter that repeats the application in the citizen's words first; a letter with a 'Sammenfatning' box at the top." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under sundhedsloven (e.g. befordringsgodtgørelse, tilskud til fodterapi or a decision about hjemmesygepleje) — with the appeal route you know is right for it."),
 's3': dict(
  focus="young people turning 18 and moving from help under barnets lov to help under serviceloven: letters about what continues, what stops and what is granted instead when a young person turns 18, ungestøtte and efterværn, letters to the young person and to the parents, the young person's own views from a meeting, and letters about children with disabilities in their early years (merudgifter, tabt arbejdsfortjeneste, hjælpemidler to a child)",
  mun="Skive Kommune, Lemvig Kommune, Struer Kommune, Holstebro Kommune, Ringkøbing-Skjern Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter written in 'let dansk' with very short sentences and one idea per line; a letter addressed to the young person ('Kære Oliver') with a separate part for the parents; a 'Handleplan'-like letter with goals and status in a table; a letter where the decision is given as an answer to the question in a heading ('Hvad sker der, når du fylder 18?')." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om kommunal ungeindsats or STU-loven (lov om ungdomsuddannelse for unge med særlige behov) — with the appeal route you know is right for it."),
 's4': dict(
  focus="short letters produced by case-management systems and sent through Digital Post: field-label layouts ('Ydelse:', 'Afgørelse:', 'Periode:', 'Lovgrundlag:', 'Sagsbehandler:'), generated text with merge fields filled in, tick boxes, standard paragraphs pasted in with little editing, letters that refer to 'vedhæftede bilag' for the reasoning, links to borger.dk, and non-decision letters from the same systems: receipts, requests for more information, meeting invitations, partshøring before a decision, reminders of a deadline",
  mun="Syddjurs Kommune, Norddjurs Kommune, Samsø Kommune, Billund Kommune, Vordingborg Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a system letter with all data as 'Label: value' lines and two short paragraphs; a letter with tick boxes ('[X] Bevilget  [ ] Delvist bevilget  [ ] Afslag'); a letter where the municipality's name, address, CVR and opening hours stand in a block between the paragraphs; a letter whose whole reasoning is in 'Bilag 1: Begrundelse'." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about ejendomsskat, a renovationsgebyr or a parkeringslicens (handicap parking) under vejloven or færdselsloven — with the appeal route you know is right for it."),
 's5': dict(
  focus="housing, transport and money for adults with physical disabilities: boligindretning (serviceloven § 116), hjælp til anskaffelse af bil (§ 114) with the repayment rules and genanskaffelse, individuel befordring (§ 117), merudgifter (§ 100), and the letters around them: demands for repayment (tilbagebetaling), stops when the citizen moves or the car is sold, reductions when the need has changed, refusals because the need can be met by another law, and letters written after Ankestyrelsen sent a case back (hjemvisning)",
  mun="Bornholms Regionskommune, Næstved Kommune, Odsherred Kommune, Fredensborg Kommune, Vesthimmerlands Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter by an inexperienced caseworker with long sentences, typos and loose wording; a letter with an 'Oversigt over din sag' timeline; a letter that quotes Ankestyrelsen's principles and statute text in a Bilag; a letter with the items as a checklist ('✔ bevilget', '✘ ikke bevilget')." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under byggeloven or planloven (e.g. a dispensation for a ramp or a lift) — with the appeal route you know is right for it."),
}

make_briefs('/work/blind-18-staging', '(also never /work/blind-4-staging … /work/blind-17-staging, /work/measure, /work/fuzzwork or /work/dbg)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('s5',))
