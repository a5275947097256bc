# The briefs of blind-9's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-9-staging/briefs.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'g1': dict(
  focus="letters produced from Word templates and exported to text: the whole letter laid out as a two-column form (a left column of labels such as 'Afgørelse', 'Begrundelse', 'Lovgrundlag', 'Dine bemærkninger', 'Klagevejledning' and the text beside it — write it as a table block or as 'Label: text' lines), form fields and check boxes ('☒ Bevilget  ☐ Delvist bevilget  ☐ Afslag'), merge-field remnants, text boxes that come out in the wrong order (a contact box in the middle of the body); topics: boligændringer (serviceloven § 116), hjælpemidler (§ 112), forbrugsgoder (§ 113), støtte til køb af bil (§ 114)",
  mun="Herning Kommune, Ikast-Brande Kommune, Middelfart Kommune, Nyborg Kommune, Struer Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a one-page form with a check-box row for the result and free-text fields below it; a letter whose body is a two-column table from the first line to the signature; a template where the caseworker left some field labels with no text or with the guidance text of the template still in it; a letter where the Word text box with contact details landed between two paragraphs of the decision." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under byggeloven or lov om almene boliger (e.g. boligtildeling), or under lov om aktiv socialpolitik."),
 'g2': dict(
  focus="easy-to-read and very plain letters (let-læst Danish: short lines, one idea per line, 'Det betyder for dig:', '✔'/'✘' marks, questions as headings), and letters to young people aged 16–23 and their parents about help that changes at 18; topics: merudgifter and tabt arbejdsfortjeneste for children (barnets lov §§ 86, 87), aflastning, støtte to young adults (serviceloven §§ 85, 100), ledsageordning (§ 97), befordring",
  mun="Aarhus Kommune, Horsens Kommune, Slagelse Kommune, Hedensted Kommune, Thisted Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a let-læst letter of very short lines with the result in one line at the top and '✘' for what was refused; a letter written to a 17-year-old directly with a copy to the parents; a letter with a 'Det har vi besluttet / Det betyder for dig / Hvis du er uenig' structure; a letter in the same case sent in a plain version plus an 'Uddybende afgørelse' after it." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om ungdomsuddannelse for unge med særlige behov (STU) or under lov om aktiv socialpolitik."),
 'g3': dict(
  focus="decisions that refer to earlier decisions and procedures: a genvurdering after a complaint (kommunen fastholder, or gives delvis medhold), a new decision after Ankestyrelsen sent the case back (hjemvisning), a follow-up/revision that continues, changes or stops help, a decision that corrects an earlier decision with an error, several numbered decisions in one letter ('Afgørelse 1', 'Afgørelse 2'); topics: BPA (serviceloven § 96), kontant tilskud (§ 95), ledsagelse (§ 97), merudgifter (§ 100), socialpædagogisk støtte (§ 85)",
  mun="Hvidovre Kommune, Ballerup Kommune, Lyngby-Taarbæk Kommune, Viborg Kommune, Syddjurs Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that retells the case history in dated paragraphs ('Den 3. marts 2025 traf vi afgørelse om …') before the new decision, so earlier grants and refusals stand in the text; a letter with 'Afgørelse 1 … Afgørelse 2 …' each with its own reasoning; a genvurdering letter that tells the citizen the complaint now goes on to Ankestyrelsen; a short cover letter with the decision in an attached 'Bilag 1: Afgørelse'." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om social pension (e.g. personligt tillæg or førtidspension) or under lov om aktiv socialpolitik."),
 'g4': dict(
  focus="letters full of quotations and other voices: the citizen's application or e-mail quoted at length, the doctor's, ergoterapeut's or school's statement quoted ('Af lægeerklæringen fremgår: »…«'), excerpts of the kvalitetsstandard and of Ankestyrelsens principmeddelelser quoted in the reasoning, statute text quoted inline right after the decision; topics: hjælpemidler and forbrugsgoder (serviceloven §§ 112, 113), kropsbårne hjælpemidler (ortopædisk fodtøj, parykker, arm- og benproteser), boligindretning (§ 116), hjælp til bil (§ 114)",
  mun="Glostrup Kommune, Greve Kommune, Køge Kommune, Vordingborg Kommune, Faaborg-Midtfyn Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that quotes the citizen's own words ('Du skriver: »Jeg kan ikke …«') and answers them point by point; a letter whose reasoning mostly quotes a principmeddelelse and the kvalitetsstandard in indented blocks; a letter that quotes the full text of the provision right after the result; a letter where the therapist's assessment is pasted in as a long block with its own headings." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under sundhedsloven (e.g. tilskud til fodbehandling or befordring til behandling) or under lov om social pension (helbredstillæg)."),
 'g5': dict(
  focus="elder-care visitation letters across the change to ældreloven (in force 1 July 2025; before that serviceloven §§ 83, 83 a): hjemmehjælp visiteret by a ydelseskatalog with minutes or times per activity, madservice, rehabiliteringsforløb, midlertidigt ophold, plejebolig, klippekort, frit valg af leverandør; letters where each activity line is granted, reduced or refused; letters to a relative with fuldmagt",
  mun="Frederiksberg Kommune, Haderslev Kommune, Assens Kommune, Lemvig Kommune, Vesthimmerland Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a visitation letter with a table of activities, frequency and minutes ('Bad  1 gang om ugen  25 min'), some lines changed from the earlier visitation; a letter to a daughter with fuldmagt about her father; a letter after a re-visitation that lowers some services and keeps others; a short letter granting a rehabiliteringsforløb first and deciding on lasting help later." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under sundhedsloven (e.g. hjemmesygepleje § 138) or under lov om almene boliger (plejebolig/boligtildeling) — with the appeal route you know is right for it."),
}

make_briefs('/work/blind-9-staging', '(also never /work/blind-4-staging … /work/blind-8-staging, /work/measure or /work/fuzzwork)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=())
