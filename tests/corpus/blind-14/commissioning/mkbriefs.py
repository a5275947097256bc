# The briefs of blind-14's five authors (../../briefs.py). Writes commissioning/prompt-*.md;
# when the corpus was commissioned they went to /work/blind-14-staging/briefs.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from briefs import VARY, make_briefs  # noqa: E402

authors = {
 'n1': dict(
  focus="hjælpemidler and forbrugsgoder (serviceloven §§ 112, 113) seen from a municipal hjælpemiddelcentral: product names and HMI numbers, a standard model instead of the special one applied for, udlån from the depot versus ownership, repairs and replacement, the citizen's own share for a forbrugsgode (50 %), a supplier arranging delivery, several aids decided in one letter",
  mun="Aabenraa Kommune, Sønderborg Kommune, Haderslev Kommune, Tønder Kommune, Varde Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a terse letter from a hjælpemiddelcentral with a product table (Hjælpemiddel | HMI-nr. | Afgørelse); a letter that is almost only bullet points; an e-mail-like reply with the decision in the second paragraph; a letter whose subject line names a different aid than the one finally granted." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under sundhedsloven about a hjælpemiddel as part of behandling (e.g. after hospital discharge) or under lov om social pension — with the appeal route you know is right for it."),
 'n2': dict(
  focus="children with disabilities and their parents under barnets lov (in force 1 January 2024): merudgifter (§ 86), tabt arbejdsfortjeneste (§ 87), aflastning and støtte i hjemmet, kontaktperson, letters addressed to both parents (also parents living apart, both with custody), a child over 15 who is a party and gets the letter too, the child's own views (børnesamtale) and how they were weighed",
  mun="Gladsaxe Kommune, Lyngby-Taarbæk Kommune, Rudersdal Kommune, Ballerup Kommune, Herlev Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a warm letter to the parents in the 'I'/'jer' form with a summary box first; a formal letter with numbered sections and the child named in a 'Vedr.:' line; a letter to a 16-year-old in plain words with a copy to the parents; a letter that lists the family's expenses in a table and accepts some of them." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under dagtilbudsloven (e.g. støtte i dagtilbud, a place in a special day-care) or under folkeskoleloven (e.g. specialundervisning, befordring) — with the appeal route you know is right for it."),
 'n3': dict(
  focus="borgerstyret personlig assistance and kontant tilskud (serviceloven §§ 95, 96), hours per week computed activity by activity (tables in minutes or hours), arbejdsgiverfunktion transferred to a forening or a firm, reassessments after a hospital stay, genvurdering after a complaint, hjemmehjælp under ældreloven for a citizen who turns 65",
  mun="Aarhus Kommune, Horsens Kommune, Hedensted Kommune, Odder Kommune, Samsø Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a long legalistic letter with 'Sagens oplysninger', 'Vurdering' and 'Afgørelse' where the result comes last; a letter whose decision is a table of activities with minutes applied for and minutes granted; a reassessment letter that keeps some hours and removes others; a short cover letter with the decision in an enclosure." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under beskæftigelsesloven (e.g. fleksjob, ressourceforløb) or under lov om aktiv socialpolitik — with the appeal route you know is right for it."),
 'n4': dict(
  focus="small island and rural municipalities with small administrations where one caseworker writes everything in a personal voice: ledsagelse (serviceloven § 97), kontaktperson for døvblinde (§ 98), socialpædagogisk støtte (§ 85), befordring to activities, letters that mix practical information (ferry times, who will call) with the decision, letters signed by the caseworker with a first name",
  mun="Ærø Kommune, Fanø Kommune, Læsø Kommune, Langeland Kommune, Thisted Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a chatty letter in the first person singular ('jeg har talt med din datter …'); a letter with no headings at all; an old-fashioned formal letter with long sentences and 'De'; a very short letter with the klagevejledning as a printed standard text after the signature." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under byggeloven or under lov om kommunal ejendomsskat, or a decision about a handicapparkeringskort-like municipal parking permit — with the appeal route you know is right for it."),
 'n5': dict(
  focus="adults in day services and work: beskyttet beskæftigelse (serviceloven § 103), aktivitets- og samværstilbud (§ 104), midlertidigt and længerevarende botilbud (§§ 107, 108) seen from the visitation unit, letters written in the third person about 'borgeren' or 'ansøger', letters to a bisidder or a værge, letters with a 'Sagsfremstilling' like a court ruling with numbered paragraphs",
  mun="Frederikssund Kommune, Egedal Kommune, Høje-Taastrup Kommune, Albertslund Kommune, Glostrup Kommune",
  styles="Invent 4 or 5 clearly different house styles of your own; e.g. a court-ruling style with numbered paragraphs 1.1, 1.2, …; a letter in the third person that never says 'du'; a letter from a visitationsudvalg with the committee's minutes quoted; a letter with a cover page and the decision on page 2." + VARY,
  other="- 1 decision in ANOTHER legal area, written by a municipality: a decision under lov om ungdomsuddannelse for unge med særlige behov (STU) or under almenboligloven (e.g. anvisning of an almen bolig) — with the appeal route you know is right for it."),
}

make_briefs('/work/blind-14-staging', '(also never /work/blind-4-staging … /work/blind-13-staging, /work/measure, /work/fuzzwork or /work/dbg)', authors,
            sys.argv[1] if len(sys.argv) > 1 else HERE, more_stops=('n3',))
