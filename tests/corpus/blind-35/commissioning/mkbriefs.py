# The briefs of blind-35's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-35-staging/briefs. The closing section
# "Your files only" was appended to each brief by hand (see ../README.md).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'ha': dict(
  focus="personlig assistance and BPA (serviceloven §§ 95 and 96) and the hours behind them: hour calculations per day and week, night watch and rådighedstimer, the citizen as arbejdsleder or arbejdsgiver, the arbejdsgiverrolle handed to a forening or a company, partial grants of fewer hours than applied for, stops when the conditions no longer hold, and changes of the wage budget; letters with calculation tables and many numbers",
  mun="Gentofte Kommune, Lyngby-Taarbæk Kommune, Rudersdal Kommune, Hørsholm Kommune, Furesø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a day-by-day table of hours; a letter that decides the hours and the budget separately; a letter written to a BPA company with a copy to the citizen; a letter that mixes a decision about hours with a reply about the arbejdsgiverrolle." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about an afdragsordning or a restance for municipal claims (ejendomsskat, forsyning, børnepenge-modregning) — with the complaint route you know is right for it."),
 'hb': dict(
  focus="very short letters and cover letters as citizens actually receive them in Digital Post: a 5-to-10-line message that decides ('Vi har bevilget …'), a message that only says a decision is attached ('Se vedhæftede afgørelse'), a short confirmation after a phone call, a letter that decides in two sentences and puts everything else in a standard attachment, an SMS-like text reproduced as a letter; areas: hjælpemidler and forbrugsgoder (§§ 112, 113), kropsbårne hjælpemidler, reparation and udskiftning",
  mun="Hillerød Kommune, Allerød Kommune, Egedal Kommune, Ballerup Kommune, Herlev Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a two-paragraph message with a signature and a phone time; a message with a standard 'Vejledning om klage' attachment after a line of dashes; a short letter with only a field block and a closing line; a letter that answers a reparation request in three lines." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about tilskud til privat pasning or søskendetilskud under dagtilbudsloven — with the complaint route you know is right for it."),
 'hc': dict(
  focus="adults with mental illness, brain injury or social problems: socialpædagogisk støtte (serviceloven § 85), støtte- og kontaktperson (§ 99), midlertidigt and længerevarende botilbud (§§ 107, 108), forsorgshjem (§ 110), aktivitetstilbud (§ 104); letters written after a samtale with the citizen and a bostøtte or a værge present; refusals because the functional impairment is not considerable, because the need is met by the psychiatry, or because the citizen does not want to take part; changes in hours of § 85 støtte",
  mun="Slagelse Kommune, Næstved Kommune, Ringsted Kommune, Sorø Kommune, Kalundborg Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that summarises the samtale in the citizen's own words; a letter organised by the Voksenudredningsmetoden's themes; a letter with goals ('Mål for indsatsen') and sub-goals; a letter to a citizen under værgemål with a copy to the værge." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about kørsel til læge or speciallæge or tilskud under sundhedsloven (§§ 170–172) — with the complaint route you know is right for it."),
 'hd': dict(
  focus="housing for older and disabled citizens: boligændring and boligskift (serviceloven § 116), visitation to a plejebolig or an ældrebolig, the plejeboliggaranti, a place on a waiting list, flytning between municipalities (retssikkerhedsloven § 9), and stops of home help when the citizen moves; letters that mix a decision about the home with advice about rent, boligydelse and moving help; ældreloven where it applies (since 1 July 2025)",
  mun="Holbæk Kommune, Odsherred Kommune, Lejre Kommune, Frederikssund Kommune, Halsnæs Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter from a visitationsudvalg with a list of members and a vote; a letter that offers a specific flat with a deadline to accept; a letter with a 'Hvad betyder det for dig?' box; a long letter that retells the home visit room by room." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about anvisning of an almen bolig or a refusal of a place on the boligsocial waiting list under almenboligloven — with the complaint route you know is right for it."),
 'he': dict(
  focus="children and young people with disabilities and their families under barnets lov (in force since 1 January 2024), written by family departments that use many headings and quotes from specialists: merudgifter (§ 86), tabt arbejdsfortjeneste (§ 87), aflastning and støtteperson, ledsagelse for young people, the transition at 18 (ungeindsatsen), and decisions where the child's own view is described or where the child was not heard and why; include one ophør when the child turns 18",
  mun="Frederiksberg Kommune, Tårnby Kommune, Dragør Kommune, Rødovre Kommune, Glostrup Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with quoted passages from the psychologist's report; a letter addressed to both parents at different addresses; a letter written to a 17-year-old with a copy to the parents; a letter in which the family department's decision follows a long 'Sagens forløb' timeline." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about skoleudsættelse, fritagelse for undervisning or optagelse i en bestemt skole under folkeskoleloven — with the complaint route you know is right for it."),
}

make_briefs('/work/blind-35-staging', '(also never /work/blind-4-staging … /work/blind-34-staging, /work/iaa-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('hc',))
