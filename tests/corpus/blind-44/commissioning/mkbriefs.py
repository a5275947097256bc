# The briefs of blind-44's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-44-staging/briefs. The closing section
# "Your files only" was appended to each brief by hand (see ../README.md).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'sa': dict(
  focus="what citizens pay in botilbud, plejebolig and housing with support: betaling for ophold (serviceloven § 163 and its rules), husleje, el and kost, egenbetaling calculated from income, a reduction of the payment, a demand to pay back, and the decisions on the help itself that these letters come with",
  mun="Frederikshavn Kommune, Hjørring Kommune, Brønderslev Kommune, Jammerbugt Kommune, Læsø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a full calculation table of income, fradrag and payment; a short letter that only states the new monthly amount; a formal template with the rules quoted in a Bilag; a plain letter to a relative with fuldmagt." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a boligstøtte-like decision or a decision on a deposit loan (indskudslån) under almenboligloven — with the complaint route you know is right for it."),
 'sb': dict(
  focus="letters as klartjek will really receive them after copying and converting: text copied out of PDFs with words hyphenated across lines, lines broken in the middle of sentences, page headers and footers ('Side 2 af 3', the municipality's name and address) repeated in the middle of the text, a table flattened into lines, a few OCR-like errors (rn for m, l for I, missing æøå) — write the letter as a caseworker wrote it and then damage its layout the way conversion does, keeping every word recoverable",
  mun="Assens Kommune, Faaborg-Midtfyn Kommune, Kerteminde Kommune, Nordfyns Kommune, Svendborg Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own and let each suffer a different conversion damage; e.g. a two-column template flattened into one column; a long letter with repeated page headers; a letter whose lines were cut at 60 characters; a letter with OCR-like character errors." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om aktiv socialpolitik (e.g. enkeltydelse § 81) or under beskæftigelsesloven — with the complaint route you know is right for it."),
 'sc': dict(
  focus="decisions made in meetings and on the phone and the documents that carry them: a mødereferat from a network meeting or a visitation meeting that records a decision, a letter confirming a decision given orally, a telephone note sent to the citizen, a decision sent as an answer to the citizen's e-mail, and the ordinary decision letters the same team sends; whether the document is the decision, and what it must then contain",
  mun="Horsens Kommune, Odder Kommune, Samsø Kommune, Hedensted Kommune, Randers Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a meeting minutes template with 'Deltagere', 'Dagsorden', 'Beslutning' and 'Opfølgning'; a short written confirmation of a phone decision; an e-mail answer; a formal decision letter." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision recorded in minutes from a school meeting (specialundervisning or visitation to a special class under folkeskoleloven) — with the complaint route you know is right for it."),
 'sd': dict(
  focus="letters that concern more than one person: decisions to a married couple who both get help (each with their own outcome), to siblings with disabilities in one family, to a citizen and the relative who cares for them (aflastning, pasning af nærtstående), letters where one person's help is granted and the other's refused, and letters where it is hard to tell whom a decision is about",
  mun="Herning Kommune, Ikast-Brande Kommune, Ringkøbing-Skjern Kommune, Lemvig Kommune, Struer Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. one letter with a section per person; a letter to 'Kære Inge og Poul' with one table for both; a letter to parents about two children; a formal letter to the carer about the citizen's help." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about two siblings' school transport or a household's housing benefit-like matter within the municipality's remit — with the complaint route you know is right for it."),
 'se': dict(
  focus="adults with acquired brain injury (after stroke, accident or infection) and their way back: neurofaglig and socialpædagogisk støtte (serviceloven § 85), midlertidigt botilbud (§ 107), rehabilitation stays, hjælpemidler for cognition, kørsel, and the hospital's genoptræningsplan next to the municipality's social decisions; letters written for a reader who tires quickly and has trouble with long text",
  mun="Roskilde Kommune, Greve Kommune, Solrød Kommune, Stevns Kommune, Faxe Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a very short letter with one idea per paragraph; a letter with a summary box first and details after; a formal letter to the citizen and the spouse; a letter with the plan as a table of weeks." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on genoptræning or a refused specialiseret rehabilitering-like matter under sundhedsloven — with the complaint route you know is right for it."),
}

make_briefs('/work/blind-44-staging', '(also never /work/blind-4-staging … /work/blind-43-staging, /work/iaa-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('sa',))
