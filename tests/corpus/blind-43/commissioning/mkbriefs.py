# The briefs of blind-43's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-43-staging/briefs. The closing section
# "Your files only" was appended to each brief by hand (see ../README.md).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'ra': dict(
  focus="decisions that are provisional, conditional or limited in time, and the letters that follow them: a midlertidig bevilling while an assessment is made, a grant on conditions (vilkår) the citizen must meet, help granted for a trial period (prøveperiode) with a date for the follow-up, an akut decision taken by phone and confirmed in writing afterwards, a grant 'indtil videre', a renewal with a new end date, and the letter that ends or extends a temporary grant",
  mun="Silkeborg Kommune, Skanderborg Kommune, Favrskov Kommune, Syddjurs Kommune, Norddjurs Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a short confirmation of a decision already given by phone; a formal letter with the conditions as a numbered list; a letter with a table of periods and end dates; a warm plain letter from a named caseworker in the first person." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a midlertidig or conditional decision under lov om aktiv socialpolitik (e.g. a hjælp i særlige tilfælde) or a temporary dispensation in a byggesag — with the complaint route you know is right for it."),
 'rb': dict(
  focus="decisions written or checked by the municipality's legal team (jurister): they quote Ankestyrelsens principmeddelelser by number, the ministry's vejledning by paragraph number ('punkt 123'), court judgments and the preparatory works, put legal sources in footnotes, and argue carefully; next to them the ordinary letters the same team sends after a complaint or a remand",
  mun="Gentofte Kommune, Lyngby-Taarbæk Kommune, Rudersdal Kommune, Furesø Kommune, Allerød Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a long legal memo-like decision with footnotes; a decision with a separate 'Retsgrundlag' appendix quoting statute and principmeddelelser; a short letter that refers to a long attached 'Juridisk vurdering'; a plain letter the jurist rewrote for the citizen." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: an aktindsigt decision under offentlighedsloven or a decision under lov om social pension — with the complaint route you know is right for it."),
 'rc': dict(
  focus="hjælpemidler and forbrugsgoder where money and suppliers carry the decision: kropsbårne hjælpemidler (ortopædiske sko, parykker, brystproteser, stomi- og inkontinenshjælpemidler) with prislofter, egenbetaling and frit leverandørvalg, forbrugsgoder with half the price paid (serviceloven § 113), a cheaper model granted instead of the one applied for, udlån against ownership, and repairs and replacements",
  mun="Esbjerg Kommune, Varde Kommune, Vejen Kommune, Fanø Kommune, Ringkøbing-Skjern Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a price table (pris, prisloft, din egenbetaling); a letter from a hjælpemiddelcentral with the product's article number; a plain letter about frit valg af leverandør; a formal letter with the decision in a field block." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a refused helbredstillæg-like payment under lov om social pension or a decision about tilskud under sundhedsloven handled by the municipality — with the complaint route you know is right for it."),
 'rd': dict(
  focus="small children (0–6 years) with disabilities or developmental delays and their families, under barnets lov (in force since 1 January 2024): early help, aflastning, hjemmetræning, merudgifter and tabt arbejdsfortjeneste for parents of a small child, and the line to dagtilbudsloven (specialpædagogisk støtte in a daycare) and to the health area (PPR, sundhedsplejerske, hospital); letters to both parents, to separated parents, and to a foster family",
  mun="Holbæk Kommune, Odsherred Kommune, Slagelse Kommune, Næstved Kommune, Vordingborg Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a warm letter to 'Kære Sara og Mikkel' about their daughter; a formal family-unit template with 'Barnets navn:' and 'Forældremyndighedsindehaver:' fields; a letter with the child's plan as a table; a short letter after a meeting in the family's home." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on specialpædagogisk støtte in a dagtilbud under dagtilbudsloven or on a place in a special daycare group — with the complaint route you know is right for it."),
 're': dict(
  focus="letters written on the municipality's behalf or in a shared unit: a private BPA company, a contracted kørselsordning, an intermunicipal communication or brain-injury centre, a regional specialist unit, a shared hjælpemiddelcentral serving several municipalities, and the municipality's own letter that adopts or overrules their recommendation; who decides, who signs, and who the citizen should complain to is not always obvious",
  mun="Viborg Kommune, Skive Kommune, Lemvig Kommune, Struer Kommune, Holstebro Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter on a provider's letterhead 'på vegne af Viborg Kommune'; a joint centre's letter with two logos; a municipal decision that encloses the centre's recommendation as a Bilag; a terse letter from a contractor with the decision in a table." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about a place or transport under the folkeskole or about kørsel to treatment under sundhedsloven — with the complaint route you know is right for it."),
}

make_briefs('/work/blind-43-staging', '(also never /work/blind-4-staging … /work/blind-42-staging, /work/iaa-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('rc',))
