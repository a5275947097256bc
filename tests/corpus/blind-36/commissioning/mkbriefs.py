# The briefs of blind-36's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-36-staging/briefs. The closing section
# "Your files only" was appended to each brief by hand (see ../README.md).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'ja': dict(
  focus="decisions about several aids or items at once where tables carry the decision: a package of hjælpemidler and forbrugsgoder (serviceloven §§ 112 and 113) after a rehabilitation stay, each row with its own status ('Bevilget', 'Afslag', 'Delvist – standardmodel', 'Udlån', 'Egenbetaling 50 %'), totals and egenbetaling, items granted as a cheaper model, items moved to another law; letters where the table is the only place the outcome of some items stands",
  mun="Viborg Kommune, Silkeborg Kommune, Randers Kommune, Norddjurs Kommune, Hedensted Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter that is mostly one big table with a short intro; a letter with one table of what was applied for and another of what was granted; a letter where the table's status column uses symbols or abbreviations explained in a note; a letter with the table in a Bilag and only a summary in the body." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a påbud or a refusal under byggeloven (e.g. an order to remove or legalise a building, a refused ibrugtagningstilladelse) — with the complaint route you know is right for it."),
 'jb': dict(
  focus="money decisions for adults and children that are about calculation, regulation and repayment: yearly regulation of merudgiftsydelse (serviceloven § 100, barnets lov § 86), tabt arbejdsfortjeneste recalculated after a pay change (barnets lov § 87), a claim for repayment (tilbagebetaling) after a change the citizen did not report, a reduced payment because of other income, a grant of a lump sum; letters with calculation tables, 'før/nu' figures and payment dates",
  mun="Esbjerg Kommune, Fredericia Kommune, Billund Kommune, Vejen Kommune, Kolding Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter whose decision is a single sentence under a large calculation table; a letter with 'Sådan har vi regnet' as its own section; a letter from an economics unit that writes in the third person; a letter that decides a repayment and offers an afdragsordning in the same text." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about aktivitetsstøtte, a fritidspas or lokaletilskud under folkeoplysningsloven — with the complaint route you know is right for it."),
 'jc': dict(
  focus="relatives and carers: aflastning and afløsning for spouses of citizens with dementia (serviceloven § 84), daghjem and dagcenter, pasning af nærtstående med handicap eller alvorlig sygdom (serviceloven §§ 118–119: ansættelse and plejevederlag), plejeorlov-like situations, and letters written to a relative who applies on behalf of the citizen; decisions where the carer's needs and the citizen's needs are weighed against each other",
  mun="Faaborg-Midtfyn Kommune, Kerteminde Kommune, Nordfyns Kommune, Odense Kommune, Langeland Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter addressed to the spouse with the citizen in copy; a letter that first describes the day in the home hour by hour; a letter with a section 'Hvad betyder det for jer som familie?'; a very short letter that continues an existing aflastning unchanged." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about vintervedligeholdelse or istandsættelse of a private fællesvej under privatvejsloven — with the complaint route you know is right for it."),
 'jd': dict(
  focus="young adults between 18 and 23: videreførelse of support after 18 and efterværn-like support under barnets lov, the ungeindsats, støttekontaktperson and bostøtte for young people (serviceloven § 85), letters written directly to the young person in a youthful register, letters about a stop at 23 or when the young person does not turn up, and decisions where the young person and the parents disagree",
  mun="Høje-Taastrup Kommune, Albertslund Kommune, Greve Kommune, Ishøj Kommune, Ballerup Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with short paragraphs and emojis-free but informal tone ('Hej Mikkel'); a letter with a 'Din plan' box; a letter written after a meeting with a mentor present, with who-said-what; a formal letter to a young person under værgemål with copy to the værge." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision about uddannelseshjælp, a uddannelsespålæg or a sanction under the job and education rules for young people — with the appeal route you know is right for it."),
 'je': dict(
  focus="corrections, withdrawals and renewals: a decision that corrects an obvious error in an earlier one, a withdrawal (tilbagekaldelse) of a grant because facts were wrong, a renewal of a handicapbil after 8 years (serviceloven § 114) or a kontant tilskud (§ 95), a decision that replaces an earlier one in part, and letters that say what is unchanged; make the earlier decision and the new one both visible in the text",
  mun="Aalborg Kommune, Rebild Kommune, Mariagerfjord Kommune, Vesthimmerlands Kommune, Hjørring Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a 'Tidligere afgørelse / Ny afgørelse' comparison; a letter that quotes a paragraph of the earlier decision; a short correction letter ('Rettelse til afgørelse af …'); a letter that renews one item and stops another." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a gravetilladelse, a råden over vejareal or a refusal of a skilt or udeservering under vejloven — with the complaint route you know is right for it."),
}

make_briefs('/work/blind-36-staging', '(also never /work/blind-4-staging … /work/blind-35-staging, /work/iaa-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('je',))
