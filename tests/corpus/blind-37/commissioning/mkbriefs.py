# The briefs of blind-37's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-37-staging/briefs. The closing section
# "Your files only" was appended to each brief by hand (see ../README.md).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'ka': dict(
  focus="an ordinary month in a small island or rural municipality where one or two part-time caseworkers write every kind of social letter themselves, without a case system: grants, refusals, partial grants, stops, a few non-decisions, in the proportions such a team really sends them; uneven formatting, a letter started from an old letter and not fully updated, a long letter and a very short one, local detail (ferry times, long distances, the one home-care provider on the island)",
  mun="Bornholms Regionskommune, Samsø Kommune, Læsø Kommune, Fanø Kommune, Ærø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with no headings at all; a letter whose first paragraph is a personal greeting and the decision comes in the third paragraph; a letter with headings in bold capitals and numbered paragraphs; a letter that ends with the caseworker's direct phone hours in a box." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a påbud about a septic tank or a refused udledningstilladelse under miljøbeskyttelsesloven, or a decision about fritagelse for affaldsgebyr — with the complaint route you know is right for it."),
 'kb': dict(
  focus="aids for hearing, sight, communication and cognition: høreapparater and tilskud to a private supplier, synshjælpemidler (luplamper, CCTV, skærmlæser), IT- and kommunikationshjælpemidler, talecomputer, kognitive hjælpemidler and GPS trackers for dementia (serviceloven § 112 and § 113, barnets lov for children), decided from a specialist centre's or an audiologist's report that the letter quotes or summarises; test periods, standard models chosen instead of the one applied for, items the region should provide as treatment aids (behandlingsredskaber) instead",
  mun="Aarhus Kommune, Skanderborg Kommune, Odder Kommune, Favrskov Kommune, Syddjurs Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that quotes the specialist's conclusion in a framed block; a letter with a 'Hvad har vi lagt vægt på?' list; a letter whose decision is stated per item in short bold lines; a letter with technical specifications in a Bilag." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about skolebuskørsel or befordring of a pupil under folkeskoleloven § 26 — with the complaint route you know is right for it."),
 'kc': dict(
  focus="decisions where the municipality gives something other than what was asked for, or decides without an application: different help offered instead (a cheaper or more general solution, træning under sundhedsloven instead of serviceloven § 86, a general offer such as a day centre instead of individual support), referrals to another authority or law, decisions taken on the municipality's own initiative after a report from a home-care worker or a hospital, and letters where the citizen accepted the alternative at a meeting",
  mun="Næstved Kommune, Vordingborg Kommune, Faxe Kommune, Stevns Kommune, Slagelse Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a short 'Du søgte om / Du får' pair at the top; a letter that tells the story of the case in chronological order before deciding; a letter that explains the alternative in a numbered list of what will happen next; a letter written after a phone call, quoting what the citizen said." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about fripladstilskud, søskendetilskud or a refused plads in a dagtilbud under dagtilbudsloven — with the complaint route you know is right for it."),
 'kd': dict(
  focus="decisions sent in the shape of other documents: an e-mail reply with the earlier e-mail thread quoted below it ('Fra: … Sendt: … Emne: …'), a decision written as the minutes (referat) of a visitation meeting with a section for the decision, a Digital Post message whose body is short and whose attachments are listed, a letter printed with a case-system header and footer on every page, and a letter with handwritten-looking additions typed in as '[tilføjet:]'",
  mun="Herning Kommune, Ikast-Brande Kommune, Holstebro Kommune, Struer Kommune, Lemvig Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. an e-mail with 'Hej' and a signature block over a quoted thread; meeting minutes with 'Deltagere:', 'Dagsorden:' and 'Beslutning:'; a message whose body says 'Se vedhæftede afgørelse' followed by the attachment's full text; a letter with a running header repeated mid-text after a page break." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about boligstøtte (boligstøtteloven) or a refused enkeltydelse under lov om aktiv socialpolitik § 81 — with the complaint route you know is right for it."),
 'ke': dict(
  focus="help that stops, pauses or is cut for practical reasons: temporary help that expires on its end date, help paused during a hospital stay or a stay abroad, help that ends because the citizen moves to another municipality (and the handover under retssikkerhedsloven § 9 c), help reduced because the municipality's council adopted a new serviceniveau (kvalitetsstandard), help stopped because the citizen does not open the door or declines the visits, and the full grants and refusals that sit next to them",
  mun="Gentofte Kommune, Lyngby-Taarbæk Kommune, Rudersdal Kommune, Hørsholm Kommune, Furesø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a 'Før / Fra [dato]' table of the help; a letter that explains the new kvalitetsstandard in a Bilag; a letter with a short summary box at the top ('Kort fortalt'); a formal letter in the De-form to an older citizen." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about a handicap parking space in front of a private home, or a refused dispensation under planloven or a lokalplan — with the complaint route you know is right for it."),
}

make_briefs('/work/blind-37-staging', '(also never /work/blind-4-staging … /work/blind-36-staging, /work/iaa-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('ke',))
