# The briefs of blind-50's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-50-staging/briefs. The closing section
# "Your files only" was appended to each brief by hand (see ../README.md). From this set on the
# schema's outcome line carries the outcome convention of ../shared/design.md § 7 (outcome_rule).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'ya': dict(
  focus="støtte til køb af bil (serviceloven § 114) and what comes with it: a loan for a car with the rules for repayment, afgiftsfritagelse, særlig indretning of the car, genanskaffelse after six years, the cheapest suitable car rather than the one chosen, help for a driving licence, refusals because the need is not for kørsel to work or education or activities, and a car for a child's family",
  mun='Aabenraa Kommune, Sønderborg Kommune, Haderslev Kommune, Tønder Kommune, Kolding Kommune',
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a long formal bilafgørelse with a calculation of the loan and a table of the car's price; a short letter approving special equipment; a letter that first explains the conditions one by one and then decides; a letter to parents about a car for the family of a child with a disability." + VARY,
  other='- 1 decision in ANOTHER legal area, written by a municipality: a decision on befordringsgodtgørelse or another ydelse under beskæftigelsesloven for a citizen in a job-centre activity — with the complaint route you know is right for it.'),
 'yb': dict(
  focus="boligindretning and boligskift for adults (serviceloven § 116): ramps, door widening, bathroom and kitchen changes, a stair lift or a platform lift, help to move to a more suitable home, with quotes from craftsmen and amounts, the municipality's choice of the cheapest solution, egenbetaling, repayment when the home is sold, and refusals because the change is ordinary maintenance or the home can never be made suitable",
  mun='Roskilde Kommune, Greve Kommune, Solrød Kommune, Høje-Taastrup Kommune, Ishøj Kommune',
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a technical letter from an ergoterapeut with measurements and a list of works; a letter with the craftsman's quote summarised in a table; a short approval with conditions; a letter that decides the change and tells what the citizen must pay." + VARY,
  other='- 1 decision in ANOTHER legal area, written by a municipality: a decision on a lån til betaling af ejendomsskat (indefrysning) or a refusal of it — with the complaint route you know is right for it.'),
 'yc': dict(
  focus="children with disabilities whose parents live apart: letters to two households with joint custody, one parent applying and the other disagreeing, help that follows the child between two homes (hjælpemidler in both homes, merudgifter split between the parents, aflastning), the child's own view, and decisions under barnets lov (in force 1 January 2024) where the municipality must weigh what each parent says",
  mun='Gentofte Kommune, Lyngby-Taarbæk Kommune, Gladsaxe Kommune, Rudersdal Kommune, Allerød Kommune',
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. the same decision sent to both parents with 'Kopi til'; a letter that answers each parent's points in turn; a short decision after a meeting with both parents; a letter to one parent that explains why the other parent has been heard." + VARY,
  other='- 1 decision in ANOTHER legal area, written by a municipality: a decision on økonomisk fripladstilskud or søskendetilskud for SFO or a dagtilbud under dagtilbudsloven — with the complaint route you know is right for it.'),
 'yd': dict(
  focus="citizens with dementia and their relatives: a daghjem or dagcenter place, aflastning for a spouse, a demenskoordinator's visits, help at home that changes as the illness grows, GPS or other technology, a relative with fremtidsfuldmagt or a værge who speaks for the citizen, and decisions where the citizen's own wishes cannot be fully known",
  mun='Vejle Kommune, Fredericia Kommune, Middelfart Kommune, Billund Kommune, Ikast-Brande Kommune',
  styles='Invent 4 or 5 clearly different house styles of your own; e.g. a letter to the spouse who holds a fremtidsfuldmagt; a letter written to the citizen in very simple words with a copy to the daughter; a visitation letter after a home visit with the demenskoordinator; a short letter about a daghjem place.' + VARY,
  other='- 1 decision in ANOTHER legal area, written by a municipality: a decision on personligt tillæg (for example to heating or medicine) under pensionsloven — with the complaint route you know is right for it.'),
 'ye': dict(
  focus="decisions sent as e-mails or pasted into e-mails: a decision in the body of a mail with headers (Fra, Til, Emne, Dato), the citizen's earlier mail quoted below, a forwarded chain where only the newest message decides, long signatures with disclaimers ('Denne e-mail kan indeholde fortrolige oplysninger'), 'Sendt fra min iPhone', and ordinary decisions on help (praktisk hjælp, hjælpemidler, ledsagelse, merudgifter) written that way",
  mun='Viborg Kommune, Lemvig Kommune, Struer Kommune, Holstebro Kommune, Ringkøbing-Skjern Kommune',
  styles='Invent 4 or 5 clearly different house styles of your own; e.g. a short e-mail reply that decides; a forwarded chain with the decision at the top; a secure-mail template with a long disclaimer; a mail with the decision as an attached text pasted below.' + VARY,
  other='- 1 decision in ANOTHER legal area, written by a municipality: a decision on a tilladelse to place a ramp or a container on a public road under vejloven, or on a renovation fee — with the complaint route you know is right for it.'),
}

make_briefs('/work/blind-50-staging', '(also never /work/blind-4-staging … /work/blind-49-staging, /work/iaa-staging, /work/measure, /work/fuzzwork, /work/dbg, /work/probe-47 or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('yd',), outcome_rule=True)
