# The briefs of blind-20's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-20-staging/briefs.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'u1': dict(
  focus="decisions and answers sent as e-mail or Digital Post replies rather than as formal letters: a reply with 'Fra: / Sendt: / Til: / Emne:' lines and the citizen's earlier message quoted below it, a caseworker's signature with phone hours in the middle of the text, 'Hej Bent' openings, a decision given in three lines above a long quoted thread, forwarded messages ('---------- Videresendt besked ----------'), an answer to a question that is not a decision, and formal decisions attached to a short cover e-mail; areas: hjælpemidler (serviceloven § 112), forbrugsgoder (§ 113), ledsagelse (§ 97), kørsel (§ 117), and merudgifter (§ 100)",
  mun="Herning Kommune, Holstebro Kommune, Ringkøbing-Skjern Kommune, Lemvig Kommune, Struer Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a plain reply e-mail with a quoted thread below; a Digital Post message with a subject line and a formal letter pasted in below a short cover note; a forwarded message chain in which the decision is the newest message; a short message that refers to an attached decision letter whose text follows after 'Vedhæftet: afgoerelse.pdf'." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om sygedagpenge (e.g. stop of sygedagpenge, forlængelse, or a refusal because of the employment requirement) — with the appeal route you know is right for it."),
 'u2': dict(
  focus="drafts a caseworker has not finished: letters written in a municipality's Word template before they are sent, some complete and some not: template placeholders left in ('[dato]', '<<Borgers navn>>', 'XX timer'), the template's own help text in brackets ('[Beskriv her, hvad borgeren har søgt om]'), a reviewer's comment line ('Kommentar [LH1]: husk lovhjemmel'), a paragraph written twice, a heading with nothing under it, an old paragraph from another case not deleted, a standard klagevejledning block pasted in from an older template; areas: personlig og praktisk hjælp (serviceloven § 83), socialpædagogisk støtte (§ 85), merudgifter (§ 100), midlertidigt ophold (§ 107), and støtte to a child under barnets lov (§ 32)",
  mun="Viborg Kommune, Skive Kommune, Morsø Kommune, Thisted Kommune, Vesthimmerlands Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a template with numbered sections and bracketed help text; a template with a field block at the top ('Ydelse:', 'Lovgrundlag:', 'Afgørelse:') and free text below; a draft copied from an earlier letter to another citizen and only partly changed; a finished, compliant letter from the same template for comparison." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under byggeloven or planloven (e.g. a byggetilladelse or dispensation for a ramp, a lift or a handicap-friendly extension) — with the appeal route you know is right for it."),
 'u3': dict(
  focus="the procedural side of applications: an application dismissed (afvist) because the municipality is not competent or the application is incomplete, an application treated as lapsed (bortfaldet) after a reminder, a case put on hold (sat i bero) waiting for a doctor's statement, an application forwarded to another authority (the region, Udbetaling Danmark, the municipality the citizen moved to, retssikkerhedsloven § 9), a refusal to reopen (genoptage) an old decision, a decision on aktindsigt, a decision about who pays between two municipalities, a request for more information with a deadline — mixed with ordinary decisions on the substance; areas: hjælpemidler (serviceloven § 112), boligindretning (§ 116), personlig hjælp (§ 83), botilbud (§§ 107, 108), barnets lov § 86",
  mun="Holbæk Kommune, Kalundborg Kommune, Odsherred Kommune, Sorø Kommune, Ringsted Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a terse legal letter with 'Sagens forløb' and 'Retsgrundlag'; a letter with a timeline table (Dato | Hændelse); a warm plain-language letter that explains what happens next; a standard letter from a citizen service centre (Borgerservice) with a reference box." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under vejloven or færdselsloven (e.g. a refusal of a reserved handicap parking space in front of the citizen's home) — with the appeal route you know is right for it."),
 'u4': dict(
  focus="partial outcomes that never say 'delvis': a quantity lower than applied for ('Du søgte om 8 timer. Vi bevilger 5 timer.'), a cheaper model or a standard product instead of the one chosen, a grant for a shorter period than applied for, a grant of some expense lines and not others, help granted under another provision than the one applied for, a grant subject to a condition that refuses part, a lump sum lower than the quote, help given as a loan instead of a grant — and, for contrast, full grants and refusals written in the same plain words; areas: merudgifter (serviceloven § 100), hjælpemidler and forbrugsgoder (§§ 112, 113), boligindretning (§ 116), bil (§ 114), merudgifter to a child (barnets lov § 86)",
  mun="Slagelse Kommune, Næstved Kommune, Vordingborg Kommune, Faxe Kommune, Stevns Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a table 'Det har du søgt om | Det får du | Derfor'; a letter that states the result only in the middle of a long explanation; a numbered list of decisions; a letter in the first person by the caseworker; a letter that gives amounts per month and per year with a calculation." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om specialundervisning for voksne (kompenserende specialundervisning) or under lov om aktiv beskæftigelsesindsats (e.g. a ressourceforløb or fleksjob) — with the appeal route you know is right for it."),
 'u5': dict(
  focus="letters whose text came out of a PDF with layout noise: two columns read side by side, a sidebar of contact data interleaved with the body, headers and footers and page numbers in the middle of sentences, words hyphenated at line ends, table cells flattened into one value per line, a logo caption ('Logo: …') and a barcode line at the top; areas: botilbud (serviceloven §§ 107, 108), beskyttet beskæftigelse (§ 103), aktivitets- og samværstilbud (§ 104), borgerstyret personlig assistance (§ 96), and støtte- og kontaktperson (§ 99)",
  mun="Bornholms Regionskommune, Greve Kommune, Solrød Kommune, Køge Kommune, Roskilde Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter whose right-hand sidebar lines alternate with the body's lines; a letter cut by 'Side 1 af 3' footers and a repeated header; a table turned into one value per line; a clean letter for comparison." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under sundhedsloven (e.g. befordringsgodtgørelse to a hospital, vederlagsfri fysioterapi or tandpleje) — with the appeal route you know is right for it."),
}

make_briefs('/work/blind-20-staging', '(also never /work/blind-4-staging … /work/blind-19-staging, /work/measure, /work/fuzzwork or /work/dbg)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('u5',))
