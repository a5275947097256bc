# The briefs of blind-45's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-45-staging/briefs. The closing section
# "Your files only" was appended to each brief by hand (see ../README.md).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'ta': dict(
  focus="citizens with progressive illness (ALS, sclerose, muskelsvind, Parkinson) whose needs change fast: urgent decisions, hurtig sagsbehandling, an el-kørestol or loftlift granted before the formal application is complete, BPA or personlig hjælp that grows month by month, boligændring, and decisions that grant now and say when the need will be assessed again",
  mun="Aalborg Kommune, Rebild Kommune, Mariagerfjord Kommune, Vesthimmerlands Kommune, Thisted Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a fast one-page decision sent the same day; a long letter with a medical history section; a letter to the spouse who handles the case; a letter in a hospital-like tone with a timeline." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on sygedagpenge or fleksjob-like matters under the relevant employment law — with the complaint route you know is right for it."),
 'tb': dict(
  focus="letters written like legal memoranda by a central administration: numbered sections and sub-sections (1., 1.1, 2.3), cross-references ('jf. afsnit 3.2'), defined terms, a 'Konklusion' first or last, long headings, the facts and the law in separate numbered parts, and ordinary decisions on help under serviceloven and barnets lov carried in that form",
  mun="Gentofte Kommune, Lyngby-Taarbæk Kommune, Rudersdal Kommune, Furesø Kommune, Allerød Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a memorandum with numbered sections; a letter with a one-paragraph conclusion box and numbered reasons; a letter whose sub-headings are questions; a short letter that still numbers every paragraph." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under dagtilbudsloven (e.g. a place in a daycare or a refused fripladstilskud) — with the complaint route you know is right for it."),
 'tc': dict(
  focus="yearly follow-up and revisitation of help that has run for a while: opfølgning letters where most help goes on and one part changes, status letters that list all current help and decide on one item, letters that end help because the goal is reached, letters that raise help after a new assessment, and letters that only tell the citizen that a follow-up will happen",
  mun="Esbjerg Kommune, Varde Kommune, Fanø Kommune, Billund Kommune, Vejen Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a table of all current help and a column for what changes; a short letter about one change; a follow-up report sent as a letter with 'Mål', 'Status' and 'Videre forløb'; a friendly letter to parents about their child's yearly follow-up." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on a parking permit for disabled people (handicapparkering) or a road/transport-related matter within the municipality's remit — with the complaint route you know is right for it."),
 'td': dict(
  focus="the life of a hjælpemiddel after the grant: repair, service and replacement, a refused replacement because the old aid still works, return of an aid that is no longer used, damage caused by wrong use and who pays, udlån versus tilskud and ejerskab, an upgrade the citizen wants and pays for, and letters from the hjælpemiddeldepot next to the visitation's decisions",
  mun="Silkeborg Kommune, Viborg Kommune, Skive Kommune, Favrskov Kommune, Norddjurs Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a depot's short service letter; a formal decision with a table of the aid's parts and prices; a letter written as an answer to the citizen's phone call; a letter to a parent about a child's aid that the child has outgrown." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on a refused or granted handicap-related tax or car registration-like matter that the municipality itself decides, or a decision under sundhedsloven about a health-area aid — with the complaint route you know is right for it."),
 'te': dict(
  focus="where an adult with a disability lives: visitation to a længerevarende botilbud (serviceloven § 108) or a midlertidigt botilbud (§ 107), an almen bolig with socialpædagogisk støtte (§ 85), a change of tilbud, a waiting list, a refusal of the specific tilbud the citizen wanted, and letters where the citizen's own wishes and consent (or a værge's) are weighed against the assessment",
  mun="Slagelse Kommune, Sorø Kommune, Ringsted Kommune, Kalundborg Kommune, Holbæk Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter from a visitation committee with 'Indstilling' and 'Afgørelse'; an easy-to-read letter with pictures described in brackets; a formal letter to the værge; a letter that compares the tilbud the citizen wanted with the one offered." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under almenboligloven about a housing allocation (boliganvisning) or under lejeloven-related municipal tasks — with the complaint route you know is right for it."),
}

make_briefs('/work/blind-45-staging', '(also never /work/blind-4-staging … /work/blind-44-staging, /work/iaa-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('tc',))
