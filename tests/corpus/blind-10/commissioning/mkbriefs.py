# The briefs of blind-10's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-10-staging/briefs.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'h1': dict(
  focus="'samlet afgørelse' letters that decide several kinds of help at once, often under several laws (a family: the child's merudgifter under barnets lov § 86 and the parent's tabt arbejdsfortjeneste under § 87; an adult: a hjælpemiddel, a forbrugsgode and befordring in one letter), with budgets and calculations: amounts applied for and approved per item, monthly and yearly totals, 'Beregning af merudgifter' tables, a line refused inside an otherwise granted budget, a quantity granted per period that differs from the one applied for",
  mun="Roskilde Kommune, Esbjerg Kommune, Silkeborg Kommune, Guldborgsund Kommune, Norddjurs Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with one numbered section per item, each with its own result and reasoning; a letter whose result is a budget table (Udgift / Ansøgt / Godkendt / Begrundelse) followed by a short summary; a letter that grants most of it in prose and refuses one thing in a subordinate clause; a letter to both parents of a child with a disability where the child's and the parents' help are decided together." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om aktiv socialpolitik (e.g. hjælp til enkeltudgifter, § 81) or under lov om individuel boligstøtte."),
 'h2': dict(
  focus="letters at the edge of the social area: decisions and letters to citizens with disabilities under OTHER laws that use the same vocabulary (fleksjob, ressourceforløb or jobafklaring under beskæftigelsesloven; specialundervisning or befordring under folkeskoleloven; genoptræning under sundhedsloven § 140; individuel handicapkørsel from a trafikselskab; førtidspension; boligtildeling), and social-area decisions (serviceloven §§ 85, 97, 100, 103, 104) that mention those other laws and schemes in passing",
  mun="Gladsaxe Kommune, Helsingør Kommune, Randers Kommune, Svendborg Kommune, Tønder Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a jobcenter letter with 'Afgørelse' headings and a klagevejledning naming Ankestyrelsen (as beskæftigelsessager really do); a school administration's letter about befordring with its own appeal route; a social-area decision whose facts are full of the citizen's fleksjob, rehabiliteringsteam and sygedagpenge history; a letter from a trafikselskab or a region." + VARY,
  other="- 3 decisions in ANOTHER legal area, written by a municipality or another public body (beskæftigelsesloven, folkeskoleloven, sundhedsloven, lov om social pension, lov om trafikselskaber), each with the appeal route you know is right for it; these three replace the '2 more of any category' line below, which you skip."),
 'h3': dict(
  focus="the procedure around a decision: partshøring letters and varsler that already state the intended result and its reasoning ('Vi påtænker …', 'Vi forventer at træffe afgørelse om …', 'Inden vi træffer endelig afgørelse …'), decisions written after a partshøring that quote and answer the citizen's høringssvar and change or keep the intended result, decisions that repeat earlier letters' text, requests for information that set a deadline, and letters that answer a question without deciding anything; topics: socialpædagogisk støtte (serviceloven § 85), botilbud (§§ 107, 108), aflastning and støttekontaktperson (§§ 84, 99), beskyttet beskæftigelse and aktivitetstilbud (§§ 103, 104)",
  mun="Fredericia Kommune, Holbæk Kommune, Frederikshavn Kommune, Rødovre Kommune, Ringsted Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a partshøring letter laid out exactly like the municipality's decision template (headings 'Afgørelse', 'Begrundelse', 'Lovgrundlag') with only one sentence saying it is not yet a decision; a decision that starts with 'Vi har den … sendt dig en partshøring' and quotes the citizen's answer; a short decision that refers to the reasoning in an attached partshøring; a letter that both answers the citizen's questions and decides one thing." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under beskæftigelsesloven (e.g. ressourceforløb) or under lov om aktiv socialpolitik."),
 'h4': dict(
  focus="letters where the result is easy to miss: the result only in the subject line or heading ('Vedr.: Afslag på …', 'Bevilling af …'), a 'Kort fortalt' or 'Det har vi besluttet' box at the top followed by long information, the result in a table or form field only, the result at the very end after pages of case history, Digital Post notes with a short body that refers to the attached decision, and letters full of general information about the help (what it is, who delivers it, how to order, prices); topics: hjemmehjælp and madservice (ældreloven from 1 July 2025, before that serviceloven § 83), hjælpemidler (§ 112), boligindretning (§ 116), genbrugshjælpemidler and reparationer",
  mun="Gentofte Kommune, Kolding Kommune, Aalborg Kommune, Hillerød Kommune, Mariagerfjord Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a modern letter with a grey 'Kort fortalt' box and then sections 'Hvad har du søgt om?', 'Hvad har vi besluttet?', 'Hvorfor?'; an old template where only the subject line says what was decided; a hjælpemiddelcentral letter with an item/order table and delivery information; a long letter whose body is mostly case history with the result in the last paragraph." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under sundhedsloven (e.g. genoptræning § 140, or tilskud til fodbehandling) or under lov om social pension."),
 'h5': dict(
  focus="help that ends, changes or is paid back: revisitations that lower or stop help, help that stops at 18 or when the citizen moves, a temporary stop during a hospital stay, help converted to another kind of help, a grant for a limited period that is not renewed, tilbagebetaling of an overpaid amount, a stop because the citizen did not use the help; mixed with ordinary grants and refusals; topics: BPA and kontant tilskud (serviceloven §§ 95, 96), ledsagelse (§ 97), merudgifter (§ 100 and barnets lov § 86), hjemmehjælp (serviceloven § 83 / ældreloven), befordring",
  mun="Kalundborg Kommune, Vejen Kommune, Odsherred Kommune, Ærø Kommune, Brønderslev Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a revisitation letter with a before/after table ('Tidligere bevilget / Fremover'); a short letter that stops help and refers to an earlier partshøring; a letter that stops one kind of help and grants another instead; a tilbagebetaling letter with a calculation; a letter that renews help for a new period with less than before." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om aktiv socialpolitik (tilbagebetaling or enkeltudgifter) or under lov om social pension."),
}

make_briefs('/work/blind-10-staging', '(also never /work/blind-4-staging … /work/blind-9-staging, /work/measure or /work/fuzzwork)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('h5',))
