# The briefs of blind-31's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-31-staging/briefs. The closing section
# "Your files only" was appended to each brief by hand (see ../README.md).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'c1': dict(
  focus="letters produced from a case system's standard template with a lot of boilerplate: standard paragraphs on oplysningspligt, behandling af personoplysninger, aktindsigt, partshøring and tavshedspligt surround a decision that is sometimes only two sentences long; areas: hjælpemidler (serviceloven § 112), boligindretning (§ 116), individuel befordring (§ 117) and støtte til bil (§ 114) for adults",
  mun="Tønder Kommune, Haderslev Kommune, Sønderborg Kommune, Aabenraa Kommune, Vejen Kommune",
  styles="Invent 4 or 5 clearly different template families of your own; e.g. a template whose headings are all fixed fields ('Ansøgning', 'Afgørelse', 'Lovgrundlag', 'Begrundelse', 'Klagevejledning') filled in with few words; a template with a long standard text after the signature; a template where the caseworker's own text is squeezed between two standard blocks; a template with a table of 'Ydelse / Leverandør / Periode'." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about a handicap parking space at the citizen's home on a municipal road (vejloven or færdselsloven) or a similar road/traffic matter — with the appeal route you know is right for it."),
 'c2': dict(
  focus="children with disabilities and their families, written by a family unit that takes the child's own views seriously: børnesamtaler, the child's perspective described before the decision, barnets lov's rules on merudgifter (§ 86), tabt arbejdsfortjeneste (§ 87), aflastning, hjælpemidler and støtte in the home; some letters decide for a child who is 12–17 and address the child too",
  mun="Holbæk Kommune, Kalundborg Kommune, Odsherred Kommune, Ringsted Kommune, Lejre Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a section 'Det har [barnets navn] fortalt os'; a letter with a 'Sådan har vi vurderet' table of considerations; a letter to both parents that is also written so the child can read the first part; a terse letter from a busy unit." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about omsorgstandpleje or specialtandpleje under sundhedsloven — with the complaint route you know is right for it."),
 'c3': dict(
  focus="adults with mental illness or cognitive disabilities whose needs go up and down: socialpædagogisk støtte (serviceloven § 85), gruppebaserede tilbud offered instead of individual support (§ 82 a / § 82 b), midlertidigt botilbud (§ 107), støtte- og kontaktperson (§ 99), time-limited grants with a follow-up date, letters after a missed meeting, and one decision that stops help because the citizen has not used it",
  mun="Frederikshavn Kommune, Hjørring Kommune, Brønderslev Kommune, Jammerbugt Kommune, Læsø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that sets out goals (mål) and what the support shall lead to; a letter written after a meeting with the citizen and a bostøtte worker, with who-said-what; a letter with a 'Din indsats kort' box; a letter from a psychiatric unit's myndighedsteam with numbered sections." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under integrationsloven or lov om danskuddannelse (e.g. about a danskuddannelse or an integrationsydelse-related matter) — with the appeal route you know is right for it."),
 'c4': dict(
  focus="letters that bundle several decisions or several kinds of help in one letter, written by a visitation unit that does 'helhedsvurdering': personlig pleje and praktisk hjælp, hjælpemidler, madservice, befordring and ledsagelse for the same citizen in one letter, some items granted, some refused, some granted differently, and some referred to another unit; and a few very short e-mail-like answers",
  mun="Fredensborg Kommune, Hillerød Kommune, Gribskov Kommune, Halsnæs Kommune, Frederikssund Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with one block per kind of help and a summary table at the end; a letter that answers the citizen's list of wishes one by one; a letter written as a reply to an e-mail thread; a letter with a coloured 'Afgørelse' box per item (write the box as text)." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about a plejebolig or ældrebolig (anvisning, venteliste or refusal) under almenboligloven — with the appeal route you know is right for it."),
 'c5': dict(
  focus="older citizens in 2025 and 2026, when help in the home for older people moved from serviceloven to the new ældrelov (in force 1 July 2025): helhedspleje, madservice, rehabilitering, hjælpemidler (still serviceloven § 112), and letters that revisit help granted before the change; some letters cite the old rule for what applied earlier and the new rule for what applies now; use only rules you know and say so in the label notes when unsure",
  mun="Kolding Kommune, Fredericia Kommune, Middelfart Kommune, Billund Kommune, Hedensted Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that explains the change of law in a box; a letter from a 'Sundhed og Omsorg' unit with short headings; a letter written after a rehabilitation period with measured results; a letter to a spouse who holds a fuldmagt." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about ejendomsskat, a dødsbo matter or another municipal matter outside the social area that an older citizen receives — with the appeal route you know is right for it."),
}

make_briefs('/work/blind-31-staging', '(also never /work/blind-4-staging … /work/blind-30-staging, /work/iaa-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('c3',))
