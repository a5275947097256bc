# The briefs of blind-22's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-22-staging/briefs.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'w1': dict(
  focus="caseworkers' abbreviations and jargon: law names abbreviated (SEL, SL, BL, RSL, FVL, ÆL, LAB) and written every way ('SEL § 85', '§85 SEL', 'servl. § 100', 'jf. BL §32'), help named by its paragraph ('§ 85-støtte', 'et § 107-tilbud', 'BPA-ordningen', 'KTO'), 'jf.', 'iht.', 'ift.', 'evt.', 'pt.', 'mht.', internal system words ('bevillingen er oprettet i Nexus', 'visiteret til pakke 3'), and letters that explain none of it — mixed with plain letters; areas: socialpædagogisk støtte (serviceloven § 85), borgerstyret personlig assistance (§ 96), merudgifter (§ 100), midlertidigt botilbud (§ 107), and støtte to a child under barnets lov (§ 32)",
  mun="Kerteminde Kommune, Nyborg Kommune, Faaborg-Midtfyn Kommune, Assens Kommune, Middelfart Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a terse letter full of abbreviations; a letter with an abbreviation list at the end; a case-system letter with codes and paragraph-named help; a plain-language letter for comparison." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om social pension (e.g. personligt tillæg or helbredstillæg to a pensioner) — with the appeal route you know is right for it."),
 'w2': dict(
  focus="text damaged on its way to the reader: letters read by OCR from paper scans (typical errors such as 'afg0relse', 'l' for '1', 'rn' for 'm', lost or doubled spaces, broken words, stray marks from stamps and hole punches), letters typed on a system without Danish letters ('ae', 'oe', 'aa' or '?' for æ, ø, å), letters whose line breaks were lost so that headings run into the text, and letters with a hand-written note transcribed in brackets ('[håndskrevet: ring til mig]'); areas: hjælpemidler (serviceloven § 112), forbrugsgoder (§ 113), boligindretning (§ 116), kørsel (§ 117), and personlig og praktisk hjælp (§ 83)",
  mun="Tønder Kommune, Aabenraa Kommune, Vejen Kommune, Billund Kommune, Varde Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own, then damage some of the letters as described in your focus (keep each damage realistic and moderate enough that a person can still read the letter); keep at least 3 letters undamaged for comparison." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under beskæftigelsesloven (e.g. personlig assistance or a hjælpemiddel to a person with a disability in a job, or mentorstøtte) — with the appeal route you know is right for it."),
 'w3': dict(
  focus="decisions given orally first and letters about help in a hurry: a written confirmation of a decision given by phone or at a meeting ('Som aftalt i telefonen i går …', 'Bekræftelse af afgørelse truffet på mødet'), temporary or interim help while the case is assessed ('Indtil vi har truffet endelig afgørelse, får du …'), acute help after a hospital stay, help granted with effect from an earlier date, a decision taken before the application was complete, and a letter that withdraws an oral promise; areas: personlig hjælp (serviceloven § 83), aflastning (§ 84), ledsagelse (§ 97), særlig behandling (§ 102), and midlertidigt botilbud (§ 107)",
  mun="Rebild Kommune, Mariagerfjord Kommune, Jammerbugt Kommune, Frederikshavn Kommune, Læsø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a short confirmation e-mail from the caseworker; a formal letter that repeats the oral decision in full; a letter with 'Midlertidig afgørelse' and 'Endelig afgørelse' parts; a chatty letter from a small municipality." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under dagtilbudsloven (e.g. a refusal of støtte in a børnehave, of a place in a special group, or of a friplads) — with the appeal route you know is right for it."),
 'w4': dict(
  focus="letters written to, or copied to, someone other than the citizen, and letters with forms: a letter to the botilbud, the provider or the school about the citizen's help with the citizen in copy ('Kopi til: borger'), a request to a doctor or a hospital for information with a copy to the citizen, a letter to a værge, a letter to the parents with the child's school in copy — and, among them, the decision letters to the citizen; letters that end with a form to fill in ('Svarblanket', '☐ Jeg er enig ☐ Jeg er ikke enig', a samtykkeerklæring with signature lines); areas: støtte to a child under barnets lov (§ 32), merudgifter (barnets lov § 86), tabt arbejdsfortjeneste (barnets lov § 87), aktivitets- og samværstilbud (serviceloven § 104), and længerevarende botilbud (§ 108)",
  mun="Gentofte Kommune, Lyngby-Taarbæk Kommune, Rudersdal Kommune, Hørsholm Kommune, Furesø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter to an institution with the citizen in copy; a letter that ends with a svarblanket and checkboxes; a formal decision with a 'Kopi til' list of several parties; a plain letter to the parents." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under folkeskoleloven about transport to school (befordring, e.g. refused or granted for a child with a disability) — with the appeal route you know is right for it."),
 'w5': dict(
  focus="decisions that lean on the municipality's own rules and practice: the local kvalitetsstandard or serviceniveau quoted as the reason ('Kommunens kvalitetsstandard giver ikke mulighed for …', 'Det er ikke en del af vores serviceniveau'), fixed local rates and ceilings ('Kommunens takst for ledsagelse er …'), references to Ankestyrelsens principmeddelelser, to a politically decided policy or to 'praksis i kommunen' — some of them with the law and a concrete assessment besides, some with only the local rule; areas: personlig og praktisk hjælp (serviceloven § 83), socialpædagogisk støtte (§ 85), ledsagelse (§ 97), beskyttet beskæftigelse (§ 103), and aktivitets- og samværstilbud (§ 104)",
  mun="Skanderborg Kommune, Horsens Kommune, Hedensted Kommune, Syddjurs Kommune, Norddjurs Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that quotes the kvalitetsstandard in a box; a letter with a section 'Kommunens serviceniveau'; a jurist's letter citing principmeddelelser; a warm plain letter that explains the local rules." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under sundhedsloven (e.g. a genoptræningsplan, vederlagsfri fysioterapi or befordringsgodtgørelse) — with the appeal route you know is right for it."),
}

make_briefs('/work/blind-22-staging', '(also never /work/blind-4-staging … /work/blind-21-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE)
