# The briefs of blind-13's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-13-staging/briefs.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'm1': dict(
  focus="letters that explain themselves as questions and answers: a 'Spørgsmål og svar' layout, a two-column table 'Hvad har du søgt om? | Hvad har vi besluttet?', step lists 'Sådan har vi behandlet din sag', text markers such as ✔, ✘, ➜ or ☐/☒ in front of each item, 'Hvad betyder det for dig?' boxes; topics: hjælp i hjemmet, genoptræning and vedligeholdelsestræning (serviceloven § 86), dagcenter and aktivitetstilbud (§§ 79, 104), hjælpemidler",
  mun="Ikast-Brande Kommune, Lemvig Kommune, Struer Kommune, Ringkøbing-Skjern Kommune, Herning Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter built entirely of questions as headings; a letter whose result is a table of items with ✔ and ✘; a letter with a 'Hvad betyder det for dig?' box before the reasoning; a very short Digital Post note that points to an attached decision and then contains it." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under sundhedsloven (e.g. genoptræning efter udskrivning, § 140) or under lov om aktiv socialpolitik (e.g. enkeltydelse § 81)."),
 'm2': dict(
  focus="housing adaptation and large one-off costs: boligindretning (serviceloven § 116) with offers from craftsmen, the cheapest adequate solution instead of the one applied for, the citizen paying the difference, ramps, bathroom conversions, lifts, a move to a more suitable dwelling (§ 117 a, hjælp til flytning), conditions about the landlord's consent and re-establishment, grants with a maximum amount and payment on invoice",
  mun="Guldborgsund Kommune, Vordingborg Kommune, Lolland Kommune, Faxe Kommune, Stevns Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a cost table 'Tilbud | Godkendt beløb | Din egenbetaling'; a letter that grants a solution other than the one applied for; a letter with conditions ('Vilkår') as a numbered list; a craftsman-coordinated letter with practical steps after the decision." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under byggeloven or planloven (e.g. a building permit or dispensation for an extension) — with the appeal route you know is right for it."),
 'm3': dict(
  focus="adults with mental illness, addiction or homelessness and adults under guardianship: socialpædagogisk støtte (serviceloven § 85), botilbud (§§ 107, 108), herberg and forsorgshjem (§ 110), misbrugsbehandling (§ 101), letters sent to a værge or a bisidder as well as to the citizen, letters in easy-to-read Danish for people with learning disabilities (very short lines, one idea per line, a summary first)",
  mun="Odense Kommune, Svendborg Kommune, Nyborg Kommune, Kerteminde Kommune, Assens Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. an easy-read letter with one sentence per line and a picture-free 'Det vigtigste' summary; a formal letter to a værge with the citizen in copy; a letter from a botilbud's visitation with a handlingsplan attached; a short letter after a meeting at a herberg." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om aktiv socialpolitik (e.g. kontanthjælp, sanktion) or under beskæftigelsesloven — with the appeal route you know is right for it."),
 'm4': dict(
  focus="transport and getting about: individuel handicapkørsel arranged with the regional trafikselskab (Movia, Midttrafik, FynBus), kørsel til aktivitetstilbud (serviceloven § 117), ledsageordning (§ 97) with hours per month, støtte til bil (§ 114) seen from the transport side, letters sent by the trafikselskab on the municipality's behalf, letters with terms and conditions ('Vilkår for kørselsordningen') as an appendix",
  mun="Silkeborg Kommune, Skanderborg Kommune, Favrskov Kommune, Syddjurs Kommune, Norddjurs Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a 'Bevillingsbrev' with a box of the ride allowance per year; a letter from the trafikselskab with the municipality's decision attached; a letter with 'Vilkår' as an appendix after the signature; a short change notice that reduces hours of ledsagelse." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about kørsel til lægebehandling under sundhedsloven (§ 170) or about befordring under folkeskoleloven § 26 — with the appeal route you know is right for it."),
 'm5': dict(
  focus="money: the annual adjustment of merudgiftsydelse or kompensationsydelse (serviceloven § 100), repayment claims (tilbagebetaling) and set-off, back payment (efterbetaling) after an error, a reduction because the citizen's situation changed, tabt arbejdsfortjeneste (barnets lov § 87) recalculated after a new pay slip, letters that decide several amounts in one table, letters where the only decision is a new figure",
  mun="Hillerød Kommune, Gribskov Kommune, Halsnæs Kommune, Allerød Kommune, Furesø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a recalculation letter with 'Før' and 'Nu' columns; a repayment decision with a payment plan; a letter whose result is one new monthly figure in a box; a formal letter with a calculation appendix ('Bilag: Beregning')." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om social pension (e.g. helbredstillæg) or under lov om kommunal ejendomsskat / opkrævning of a municipal debt — with the appeal route you know is right for it."),
}

make_briefs('/work/blind-13-staging', '(also never /work/blind-4-staging … /work/blind-12-staging, /work/measure, /work/fuzzwork or /work/dbg)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('m5',))
