# The briefs of blind-15's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-15-staging/briefs.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'o1': dict(
  focus="adults with mental illness in socialpsykiatri: socialpædagogisk støtte (serviceloven § 85) in hours or 'forløb', bostøtte in a skæve boliger or støttecenter, tilbud uden visitation (§ 82 a, § 82 b), misbrugsbehandling (§ 101), letters written after a visitation meeting where the citizen's own words are quoted, a støtte that is given for a limited period and then reassessed, letters to a citizen with a partsrepræsentant",
  mun="Esbjerg Kommune, Vejle Kommune, Kolding Kommune, Fredericia Kommune, Billund Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a 'Resumé' box and the legal text afterwards; a letter built around a goal plan (mål, delmål, indsats) where the decision is implicit in the plan; a Digital Post message of a few lines with the real letter as an attached PDF text; a letter whose subject line is only the case number." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under sygedagpengeloven (e.g. stop of sygedagpenge, forlængelse) — with the appeal route you know is right for it."),
 'o2': dict(
  focus="merudgifter for adults (serviceloven § 100) and the citizen's own calculations: expense lines accepted and rejected one by one, annual and monthly amounts, rounding rules, a yearly regulering, tilbagebetaling of an overpaid amount, a grant that starts later than applied for, a change when the citizen moves from another municipality (mellemkommunal refusion not relevant to the citizen)",
  mun="Roskilde Kommune, Køge Kommune, Greve Kommune, Solrød Kommune, Lejre Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that is mostly a calculation table (Udgift | Søgt om pr. måned | Godkendt pr. måned | Begrundelse); a letter from a Word template with a narrow right column of fields (Dato, Sagsnr., Direkte telefon, Mail); a two-page letter with a one-line conclusion on page 1 and all explanation in 'Bilag 1: Beregning'; a letter that reads like an e-mail answer to the citizen's questions." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om aktiv socialpolitik (e.g. enkeltudgifter § 81, flyttehjælp § 85) or under boligstøtteloven if a municipality decides it — with the appeal route you know is right for it."),
 'o3': dict(
  focus="støtte til bil (serviceloven § 114) and boligindretning (§ 116): the need for driving, a special equipment list from a syns- or indretningsfirma, offers and prices, a cheaper solution instead of the one applied for, a boligskift (§ 116, stk. 3), an ergoterapeut's findings quoted at length, an aid paid directly to the supplier, a loan part and a grant part",
  mun="Viborg Kommune, Skive Kommune, Silkeborg Kommune, Herning Kommune, Ikast-Brande Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a technical letter with numbered points (1. Ansøgning, 2. Oplysninger, 3. Vurdering, 4. Afgørelse, 5. Klage); a letter where the decision is split over several equipment items, some granted and some not, in a list; a friendly letter with the reasoning as questions and answers; a letter with a long quoted ergoterapeut statement in a box." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a landzonetilladelse or an afslag under planloven, or a decision under vejloven about an overkørsel — with the appeal route you know is right for it."),
 'o4': dict(
  focus="personlig hjælp and praktisk hjælp for adults under 65 from a large city administration (serviceloven § 83, rehabiliteringsforløb § 83 a, afløsning and aflastning § 84, madservice, indkøbsordning), revisitation after a new assessment, several services decided in one letter, visitation in 'ydelser' and 'minutter pr. uge', a standard text block that is obviously pasted from a template",
  mun="Københavns Kommune, Frederiksberg Kommune, Odense Kommune, Aalborg Kommune, Hvidovre Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a bureaucratic multi-page letter with a decision box on page 1, generic template paragraphs and a separate 'Bilag: Regler' quoting the law; a letter listing 'ydelser' with frequency and time in a table; a letter that is partly in English because the citizen asked for it (the decision itself in Danish); a letter with the reasoning under 'Sådan har vi vurderet din sag'." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under dagtilbudsloven about økonomisk fripladstilskud or søskendetilskud — with the appeal route you know is right for it."),
 'o5': dict(
  focus="young people turning 18 and the shift from barnets lov to serviceloven: continuation or stop of help at 18, efterværn / videreført støtte (barnets lov) up to 23, a new decision under serviceloven about støtte in an ungebolig, letters to a værge or a fremtidsfuldmægtig, letters in easy-read style ('let læst': very short sentences, one idea per line), letters where the parents are no longer parties",
  mun="Hjørring Kommune, Frederikshavn Kommune, Brønderslev Kommune, Jammerbugt Kommune, Mariagerfjord Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. an easy-read letter with one sentence per line and short headings; a formal letter to a værge about the young person in the third person; a letter with a timeline table (dato | hvad sker der); a letter where the decision about the 17-year-old under barnets lov and the plan after 18 stand side by side." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om social pension (e.g. personligt tillæg, helbredstillæg) or under folkeskoleloven (befordring) — with the appeal route you know is right for it."),
}

make_briefs('/work/blind-15-staging', '(also never /work/blind-4-staging … /work/blind-14-staging, /work/measure, /work/fuzzwork or /work/dbg)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('o2',))
