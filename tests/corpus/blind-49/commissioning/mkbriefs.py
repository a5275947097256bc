# The briefs of blind-49's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-49-staging/briefs. The closing section
# "Your files only" was appended to each brief by hand (see ../README.md). From this set on the
# schema's outcome line carries the outcome convention of ../shared/design.md § 7 (outcome_rule).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'xa': dict(
  focus="adults with mental illness and the municipality's socialpsykiatri: socialpædagogisk bostøtte (serviceloven § 85) after a hospital stay, støtte- og kontaktperson (§ 99), a bofællesskab or a midlertidigt botilbud, recovery-oriented plans with goals, cooperation with regional psychiatry and the citizen's own words about what helps, help refused because the citizen declines contact, and help reduced as the citizen gets better",
  mun="Esbjerg Kommune, Fanø Kommune, Varde Kommune, Billund Kommune, Vejen Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a recovery-oriented letter with 'Dine mål' and 'Det har du fortalt os'; a terse template from a socialpsykiatrisk myndighedsenhed; a letter after a network meeting with the hospital; a letter to a citizen with a værge in copy." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on sygedagpenge (stop or extension under sygedagpengeloven) for a citizen with mental illness — with the complaint route you know is right for it."),
 'xb': dict(
  focus="borgerstyret personlig assistance and kontant tilskud (serviceloven §§ 95 and 96): the number of hours per day and night, the arbejdsgiverbeløb and administrationsbeløb in kroner, the transfer of the employer role to a company or an association, approval of a relative as helper, budgets and regnskab, repayment of unused money, and refusals because the citizen cannot be arbejdsleder",
  mun="Odense Kommune, Svendborg Kommune, Faaborg-Midtfyn Kommune, Nyborg Kommune, Kerteminde Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a long BPA decision with a table of hours by time of day and a budget; a short letter on the yearly regulation of the amounts; a letter to the citizen and the BPA company; a letter that explains the calculation in plain Danish." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on personligt tillæg or helbredstillæg under pensionsloven for a pensioner with a disability — with the complaint route you know is right for it."),
 'xc': dict(
  focus="decisions that must be read out of system output: a 'Bevillingsoversigt' or ydelsesoversigt with rows of Ydelse / Start / Slut / Omfang / Status, a visitation summary listing functions (Fælles Sprog) and the ydelser with minutes per task, a handleplan summary whose last section is the decision, changes shown as old and new rows, and short covering letters that point to such an overview",
  mun="Silkeborg Kommune, Skanderborg Kommune, Horsens Kommune, Hedensted Kommune, Odder Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a covering letter plus a printed overview; a visitation summary with minutes per task; a handleplan with the decision at the end; a letter that shows before/after rows." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a byggetilladelse (or refusal) for a ramp, a carport or an extension for a citizen with a disability under byggeloven — with the complaint route you know is right for it."),
 'xd': dict(
  focus="young people with disabilities around their 18th birthday and the move from barnets lov (in force 1 January 2024) to serviceloven: decisions that change the legal basis on the birthday, efterværn and 'ung-til-voksen' support, a young person's own application and own view, letters to the young person with parents in copy, a child's help that stops at 18 and the adult help that replaces it or does not",
  mun="Randers Kommune, Norddjurs Kommune, Favrskov Kommune, Viborg Kommune, Skive Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter written directly to a 17-year-old in a warm tone; a formal letter to the parents about the change at 18; a joint letter from the children's and the adult unit; a short letter confirming what continues." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on befordring to a special school or a specialklasse under folkeskoleloven — with the complaint route you know is right for it."),
 'xe': dict(
  focus="applications for several things at once and letters that decide them item by item: a citizen who asked for four to six kinds of help in one application, each decided in its own way (granted, granted in another form, granted less, refused, sent on to another unit or decided later); a summary list or table at the top; letters where the items are spread through the text; a letter deciding some items now and the rest in a later letter",
  mun="Næstved Kommune, Faxe Kommune, Stevns Kommune, Køge Kommune, Lejre Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a numbered list of the items and a decision under each; a table 'Du har søgt om / Vores afgørelse'; a narrative letter that handles the items one after another; a short letter deciding one item and promising the rest." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on enkeltydelse (help for dental treatment or a necessary purchase) under lov om aktiv socialpolitik — with the complaint route you know is right for it."),
}

make_briefs('/work/blind-49-staging', '(also never /work/blind-4-staging … /work/blind-48-staging, /work/iaa-staging, /work/measure, /work/fuzzwork, /work/dbg, /work/probe-47 or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('xa',), outcome_rule=True)
