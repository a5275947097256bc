# The briefs of blind-17's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-17-staging/briefs.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'r1': dict(
  focus="decisions buried in the boilerplate of a modern municipal template: the decision takes a few lines among long standard paragraphs on aktindsigt, databeskyttelse ('Sådan behandler vi dine personoplysninger'), partsrepræsentation, 'Hvis din situation ændrer sig', the duty to report changes (retssikkerhedsloven § 11), warnings about repayment, opening hours and how to book a meeting; topics: ledsageordning (serviceloven § 97), kontant tilskud til hjælp (§ 95), aflastning and afløsning for adults (§ 84), merudgifter (§ 100), støtte- og kontaktperson (§ 99)",
  mun="Nordfyns Kommune, Kerteminde Kommune, Nyborg Kommune, Faaborg-Midtfyn Kommune, Middelfart Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter whose first page is a summary box and whose decision is on page 2 after a 'Generelle oplysninger' section; a letter where the standard paragraphs come before the decision; a letter with a right-hand contact sidebar repeated as a block; a letter where the klagevejledning is one of six standard sections with headings." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om aktiv socialpolitik (e.g. hjælp til enkeltudgifter § 81, or a sanction of kontanthjælp) or under boligstøttereglerne if a municipality decides it — with the appeal route you know is right for it."),
 'r2': dict(
  focus="letters sent to a værge, a partsrepræsentant or a relative with fuldmagt on behalf of an adult with severe intellectual disability, autism or dementia-like conditions: botilbud (serviceloven §§ 107, 108; almenboligloven § 105 with støtte under § 85), ledsagelse for residents of a botilbud, aktivitets- og samværstilbud (§ 104), beskyttet beskæftigelse (§ 103), the citizen's own views gathered through the værge, relatives or staff, letters that speak of the citizen in the third person ('Peter', 'din søn', 'borgeren'), and help that stops when someone moves into a botilbud or to another municipality",
  mun="Vesthimmerland Kommune, Rebild Kommune, Mariagerfjord Kommune, Thisted Kommune, Morsø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter to a værge with a 'Vedrørende:' line naming the citizen and their CPR number; a letter from a visitationsudvalg with a minutes-like structure (Deltagere, Sagsfremstilling, Indstilling, Afgørelse); a letter with a copy to the botilbud ('Kopi til:'); a letter in very plain language meant to be read aloud to the citizen with a separate formal part for the værge." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under sundhedsloven (e.g. a refusal of a tilskud or a decision about hjemmesygepleje or genoptræning) or under lov om social pension (e.g. førtidspension) — with the appeal route you know is right for it."),
 'r3': dict(
  focus="children and young people under barnets lov (in force 1 January 2024) whose own views matter: børnesamtale and the child's statement in the letter, støtte under barnets lov § 32 (aflastning, støtteperson, familiebehandling), merudgifter (§ 86), tabt arbejdsfortjeneste (§ 87), a young person of 15–17 who receives a letter written directly to them in child-friendly language next to the formal letter to the parents, siblings and grandparents named in the letter, and adult letters that mention the family's children only in passing",
  mun="Ballerup Kommune, Glostrup Kommune, Brøndby Kommune, Vallensbæk Kommune, Ishøj Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter addressed 'Kære Mathilde' to a 14-year-old with the formal decision for the parents as an appendix; a 'Børne- og Ungerådgivningen' letter with a 'Barnets perspektiv' section; a letter with a criteria table (Kriterie | Oplysninger | Vurdering); a letter where both parents and a bonusforælder are named and the decision refers to a joint custody arrangement." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under dagtilbudsloven (e.g. a refusal of a fripladstilskud or of a place in a special day-care) or folkeskoleloven (e.g. befordring or specialundervisning) — with the appeal route you know is right for it."),
 'r4': dict(
  focus="the citizen who complains, and what comes after: a genvurdering where the municipality keeps its decision ('fastholder') and sends the complaint on, one where it changes its mind in full or in part ('omgør', 'giver dig delvist medhold'), a complaint received too late (afvisning, or accepted despite the deadline), a letter telling the citizen that the complaint has been sent to Ankestyrelsen, a municipality implementing Ankestyrelsen's decision, and a new decision after a hjemvisning; topics: hjælpemidler (serviceloven § 112), forbrugsgoder (§ 113), støtte til bil (§ 114), boligindretning (§ 116), individuel befordring (§ 117)",
  mun="Hedensted Kommune, Odder Kommune, Skanderborg Kommune, Horsens Kommune, Vejle Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that first quotes the citizen's complaint at length and then answers it point by point; a letter with numbered sections (1. Sagens forløb, 2. Din klage, 3. Vores vurdering, 4. Afgørelse, 5. Klagevejledning); a short letter saying the complaint was forwarded with the genvurdering as an attachment text; a letter that quotes Ankestyrelsen's principles (principmeddelelser) and statute text in a Bilag." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under byggeloven or planloven (e.g. a dispensation for a ramp, a carport for a disabled driver, or a lift) or under vejloven (a handicap parking space) — with the appeal route you know is right for it."),
 'r5': dict(
  focus="rural municipalities in Zealand and North Zealand where letters are written by many different caseworkers of varying skill: kørsel til aktivitets- og samværstilbud (serviceloven § 117), hjælp til vedligeholdelse af hjemmet and personlig hjælp for adults under 65 (§ 83), socialpædagogisk støtte in groups (§ 82 or § 85), ledsageordning (§ 97), merudgifter (§ 100); letters deciding several items with different outcomes, stops and reductions after a revisitation or a move, help that ends when a temporary grant runs out",
  mun="Ringsted Kommune, Lejre Kommune, Greve Kommune, Gribskov Kommune, Halsnæs Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter by an inexperienced caseworker with long run-on sentences and loose wording; a letter by a senior jurist with exact references and footnotes; a letter with the items as a bulleted checklist ('✔ bevilget', '✘ ikke bevilget'); a letter whose headings are the questions the citizen asked." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om en aktiv beskæftigelsesindsats (e.g. a refusal of a hjælpemiddel or personlig assistance at work, or a mentor) — with the appeal route you know is right for it."),
}

make_briefs('/work/blind-17-staging', '(also never /work/blind-4-staging … /work/blind-16-staging, /work/measure, /work/fuzzwork or /work/dbg)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('r5',))
