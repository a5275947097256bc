# The briefs of blind-29's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-29-staging/briefs.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'i1': dict(
  focus="an ordinary week in a small municipality where one experienced caseworker writes every letter herself in running prose, with few or no headings and her own turns of phrase, to older adults with physical disabilities and their spouses: hjælpemidler (serviceloven § 112) such as rollatorer, badestole, kørestole and høreapparat-related aids, forbrugsgoder (§ 113), boligindretning (§ 116: ramper, dørtrinsudligning, badeværelse), individuel befordring (§ 117); some letters answer a phone call or a visit, some grant part of what was asked and say so only indirectly",
  mun="Allerød Kommune, Helsingør Kommune, Hørsholm Kommune, Nordfyns Kommune, Rødovre Kommune",
  styles="Invent 4 or 5 clearly different ways of writing of your own; e.g. a warm personal letter that tells the story of the visit before deciding; a very short letter of six or seven sentences; a letter that lists what was asked for and answers each point in the same paragraph; a letter with the decision at the very end." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under byggeloven or planloven (a byggetilladelse, a dispensation or a refusal of one, e.g. for a carport or a ramp that exceeds the rules of the lokalplan) — with the appeal route you know is right for it."),
 'i2': dict(
  focus="families with more than one child or more than one need: letters under barnets lov (in force since 1 January 2024) to parents about merudgifter (§ 86) with several items in one application (some granted, some not, some with a lower amount), tabt arbejdsfortjeneste (§ 87) with a number of hours or a share of a full-time salary, aflastning, hjælpemidler for a child, and letters that decide for two siblings in one letter; the parents' own arguments from the application and a meeting are part of the case",
  mun="Ballerup Kommune, Furesø Kommune, Greve Kommune, Ishøj Kommune, Dragør Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with one numbered section per item applied for; a letter with an item table and a free-text reasoning under it; a letter that first summarises the family's situation; a letter addressed to both parents by name that uses 'I' and 'jeres'." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under folkeskoleloven about specialundervisning, a skoleskift or skolebuskørsel for a pupil — with the appeal route you know is right for it."),
 'i3': dict(
  focus="adults of working age with physical or cognitive disabilities and their everyday life outside the home: beskyttet beskæftigelse (serviceloven § 103), aktivitets- og samværstilbud (§ 104), ledsagelse (§ 97) with a number of hours per month, støtte- og kontaktperson (§ 99), merudgifter (§ 100), and decisions that stop or cut such help after a follow-up (opfølgning) because the need has changed or the citizen has not used the help",
  mun="Esbjerg Kommune, Varde Kommune, Billund Kommune, Vejen Kommune, Fanø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter from a joint unit writing on behalf of the citizen's municipality; a letter with a box at the top ('Kort fortalt'); a letter that quotes the follow-up report at length; a letter in a strict template with numbered sections (1. Afgørelse, 2. Begrundelse, …)." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om aktiv socialpolitik or lov om en aktiv beskæftigelsesindsats (e.g. kontanthjælp, a sanktion, or a ressourceforløb) — with the appeal route you know is right for it."),
 'i4': dict(
  focus="money and ceilings: letters where the outcome is carried by amounts and prices — merudgifter (serviceloven § 100) with a list of expenses accepted and not accepted and a monthly sum, støtte til bil (§ 114) with a loan, a price ceiling and a repayment, boligindretning (§ 116) with a quote that is partly covered, hjælpemidler (§ 112) with a leverandøraftale and the citizen paying the difference (frit valg), kontant tilskud (§ 95) with an hourly rate; some letters recalculate an amount that is already granted",
  mun="Slagelse Kommune, Sorø Kommune, Næstved Kommune, Vordingborg Kommune, Stevns Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with an expense table ('Udgift', 'Søgt', 'Godkendt', 'Bemærkning'); a letter that explains the calculation step by step; a letter from an economy unit that is very brief about everything but the numbers; a letter that grants 'med forbehold' or under conditions." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under dagtilbudsloven about økonomisk friplads or søskendetilskud in a daginstitution — with the appeal route you know is right for it."),
 'i5': dict(
  focus="letters that are not quite what they look like: a letter that says 'afgørelse' in the heading but only asks for documents; a letter that confirms a grant made earlier and only changes the provider or the start date; an answer to a complaint that the municipality forwards to Ankestyrelsen after genvurdering; a decision in which the help is granted but at a different time or place than the citizen wanted; a refusal written so politely that the word 'afslag' never appears; areas: praktisk hjælp and personlig pleje (serviceloven § 83), socialpædagogisk støtte (§ 85), hjælpemidler (§ 112), midlertidigt botilbud (§ 107)",
  mun="Aarhus Kommune, Favrskov Kommune, Skanderborg Kommune, Odder Kommune, Samsø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that opens with thanks and small talk; a letter with the result in bold in the first line; a letter that answers the citizen's e-mail point by point with the citizen's words quoted; a letter in a municipal template with a sidebar of contact data." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about hjemmesygepleje or genoptræning under sundhedsloven — with the complaint route you know is right for it."),
}

make_briefs('/work/blind-29-staging', '(also never /work/blind-4-staging … /work/blind-28-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('i3',))
