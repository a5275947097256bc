# The briefs of blind-51's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-51-staging/briefs. The closing section
# "Your files only" was appended to each brief by hand (see ../README.md). From this set on the
# schema's outcome line carries the outcome convention of ../shared/design.md § 7 (outcome_rule).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'za': dict(
  focus="shelters and homeless services under serviceloven §§ 109 and 110: ophold on a krisecenter or a forsorgshjem, stays refused or ended, egenbetaling for the stay, udslusning to one's own home with støtte, a kontaktperson for women in shelters, and the help a resident with a disability or mental illness gets while staying there",
  mun='Aarhus Kommune, Randers Kommune, Horsens Kommune, Herning Kommune, Holstebro Kommune',
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a short letter from the forsorgshjem's own visitation; a formal letter on egenbetaling with a calculation; a warm letter about udslusning; a letter that answers a resident's complaint about being asked to leave." + VARY,
  other='- 1 decision in ANOTHER legal area, written by a municipality: a decision on hjælp i særlige tilfælde (for example depositum or flytning) under lov om aktiv socialpolitik — with the complaint route you know is right for it.'),
 'zb': dict(
  focus='protective measures and the use of force for adults with reduced mental capacity under serviceloven chapter 24: a GPS or a personal alarm, special door openers, a bed with sides, holding during personal hygiene, decisions limited in time and followed up, decisions to the citizen with copies to the værge and relatives, and applications for such measures that are refused',
  mun='Esbjerg Kommune, Varde Kommune, Vejen Kommune, Kolding Kommune, Fredericia Kommune',
  styles='Invent 4 or 5 clearly different house styles of your own; e.g. a formal decision with conditions and a date for follow-up; a short letter extending an earlier decision; a letter that refuses the measure the staff asked for and says what to do instead; a letter written to a relative who is værge.' + VARY,
  other='- 1 decision in ANOTHER legal area, written by a municipality: a decision on a beboerparkeringslicens or a parking dispensation for a relative who visits — with the complaint route you know is right for it.'),
 'zc': dict(
  focus="letters as they come out of a PDF with all their page furniture: repeated letterheads and footers on every page ('Side 2 af 4', the address of the municipality, a bank account, EAN number), the case number repeated at the top of each page, a page break in the middle of a sentence or a table, 'Fortsættes på næste side', printed dates of printing — ordinary decisions on hjælpemidler, praktisk hjælp, ledsagelse and merudgifter",
  mun='Slagelse Kommune, Næstved Kommune, Vordingborg Kommune, Guldborgsund Kommune, Lolland Kommune',
  styles='Invent 4 or 5 clearly different house styles of your own; e.g. a three-page decision with a footer on every page; a letter whose appendix has its own header; a two-page letter broken in the middle of the reasoning; a one-page letter with a large footer of contact details.' + VARY,
  other='- 1 decision in ANOTHER legal area, written by a municipality: a decision on a change of school district (skoledistrikt) or a request for a school other than the district school under folkeskoleloven — with the complaint route you know is right for it.'),
 'zd': dict(
  focus='short stays and returning home: a midlertidigt ophold or aflastningsophold (serviceloven § 84 and, after 1 July 2025, the ældrelov), a stay on a rehabiliteringscenter after hospital, payment for the stay, decisions about when the stay ends and what help the citizen gets at home afterwards, and a stay extended or refused',
  mun='Hillerød Kommune, Fredensborg Kommune, Helsingør Kommune, Halsnæs Kommune, Gribskov Kommune',
  styles='Invent 4 or 5 clearly different house styles of your own; e.g. a short letter confirming a stay with dates and price; a letter after a meeting on the ward; a letter to a spouse who needs aflastning; a letter that ends a stay and sets up help at home.' + VARY,
  other='- 1 decision in ANOTHER legal area, written by a municipality: a decision on vederlagsfri fysioterapi or egenbetaling for genoptræning under sundhedsloven — with the complaint route you know is right for it.'),
 'ze': dict(
  focus="adults with intellectual disabilities living in botilbud or in almene boliger with staff (serviceloven §§ 85, 105 and 108): hours of socialpædagogisk støtte, help for leisure and holidays from the botilbud, relatives and værger as parties, the staff writing on the resident's behalf, and letters in easy Danish for the resident next to a formal letter for the værge",
  mun='Aalborg Kommune, Hjørring Kommune, Frederikshavn Kommune, Brønderslev Kommune, Jammerbugt Kommune',
  styles='Invent 4 or 5 clearly different house styles of your own; e.g. an easy-to-read letter for the resident with a formal copy for the værge; a formal decision about hours with a table by weekday; a short letter about a holiday trip; a letter after a status meeting in the botilbud.' + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on a rent or deposit question under almenboligloven for a resident's home — with the complaint route you know is right for it."),
}

make_briefs('/work/blind-51-staging', '(also never /work/blind-4-staging … /work/blind-50-staging, /work/iaa-staging, /work/measure, /work/fuzzwork, /work/dbg, /work/probe-47 or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('zd',), outcome_rule=True)
