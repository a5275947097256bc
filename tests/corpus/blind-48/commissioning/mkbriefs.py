# The briefs of blind-48's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-48-staging/briefs. The closing section
# "Your files only" was appended to each brief by hand (see ../README.md).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'wa': dict(
  focus="citizens who live in a plejebolig or plejehjem and the help they still apply for there: a personal wheelchair or a special bed for a resident, træning and genoptræning in the plejebolig, socialpædagogisk bistand, ledsagelse out of the home, a refusal because the plejebolig already provides it, betaling for services in the plejebolig, and decisions where the staff of the home speak for the citizen",
  mun="Hjørring Kommune, Frederikshavn Kommune, Brønderslev Kommune, Jammerbugt Kommune, Læsø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter to a resident with the contact person of the home in copy; a letter addressed to a relative with fuldmagt; a short decision on a form; a letter that explains what the plejebolig covers and what the municipality decides on separately." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on boligstøtte or on the rent of a plejebolig under almenboligloven — with the complaint route you know is right for it."),
 'wb': dict(
  focus="letters with more than one language or for citizens who live partly abroad: a Danish decision with an English summary box, a letter with the whole text in Danish and then in English, a decision to a citizen who moves abroad or spends winters in Spain, a letter to an EU citizen, and ordinary decisions on help (hjælpemidler, merudgifter, ledsagelse, praktisk hjælp) written that way",
  mun="København Kommune, Frederiksberg Kommune, Tårnby Kommune, Dragør Kommune, Hvidovre Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a decision with an English summary at the top; a fully bilingual letter in two columns or two halves; a short Danish letter with a translated appendix; a letter written in simple Danish for a reader who is learning the language." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on folkepension or boligydelse for a citizen moving abroad, or on a residence-related ydelse — with the complaint route you know is right for it."),
 'wc': dict(
  focus="letters written on systems or by people without Danish letters or with many typing errors: æ, ø and å written as ae, oe and aa throughout, e-mails typed in a hurry with typos and missing capitals, ALL-CAPS headings, wrong or doubled punctuation, a letter pasted from an old system with broken line breaks — ordinary decisions on help under serviceloven and barnets lov whose content is correct",
  mun="Holbæk Kommune, Kalundborg Kommune, Odsherred Kommune, Sorø Kommune, Ringsted Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. an old mainframe-style letter in capitals without æøå; a hurried e-mail; a letter with inconsistent spelling; a form letter whose fields were filled in by hand." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on a parkeringstilladelse, a handicapparkeringsplads under færdselsloven or a vejrelated matter — with the complaint route you know is right for it."),
 'wd': dict(
  focus="children and young people with disabilities between family support and help for the disability under barnets lov (in force since 1 January 2024): aflastning, a special dagtilbud or særligt dagtilbud, merudgifter and tabt arbejdsfortjeneste while the child is in aflastning, a child's stay in a respite family, and decisions where the child's own view is described (or, for a small child, why it could not be)",
  mun="Aalborg Kommune, Rebild Kommune, Mariagerfjord Kommune, Vesthimmerlands Kommune, Thisted Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a family unit's letter to both parents; a letter with a section 'Barnets perspektiv'; a formal decision with a handleplan summary; a short letter after a børnesamtale." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on a dagtilbud place, søskendetilskud or økonomisk fripladstilskud under dagtilbudsloven — with the complaint route you know is right for it."),
 'we': dict(
  focus="letters that mix a hearing and a decision or change course: a letter that decides one item and sends another in partshøring, a final decision after a partshøring that answers what the citizen wrote, a letter that withdraws a planned decision after the citizen's answer, a letter that extends a deadline for comments, and ordinary decisions that refer back to an earlier partshøring",
  mun="Herlev Kommune, Ballerup Kommune, Albertslund Kommune, Glostrup Kommune, Rødovre Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a two-part letter ('Del 1: Afgørelse', 'Del 2: Høring'); a final decision with a section answering the høringssvar; a short letter that says the planned decision will not be made; a formal template with a 'Partshøring' field." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision after partshøring on a tilbagebetaling of kontanthjælp under lov om aktiv socialpolitik or on a sygedagpenge stop — with the complaint route you know is right for it."),
}

make_briefs('/work/blind-48-staging', '(also never /work/blind-4-staging … /work/blind-47-staging, /work/iaa-staging, /work/measure, /work/fuzzwork, /work/dbg, /work/probe-47 or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('we',))
