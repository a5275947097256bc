# The briefs of blind-23's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-23-staging/briefs.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'x1': dict(
  focus="letters written in imperfect Danish: spelling mistakes and typos ('afgørrelse', 'bevilliget', 'klagevejldning'), missing or wrong punctuation, run-on sentences joined with 'og' and commas, wrong word order or gender as a writer whose first language is not Danish would write, and letters dictated in a hurry — mixed with correct letters; areas: personlig og praktisk hjælp (serviceloven § 83), aflastning (§ 84), socialpædagogisk støtte (§ 85), pasning af nærtstående med handicap eller alvorlig sygdom (§ 118), and plejevederlag til pasning af døende (§ 119)",
  mun="Thisted Kommune, Morsø Kommune, Skive Kommune, Vesthimmerlands Kommune, Hjørring Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter full of typos from a busy caseworker; a letter in the Danish of a writer with another first language; a dictated letter with run-on sentences; a careful letter without errors for comparison." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om aktiv socialpolitik (e.g. a refusal or grant of hjælp i særlige tilfælde such as an enkeltudgift or flytteudgifter) — with the appeal route you know is right for it."),
 'x2': dict(
  focus="letters that do several things at once: a decision on one thing together with a partshøring on another ('Vi har bevilget … Vi påtænker desuden at …'), a decision together with a request for more documents, a decision followed by notice of a future review or a new meeting, a decision inside a letter that mostly answers questions, and a letter where the decision is one paragraph among much practical information — mixed with letters that do one thing; areas: hjælpemidler (serviceloven § 112), forbrugsgoder (§ 113), boligindretning (§ 116), merudgifter for voksne (§ 100), and merudgifter for a child (barnets lov § 86)",
  mun="Holbæk Kommune, Kalundborg Kommune, Odsherred Kommune, Sorø Kommune, Ringsted Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with numbered points each doing something different; a letter with a 'Det sker nu' section; a long letter where the decision is easy to overlook; a short letter that does one thing." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om specialundervisning for voksne (e.g. a refusal or grant of kompenserende specialundervisning) — with the appeal route you know is right for it."),
 'x3': dict(
  focus="citizens who are deaf, deafblind, hard of hearing or have no speech: kontaktperson for døvblinde (serviceloven § 98), kommunikationshjælpemidler and alarms with light or vibration (§ 112), ledsagelse (§ 97), socialpædagogisk støtte with sign language (§ 85), and støtte to a deaf child and the family under barnets lov (§ 32) — letters that mention interpreters, sign language, text telephones, the citizen's own way of communicating and how the municipality heard the citizen",
  mun="Fredericia Kommune, Kolding Kommune, Vejle Kommune, Haderslev Kommune, Sønderborg Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with short lines and one idea per sentence; a letter with a summary in a box at the top; a formal letter with numbered sections; a warm letter to the parents of a deaf child." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under integrationsloven or danskuddannelsesloven (e.g. about a danskuddannelse offer, a refusal to extend it, or special teaching for a participant with a hearing disability) — with the appeal route you know is right for it."),
 'x4': dict(
  focus="letters in the old formal administrative style still found in long-lived templates: 'De' and 'Dem' instead of 'du', 'Under henvisning til Deres ansøgning af …', 'skal man herved meddele', 'Kommunen har dags dato besluttet', passive and noun-heavy sentences, long sentences with several 'idet' and 'hvorfor', Latin and legal phrases ('pro forma', 'ex officio', 'in casu'), and headings in capitals — mixed with a few modern letters from the same municipalities; areas: merudgifter (serviceloven § 100), borgerstyret personlig assistance (§ 96), støtte til bil (§ 114), boligindretning (§ 116), and længerevarende botilbud (§ 108)",
  mun="Frederiksberg Kommune, Gladsaxe Kommune, Herlev Kommune, Ballerup Kommune, Albertslund Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a stiff 'De'-letter with capital headings; a letter with a long single paragraph; a jurist's letter with 'in casu'; one modern plain letter for comparison." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a byggetilladelse or a refusal of one under byggeloven (e.g. for a ramp, a lift or an extension for a person with a disability) — with the appeal route you know is right for it."),
 'x5': dict(
  focus="outcomes that are carried by numbers: minutes per visit and visits per week, hours per month, amounts per month or per year, percentages of a cost, price ceilings (prislofter) and the citizen's own share (egenandel), kilometres and trips, with arithmetic the reader must follow, some in tables, some in prose, and some where the number granted is lower than, equal to or higher than the number applied for without the letter saying so in words; areas: personlig og praktisk hjælp (serviceloven § 83), socialpædagogisk støtte (§ 85), merudgifter (§ 100), hjælpemidler (§ 112), and kørsel (§ 117)",
  mun="Randers Kommune, Favrskov Kommune, Silkeborg Kommune, Viborg Kommune, Herning Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a calculation table; a letter that explains each number in prose; a case-system letter with a line per item; a plain letter with only the final number." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om social pension (e.g. a refusal or grant of helbredstillæg or varmetillæg) — with the appeal route you know is right for it."),
}

make_briefs('/work/blind-23-staging', '(also never /work/blind-4-staging … /work/blind-22-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE)
