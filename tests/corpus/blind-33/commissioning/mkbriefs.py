# The briefs of blind-33's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-33-staging/briefs. The closing section
# "Your files only" was appended to each brief by hand (see ../README.md).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'e1': dict(
  focus="partial outcomes in all their real forms, and the full grants and refusals that sit next to them: fewer hours or a lower amount than applied for, a shorter period, a standard model instead of the one asked for, another kind of help instead, a grant with a condition that takes away part of what was asked, one item of several refused; many letters never use the word 'delvis' and some use 'bevilget' for the part granted; areas: praktisk hjælp and personlig pleje, ledsagelse (serviceloven § 97), merudgifter (§ 100), hjælpemidler (§ 112), boligindretning (§ 116)",
  mun="Roskilde Kommune, Køge Kommune, Greve Kommune, Solrød Kommune, Stevns Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that starts 'Du får …' and only later says what you do not get; a letter with a table of applied and granted; a letter where the refused part is in a separate section further down; a formal letter that says 'imødekommes' for the part granted." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about friplads, søskendetilskud or a place in SFO/klub under dagtilbudsloven or folkeskoleloven — with the complaint route you know is right for it."),
 'e2': dict(
  focus="refusals written softly, positively or indirectly, and refusals that point to other help the citizen can get elsewhere (which is NOT a grant): 'Vi kan desværre ikke hjælpe dig med …', 'Det er ikke muligt at …', 'Vi vurderer, at du selv kan klare …', 'Du kan i stedet kontakte …', 'Din læge kan henvise dig til …', 'Hjælpen hører under regionen'; also refusals because help is already covered by another law or by the family, and a few grants written just as indirectly ('Vi sætter hjælpen i gang fra mandag')",
  mun="Guldborgsund Kommune, Lolland Kommune, Vordingborg Kommune, Bornholms Regionskommune, Odsherred Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a very friendly letter from a small team that avoids the word 'afslag'; a letter that gives advice and phone numbers after the decision; a letter that answers a citizen's e-mail point by point; a letter with a 'Hvad kan du gøre nu?' section." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about enkeltydelse, hjælp til flytning or særlig støtte under lov om aktiv socialpolitik (§§ 34, 81 or 85) — with the appeal route you know is right for it."),
 'e3': dict(
  focus="letters assembled from several documents in one file, as a case system prints them: the decision letter followed by a 'Sagsfremstilling' or 'Faglig vurdering' from the therapist or social worker, a 'Bevillingsoversigt', a standard 'Vejledning om klage' page, a page with 'Sådan behandler vi dine personoplysninger', and page headers and footers ('Side 2 af 4', 'Sagsnr.', 'Dokumentnr.') between them; areas: socialpædagogisk støtte (serviceloven § 85), aktivitets- og samværstilbud (§ 104), beskyttet beskæftigelse (§ 103), hjælpemidler (§ 112)",
  mun="Norddjurs Kommune, Syddjurs Kommune, Favrskov Kommune, Skanderborg Kommune, Odder Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a short letter with a long 'Faglig vurdering' attached after it; a letter whose page header repeats the case fields on every page; a letter with a 'Bevillingsoversigt' table at the end; a letter where the klagevejledning is a separate standard page after several other attachments." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about fritagelse for or nedsættelse of a municipal fee (renovation, ejendomsskat, daginstitutionsbetaling) or another municipal economic matter — with the appeal route you know is right for it."),
 'e4': dict(
  focus="help for older citizens at home under the ældrelov (in force since 1 July 2025): helhedspleje decided as a whole instead of minutes per task, rehabiliteringsforløb before helhedspleje, changes when the citizen gets better or worse, stops when the citizen moves to a plejebolig or dies (letters to the estate or relatives), madservice and træning; and letters around the change that compare the old visitation with the new; use only rules you know and say so in the label notes when unsure",
  mun="Horsens Kommune, Vejle Kommune, Skive Kommune, Struer Kommune, Lemvig Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a plain letter from a 'Sundhed og Ældre' unit with a box 'Det betyder det for dig'; a letter written after a visit with the citizen and a daughter, with who-said-what; a letter with a before/after table; a short letter that refers to an attached 'Plan for helhedspleje'." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about a handicapparkering permit, a parkeringslicens or a kørselsordning outside the social laws (e.g. under færdselsloven or as a local service) — with the appeal route you know is right for it."),
 'e5': dict(
  focus="children and young people between the social area and school: barnets lov (in force since 1 January 2024) decisions on merudgifter (§ 86), aflastning, støtteperson and hjælpemidler for a child, written next to or in the same letter as decisions under folkeskoleloven about specialundervisning, befordring or understøttende undervisning; letters to parents who disagree with the school; letters where the school decides one thing and the family department another; the child's own view where the child is old enough",
  mun="Albertslund Kommune, Ishøj Kommune, Vallensbæk Kommune, Brøndby Kommune, Hvidovre Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a family department's letter with a 'Barnets egne ord' section; a school administration's formal letter with PPR's statement attached; a joint letter from school and family department deciding two things; a short letter in a case system's template with fields." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under folkeskoleloven about skolebefordring or a refusal of a place at another school (frit skolevalg) — with the complaint route you know is right for it."),
}

make_briefs('/work/blind-33-staging', '(also never /work/blind-4-staging … /work/blind-32-staging, /work/iaa-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('e4',))
