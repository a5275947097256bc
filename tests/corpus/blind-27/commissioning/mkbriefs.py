# The briefs of blind-27's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-27-staging/briefs.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'p1': dict(
  focus="an ordinary month in a mid-sized municipality's handicap and elder team, in the proportions such a team really writes: hjælpemidler (serviceloven § 112) and forbrugsgoder (§ 113), praktisk hjælp and personlig pleje (§ 83 for those under folkepensionsalder), ledsagelse (§ 97), merudgifter (§ 100), a støttekontaktperson (§ 99) and a BPA question (§ 96); written quickly by busy caseworkers with the team's standard phrases, some letters short and some padded with boilerplate",
  mun="Allerød Kommune, Helsingør Kommune, Hørsholm Kommune, Nordfyns Kommune, Rødovre Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that is two short paragraphs and a standard guidance block; a letter with a heading per topic in capitals; a letter that repeats the application word for word before answering; a letter with a long standard text about the municipality's service level." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under sundhedsloven about genoptræning after a hospital stay or tilskud til fodterapi — with the appeal or complaint route you know is right for it."),
 'p2': dict(
  focus="grants with limits and refusals with something attached: less than applied for (fewer hours, a lower amount, a shorter period), a cheaper or standard model instead of the one applied for, a different kind of help instead, one item granted and another refused in the same letter, a grant with egenbetaling or a loan; and plain refusals that mention help the citizen already has or may apply for elsewhere; areas: hjælpemidler, boligindretning (§ 116), bil (§ 114), merudgifter (§ 100), praktisk hjælp (§ 83)",
  mun="Egedal Kommune, Faxe Kommune, Furesø Kommune, Ishøj Kommune, Lejre Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a table 'Du har søgt om' / 'Du får'; a letter that states what the citizen gets first and what not second; a letter that argues at length before the result; a letter with the price comparison of two models." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om aktiv socialpolitik (§ 81 a or § 82) about help to a single expense such as a dentist's bill or moving costs — with the appeal route you know is right for it."),
 'p3': dict(
  focus="the citizen's dialogue with the municipality: decisions after a partshøring where the citizen's comments changed the result or did not, with the comments quoted or summarised; decisions after a meeting where a bisidder or a relative spoke; a letter that answers a complaint about slow case handling (sagsbehandlingsfrister, retssikkerhedsloven § 3); a decision that says the citizen did not answer the partshøring; and a letter inviting the citizen to comment before a decision (a partshøring that is not yet a decision)",
  mun="Fredericia Kommune, Kolding Kommune, Middelfart Kommune, Kerteminde Kommune, Svendborg Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with 'Det har du sagt' and 'Sådan har vi brugt det'; a letter that quotes the citizen's e-mail in italics or quotation marks; a letter written as minutes of a meeting followed by a decision; a letter addressed to the citizen and copied to the bisidder." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under dagtilbudsloven about a plads in a daginstitution, søskendetilskud or økonomisk fripladstilskud — with the appeal route you know is right for it."),
 'p4': dict(
  focus="children with severe disabilities and their families' practical life under barnets lov (in force since 1 January 2024): merudgifter (§ 86) for nappies, medicine, special food or transport, aflastning in weekends, a ledsageordning for a young person, hjælpemidler and boligindretning for a child, and tabt arbejdsfortjeneste (§ 87) with reduced hours; letters to parents who live apart, and letters where the child's own wish is reported",
  mun="Guldborgsund Kommune, Lolland Kommune, Stevns Kommune, Sorø Kommune, Ringsted Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a field block for the child and both parents; a letter that sets out each expense with an amount per month; a letter written warmly to the parents by first name; a letter that starts with the legal basis and ends with the result." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under folkeskoleloven about befordring (skolekørsel) for a pupil — with the appeal route you know is right for it."),
 'p5': dict(
  focus="letters from municipal templates with many parts around the decision: a header of case fields (Sagsnr., Journalnr., Sagsbehandler, Direkte tlf.), a sidebar with the department's contact details, a 'Resumé' box, several Bilag (Bilag 1 Klagevejledning, Bilag 2 Lovgrundlag with quoted statute text, Bilag 3 Sådan har vi beregnet), long footers about GDPR and Digital Post; areas: botilbud (§§ 107, 108), socialpædagogisk støtte (§ 85), beskyttet beskæftigelse (§ 103), aktivitets- og samværstilbud (§ 104), BPA (§ 96)",
  mun="Frederikshavn Kommune, Hjørring Kommune, Jammerbugt Kommune, Rebild Kommune, Morsø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter where the Resumé box says the result and the body explains it; a letter whose guidance and law are only in the Bilag; a letter with a sidebar read into the middle of the text; a letter with a long GDPR footer after the signature." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under byggeloven about a byggetilladelse for a rampe or a tilbygning for a disabled resident — with the appeal route you know is right for it."),
}

make_briefs('/work/blind-27-staging', '(also never /work/blind-4-staging … /work/blind-26-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE)
