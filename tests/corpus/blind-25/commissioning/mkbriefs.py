# The briefs of blind-25's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-25-staging/briefs.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'z1': dict(
  focus="decisions that rest on medical and specialist assessments which disagree: a lægeerklæring from the citizen's own doctor, a speciallæge's statement, the municipality's ergoterapeut or fysioterapeut, a neuropsykologisk undersøgelse, the municipality's own lægekonsulent — letters that say which assessment they follow and why, and letters that only list the papers they read; areas: hjælpemidler (serviceloven § 112), boligindretning (§ 116), merudgifter for adults (§ 100), borgerstyret personlig assistance (§ 96), and merudgifter for a child (barnets lov § 86)",
  mun="Fredensborg Kommune, Gribskov Kommune, Halsnæs Kommune, Helsingør Kommune, Hillerød Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a 'Sagens oplysninger' list of documents with dates; a letter that quotes the doctor; a letter with a table of assessments side by side; a short letter that refers to an attached assessment." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om social pension about helbredstillæg or personligt tillæg (e.g. for medicine or dental treatment) — with the appeal route you know is right for it."),
 'z2': dict(
  focus="where and how people live: midlertidigt botilbud (serviceloven § 107), længerevarende botilbud (§ 108), socialpædagogisk støtte in the citizen's own home (§ 85), visitation to a plejebolig or an ældrebolig, the citizen's egenbetaling for a botilbud, a move between two botilbud, and a refusal of a botilbud with help at home instead",
  mun="Nordfyns Kommune, Assens Kommune, Svendborg Kommune, Langeland Kommune, Ærø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter from a visitationsudvalg with its meeting date; a letter with a 'Sådan har vi vurderet' section; a letter with the rent and egenbetaling in a table; a plain letter to a young adult with an intellectual disability." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under byggeloven about a byggetilladelse for a ramp, a lift or a carport at a disabled citizen's home (granted with conditions or refused) — with the appeal route you know is right for it."),
 'z3': dict(
  focus="home care decided from functional assessments: personlig pleje and praktisk hjælp (serviceloven § 83) visited by Fælles Sprog III functional levels (0–4) and the municipality's kvalitetsstandard, madservice, tøjvask, rengøring every second week, frit valg of provider (private or municipal), help in minutes per week, revisitation after a hospital stay, and help reduced after an improvement",
  mun="Holstebro Kommune, Ikast-Brande Kommune, Ringkøbing-Skjern Kommune, Lemvig Kommune, Struer Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a case-system printout with a table of functional areas, levels and minutes; a letter with 'Det kan du selv' and 'Det får du hjælp til'; a short revisitation note; a letter to a married couple who both get help." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under the municipality's affaldsregulativ (miljøbeskyttelsesloven) about special collection of household waste for a citizen with a disability (e.g. the bin fetched from the door) — with the appeal route you know is right for it."),
 'z4': dict(
  focus="cases that end or change hands for reasons other than the help itself: a citizen who moves to another municipality (handlekommune, the new municipality takes over), a citizen who has died (a letter to the estate or the relatives), an application withdrawn by the citizen, a case closed because the citizen did not send the information asked for, help that stops because the citizen is admitted to a nursing home or hospital, and help paid back after a change the citizen did not report; areas: personlig og praktisk hjælp (serviceloven § 83), merudgifter (§ 100), kontant tilskud (§ 95), socialpædagogisk støtte (§ 85), and tabt arbejdsfortjeneste (barnets lov § 87)",
  mun="Rødovre Kommune, Vallensbæk Kommune, Brøndby Kommune, Ishøj Kommune, Albertslund Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a short condolence letter that also ends the help; a formal letter about a move with both municipalities named; a letter that says 'Vi lukker din sag'; a letter that asks for money back with an amount table." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under dagtilbudsloven about a place in a special day-care or about tilskud til pasning af egne børn — with the appeal route you know is right for it."),
 'z5': dict(
  focus="decisions sent by someone other than the caseworker's own department: a hjælpemiddelcentral shared by several municipalities, a joint visitation unit, a private or regional provider writing on the municipality's behalf, a cover e-mail with the decision in an attachment whose text follows, and letters where the decision sits under a long introduction about the municipality's services; areas: ledsageordning (serviceloven § 97), hjælpemidler (§ 112), forbrugsgoder (§ 113), socialpædagogisk støtte (§ 85), and støtte til bil (§ 114)",
  mun="Guldborgsund Kommune, Lolland Kommune, Bornholms Regionskommune, Lejre Kommune, Egedal Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter on a shared hjælpemiddelcentral's letterhead 'på vegne af' a municipality; a cover e-mail followed by the decision; a letter with a long service introduction before the decision; a letter from a provider that passes on the municipality's decision." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om trafikselskaber about handicapkørsel (visitation to individual transport for a citizen with reduced mobility, granted or refused) — with the appeal route you know is right for it."),
}

make_briefs('/work/blind-25-staging', '(also never /work/blind-4-staging … /work/blind-24-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE)
