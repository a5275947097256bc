# The briefs of blind-12's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-12-staging/briefs.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'k1': dict(
  focus="letters printed from a case system (KMD Nexus, Netcompany, Acadre) and saved as text: a page header repeated on every page ('Side 2 af 3', the case number and the citizen's name), form fields with odd spacing ('Ydelse:          Badebænk'), a 'Ydelsesoversigt' or 'Bevillingsoversigt' of several lines with columns, standard paragraphs chosen from a menu with one sentence written by the caseworker, signature blocks with several names and titles; topics: hjælpemidler (serviceloven § 112), forbrugsgoder (§ 113), boligindretning (§ 116), genanskaffelse and reparation",
  mun="Aarhus Kommune, Vejle Kommune, Hjørring Kommune, Næstved Kommune, Holstebro Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a Nexus print with a header block of 12 labelled fields before the text; a letter whose decision is one line in a 'Bevillingsoversigt' table followed by standard paragraphs; a three-page letter with the page header repeated in the middle of a paragraph; a short letter from a hjælpemiddeldepot about a repair or an exchange." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om almene boliger (boligtildeling) or under byggeloven (e.g. dispensation for a ramp)."),
 'k2': dict(
  focus="elderly couples and old people living at home or moving: one letter deciding help for both spouses, plejebolig and ældrebolig (visitation and the offer of a dwelling), madservice, klippekort, tryghedsopkald, frit valg of leverandør, help during a spouse's hospital stay; before 1 July 2025 under serviceloven §§ 83, 83 a, 192 a; after that under ældreloven (helhedspleje)",
  mun="Randers Kommune, Horsens Kommune, Fredericia Kommune, Hedensted Kommune, Skive Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter to 'Kære Inga og Poul' that decides help for each of them in its own section; a visitation committee's letter about plejebolig with a waiting list; a short letter that changes the leverandør; a letter with a table of services for each spouse." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om almene boliger (anvisning af ældrebolig) or under sundhedsloven (hjemmesygepleje § 138)."),
 'k3': dict(
  focus="adults of working age with physical disabilities and their economy: BPA with the citizen as employer (serviceloven § 96, the tilskud calculation, the arbejdsgiverrolle), kontant tilskud (§ 95), merudgifter or kompensationsydelse (§ 100) with budgets, støtte til køb af bil (§ 114: lån, afdrag, genanskaffelse, særlig indretning), and letters that grant with a calculation of what the citizen must pay",
  mun="Frederiksberg Kommune, Lyngby-Taarbæk Kommune, Rudersdal Kommune, Hørsholm Kommune, Fredensborg Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a BPA letter with a calculation of hours and hourly rates; a car-loan letter with the loan, the part that is repaid and the monthly instalment; a merudgift letter with a budget table and a refused line; a formal lawyer-style letter with numbered sections." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om social pension (e.g. personligt tillæg) or under beskæftigelsesloven (e.g. hjælpemidler på arbejdspladsen)."),
 'k4': dict(
  focus="children with autism, ADHD or intellectual disability and their families under barnets lov: aflastning and støtteperson (§ 32), merudgifter (§ 86), tabt arbejdsfortjeneste (§ 87), letters that start or close a børnefaglig undersøgelse (§ 20) without deciding help, letters in which the child's own views are reported and weighed, letters to a family where the parents disagree",
  mun="Køge Kommune, Roskilde Kommune, Kalundborg Kommune, Middelfart Kommune, Viborg Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a family-department letter with 'Barnets perspektiv' and 'Det har vi lagt vægt på' sections; a letter to a mother with a copy to the father at another address; a letter that informs about a børnefaglig undersøgelse and a later one that decides; a letter with a table of hours of aflastning per month." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under dagtilbudsloven or under folkeskoleloven (e.g. befordring § 26) — with the appeal route you know is right for it."),
 'k5': dict(
  focus="letters after the appeals body has spoken and letters about the case file: a municipality implementing Ankestyrelsen's decision ('Ankestyrelsen har ændret vores afgørelse, og du får derfor …'), a new decision after Ankestyrelsen sent the case back, a letter that quotes Ankestyrelsen's decision at length, a decision on aktindsigt in the citizen's own case (forvaltningsloven, another area), a letter about a complaint over the caseworker's conduct (not a decision), a letter correcting a clerical error in an earlier decision; topics: hjælpemidler, ledsagelse (§ 97), socialpædagogisk støtte (§ 85), merudgifter",
  mun="Aalborg Kommune, Sorø Kommune, Slagelse Kommune, Esbjerg Kommune, Faaborg-Midtfyn Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a short letter that only carries out what Ankestyrelsen decided; a long new decision after hjemvisning that retells the case; a letter with a quoted block from Ankestyrelsen's decision; an aktindsigt decision with a list of documents withheld." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on aktindsigt under forvaltningsloven § 9 or offentlighedsloven — with the appeal route you know is right for it."),
}

make_briefs('/work/blind-12-staging', '(also never /work/blind-4-staging … /work/blind-11-staging, /work/measure or /work/fuzzwork)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=())
