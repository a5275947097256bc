# The briefs of blind-32's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-32-staging/briefs. The closing section
# "Your files only" was appended to each brief by hand (see ../README.md).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'd1': dict(
  focus="an ordinary month in a large Jutland municipality's handicap and elder teams, in the proportions such teams really write: many hjælpemidler (serviceloven § 112) and forbrugsgoder (§ 113), personlig og praktisk hjælp, ledsagelse (§ 97), merudgifter (§ 100), a few BPA (§ 96) and botilbud cases; written by several caseworkers in the same template, some careful and some hasty",
  mun="Aarhus Kommune, Aalborg Kommune, Randers Kommune, Viborg Kommune, Silkeborg Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. the municipality's standard template used correctly; the same template where a hasty caseworker deleted half the headings; a letter where the result is stated only after two pages of case history; a letter with a short 'Afgørelse' paragraph and a long 'Vurdering' section." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under folkeskoleloven about specialundervisning or befordring to school — with the complaint route you know is right for it."),
 'd2': dict(
  focus="hjælpemidler decided from an ergoterapeut's or fysioterapeut's assessment: afprøvning and test periods, udlån from the depot, genbrugshjælpemidler, a cheaper or standard model instead of the one applied for, frit valg with egenbetaling of the difference, repairs and replacement, and help that is refused because it is a forbrugsgode, a behandlingsredskab (the region's) or not needed 'i væsentlig grad'",
  mun="Esbjerg Kommune, Varde Kommune, Ringkøbing-Skjern Kommune, Herning Kommune, Ikast-Brande Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter from a hjælpemiddelcentral with the product in a field block; a letter that quotes the therapist's assessment at length; a letter that compares the applied-for model and the granted model in a small table; a short form-like letter with tick boxes written as text." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on a byggetilladelse or a dispensation under byggeloven or planloven for a ramp, lift or extension at a disabled citizen's home — with the appeal route you know is right for it."),
 'd3': dict(
  focus="children and young people with disabilities under barnets lov (in force since 1 January 2024) in the capital area: merudgifter (§ 86), tabt arbejdsfortjeneste (§ 87) with the hours computed, aflastning, hjælpemidler for a child, kontaktperson; letters to one parent, to both parents living apart, and letters where the parents disagree with each other; the child's own view described where the child is old enough",
  mun="Københavns Kommune, Frederiksberg Kommune, Gentofte Kommune, Gladsaxe Kommune, Rødovre Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a large city's 'Børn og Unge' template with a case-field header; a letter with a 'Barnets perspektiv' section; a letter with a calculation table of hours lost; a letter written in a warm personal voice by one family caseworker." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about a place in a dagtilbud or specialdagtilbud under dagtilbudsloven (or a refusal of søskendetilskud or friplads) — with the complaint route you know is right for it."),
 'd4': dict(
  focus="help that ends or shrinks: revisitation after improvement, help that stops because the citizen moves into a plejebolig or to another municipality, a reduction of hours after a new assessment, a time-limited grant that is not extended, a merudgiftsydelse that falls because expenses fell, and stops because the citizen did not take part; and for balance some grants that continue unchanged after an opfølgning",
  mun="Odense Kommune, Svendborg Kommune, Faaborg-Midtfyn Kommune, Nyborg Kommune, Assens Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that sets out 'Før' and 'Nu' side by side; a letter that starts with the case history and ends with the new result; a very short letter with the reasoning in a Bilag; a letter that announces the change with a date from which it applies." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about boligstøtte or a beboerindskudslån, or another decision from Udbetaling Danmark or the municipality's borgerservice — with the complaint route you know is right for it."),
 'd5': dict(
  focus="everything a social-area caseworker sends that is not a plain grant: requests for information with a deadline, partshøring before a refusal, a receipt with expected processing time (sagsbehandlingsfrist), a letter that the case has been sent to another municipality, a dismissal (afvisning) of an incomplete application, a decision on aktindsigt in the social case (offentlighedsloven / forvaltningsloven), and refusals and partial grants written by the same caseworker; the non-decisions should use words like 'afgørelse', 'bevilling' and 'klage' in passing",
  mun="Næstved Kommune, Slagelse Kommune, Sorø Kommune, Faxe Kommune, Vordingborg Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a template letter with standard paragraphs that mention klagevejledning even when there is nothing to complain about; a letter with a short bulleted list of documents asked for; a letter in two parts, one that decides and one that informs; a letter from a jurist in the social secretariat." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about ressourceforløb, fleksjob or a sygedagpenge matter under beskæftigelsesloven or sygedagpengeloven — with the appeal route you know is right for it."),
}

make_briefs('/work/blind-32-staging', '(also never /work/blind-4-staging … /work/blind-31-staging, /work/iaa-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('d4',))
