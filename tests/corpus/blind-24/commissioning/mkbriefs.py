# The briefs of blind-24's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-24-staging/briefs.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'y1': dict(
  focus="rehabilitation first: letters where the municipality offers or decides a time-limited rehabiliteringsforløb (serviceloven § 83 a) or hverdagsrehabilitering before or instead of the help applied for, genoptræning (§ 86), help granted after a course with less or more than applied for, and a course the citizen declines; areas: rehabiliteringsforløb (serviceloven § 83 a), personlig og praktisk hjælp (§ 83), genoptræning and vedligeholdelsestræning (§ 86), socialpædagogisk støtte (§ 85), and hjælpemidler (§ 112)",
  mun="Slagelse Kommune, Næstved Kommune, Faxe Kommune, Stevns Kommune, Køge Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a 'Dit forløb' plan in a table; a letter with goals in bullets; a short Digital Post note; a formal letter from a visitation unit." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under sygedagpengeloven (e.g. a stop of sygedagpenge or a refusal of a forlængelse) — with the appeal route you know is right for it."),
 'y2': dict(
  focus="body-worn aids and consumables: ortopædiske sko and indlæg, parykker, brystproteser, stomi- and inkontinenshjælpemidler, kompressionsstrømper, with the municipality's supplier agreements (leverandøraftale), free choice of supplier with the citizen paying the difference, price ceilings, egenbetaling for normal shoes, and the number of pairs or pieces per year; areas: hjælpemidler (serviceloven § 112), forbrugsgoder (§ 113), merudgifter for adults (§ 100), and merudgifter for a child (barnets lov § 86)",
  mun="Aalborg Kommune, Brønderslev Kommune, Rebild Kommune, Mariagerfjord Kommune, Vesthimmerlands Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a case-system letter with a line per product; a letter with a price calculation; a plain letter to a parent about a child's shoes; a letter that explains free choice of supplier in a box." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under sundhedsloven about omsorgstandpleje or specialtandpleje (e.g. a refusal or grant of visitation) — with the appeal route you know is right for it."),
 'y3': dict(
  focus="citizens with dementia and their relatives: letters addressed to a spouse, a child of the citizen, a fremtidsfuldmægtig or a værge; aflastning and afløsning (serviceloven § 84), dagtilbud and aktivitets- og samværstilbud (§ 104), pasning af nærtstående (§ 118), personlig og praktisk hjælp (§ 83), and socialpædagogisk støtte (§ 85) — letters that report what the relative said and what the citizen said, and how the municipality weighed the two",
  mun="Aarhus Kommune, Odder Kommune, Samsø Kommune, Skanderborg Kommune, Favrskov Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter to the spouse with the citizen in copy; a letter with a 'Det har I fortalt os' section; a formal letter to a fremtidsfuldmægtig; a warm short letter." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under almenboligloven about anvisning of an ældrebolig or a place on the waiting list — with the appeal route you know is right for it."),
 'y4': dict(
  focus="letters that apologise, explain delays or errors, and correct earlier letters: a berigtigelse of a wrong amount or date, a beklagelse of a long case-processing time with the decision at last, genoptagelse of a case on the municipality's own initiative, a decision that reverses an earlier decision in the citizen's favour or against it, and a letter that corrects only the appeal guidance of an earlier decision; areas: merudgifter (serviceloven § 100), støtte til bil (§ 114), boligindretning (§ 116), socialpædagogisk støtte (§ 85), and merudgifter for a child (barnets lov § 86)",
  mun="Esbjerg Kommune, Fanø Kommune, Billund Kommune, Varde Kommune, Vejen Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that opens with an apology; a short correction letter that refers to the earlier letter; a formal decision after genoptagelse; a letter with 'Hvad er ændret?' and 'Hvad er ikke ændret?'." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om ungdomsuddannelse for unge med særlige behov (STU) (e.g. a refusal or grant of an STU-forløb or of its content) — with the appeal route you know is right for it."),
 'y5': dict(
  focus="letters to families who read English better than Danish: a Danish decision with an English summary box, a letter written wholly in English with Danish legal references, a Danish letter with an English annex, and a Danish letter that says a translation can be had — mixed with ordinary Danish letters; areas: støtte to a child under barnets lov (§ 32), merudgifter for a child (barnets lov § 86), tabt arbejdsfortjeneste (barnets lov § 87), hjælpemidler (serviceloven § 112), and socialpædagogisk støtte (§ 85)",
  mun="Københavns Kommune, Frederiksberg Kommune, Tårnby Kommune, Dragør Kommune, Hvidovre Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a Danish letter with an 'In English' box; a wholly English letter from an international team; a Danish letter with an English Bilag; an ordinary Danish letter." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under færdselsloven or vejloven about a reserved handicap parking space in front of the citizen's home (granted or refused) — with the appeal route you know is right for it."),
}

make_briefs('/work/blind-24-staging', '(also never /work/blind-4-staging … /work/blind-23-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE)
