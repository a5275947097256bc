# The briefs of blind-41's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-41-staging/briefs. The closing section
# "Your files only" was appended to each brief by hand (see ../README.md).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'pa': dict(
  focus="letters written by a new or hurried caseworker with the mistakes a legal reviewer finds in real letters, next to correct ones: a wrong or outdated paragraph (old serviceloven numbers for children after 1 January 2024, a repealed rule), a complaint deadline of 2 weeks or 'inden 3 måneder', complaints sent straight to Ankestyrelsen, a reasoning that only repeats the rule, facts not mentioned, the citizen's own statements not weighed — and letters where nothing is wrong",
  mun="Esbjerg Kommune, Varde Kommune, Fanø Kommune, Billund Kommune, Vejen Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a template half filled in by a new caseworker; a letter copied from an older letter and not fully updated; a careful letter from a senior caseworker; a letter corrected by a team leader with the correction left visible." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a refused parkeringskort-like matter or a decision under lov om social pension — with the complaint route you know is right for it."),
 'pb': dict(
  focus="citizens who are deaf, blind, deafblind or have speech and language disabilities: kontaktperson for døvblinde (serviceloven § 98), tegnsprogstolk and skrivetolk, kommunikationshjælpemidler, ledsagelse, synshjælpemidler and training, letters sent in formats for them (large print, short lines, with a note about a video in tegnsprog or a reading by phone), and the ordinary decisions such citizens receive",
  mun="Aalborg Kommune, Rebild Kommune, Mariagerfjord Kommune, Vesthimmerlands Kommune, Thisted Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a large-print letter with one sentence per line; a letter that starts with a note about how to get it read aloud or in tegnsprog; a formal letter from a specialist unit; a letter with a 'Kort fortalt' box at the top." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on specialundervisning for adults (lov om specialundervisning for voksne) or a refused tolk in a health matter — with the complaint route you know is right for it."),
 'pc': dict(
  focus="day activities and work for adults with disabilities: beskyttet beskæftigelse (serviceloven § 103), aktivitets- og samværstilbud (§ 104), a change of workshop or days, a stop because the citizen got a flexjob or started STU, transport to the activity, and the letters from jobcenter and the social area that meet around the same citizen",
  mun="Randers Kommune, Favrskov Kommune, Syddjurs Kommune, Skanderborg Kommune, Silkeborg Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a weekly schedule table; a letter from a 'Myndighed Voksen' unit with numbered sections; a friendly letter that talks about the workshop and colleagues; a letter with 'Beslutning', 'Begrundelse', 'Lovgrundlag' as side headings in a two-column layout." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a refused STU (lov om ungdomsuddannelse for unge med særlige behov) or a decision about ressourceforløb — with the complaint route you know is right for it."),
 'pd': dict(
  focus="long letters that carry the whole case: a 'Sagens forløb' with dates, a full summary of medical statements and the citizen's partshøring answer, the municipality answering the citizen's points one by one, several considerations weighed against each other, a long legal section quoting the law and Ankestyrelsen's principles — and the decision somewhere in the middle or at the end",
  mun="Viborg Kommune, Skive Kommune, Morsø Kommune, Ringkøbing-Skjern Kommune, Ikast-Brande Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a ten-section letter with numbered headings; a letter with a table of documents in the case; a letter where the decision comes last after 'Samlet vurdering'; a letter that answers a lawyer's points in order." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about refused boligstøtte-like matter handled by the municipality or a decision about a parking or road matter — with the complaint route you know is right for it."),
 'pe': dict(
  focus="small everyday decisions and their follow-ups from a busy hjælpemiddel and visitation counter: reparation and udskiftning of aids, a second aid of the same kind, batteries and service, egenbetaling and the price limit, a forbrugsgode with 50 % support, a hjælpemiddel lent for a short time, a renewed grant of something already given, and the short reply when the citizen asks again",
  mun="Næstved Kommune, Vordingborg Kommune, Faxe Kommune, Guldborgsund Kommune, Lolland Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a half-page letter with only a few lines of text; a letter where the decision stands in a table row per aid; a letter that begins 'Tak for din henvendelse'; a letter from a hjælpemiddelcentral serving several municipalities." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a refused renovation exemption or a decision about a hjælpemiddel under sundhedsloven (e.g. a brystprotese or a parykhjælp-like matter) — with the complaint route you know is right for it."),
}

make_briefs('/work/blind-41-staging', '(also never /work/blind-4-staging … /work/blind-40-staging, /work/iaa-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('pe',))
