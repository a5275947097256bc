# The briefs of blind-11's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-11-staging/briefs.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'j1': dict(
  focus="letters to citizens who do not read Danish well and international families: a Danish letter followed by an English version or an English summary ('Summary in English'), letters that mention an interpreter or a translated meeting, letters to a citizen's relative who translates, simple Danish for a non-native reader; topics: hjælpemidler (serviceloven § 112), merudgifter for adults (§ 100) and children (barnets lov § 86), ledsagelse (§ 97), boligindretning (§ 116)",
  mun="Københavns Kommune, Tårnby Kommune, Albertslund Kommune, Ishøj Kommune, Dragør Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a Danish decision with a complete English translation after it (the English text is 'for information only'); a letter with a short English summary box at the top; a letter in simple Danish written for a reader with an interpreter, with short sentences and explanations of words; a letter to an adult son who translates for his mother." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under integrationsloven or lov om aktiv socialpolitik (e.g. hjælp til enkeltudgifter)."),
 'j2': dict(
  focus="adults with psychiatric illness, addiction or homelessness: socialpædagogisk støtte (serviceloven § 85), støtte- og kontaktperson (§ 99), misbrugsbehandling (§ 101), midlertidigt og længerevarende botilbud (§§ 107, 108), forsorgshjem (§ 110), letters to citizens with a værge or a bisidder, letters written with great care for a vulnerable reader, letters that stop help because the citizen has not shown up",
  mun="Odense Kommune, Sønderborg Kommune, Aabenraa Kommune, Billund Kommune, Varde Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a warm, careful letter that explains the decision in the caseworker's own words before the formal part; a formal letter from a botilbud visitation committee ('Visitationsudvalget har på mødet den …'); a short letter to a værge about the citizen in the third person; a letter stopping § 85 support after missed appointments, with the history listed by date." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under sundhedsloven (e.g. alkoholbehandling § 141) or under lov om aktiv socialpolitik."),
 'j3': dict(
  focus="decisions limited in time or with conditions, and decisions not (yet) taken: a grant for a fixed period ('til og med 31. december 2025', 'bevilget i 6 måneder, derefter revurdering'), a trial period, a grant on a condition ('på betingelse af, at …'), a grant that refuses part by its condition, a decision postponed until information arrives ('vi udsætter afgørelsen'), an application closed without a decision because the citizen did not reply or withdrew it (henlæggelse), an application dismissed because another authority decides (afvisning/videresendelse); topics: BPA and kontant tilskud (serviceloven §§ 95, 96), aflastning, hjælpemidler (§ 112), bil (§ 114), boligindretning (§ 116)",
  mun="Skanderborg Kommune, Favrskov Kommune, Herlev Kommune, Furesø Kommune, Allerød Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that grants for a period and says exactly when and how the help will be revisited; a letter whose grant carries conditions in a numbered list; a short letter saying the case is closed because the citizen did not send the requested documents; a letter that postpones the decision and lists what is missing." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om social pension (e.g. helbredstillæg) or under byggeloven."),
 'j4': dict(
  focus="children and families between the social area and the day-care and school world: støtte under barnets lov (§ 32 støtteforanstaltninger, § 86 merudgifter, § 87 tabt arbejdsfortjeneste, aflastning), hjælpemidler for children (serviceloven § 112), specialpædagogisk bistand in daycare (dagtilbudsloven, another area) and at school (folkeskoleloven, another area), letters to separated parents with joint custody, letters with a section on the child's own views (børnesamtale) and how they were weighed",
  mun="Egedal Kommune, Høje-Taastrup Kommune, Solrød Kommune, Stevns Kommune, Faxe Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a family-department letter with a 'Barnets perspektiv' section and a 'Forældrenes synspunkter' section; a letter to two parents at two addresses; a pædagogisk psykologisk rådgivning (PPR) letter about support in daycare; a short letter granting a hjælpemiddel for a child with delivery information." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under dagtilbudsloven (e.g. specialpædagogisk bistand § 4) or under folkeskoleloven (e.g. specialundervisning § 3, stk. 2) — with the appeal route you know is right for it."),
 'j5': dict(
  focus="letters written in a hurry and letters written at great length: typos, missing full stops and capital letters, headings in CAPITALS, copy-paste errors (an earlier citizen's name left in one place, a section repeated), mixed 'du' and 'De', SMS-like notes; and the opposite — very long letters of 10+ numbered sections with sub-headings, general information and the decision somewhere in the middle; topics: hjemmehjælp and madservice (serviceloven § 83 before 1 July 2025, ældreloven after), genoptræning and vedligeholdelsestræning (serviceloven § 86), hjælpemidler (§ 112), befordring",
  mun="Lolland Kommune, Morsø Kommune, Jammerbugt Kommune, Rebild Kommune, Læsø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a hurried caseworker's letter with typos, run-on sentences and no paragraph breaks; a Digital Post note in lower case with abbreviations; a long case-system letter with numbered sections 1–12 and the decision in section 6; a letter with a copy-paste error that leaves another citizen's name or an earlier date in one sentence." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under sundhedsloven (e.g. genoptræning § 140 or hjemmesygepleje § 138) or under lov om social pension."),
}

make_briefs('/work/blind-11-staging', '(also never /work/blind-4-staging … /work/blind-10-staging, /work/measure or /work/fuzzwork)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('j2',))
