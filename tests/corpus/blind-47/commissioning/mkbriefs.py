# The briefs of blind-47's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-47-staging/briefs. The closing section
# "Your files only" was appended to each brief by hand (see ../README.md).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'va': dict(
  focus="welfare technology next to or instead of personal help: skylletoilet, spiserobot, loftlift, GPS-tracker, digitalt tilsyn by camera or screen visits instead of night visits, medicinrobot, robotstøvsuger as part of praktisk hjælp, the citizen's consent and the municipality's duty to assess each case, and decisions where the help is partly replaced by technology, refused because technology covers it, or granted with a trial period",
  mun="Herning Kommune, Ikast-Brande Kommune, Holstebro Kommune, Struer Kommune, Lemvig Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that lists 'Det ændres' and 'Det fortsætter'; a letter with a trial-period box; a formal decision on a technology with a photo caption; a letter answering the citizen's objection to a camera." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on hjemmesygepleje by video or a medicinrobot under sundhedsloven — with the complaint route you know is right for it."),
 'vb': dict(
  focus="holidays, travel, leisure and life outside the home: help during ferie (personlig hjælp or BPA on a holiday abroad, hjælpemidler taken abroad, merudgifter to a holiday), ledsagelse to leisure activities, support for fritidsaktiviteter for a child with a disability, a temporary stay in another municipality (sommerhus), and refusals because the expense is an ordinary one",
  mun="Bornholms Regionskommune, Gribskov Kommune, Halsnæs Kommune, Hillerød Kommune, Fredensborg Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that answers several travel questions in turn; a short approval with a list of conditions for the trip; a long refusal with a calculation of ordinary expenses; a letter to parents about their child's leisure activity." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on a refused ferie-related ydelse under lov om aktiv socialpolitik or on sygedagpenge during a stay abroad — with the complaint route you know is right for it."),
 'vc': dict(
  focus="help that changes in steps over time and the numbers behind it: aftrapning of socialpædagogisk støtte over several months, hours that differ by period ('januar–marts 6 timer, derefter 4 timer'), minutes per week turned into hours, a grant for a forløb with a fixed end and a later review, help raised for a period after hospital discharge and then lowered, and decisions where one help goes up while another goes down",
  mun="Viborg Kommune, Skive Kommune, Silkeborg Kommune, Favrskov Kommune, Randers Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a period table; a letter with a step plan ('Trin 1, Trin 2'); a short letter with one sentence per period; a formal decision that compares before and after in two columns." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on a stepwise reduction of a ydelse under lov om aktiv socialpolitik or a decision on fleksjob hours under beskæftigelsesloven — with the complaint route you know is right for it."),
 'vd': dict(
  focus="young people and adults with autism, ADHD or other neurodevelopmental conditions: socialpædagogisk støtte, mentor-like support, botræning, kontaktperson, special transport to education, and decisions where the citizen's own words, wishes and a parent's view are quoted at length and weighed, letters written to a young adult with the parent in copy, and refusals because the need is met elsewhere (school, STU, jobcenter)",
  mun="Rudersdal Kommune, Lyngby-Taarbæk Kommune, Gentofte Kommune, Furesø Kommune, Allerød Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a section 'Det har du fortalt os'; a letter written in very short sentences for a reader with autism; a formal decision with a summary of a statusmøde; a letter to a young adult with the parent's objections answered." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on specialundervisning or befordring under folkeskoleloven, or on STU (lov om ungdomsuddannelse for unge med særlige behov) — with the complaint route you know is right for it."),
 've': dict(
  focus="letters whose parts stand in an unusual order or have no visible structure at all: one long paragraph with no headings, the result only at the very end, the klagevejledning in the middle, the reasoning before the facts, a narrative letter that tells the case as a story, a letter that starts with the appeal rights, and ordinary decisions on common help (hjemmehjælp, hjælpemidler, merudgifter, ledsagelse) written that way",
  mun="Esbjerg Kommune, Varde Kommune, Fanø Kommune, Ringkøbing-Skjern Kommune, Horsens Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a one-block letter; a story-like letter; a letter that opens with 'Du kan klage'; a letter whose result stands in its last line; a letter with headings in an odd order." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on a byggetilladelse or a dispensation under byggeloven or planloven — with the complaint route you know is right for it."),
}

make_briefs('/work/blind-47-staging', '(also never /work/blind-4-staging … /work/blind-46-staging, /work/iaa-staging, /work/measure, /work/fuzzwork, /work/dbg, /work/probe-47 or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('vc',))
