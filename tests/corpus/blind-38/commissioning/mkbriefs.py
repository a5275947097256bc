# The briefs of blind-38's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-38-staging/briefs. The closing section
# "Your files only" was appended to each brief by hand (see ../README.md).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'ma': dict(
  focus="letters for citizens who read Danish as a second language, from municipalities that write for them on purpose: very short sentences, one idea per line, a small word list ('Det betyder …') in a box, a line about a free interpreter, the same decision also summarised in three lines at the top; decisions on praktisk hjælp, hjælpemidler, merudgifter and støtte for children, and the refusals and partial grants among them",
  mun="Ishøj Kommune, Brøndby Kommune, Høje-Taastrup Kommune, Albertslund Kommune, Københavns Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with numbered short steps; a letter with a 'Ord i brevet' glossary at the end; a letter with the decision in a framed three-line summary and the details below; a letter written as questions and answers in very plain Danish." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about modersmålsundervisning, a refused skoleskift or an optagelse in a specific school under folkeskoleloven — with the complaint route you know is right for it."),
 'mb': dict(
  focus="adults with substance abuse or homelessness: stofmisbrugsbehandling (serviceloven § 101) and the behandlingsgaranti, alkoholbehandling under sundhedsloven § 141 as a referral, midlertidigt ophold på herberg or forsorgshjem (serviceloven § 110), midlertidigt botilbud (§ 107), støttekontaktperson (§ 85) and Housing First-like bostøtte; decisions that refuse a specific treatment place, grant a cheaper one, stop treatment after missed appointments, and letters written while the citizen has no fixed address",
  mun="Aalborg Kommune, Randers Kommune, Horsens Kommune, Vejle Kommune, Odense Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter sent c/o a herberg; a letter that lists agreed goals in a 'Handleplan' box; a letter with a timeline of missed appointments; a short letter handed over at a meeting and signed by both." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about kontanthjælp sanctions or a refused hjælp i særlige tilfælde under lov om aktiv socialpolitik — with the complaint route you know is right for it."),
 'mc': dict(
  focus="rehabilitation before help for older citizens: a rehabiliteringsforløb (serviceloven § 83 a, and after 1 July 2025 the ældrelov) decided first, then help decided after the forløb ends; letters that grant a forløb and refuse permanent help for now, letters that end a forløb and grant less help than before, træning under serviceloven § 86 and its limits; letters that describe goals, weeks and the citizen's own effort",
  mun="Fredensborg Kommune, Helsingør Kommune, Hillerød Kommune, Allerød Kommune, Egedal Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a 'Dine mål' table; a letter written by a terapeut and a visitator together; a letter with weekly status notes quoted; a very formal letter with numbered sections and a Bilag of the kvalitetsstandard." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about a refused udstykning, a byggetilladelse with conditions, or a påbud under byggeloven — with the complaint route you know is right for it."),
 'md': dict(
  focus="ledsagelse and contact persons: ledsageordning (serviceloven § 97, up to 15 hours a month, and the 'opsparing' of hours), kontaktperson for døvblinde (§ 98), ledsagelse for children and young people, and refusals because the citizen can move about alone or gets help elsewhere; letters with hour counts per month and what the hours may be used for",
  mun="Viborg Kommune, Skive Kommune, Morsø Kommune, Thisted Kommune, Jammerbugt Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a box 'Sådan kan du bruge dine timer'; a letter that quotes the citizen's own diary of trips; a letter printed from a case system with field blocks; a short plain letter that continues existing help." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about a refused ansøgning om kørekort-dispensation-like matter under færdselsloven in the municipality's remit, or a parkeringsafgift-related refusal — with the complaint route you know is right for it."),
 'me': dict(
  focus="children's aids and home adaptations, and the line between the social area and school or health: hjælpemidler and boligindretning for a child (serviceloven §§ 112 and 116 as they apply to children, barnets lov where relevant), refusals because the school (folkeskoleloven) or the region (sundhedsloven, behandlingsredskaber) is responsible, items granted for home but not for school, and stops when the child grows out of an aid or moves into a new home",
  mun="Haderslev Kommune, Aabenraa Kommune, Sønderborg Kommune, Tønder Kommune, Vejen Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter addressed to both parents with the child named in a 'Vedr.' line; a letter with a table 'Hjem / Skole / Hvem betaler?'; a letter that quotes the ergoterapeut's assessment at length; a short letter about a replacement of an outgrown aid." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about specialundervisning or a refused visitation to a specialskole under folkeskoleloven — with the complaint route you know is right for it."),
}

make_briefs('/work/blind-38-staging', '(also never /work/blind-4-staging … /work/blind-37-staging, /work/iaa-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('me',))
