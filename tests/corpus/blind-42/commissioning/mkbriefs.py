# The briefs of blind-42's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-42-staging/briefs. The closing section
# "Your files only" was appended to each brief by hand (see ../README.md).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'qa': dict(
  focus="applications the municipality does not decide on the merits, next to ordinary decisions: an application refused as not to be processed (afvisning) because the municipality is not the right authority, the case sent on to another authority (oversendelse, forvaltningsloven § 7), an application that lapses because the citizen did not send the information asked for, a withdrawn application confirmed, a second application about the same thing answered by pointing to the earlier decision, and the ordinary grants and refusals the same team sends",
  mun="Aabenraa Kommune, Sønderborg Kommune, Tønder Kommune, Haderslev Kommune, Kolding Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a short formal letter that only says why the application is not processed; a letter that forwards the case and tells the citizen who will answer; a plain letter that confirms a withdrawal; a full decision letter from a visitation unit." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: an afvisning of a request under lov om social pension or an oversendelse of a complaint about a school matter — with the complaint route you know is right for it."),
 'qb': dict(
  focus="the line between health and social help, written by the municipal health and rehabilitation units: genoptræning after hospital (sundhedsloven § 140) next to vedligeholdelsestræning (serviceloven § 86), hjælpemidler under serviceloven § 112 against behandlingsredskaber the hospital must pay for, vederlagsfri fysioterapi, sygepleje, and help that moves between the two when the citizen's condition changes",
  mun="Hillerød Kommune, Helsingør Kommune, Fredensborg Kommune, Gribskov Kommune, Halsnæs Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter from a Sundhedscenter with a training plan table; a hjælpemiddel letter that explains why the hospital must pay instead; a short letter from a nursing unit; a formal letter from a rehabilitation team." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a refused genoptræningsplan matter or a refused sygepleje-like matter under sundhedsloven — with the complaint route you know is right for it. Your '2 more of any category' must include one more decision under sundhedsloven, with its own complaint route."),
 'qc': dict(
  focus="complaints and the letters that answer them: answers to complaints about a caseworker's behaviour or the sagsbehandlingstid (not decisions), a letter from the Borgerrådgiver, an apology with a promise, a genvurdering that gives the citizen full or partial medhold, a complaint forwarded to Ankestyrelsen with the municipality's reasons, and among them the decisions on the help itself",
  mun="Vejle Kommune, Fredericia Kommune, Middelfart Kommune, Billund Kommune, Hedensted Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. an apologetic letter from a head of department; a neutral letter from the Borgerrådgiver; a formal genvurdering with numbered points; a plain letter that answers a citizen's e-mail point by point." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a refused aktindsigt in a building matter or a decision about a complaint over a dagtilbud — with the complaint route you know is right for it."),
 'qd': dict(
  focus="money for families of children with disabilities under barnets lov (in force since 1 January 2024): tabt arbejdsfortjeneste (§ 87) with income figures and hours, merudgifter (§ 86) with calculation tables and the yearly minimum, regulation when the child's needs or the parents' income change, repayment of too much paid, and the parents' own calculations answered",
  mun="Kalundborg Kommune, Sorø Kommune, Ringsted Kommune, Køge Kommune, Lejre Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a letter with a calculation table per expense; a letter that sets the hours per week out in a weekly table; a plain letter to both parents; a system letter of fields with a regulation." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a refused friplads in a dagtilbud or a decision about børne- og ungeydelse-like matters within the municipality's remit — with the complaint route you know is right for it."),
 'qe': dict(
  focus="long letters from a large city's specialised units in heavy Word templates: a cover page with a summary ('Resumé'), a table of contents, numbered sections 1 to 9, many Bilag, decisions about botilbud (serviceloven §§ 107 and 108), socialpædagogisk støtte (§ 85), støtte- og kontaktperson (§ 99) and housing with support, in the city's standard order of parts",
  mun="Københavns Kommune, Aarhus Kommune, Odense Kommune, Aalborg Kommune, Frederiksberg Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a template with a cover page, a summary box and a table of contents; a template with numbered sections and a 'Lovgrundlag' appendix; a template where the decision stands in a table on page 1; a plain version of the same city's template." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision on boligstøtte-like matters handled by the city or a refused housing allocation (boliganvisning) — with the complaint route you know is right for it."),
}

make_briefs('/work/blind-42-staging', '(also never /work/blind-4-staging … /work/blind-41-staging, /work/iaa-staging, /work/measure, /work/fuzzwork, /work/dbg or /tmp/ci-clone)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('qd',))
