# The briefs of blind-40's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-40-staging/briefs. The closing section
# "Your files only" was appended to each brief by hand (see ../README.md).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'oa': dict(
  focus="decisions about the case itself rather than the help, next to ordinary decisions: aktindsigt granted in full or in part (forvaltningsloven and offentlighedsloven), a refused request to have a partsrepræsentant or a new caseworker, a refused genoptagelse of an old case, a correction (berigtigelse) of an earlier decision, a complaint forwarded to Ankestyrelsen, and the ordinary help decisions (hjælpemidler, praktisk hjælp, merudgifter) the same team sends",
  mun="Frederiksberg Kommune, Gentofte Kommune, Gladsaxe Kommune, Lyngby-Taarbæk Kommune, Rudersdal Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a lawyer-like letter with numbered paragraphs and a document list; a short plain letter that sends documents; a letter with a table of documents and 'Udleveret / Delvist / Ikke udleveret'; a warm letter from a team leader after a complaint about the caseworker." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: an aktindsigt decision in a byggesag or a refused aktindsigt in a school matter — with the complaint route you know is right for it."),
 'ob': dict(
  focus="one week of letters from a municipality's citizen-facing units where the social-area letters stand between letters of other areas: sygedagpenge and jobafklaring, kontanthjælp, førtidspension and personligt tillæg, dagtilbud and friplads, ejendomsskat and lån, next to hjælpemidler, merudgifter and praktisk hjælp; write each in the style of the unit that sends it",
  mun="Holbæk Kommune, Kalundborg Kommune, Odsherred Kommune, Slagelse Kommune, Stevns Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a jobcenter letter with 'Det betyder for dig' boxes; a pension letter with a calculation table; a dagtilbud letter with a price table; a social-area letter from a visitation unit in the same municipality's template." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a sygedagpenge stop under sygedagpengeloven or a refused personligt tillæg under pensionsloven — with the complaint route you know is right for it. Your '2 more of any category' must also be decisions in OTHER legal areas (e.g. a kontanthjælp sanction, a refused friplads under dagtilbudsloven, a refused lån til ejendomsskat), each with the complaint route you know is right for it."),
 'oc': dict(
  focus="letters produced by systems and self-service rather than written by hand: 'Dette brev er dannet automatisk', an order confirmation from the hjælpemiddeldepot, a price regulation for madservice, a yearly regulation of merudgifter, a kørselsordning card, a self-service application answered by a template, and among them the real decisions (grants, refusals, cuts) that such systems also send",
  mun="Herning Kommune, Ikast-Brande Kommune, Holstebro Kommune, Struer Kommune, Lemvig Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a system letter of fields and codes; a self-service receipt with a reference number; a short SMS-like Digital Post message; a template decision with standard paragraphs that only partly fit." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: an automatic decision about forældrebetaling in a dagtilbud or a refused friplads — with the complaint route you know is right for it."),
 'od': dict(
  focus="help around death, hospital stays and absence: help stopped because the citizen died (letters to the estate or relatives), help paused while the citizen is in hospital or on a long stay abroad, aids that must be returned, repayment asked of an estate, help resumed or changed after discharge, terminal care at home, and ordinary decisions for the same citizens",
  mun="Hjørring Kommune, Frederikshavn Kommune, Brønderslev Kommune, Læsø Kommune, Jammerbugt Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a gentle letter to bereaved relatives; a formal letter to an estate's lawyer (dødsbo); a short practical letter about collecting aids; a letter with a table of help before and after a hospital stay." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a refused begravelseshjælp-like matter in the municipality's remit or a decision about a grave site (kirkegård) — with the complaint route you know is right for it."),
 'oe': dict(
  focus="parents with disabilities and their children: support for a parent with a cognitive disability or mental illness (socialpædagogisk støtte), hjælpemidler a disabled parent needs to care for a baby, ledsagelse for a parent to a child's activities, BPA hours for childcare tasks, and where a child's own help under barnets lov is decided separately; letters about the adult that talk much about the children, and letters about the child",
  mun="Odder Kommune, Hedensted Kommune, Norddjurs Kommune, Samsø Kommune, Horsens Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter to a mother with a section 'Dine børn'; a letter to both parents of a child where one parent has a disability; a plain letter with a weekly plan table; a formal letter with the family's network described." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a refused skoleskift or a decision about a child's dagtilbud placement — with the complaint route you know is right for it."),
}

make_briefs('/work/blind-40-staging', '(also never /work/blind-4-staging … /work/blind-39-staging, /work/iaa-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('od',))
