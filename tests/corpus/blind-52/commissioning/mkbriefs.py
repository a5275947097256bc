# The briefs of blind-52's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-52-staging/briefs. The closing section
# "Your files only" was appended to each brief by hand (see ../README.md). The schema's outcome line
# carries the outcome convention of ../shared/design.md § 7 (outcome_rule).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'ba': dict(
  focus="small island and rural municipalities where one or two caseworkers handle everything and know the citizens personally: letters that mention the ferry, the one local home-care team, help that must come from the mainland, personal remarks next to the decision, praktisk hjælp, hjælpemidler, boligændringer and ledsagelse",
  mun='Ærø Kommune, Samsø Kommune, Fanø Kommune, Læsø Kommune, Bornholms Regionskommune',
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a personal, first-person letter signed by the one caseworker; a letter that refers to a conversation at the citizen's kitchen table; a printed municipal template with a very small island logo block; a letter that decides a practical problem caused by distance." + VARY,
  other='- 1 decision in ANOTHER legal area, written by a municipality: a decision on a ferry ticket discount or a residents\' ferry card (færgekort), or on a dispensation under the local regulations for an island — with the complaint route you know is right for it.'),
 'bb': dict(
  focus="decisions that reverse or revise themselves: genoptagelse after new medical information, a refusal that becomes a grant, a grant that is corrected because of a calculation error, a decision that is withdrawn (tilbagekaldt) and replaced, help stopped because the conditions are no longer met, and reductions after revisitation, each with the earlier decision described",
  mun='Vejle Kommune, Billund Kommune, Ikast-Brande Kommune, Skive Kommune, Viborg Kommune',
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that begins 'Vi har genoptaget din sag'; a correction letter ('Rettelse til afgørelse af …'); a formal decision that stops help with a long sagsfremstilling; a short letter that reduces hours after revisitation." + VARY,
  other='- 1 decision in ANOTHER legal area, written by a municipality: a decision that stops or reduces a boligstøtte or a personligt tillæg to a pensioner (say which law and why) — with the complaint route you know is right for it.'),
 'bc': dict(
  focus="transport for citizens with disabilities: individuel handicapkørsel through the trafikselskab, kørsel til aktivitets- og samværstilbud (serviceloven §§ 103 and 104), kørsel to a botilbud's day activities, kørsel til behandling, ledsagelse on the trip, egenbetaling for transport, and a refused taxi instead of bus",
  mun='Furesø Kommune, Rudersdal Kommune, Gentofte Kommune, Lyngby-Taarbæk Kommune, Gladsaxe Kommune',
  styles='Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a table of trips per week and prices; a short grant with the trafikselskab\'s phone number; a refusal that explains the difference between two kinds of transport; a letter to a parent about transport for an adult child living at home.' + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on befordringsgodtgørelse or transport for a pupil under folkeskoleloven (skolekørsel) — with the complaint route you know is right for it."),
 'bd': dict(
  focus="letters that quote the citizen at length: long extracts of the citizen's own application, an e-mail from a relative, a doctor's statement and an occupational therapist's test, followed by what the municipality makes of each, and decisions where the citizen's view is agreed with in part — about personlig og praktisk hjælp, hjælpemidler, merudgifter and socialpædagogisk støtte",
  mun='Odense Kommune, Svendborg Kommune, Faaborg-Midtfyn Kommune, Nyborg Kommune, Kerteminde Kommune',
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with block quotes in quotation marks and the municipality's comment after each; a letter with a two-column 'Du har skrevet' / 'Vores vurdering' table; a letter that summarises a phone call in detail; a long formal decision with a section per document in the case." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on sygedagpenge (stop or continuation) under sygedagpengeloven — with the complaint route you know is right for it."),
 'be': dict(
  focus="grants that come with conditions, limits and money flowing back: a grant on the condition that the citizen buys through a supplier, a grant up to a maximum amount, a grant paid as a refund after receipts, help lent rather than given, a deposit or an own share, a grant for a trial period, and refusals of the parts that are above the limit",
  mun='Sønderborg Kommune, Aabenraa Kommune, Tønder Kommune, Haderslev Kommune, Middelfart Kommune',
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a calculation box ('Pris', 'Din egenandel', 'Kommunens tilskud'); a letter with numbered conditions; a short letter that says how to send receipts; a formal letter with a payment schedule." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on a byggetilladelse with conditions for a ramp or an extension to a house under byggeloven — with the complaint route you know is right for it."),
}

make_briefs('/work/blind-52-staging', '(also never /work/blind-4-staging … /work/blind-51-staging, /work/iaa-staging, /work/measure, /work/fuzzwork, /work/dbg, /work/probe-47 or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('bb',), outcome_rule=True)
