# The briefs of blind-19's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-19-staging/briefs.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 't1': dict(
  focus="letters to parents about a child with a disability, where the child is the person the decision is about but the letter speaks to the parents: hjælpemidler and forbrugsgoder to a child, merudgifter (barnets lov § 86), tabt arbejdsfortjeneste (barnets lov § 87), aflastning, kørsel to hospital and therapy; the child identified in many different ways (only by name and CPR in a header, by birth date, 'jeres søn på 9 år', 'Asta går i 2. klasse', a 'Barnets navn:' field); letters to divorced parents with joint custody, to foster parents and to a single father; the parents' and the child's own views from a meeting or an application",
  mun="Aarhus Kommune, Randers Kommune, Favrskov Kommune, Silkeborg Kommune, Horsens Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter from a family department with a 'Barnets navn / CPR / Forældremyndighed' block at the top; a letter with numbered paragraphs like a legal memo (1., 1.1, 1.2); a warm letter in the second person plural ('I har søgt …') with short paragraphs; a letter whose expense lines are a table of 'Udgift | Søgt | Godkendt'." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under dagtilbudsloven (e.g. støtte i dagtilbud, tilskud til privat pasning, søskendetilskud or økonomisk fripladstilskud) — with the appeal route you know is right for it."),
 't2': dict(
  focus="the citizen's own voice: decisions written after a home visit, a partshøring, a phone call or an e-mail in which the citizen or a relative said what they wanted; the citizen's objections summarised and answered one by one, quoted from an e-mail, or only hinted at; letters where the relative speaks for the citizen; letters where only the doctor's or the therapist's view is given and the citizen's own view is missing; areas: hjælpemidler (serviceloven § 112), personlig og praktisk hjælp (§ 83), ledsagelse (§ 97), socialpædagogisk støtte (§ 85) and botilbud (§§ 107, 108)",
  mun="Odense Kommune, Svendborg Kommune, Faaborg-Midtfyn Kommune, Nyborg Kommune, Kerteminde Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a section 'Det har du fortalt os' or 'Dine bemærkninger til partshøringen'; a letter that copies the citizen's e-mail in as a quoted block (lines starting with '>'); a letter with a two-column table 'Det mener du | Det mener vi'; a long narrative letter in the third person about the citizen ('Borgeren oplyser …') as some case systems produce it." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om social pension (e.g. personligt tillæg, helbredstillæg or førtidspension) — with the appeal route you know is right for it."),
 't3': dict(
  focus="letters written by jurists and heavy with law: many provisions cited at once, bekendtgørelser (e.g. the hjælpemiddelbekendtgørelse, the merudgiftsbekendtgørelse) and their §§, Social- og Boligministeriets vejledninger with paragraph numbers, Ankestyrelsens principmeddelelser cited by number, retssikkerhedsloven § 5 (helhedsvurdering) and forvaltningsloven on partshøring, statute text quoted in full with its 'Stk. 2.' and 'Stk. 3.' lines, provisions cited only to explain why they do NOT apply, and decisions that weigh two laws against each other (serviceloven against sundhedsloven or barnets lov); areas: merudgifter (serviceloven § 100), hjælpemidler (§ 112), boligindretning (§ 116), bil (§ 114)",
  mun="Aalborg Kommune, Frederikshavn Kommune, Hjørring Kommune, Brønderslev Kommune, Jammerbugt Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a 'Retsgrundlag' section quoting statute text verbatim; a letter with footnotes for every reference; a letter with a 'Sagens faktiske omstændigheder' / 'Retlig vurdering' / 'Konklusion' structure; a short letter by a jurist that still cites five provisions in one sentence." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under folkeskoleloven (e.g. specialundervisning, specialklasse or befordring to school) — with the appeal route you know is right for it."),
 't4': dict(
  focus="large city administrations with modern digital templates: letters that start with a summary box ('Det har vi besluttet', 'Hvad betyder det for dig?'), links and QR-code captions, a 'Læs mere' section, a sidebar with the caseworker's photo caption, phone hours and a chat link, standard blocks about databeskyttelse and aktindsigt; areas: botilbud (serviceloven §§ 107, 108), egenbetaling and betaling for ophold (§ 163), socialpædagogisk støtte (§ 85), aktivitets- og samværstilbud (§ 104), kørsel (§ 105), and letters that accompany a decision without being one (a 'Velkommen' letter, a handout about the offer, a reminder of a meeting)",
  mun="Københavns Kommune, Frederiksberg Kommune, Gentofte Kommune, Gladsaxe Kommune, Lyngby-Taarbæk Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a mobile-first letter of short blocks with question headings; a letter with a sidebar of contact data between paragraphs; a letter with a payment calculation table (Indtægt | Beløb) and the result in bold; a letter whose main text is one paragraph and the rest is standard information." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under almenboligloven (e.g. boligsocial anvisning or a refusal of an ældre- or handicapbolig on the waiting list) or about betaling for dagtilbud — with the appeal route you know is right for it."),
 't5': dict(
  focus="decisions that change, correct or end something: a decision that corrects an earlier one (an error in the hours or the amount), one that revokes (tilbagekalder) a grant because the facts were wrong, a case reopened (genoptaget) after new information, help that stops because the citizen died (letters to the dødsbo or the relatives), moved, was admitted to hospital or a plejebolig, or no longer uses it, an application dismissed (afvist) because it was not complete or the municipality is not competent, and an application treated as withdrawn (bortfaldet); areas: personlig hjælp (serviceloven § 83), hjælpemidler (§ 112), merudgifter (§ 100), ledsagelse (§ 97), kørsel (§ 117)",
  mun="Esbjerg Kommune, Kolding Kommune, Vejen Kommune, Tønder Kommune, Aabenraa Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a terse letter from an older template with 'Vedrørende:' and 'Afgørelse:' in capitals; a letter that sets out the old and the new decision side by side in a table ('Før | Nu'); a letter with an 'Oversigt over sagsforløbet' timeline; a very polite letter of condolence that also ends a service." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under sundhedsloven (e.g. hjemmesygepleje, genoptræning or befordring til behandling) or under lov om kommunal ejendomsskat — with the appeal route you know is right for it."),
}

make_briefs('/work/blind-19-staging', '(also never /work/blind-4-staging … /work/blind-18-staging, /work/measure, /work/fuzzwork or /work/dbg)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('t5',))
