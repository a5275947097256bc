# The briefs of blind-46's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-46-staging/briefs. The closing section
# "Your files only" was appended to each brief by hand (see ../README.md).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'ua': dict(
  focus="letters in a modern, informal digital style: chat-like greetings ('Hej Sofie'), first names, very short paragraphs, emoji or symbols used sparingly, links and 'Læs mere på …', QR-code mentions, 'Svar på denne besked', a friendly summary at the top and the formal parts (law, klagevejledning) in a block further down or behind a link — ordinary decisions on help under serviceloven and barnets lov",
  mun="Aarhus Kommune, Skanderborg Kommune, Syddjurs Kommune, Norddjurs Kommune, Samsø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a Digital Post message that reads like a chat; a friendly newsletter-like letter with icons in brackets; a short SMS-style notice followed by the full decision; a letter with 'Det korte svar' and 'Det lange svar'." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on a boligstøtte-like or kontanthjælp-like matter written in the same informal style — with the complaint route you know is right for it."),
 'ub': dict(
  focus="letters full of professional jargon and abbreviations the way visitators and therapists write: Fælles Sprog III, ICF, funktionsevnetilstande 0–4, 'jf. SEL § 83, stk. 1, nr. 1', 'BL', 'RSL', 'FVL', indsatsmål, delmål, leverandør codes, task lists with minutes per visit, and decisions on personlig pleje, praktisk hjælp, rehabilitering and hjælpemidler carried in that language",
  mun="Odense Kommune, Nyborg Kommune, Middelfart Kommune, Langeland Kommune, Ærø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a visitation letter with a table of indsatser, minutes and frequencies; a therapist's assessment with ICF codes sent as the decision; a template with abbreviations only; a letter that explains its jargon in a glossary box." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on genoptræning or hjemmesygepleje under sundhedsloven in the same jargon — with the complaint route you know is right for it."),
 'uc': dict(
  focus="disability and work: merudgifter (serviceloven § 100) for a citizen in a job, hjælpemidler and kørsel where the line to work-related help (personlig assistance and arbejdsredskaber under lov om kompensation til handicappede i erhverv, or beskæftigelsesloven) decides which law applies, a refusal because another law covers it, and letters from the jobcenter and the social department about the same citizen",
  mun="Vejle Kommune, Fredericia Kommune, Kolding Kommune, Middelfart Kommune, Billund Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a jobcenter decision letter; a social department letter that refers the citizen to the jobcenter; a joint letter from two departments; a short letter to an employer-side contact with the citizen in copy." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on personlig assistance at work (lov om kompensation til handicappede i erhverv) or a hjælpemiddel for work under beskæftigelsesloven — with the complaint route you know is right for it."),
 'ud': dict(
  focus="help that comes with a price and a supplier: madservice, tøjvask, indkøbsordning, klippekort-like extra hours, frit valg af leverandør (private or municipal), leverandørskift, egenbetaling for midlertidige ophold and aflastning, and decisions about the help where the price, the supplier or the delivery schedule is half the letter",
  mun="Næstved Kommune, Vordingborg Kommune, Guldborgsund Kommune, Lolland Kommune, Faxe Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a price table and a supplier list; a short letter confirming a supplier change; a formal decision with the help and its price in separate sections; a letter about a change in prices that also decides on the help." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om social pension (e.g. a refused helbredstillæg or personligt tillæg) — with the complaint route you know is right for it."),
 'ue': dict(
  focus="decisions about time and timing: a decision that comes late with an apology and a note on the sagsbehandlingsfrist, a grant with tilbagevirkende kraft and an efterbetaling, a decision about the date help starts or ends, a refusal of retroactive payment for expenses paid before the application, a letter that only says the decision is delayed, and ordinary decisions where dates and periods carry the result",
  mun="Aabenraa Kommune, Haderslev Kommune, Sønderborg Kommune, Tønder Kommune, Vejen Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a timeline of the case; a short apology letter with the decision; a formal decision with a 'Periode' field; a letter with a payment table by month." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on a late or refused ydelse under lov om aktiv socialpolitik or on a dagtilbud start date under dagtilbudsloven — with the complaint route you know is right for it."),
}

make_briefs('/work/blind-46-staging', '(also never /work/blind-4-staging … /work/blind-45-staging, /work/iaa-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('ud',))
