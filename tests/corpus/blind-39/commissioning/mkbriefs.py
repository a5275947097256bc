# The briefs of blind-39's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-39-staging/briefs. The closing section
# "Your files only" was appended to each brief by hand (see ../README.md).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'na': dict(
  focus="letters as caseworkers actually have them on screen before sending, and as they are sent in a hurry: drafts with placeholders left in ('[INDSÆT DATO]', 'XX timer', '<<borger.navn>>'), a Word comment or a colleague's note left in the text ('[Kommentar JH: tjek stk.]'), a paragraph copied from another citizen's letter, a repeated paragraph, a standard block that does not fit the case; next to clean, finished letters from the same teams; decisions on praktisk hjælp, hjælpemidler, socialpædagogisk støtte and merudgifter",
  mun="Roskilde Kommune, Køge Kommune, Greve Kommune, Solrød Kommune, Lejre Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a case-system merge template whose fields were not all filled; a letter that still carries the team's internal checklist at the bottom; a letter pasted from an e-mail into the template; a clean, finished letter from a careful caseworker." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a refused fritagelse from an affaldsordning or a påbud about a private water supply or a septic tank — with the complaint route you know is right for it."),
 'nb': dict(
  focus="letters not addressed to the citizen: letters to a værge (with or without økonomisk/personligt værgemål), to an advokat or a partsrepræsentant with fuldmagt, to the parents of an adult son or daughter who have fuldmagt, to a bisidder, with 'Kopi til:' lists; letters that speak of the citizen in the third person ('Deres klient', 'din søn', 'borgeren'); decisions on botilbud, BPA, socialpædagogisk støtte, hjælpemidler and ledsagelse",
  mun="Aarhus Kommune, Silkeborg Kommune, Skanderborg Kommune, Favrskov Kommune, Syddjurs Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a formal letter to a law firm with 'Deres j.nr.'; a letter to a værge with a summary for the citizen in easy Danish attached; a letter to both parents of a 25-year-old; a letter sent to the citizen with a copy to the værge and the bosted." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a refused lån til betaling af ejendomsskat or a decision about a refused dispensation under lokalplanen — with the complaint route you know is right for it."),
 'nc': dict(
  focus="citizens who move between municipalities: the old and the new municipality (handlekommune and opholdskommune under retssikkerhedsloven § 9 and the rules on moving with help), the new municipality's own decision after the move (continuing, changing or refusing the help the citizen had), a refusal to take over a case, help decided before a move into a botilbud in another municipality, and letters that tell the citizen what happens to the help when they move",
  mun="Esbjerg Kommune, Varde Kommune, Billund Kommune, Fanø Kommune, Ringkøbing-Skjern Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a 'Før flytningen / Efter flytningen' table; a letter that quotes the old municipality's decision; a letter from a very small municipality written in a personal tone; a formal letter with a section 'Hvem gør hvad?'." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a refused folkeregisteradresse (registration under CPR-loven) or a decision about a refused tilskud to a private daycare under dagtilbudsloven — with the complaint route you know is right for it."),
 'nd': dict(
  focus="caring for a close relative and the last part of life: pasning af nærtstående med handicap eller alvorlig sygdom (serviceloven § 118), plejevederlag ved pasning af døende (§ 119), hjælpemidler and sygeplejeartikler for a dying citizen (§ 122), and for parents of a child with a disability: tabt arbejdsfortjeneste and merudgifter under barnets lov; refusals because the condition is not met, partial grants of fewer hours or a shorter period, and stops when the care ends",
  mun="Svendborg Kommune, Faaborg-Midtfyn Kommune, Nyborg Kommune, Kerteminde Kommune, Ærø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a warm, short letter sent in a hurry to a family; a letter with a calculation table of the pay; a letter with the doctor's statement quoted; a formal letter with numbered sections and a Bilag with the rules." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under sundhedsloven such as a refused tilskud to fodbehandling, a refused genoptræning request or a decision about befordringsgodtgørelse to a hospital — with the complaint route you know is right for it."),
 'ne': dict(
  focus="transport: kørsel to and from a dagtilbud, aktivitets- and samværstilbud or beskyttet beskæftigelse under serviceloven, individuel handicapkørsel through the trafikselskab, befordring for children with disabilities, støtte til kørekort or small transport help, and decisions that stop or cut transport when the citizen moves, changes tilbud or can travel alone; letters with routes, kilometres, trips per week and egenbetaling",
  mun="Næstved Kommune, Slagelse Kommune, Sorø Kommune, Ringsted Kommune, Vordingborg Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a 'Din kørsel' box of days, times and addresses; a letter from the trafikselskab's visitation in the municipality's name; a letter with the route and kilometre calculation in a table; a short plain letter that changes pickup times." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a refused skolekørsel under folkeskoleloven or a decision about a refused handicapparkeringstilladelse on a municipal road — with the complaint route you know is right for it."),
}

make_briefs('/work/blind-39-staging', '(also never /work/blind-4-staging … /work/blind-38-staging, /work/iaa-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('ne',))
