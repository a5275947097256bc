// What klartjek understands of a letter before any rule: document type, legal area, outcome from
// decision items, quoted statute text, child case, appeal guidance wherever it stands. One small
// letter per failure class of the issue "Understand letters klartjek has never seen", named after it.
#include <doctest/doctest.h>

#include <re2/re2.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "core/pipeline.hpp"
#include "report/check.hpp"
#include "legal/cues.hpp"
#include "extract/extract.hpp"
#include "legal/cue_lexicon.hpp"
#include "legal/outcome_model.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/patterns.hpp"
#include "text/normalize.hpp"

using namespace klartjek;

namespace {

Analysis run(const std::string& body, const std::string& subject = "Afgørelse om hjælp",
             const std::string& date = "3. juni 2024") {
    std::string letter = "Aarhus Kommune\nSocialforvaltningen\n\nDato: " + date + "\n\n" + subject + "\n\nKære Anna\n\n" + body + "\n";
    return analyse_document(extract::extract_text(letter, "case.txt"));
}

const char* outcome(const Analysis& a) { return legal::outcome_id(a.elements.outcome); }
// The cue reader's own reading, before the outcome model (outcome_model.hpp) may stand in for it:
// for near misses of a cue mechanism on a made-up letter whose other words the model weighs too.
const char* cue_outcome(const Analysis& a) {
    return legal::outcome_id(a.elements.outcome_model.used ? a.elements.outcome_model.cue_outcome : a.elements.outcome);
}

const std::string kGuidance =
    "Klagevejledning\n\nDu kan klage over afgørelsen. Klagen skal være modtaget hos os senest 4 uger efter, at du har "
    "modtaget afgørelsen. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi klagen til Ankestyrelsen.";

// A reconsideration that forwards the complaint, and guidance that stands in its text with no
// heading of its own (the paragraphs that forward the complaint read as guidance).
const std::string kReconsiderationOpening =
    "Du har den 20. oktober 2025 klaget over kommunens afgørelse af 30. september 2025, hvor du fik afslag på en el-kørestol. "
    "Kommunen har nu genvurderet afgørelsen, som vi skal efter retssikkerhedslovens § 67.\n\n";
const std::string kReconsiderationGuidance =
    "Er du uenig i den del af afgørelsen, der handler om trækaggregatet, kan du klage over det inden 4 uger efter, at du har "
    "modtaget dette brev. Klagen sendes til kommunen. Vi sender den så videre til Ankestyrelsen.";

}  // namespace

TEST_CASE("understanding: refusals phrased without the word afslag") {
    for (const char* s : {"Du får ikke bevilget en el-scooter efter servicelovens § 112, stk. 1.",
                          "En el-scooter kan ikke bevilges efter servicelovens § 112, stk. 1.",
                          "Vi kan ikke imødekomme din ansøgning om en el-scooter efter servicelovens § 112, stk. 1.",
                          "Du er ikke berettiget til en el-scooter efter servicelovens § 112, stk. 1.",
                          "Du får ikke en el-scooter, jf. servicelovens § 112, stk. 1."}) {
        CAPTURE(s);
        CHECK(std::string(outcome(run(s))) == "afslag");
    }
}

TEST_CASE("understanding: partial grants read as partial, not full") {
    CHECK(std::string(outcome(run("Du har søgt om 20 timer om ugen. Du får 12 timer om ugen efter servicelovens § 96, stk. 1."))) == "delvis");
    CHECK(std::string(outcome(run("Du får dækket en del af de merudgifter, du har søgt om, efter servicelovens § 100."))) == "delvis");
    CHECK(std::string(outcome(run("Vi giver dig delvist medhold. Du får en badebænk efter servicelovens § 112."))) == "delvis");
    CHECK(std::string(outcome(run("Du får bevilget en rollator efter servicelovens § 112. Du får ikke bevilget en kørestol."))) == "delvis");
}

TEST_CASE("understanding: a reduction of existing help is a stop, not a grant") {
    CHECK(std::string(outcome(run("Din praktiske hjælp nedsættes fra 4 timer til 2 timer om måneden efter servicelovens § 83."))) == "ophoer");
}

TEST_CASE("understanding: partshøring, receipt and orientation are not decisions") {
    auto parts = run("Vi påtænker at give dig afslag på en el-scooter efter servicelovens § 112. Du kan sende dine bemærkninger "
                     "til os senest den 20. juni 2024. Når vi har truffet afgørelse, får du et brev.",
                     "Partshøring om el-scooter");
    CHECK(parts.elements.scope.type == legal::DocType::partshoering);
    CHECK(std::string(outcome(parts)) == "ikke-afgoerelse");
    for (const auto& f : parts.findings) CHECK_MESSAGE(f.rule.rfind("appeal-", 0) != 0, f.rule);
    auto receipt = run("Vi har modtaget din ansøgning om en el-scooter. Sagsbehandlingstiden er normalt 8 uger.", "Kvittering");
    CHECK(receipt.elements.scope.type == legal::DocType::kvittering);
    auto orient = run("Til orientering flytter vi din sag til en anden sagsbehandler. Du kan ikke klage over denne orientering.",
                      "Orientering om din sag");
    CHECK(orient.elements.scope.type == legal::DocType::orientering);
    for (const auto* a : {&parts, &receipt, &orient})
        for (const auto& f : a->findings) CHECK_MESSAGE(f.severity == Severity::info, f.rule);
}

TEST_CASE("understanding: a letter that decides nothing has no reasoning; a partshøring's proposal keeps its own") {
    // The same explanation of the facts and of what weighs, once in a receipt and once in a
    // partshøring: only the proposed decision has reasons to give.
    const std::string why = "Vi har lagt vægt på, at din ergoterapeut har oplyst, at du kan gå 200 meter med din rollator. ";
    auto receipt = run("Vi har modtaget din ansøgning om en el-scooter. " + why + "Sagsbehandlingstiden er normalt 8 uger.",
                       "Kvittering for din ansøgning");
    REQUIRE(receipt.elements.scope.type == legal::DocType::kvittering);
    CHECK(receipt.elements.reasoning_weight);  // the words are read …
    CHECK_FALSE(receipt.elements.reasoning());  // … but there is no decision for them to give reasons for
    auto parts = run("Vi påtænker at give dig afslag på en el-scooter efter servicelovens § 112. " + why +
                         "Du kan sende dine bemærkninger til os senest den 20. juni 2024.",
                     "Partshøring om el-scooter");
    REQUIRE(parts.elements.scope.type == legal::DocType::partshoering);
    CHECK(parts.elements.reasoning());
}

TEST_CASE("understanding: another legal area gets no social-area requirement") {
    auto a = run("Du får ikke bevilget skolekørsel for Emil efter folkeskolelovens § 26, stk. 1. Afstanden til skolen er under "
                 "grænsen på 6 km for 7. klasse.",
                 "Afgørelse om skolekørsel");
    CHECK(a.elements.scope.area == legal::Area::other);
    for (const auto& f : a.findings) CHECK_MESSAGE(f.rule.rfind("appeal-", 0) != 0, f.rule);
    for (const auto& f : a.findings) CHECK_MESSAGE(f.rule.rfind("legal-basis", 0) != 0, f.rule);
    CHECK(a.elements.checklist.at("appeal_guidance").status == legal::Status::not_applicable);
}

TEST_CASE("understanding: appeal guidance in a Bilag after the signature is found") {
    auto a = run("Du får ikke bevilget en el-scooter efter servicelovens § 112, stk. 1. Vi har lagt vægt på, at du kan gå 500 meter.\n\n"
                 "Med venlig hilsen\n\nSara Holm\n\nBilag 1: Klagevejledning\n\nDu kan klage over afgørelsen. Klagen skal være "
                 "modtaget hos os senest 4 uger efter, at du har modtaget afgørelsen. Vi vurderer sagen igen, og hvis vi "
                 "fastholder afgørelsen, sender vi klagen til Ankestyrelsen.");
    CHECK(a.elements.appeal.present);
    CHECK(a.elements.checklist.at("appeal_guidance").status == legal::Status::ok);
}

TEST_CASE("understanding: quoted statute text is neither guidance nor reasoning") {
    auto a = run("Du får ikke bevilget en plejeseng.\n\nBilag: Regler\n\n§ 112. Kommunalbestyrelsen skal yde støtte til "
                 "hjælpemidler til personer med varigt nedsat fysisk eller psykisk funktionsevne.\n\nStk. 2. Afgørelser efter "
                 "denne bestemmelse kan ikke påklages til anden administrativ myndighed.");
    CHECK_FALSE(a.elements.appeal.present);
    CHECK_FALSE(a.elements.reasoning());
    bool quoted = false;
    for (bool q : a.elements.structure.quoted) quoted |= q;
    CHECK(quoted);
    for (const auto& f : a.findings)
        if (f.rule.rfind("plain-", 0) == 0 && f.end > f.begin) CHECK_MESSAGE(a.text.text.substr(f.begin, 4) != "§ 11", f.rule);
}

TEST_CASE("understanding: reasoning as bullets after a lead-in") {
    auto a = run("Du får ikke bevilget en el-scooter efter servicelovens § 112, stk. 1.\n\nVi har lagt vægt på:\n\n- at du kan gå "
                 "500 meter med rollator\n- at ergoterapeuten så dig gå til butikken den 2. maj 2024\n\n" + kGuidance);
    CHECK(a.elements.reasoning());
}

TEST_CASE("understanding: a child mentioned in an adult's letter is no child case") {
    auto a = run("Du får ikke bevilget en el-scooter efter servicelovens § 112, stk. 1. Du har fortalt, at du gerne vil kunne "
                 "hente dit barn i børnehaven.\n\n" + kGuidance);
    CHECK_FALSE(a.elements.child);
    auto b = run("Vi har behandlet jeres ansøgning om merudgifter til Noah efter barnets lov § 86.", "Afgørelse om merudgifter til dit barn");
    CHECK(b.elements.child);
    // blind-14 dev n2-12: barnets lov named for what would apply to the adult's daughter if …
    auto c = run("Du får bevilget 900 kr. om måneden til merudgifter efter servicelovens § 100, stk. 1.\n\n"
                 "Du nævnte på mødet, at Karla af og til er bekymret for dig. Hvis Karla selv får en funktionsnedsættelse, "
                 "er det reglerne i barnets lov § 86, der gælder for hendes merudgifter.",
                 "Afgørelse om dækning af merudgifter");
    CHECK_FALSE(c.elements.child);
    auto d = run("Du får bevilget 900 kr. om måneden til merudgifter til Karla efter barnets lov § 86, stk. 1.",
                 "Afgørelse om dækning af merudgifter");
    CHECK(d.elements.child);
    // Who the application's help is for, when a purpose or reason names a child: {body, subject, child case}.
    struct Case {
        const char* body;
        const char* subject;
        bool child;
    };
    const Case cases[] = {
        // blind-32 d2-14: the child stands in the purpose of an adult's application, not as whom the help is for.
        {"Du har den 17. august 2026 søgt om støtte til en el-ladcykel, så du kan cykle din datter Ida på 4 år til børnehaven.\n\n"
         "Du får et tilskud på 6.000 kr. til en elcykel efter servicelovens § 113, stk. 1.",
         "Afgørelse om tilskud til elcykel", false},
        // Near miss: the child named before the purpose is whom the help is for.
        {"I har den 17. august 2026 søgt om aflastning til jeres datter, så I kan få en pause.\n\nI får aflastning en weekend om måneden.",
         "Afgørelse om aflastning", true},
        // A purpose of caring for the child without relief from it keeps an adult's case (blind-23 x1-11:
        // § 118 employment to care for a daughter of 22) …
        {"Du har søgt om at blive ansat af kommunen efter servicelovens § 118, så du kan passe din datter Julie i hjemmet.\n\n"
         "Du får ikke bevilget ansættelse efter servicelovens § 118.",
         "Afgørelse om pasning af nærtstående", false},
        // … relief from the child's care is help for the child (blind-15) …
        {"Du søger om aflastning, så du kan få pauser fra at passe din søn, Mathias på 8 år.\n\nDu får aflastning en weekend om måneden.",
         "Afgørelse om aflastning", true},
        // … and a reason keeps the child as whom the help is for.
        {"Du har søgt om aflastning, da din søn Emil på 6 år har svær autisme.\n\nDu får aflastning en weekend om måneden.",
         "Afgørelse om aflastning", true},
    };
    for (const auto& k : cases) {
        CAPTURE(k.body);
        CHECK(run(k.body, k.subject).elements.child == k.child);
    }
}

TEST_CASE("understanding: outdated references in their written form; the rule of an earlier date is not outdated") {
    auto a = run("Vi bevilger jer dækning af merudgifter til Noah efter servicelovens § 41, stk. 1.", "Afgørelse om merudgifter til dit barn",
                 "3. juni 2024");
    REQUIRE(a.elements.outdated.size() == 1);
    CHECK(a.elements.statutes.refs[a.elements.outdated[0]].normalized() == "SEL § 41, stk. 1");
    auto b = run("Den 3. marts 2023 fik I bevilget merudgifter efter den dagældende servicelovens § 41. Nu bevilger vi efter "
                 "barnets lov § 86.",
                 "Afgørelse om merudgifter til dit barn", "3. juni 2024");
    CHECK(b.elements.outdated.empty());
    // Cited bare in the subject and with its stk. in the text: one outdated reference, the specific one.
    auto c = run("Afgørelsen er truffet efter servicelovens § 42, stk. 1. Vi kan ikke bevilge tabt arbejdsfortjeneste.",
                 "Afgørelse om tabt arbejdsfortjeneste efter servicelovens § 42", "3. september 2024");
    CHECK(report::outdated_refs(c.elements) == std::vector<std::string>{"SEL § 42, stk. 1"});
    // Near miss: two different §§ stay two.
    auto d = run("Afgørelsen er truffet efter servicelovens § 42, stk. 1. Vi kan ikke bevilge merudgifter efter servicelovens § 41.",
                 "Afgørelse om tabt arbejdsfortjeneste", "3. september 2024");
    CHECK(report::outdated_refs(d.elements).size() == 2);
}

TEST_CASE("understanding: an unreadable letter gets no legal verdict") {
    // A page of a scan has no text layer: only the extraction finding, no legal verdict.
    Document d = extract::extract_text("Aarhus Kommune\n\nAfgørelse\n\nDu får ikke bevilget en el-scooter.\n", "kort.txt");
    Analysis a = analyse_document(std::move(d));
    CHECK_FALSE(a.elements.scope.readable);
    for (const auto& f : a.findings) CHECK_MESSAGE(f.rule.rfind("legal-", 0) != 0, f.rule);
    for (const auto& f : a.findings) CHECK_MESSAGE(f.rule.rfind("appeal-", 0) != 0, f.rule);
}

TEST_CASE("understanding: checklist is the one verdict") {
    auto a = run("Du får ikke bevilget en el-scooter efter servicelovens § 112, stk. 1.");
    CHECK(a.elements.checklist.at("appeal_guidance").status == legal::Status::missing);
    bool rule = false;
    for (const auto& f : a.findings) rule |= f.rule == "appeal-missing";
    CHECK(rule);
}

TEST_CASE("understanding: a lawful 'kan ikke påklages' is recognised with its rule") {
    auto a = run("Du får ikke bevilget en el-scooter efter servicelovens § 112, stk. 1.\n\nKlagevejledning\n\nAfgørelsen kan "
                 "ikke påklages til anden administrativ myndighed, jf. retssikkerhedslovens § 60, stk. 3.");
    CHECK(a.elements.appeal.no_appeal);
    CHECK(a.elements.appeal.no_appeal_rule == "RSL § 60, stk. 3");
    CHECK(a.elements.checklist.at("appeal_guidance").detail.find("RSL § 60, stk. 3") != std::string::npos);
}

TEST_CASE("understanding: a reconsideration that upholds a refusal is afslag, read as uncertain") {
    auto a = run("Vi har den 3. juni 2024 modtaget din klage over afgørelsen af 8. maj 2024, hvor du fik afslag på "
                 "hjælp til udvidelse af dit badeværelse efter servicelovens § 116, stk. 1.\n\nVi har genvurderet "
                 "afgørelsen efter retssikkerhedslovens § 66. Vi fastholder afgørelsen. Klagen er dags dato "
                 "videresendt til Ankestyrelsen.\n\nVed afprøvningen kunne du med en badestol, som ligeledes er "
                 "bevilget, køres ind i bruseren.",
                 "Genvurdering af afgørelse om boligindretning");
    CHECK(std::string(outcome(a)) == "afslag");
    CHECK_FALSE(a.elements.outcome_certain);
    for (const auto& f : a.findings) CHECK_MESSAGE(f.severity != Severity::error, f.rule);
}

TEST_CASE("understanding: a reconsideration that grants one part and upholds the refusal of the other is partial") {
    const std::string head = "Tak for din klage, som vi fik den 10. august 2026. Din søn skrev den for dig og sendte en ny høreprøve "
                             "med. Du klagede over, at vi den 20. juli 2026 gav dig afslag på både et vækkeur med "
                             "pudevibrator og en mobiltelefon. Når vi får en klage, skal vi først selv se på sagen igen, og det har "
                             "jeg gjort. Jeg svarer på de to ting hver for sig.\n\nVækkeuret. Her har du fået ret. Da vi gav afslag i juli, havde vi kun din "
                             "gamle høreprøve fra 2022. Den nye høreprøve viser, at du har et svært høretab på begge ører. "
                             "Vækkeuret vil derfor i væsentlig grad afhjælpe følgerne af dit høretab. ";
    const std::string tail = "\n\nMobiltelefonen. Her holder vi fast i afgørelsen fra juli. En mobiltelefon hører til sædvanligt "
                             "indbo, jf. servicelovens § 113, stk. 1.";
    // The grant has a time clause in it ("…, når det ringer på døren"): no condition.
    auto a = run(head + "Du får udlånt et vækkeur med pudevibrator og en modtager, der vibrerer, når det ringer på døren, efter "
                        "servicelovens § 112, stk. 1." + tail,
                 "Vi har set på din sag igen", "14. september 2026");
    CHECK(std::string(outcome(a)) == "delvis");
    // Near misses: a grant under a condition, a rule of what one can get, and an addressed sentence
    // that cites no § and decides nothing: the refusal is upheld in whole.
    for (const char* aside : {"Hvis dit høretab bliver værre, får du et vækkeur med pudevibrator.",
                              "Du får et vækkeur med pudevibrator efter servicelovens § 112, hvis dit høretab bliver værre.",
                              "Du kan få et hjælpemiddel efter servicelovens § 112, når det i væsentlig grad afhjælper følgerne.",
                              "Du får en ny høreprøve hos Audiologisk Afdeling i oktober."}) {
        CAPTURE(aside);
        auto b = run(head + aside + tail, "Vi har set på din sag igen", "14. september 2026");
        // The made-up letter still says "Her har du fået ret" of the alarm clock; the outcome model
        // reads that as medhold in part, so the cue reading is the one asserted.
        CHECK(std::string(cue_outcome(b)) == "afslag");
    }
    // Forwarding the part not given medhold to Ankestyrelsen, after a reason clause with "ikke", is
    // still a forwarding; "… er derfor ikke sendt videre" is none.
    const std::string grant = "Vi har genvurderet din sag. Du får bevilget en badebænk efter servicelovens § 112, stk. 1.";
    auto c = run(grant + "\n\nDa vi ikke har givet dig ret i den del, der handler om badekarret, har vi i dag sendt din klage "
                         "videre til Ankestyrelsen.",
                 "Genvurdering af din sag");
    CHECK(std::string(outcome(c)) == "delvis");
    auto d = run(grant + "\n\nDu har fået fuldt medhold, og din klage er derfor ikke sendt videre til Ankestyrelsen.",
                 "Genvurdering af din sag");
    CHECK(std::string(outcome(d)) == "bevilling");
    auto e = run(grant + "\n\nDu har fået fuldt medhold. Derfor er din klage ikke på nuværende tidspunkt sendt videre til "
                         "Ankestyrelsen.",
                 "Genvurdering af din sag");
    CHECK(std::string(outcome(e)) == "bevilling");
}

TEST_CASE("understanding: refusing what was not applied for does not make a grant partial") {
    auto letter = [](const std::string& aside) {
        return run("1. Afgørelse\n\nVi bevilger dækning af merudgifter til glutenfri kost til Lærke med 800 kr. om måneden efter "
                   "barnets lov § 86, stk. 1.\n\n2. Begrundelse\n\nCøliaki kan kun behandles med glutenfri kost, og den er "
                   "dyrere end almindelig kost. " + aside + "\n\n" + kGuidance,
                   "Afgørelse om merudgifter");
    };
    CHECK(std::string(outcome(letter("Merudgiften for resten af familiens kost kan ikke dækkes, men den indgår heller ikke i "
                                     "jeres ansøgte beløb."))) == "bevilling");
    // Near miss: the rest refused was part of the application.
    CHECK(std::string(outcome(letter("Merudgiften for resten af familiens kost kan ikke dækkes, selv om I har søgt om den."))) ==
          "delvis");
    // Nor a reimbursement refused because the citizen bought before applying, nor a rest that is
    // only "not part of your necessary expenses".
    CHECK(std::string(outcome(letter("Vi kan derfor ikke dække udgiften til den brødbagemaskine, som I ikke har søgt om, før I "
                                     "købte den."))) == "delvis");
    CHECK(std::string(outcome(letter("Resten af merudgiften dækkes derfor ikke, for den er ikke en del af jeres nødvendige "
                                     "merudgifter."))) == "delvis");
}

TEST_CASE("understanding: the earlier decision complained about is history, not the outcome") {
    auto a = run("Tak for din klage. Du har klaget over vores afgørelse af 10. november 2025, hvor du fik afslag på "
                 "dækning af merudgifter.\n\nHvad er resultatet?\n\nDu får delvist ret. Vi ændrer vores afgørelse, så du "
                 "nu får dækket dine udgifter til medicin efter servicelovens § 100, stk. 1.\n\n" + kGuidance,
                 "Genvurdering af din sag", "3. januar 2026");
    CHECK(std::string(outcome(a)) == "delvis");
}

TEST_CASE("understanding: a reduction written as 'i stedet for 30 timer' with an earlier grant is a stop or reduction") {
    auto a = run("Hvad har vi besluttet?\n\nDu får fremover dækket tabt arbejdsfortjeneste i 15 timer om ugen i stedet "
                 "for 30 timer om ugen efter barnets lov § 87, stk. 1. Ændringen gælder fra den 1. november 2024.\n\n"
                 "Du fik i marts 2023 bevilget 30 timer om ugen, fordi Zainab dengang var nyligt syg.\n\n" + kGuidance);
    CHECK(std::string(outcome(a)) == "ophoer");
}

TEST_CASE("understanding: a decision stated as 'truffet afgørelse om at bevilge Dem' is a grant") {
    auto a = run("Afgørelse\n\nKommunen har truffet afgørelse om at bevilge Dem midlertidigt ophold i Bostedet Engholm "
                 "efter servicelovens § 107, stk. 2, nr. 2.");
    CHECK(std::string(outcome(a)) == "bevilling");
}

TEST_CASE("understanding: an item table decides items wherever it stands (status cells, less granted, refused rows)") {
    auto a = run("1. Sagens oplysninger\n\nDu har søgt om dækning af merudgifter.\n\n2. Vurdering\n\nVores vurdering af de enkelte "
                 "udgifter fremgår af tabellen.\n\nUdgift  Ansøgt  Godkendt\nEkstra tøjvask  200 kr.  150 kr.\nBleer  300 kr.  "
                 "0 kr.\n\n3. Resultat\n\nDu får udbetalt 150 kr. om måneden efter servicelovens § 100, stk. 1.\n\n" + kGuidance);
    CHECK(std::string(outcome(a)) == "delvis");
    auto b = run("Resultat af ansøgningen\n\nIndsats  Ansøgt  Status\nRengøring  hver uge  Delvist bevilget\nTøjvask  hver 2. "
                 "uge  Bevilget\n\nBegrundelse\n\nVi har lagt vægt på, at du selv kan tørre støv af.\n\n" + kGuidance);
    CHECK(std::string(outcome(b)) == "delvis");
}

TEST_CASE("understanding: numbered section headings ('4. Resultat') open their sections") {
    auto a = run("1. Retsgrundlaget\n\nKommunen betaler vederlagsfri fysioterapi for to grupper efter sundhedslovens § 140 a.\n\n"
                 "2. Resultat\n\nDu får ikke vederlagsfri fysioterapi.\n\n" + kGuidance);
    CHECK(std::string(outcome(a)) == "afslag");
}

TEST_CASE("understanding: a letter without headings is decided by its conclusion, not by a sentence about the rules") {
    auto a = run("Din læge henviste dig til vederlagsfri fysioterapi. Kommunen betaler vederlagsfri fysioterapi for to "
                 "grupper: personer med et svært fysisk handicap og personer med en funktionsnedsættelse som følge af en "
                 "progressiv sygdom. Slidgigt står ikke på listen. Du går uden hjælpemidler og klarer dig selv. Vi har talt "
                 "med din fysioterapeut. Hun er enig i beskrivelsen. Du har fortalt, at du gerne vil træne. Vi har lyttet "
                 "til det. Vi kan derfor ikke give dig vederlagsfri fysioterapi efter sundhedslovens § 140 a.\n\n" + kGuidance);
    CHECK(std::string(outcome(a)) == "afslag");
}

TEST_CASE("understanding: a checkbox form decides by the ticked box; options not ticked say nothing") {
    const std::string form = "Afgørelse\n\n[ ] Bevilget\n[ ] Delvist bevilget\n[X] Afslag\n\n";
    CHECK(std::string(outcome(run(form + "Ansøgningen om trappelift efter servicelovens § 116, stk. 1, kan ikke imødekommes."))) == "afslag");
    CHECK(std::string(outcome(run("Afgørelse\n\n[X] Bevilget\n[ ] Delvist bevilget\n[ ] Afslag\n\nDu får hjælp til en rampe efter "
                                  "servicelovens § 116, stk. 1."))) == "bevilling");
    CHECK(std::string(outcome(run("Afgørelse\n\n☐ Bevilget\n☒ Delvist bevilget\n☐ Afslag\n\nEfter servicelovens § 116, stk. 1."))) ==
          "delvis");
    // A ticked box whose label is a whole sentence is read as that sentence.
    CHECK(std::string(outcome(run("[X] Du får bevilget en rollator efter servicelovens § 112, stk. 1."))) == "bevilling");
}

TEST_CASE("understanding: the negation after the finite verb (V2) negates a grant verb") {
    for (const char* s : {"Kommunen yder således ikke hjælp til ombygning af badeværelset efter servicelovens § 116, stk. 1.",
                          "Vi dækker derfor heller ikke udgiften til et toilet efter servicelovens § 112, stk. 1."}) {
        CAPTURE(s);
        CHECK(std::string(outcome(run(s))) == "afslag");
    }
    CHECK(std::string(outcome(run("Vi dækker udgiften til en badebænk efter servicelovens § 112, stk. 1. Den er ikke dyr."))) == "bevilling");
}

TEST_CASE("understanding: plain answers and a named municipality as the subject of a negated grant") {
    CHECK(std::string(outcome(run("Aabenraa Kommune giver dig ikke tilskud til merudgifter efter servicelovens § 100, stk. 1."))) == "afslag");
    CHECK(std::string(outcome(run("Du bad om en støtteperson 4 timer om ugen. Svaret er nej. Afgørelsen er truffet efter servicelovens § 85, stk. 1."))) ==
          "afslag");
}

TEST_CASE("understanding: a grant of what was applied for is not partial because other figures differ") {
    CHECK(std::string(outcome(run("De bevilges et rentefrit lån på 186.500 kr. til køb af bil, som De har søgt om. De bevilges endvidere "
                                  "tilskud på 38.400 kr. til indretning af bilen efter servicelovens § 114, stk. 1."))) == "bevilling");
    CHECK(std::string(outcome(run("Du er gået ned fra 37 til 30 timer om ugen. Du får dækket tabt arbejdsfortjeneste for 7 timer om ugen, "
                                  "som du har søgt om, efter barnets lov § 87."))) == "bevilling");
}

TEST_CASE("understanding: numbered questions answered one by one decide in each point") {
    CHECK(std::string(outcome(run("Nedenfor svarer vi på dine spørgsmål.\n\n1. Du har spurgt, om kommunen kan dække jeres merudgifter.\n\n"
                                  "Svar: Ja. Vi dækker jeres merudgifter med 900 kr. om måneden efter barnets lov § 86, stk. 1. "
                                  "Vi har godkendt alle udgifter, fordi de passer med lægens beskrivelse. Beløbet rundes op.\n\n"
                                  "2. Du har spurgt, om du kan få dækket tabt arbejdsfortjeneste.\n\nSvar: Nej. Vi dækker ikke tabt "
                                  "arbejdsfortjeneste efter barnets lov § 87."))) == "delvis");
}

TEST_CASE("understanding: a summary table under its own result heading above the salutation is read") {
    auto a = analyse_document(extract::extract_text(
        "Hvidovre Kommune\n\nHvidovre, 10. december 2024\n\nTo afgørelser: rengøring og ledsagelse\n\nAfgørelser i korte træk\n\n"
        "Du søgte om  Afgørelse  Gælder fra\nRengøring hver 2. uge  Bevilget  6. januar 2025\nLedsageordning 15 timer om måneden  "
        "Ikke bevilget  –\n\nKære Jørgen\n\nTak for din ansøgning. Vi har lagt vægt på, at du har Parkinsons sygdom. Afgørelserne er truffet "
        "efter servicelovens § 83, stk. 1, og § 97, stk. 1.\n",
        "case.txt"));
    CHECK(std::string(outcome(a)) == "delvis");
}

TEST_CASE("understanding: a letter that says it is not a decision is none, whatever answers it gives") {
    auto a = run("Tak for din ansøgning om støtte til køb af bil. Dette brev er ikke en afgørelse. Du får en afgørelse, når vi har de "
                 "oplysninger, vi skal bruge.\n\nDu har spurgt, om andre må køre bilen. Svar: Ja, andre må gerne køre bilen. Du får "
                 "hjælp til at udfylde blanketten, hvis du ringer til os.\n\nSend det gerne senest den 29. april 2024.",
                 "Vi har modtaget din ansøgning – og svar på dine spørgsmål");
    CHECK(std::string(outcome(a)) == "ikke-afgoerelse");
    CHECK(a.elements.scope.type != legal::DocType::afgoerelse);
    for (const auto& f : a.findings) CHECK_MESSAGE(f.severity != Severity::error, f.rule);
}

TEST_CASE("understanding: a stop in a clause of time describes, it does not decide") {
    CHECK(std::string(outcome(run("Ahmed fylder 18 år den 14. marts 2025, hvor anbringelsen efter barnets lov ophører. Greve Kommune "
                                  "bevilger, som ansøgt, at døgnopholdet opretholdes som ungestøtte efter barnets lov § 114, stk. 1."))) ==
          "bevilling");
}

TEST_CASE("understanding: a grant word in a relative or adverbial clause describes, it does not decide") {
    CHECK(std::string(outcome(run("Merudgifterne kan ikke dækkes, fordi de udgifter, der kan godkendes, ligger under beløbsgrænsen i "
                                  "servicelovens § 100, stk. 1."))) == "afslag");
    CHECK(std::string(outcome(run("Du får begge dele bevilget efter servicelovens § 112, stk. 1."))) == "bevilling");
}

TEST_CASE("understanding: a young adult's support under barnets lov is no child case; a 17-year-old's is") {
    auto a = run("Din ungestøtte i form af en fast kontaktperson stopper den 31. august 2025 efter barnets lov § 114, stk. 1, nr. 2. "
                 "Du fik støtten, da du fyldte 18 år.\n\n" + kGuidance,
                 "Afgørelse om ungestøtte", "3. juni 2025");
    CHECK_FALSE(a.elements.child);
    CHECK(a.elements.young_adult);
    auto b = run("Ahmed fylder 18 år den 14. marts 2025, hvor anbringelsen ophører. Kommunen bevilger, at døgnopholdet fortsætter "
                 "som ungestøtte efter barnets lov § 114, stk. 1, nr. 1.\n\n" + kGuidance,
                 "Afgørelse om ungestøtte", "10. december 2024");
    CHECK(b.elements.child);
    CHECK_FALSE(b.elements.young_adult);
}

TEST_CASE("understanding: the law the letter decides under sets the area, not other schemes it points to") {
    auto a = run("Din ydelse til merudgifter stopper med udgangen af september 2025.\n\nBegrundelse\n\nEfter servicelovens § 100, stk. 1, "
                 "kan kommunen kun dække merudgifter til personer under folkepensionsalderen.\n\nHvad kan du søge i stedet?\n\n"
                 "- Helbredstillæg, jf. pensionslovens § 14.\n- Personligt tillæg, jf. pensionslovens § 14, stk. 1.\n\n" + kGuidance);
    CHECK(a.elements.scope.area == legal::Area::social);
    CHECK(a.elements.scope.area_certain);
}

TEST_CASE("understanding: a grant qualified by a refusal the reasoning concludes is partial; help elsewhere is not a grant") {
    CHECK(std::string(outcome(run("Thomas får dækket tabt arbejdsfortjeneste i 8 timer om ugen efter barnets lov § 87.\n\nBegrundelse\n\n"
                                  "Thomas har søgt om 20 timer. Vi vurderer, at behovet er 8 timer om ugen. Derfor kan vi ikke bevilge "
                                  "de øvrige 12 timer.\n\n" + kGuidance))) == "delvis");
    CHECK(std::string(outcome(run("Svaret er nej. Du kan ikke få et længerevarende botilbud efter servicelovens § 108.\n\nHvorfor får du nej?\n\n"
                                  "Du har brug for hjælp nogle timer om ugen. Derfor mener vi, at du kan få den hjælp, du har brug "
                                  "for, i din egen lejlighed.\n\n" + kGuidance))) == "afslag");
}

TEST_CASE("appeal deadline: only a duration in a sentence about complaining or a deadline, never an age") {
    // blind-7: "Barn: Noah Lauesen, 11 år" in the header and "inden 3 år fra i dag" about a permit
    // lapsing were read as appeal deadlines (false appeal-deadline-wrong).
    auto a = run("Barn: Noah Lauesen, 11 år\n\nDu får afslag på en el-cykel efter barnets lov § 90, stk. 1, fordi Noah kan "
                 "bruge en almindelig cykel.\n\nKlagevejledning\n\nTilladelsen bortfalder, hvis den ikke er udnyttet inden "
                 "3 år fra i dag. Du har 4 uger fra den dag, du fik brevet. Skriv til Aarhus Kommune, som ser på sagen igen "
                 "og sender den til Ankestyrelsen.",
                 "Afgørelse om cykel");
    REQUIRE(a.elements.appeal.deadline.has_value());
    CHECK(*a.elements.appeal.deadline == "4 uger");
    CHECK(a.elements.appeal.deadline_ok);
    auto b = run("Du får afslag på en el-cykel efter barnets lov § 90, stk. 1.\n\nKlagevejledning\n\nDu kan klage til "
                 "Folketingets Ombudsmand. Det skal ske inden 12 måneder efter afgørelsen.",
                 "Afgørelse om cykel");
    REQUIRE(b.elements.appeal.deadline.has_value());
    CHECK(*b.elements.appeal.deadline == "12 måneder");
}

TEST_CASE("outcome: blind-7 dev half wordings (caps, existing help, repayment not asked, application told apart)") {
    // "… men vi kan højst betale 52.300 kr." after a grant: a cap below the price applied for.
    CHECK(std::string(outcome(run("Du har søgt om en elektrisk kørestol til 78.450 kr.\n\nDu får hjælp til en elektrisk "
                                  "kørestol. Du kan vælge den stol, du har søgt om, men vi kan højst betale 52.300 kr. "
                                  "Resten af prisen skal du selv betale.",
                                  "Afgørelse om kørestol"))) == "delvis");
    // Help the citizen already gets is no grant beside a refusal.
    CHECK(std::string(outcome(run("Du får ikke tilskud til en robotstøvsuger.\n\nMen en robotstøvsuger er et forbrugsgode, "
                                  "og kommunen kan kun give tilskud, hvis den i væsentlig grad kan lette din hverdag. Du "
                                  "får i forvejen hjælp til rengøring hver 14. dag efter servicelovens § 83.",
                                  "Afgørelse om robotstøvsuger"))) == "afslag");
    // "Du skal ikke betale hjælpen tilbage" stops nothing.
    CHECK(std::string(outcome(run("Du får hjælp til at ændre dit badeværelse efter servicelovens § 116, stk. 1. Kommunen "
                                  "betaler hele beløbet. Du skal ikke betale noget selv, og du skal ikke betale hjælpen "
                                  "tilbage, fordi ændringerne ikke øger husets værdi.",
                                  "Afgørelse om boligindretning"))) == "bevilling");
    // The application told under its own heading before the result: less granted is partial.
    CHECK(std::string(outcome(run("Hvad har du søgt om?\n\nDu har den 12. august 2024 søgt om at få dækket din tabte "
                                  "indtægt i 37 timer om ugen.\n\nHvad har vi besluttet?\n\nDu får dækket tabt "
                                  "arbejdsfortjeneste i 20 timer om ugen fra den 1. september 2024.",
                                  "Tabt arbejdsfortjeneste"))) == "delvis");
    // An informal refusal, and guidance that complains "over afgørelsen": a decision, not a letter
    // that only invites to a meeting.
    auto a = run("Vi har kigget på, om Emil kan få en ledsageordning på 15 timer om måneden, og det bliver ikke til en "
                 "ledsageordning. Det står i barnets lov § 89, stk. 1.\n\nVi har lagt vægt på, at Emil tager bussen alene "
                 "til skolen hver dag. Han cykler også selv til fodbold to gange om ugen.\n\nVi vil gerne holde et møde "
                 "med jer om en kontaktperson.\n\nKlagevejledning: I kan klage over afgørelsen til Ankestyrelsen inden 4 uger.",
                 "Svar på jeres ansøgning om ledsager");
    CHECK(std::string(legal::doc_type_id(a.elements.scope.type)) == "afgoerelse");
    CHECK(std::string(outcome(a)) == "afslag");
}

TEST_CASE("structure: a dense one-paragraph letter is the letter's own text with the guidance at its end") {
    // blind-7 e1-12/e1-11: the whole decision, its reasoning and the guidance in one paragraph;
    // the paragraph was read as guidance only, so the reasoning and the citizen's views were
    // "missing" (false legal-reasoning-missing) and the outcome unknown.
    auto a = run("Ved ansøgning modtaget den 12. januar 2026 har du anmodet om hjælp til en carport. Du har anført, at du "
                 "bliver våd ved forflytning fra bilen. Kommunens ergoterapeut har ved besigtigelse konstateret, at bilen "
                 "kan parkeres 4 meter fra hoveddøren. Kommunen har lagt vægt på, at hjælp til boligindretning skal gøre "
                 "selve boligen bedre egnet, og du får derfor afslag på en carport efter servicelovens § 116, stk. 1. "
                 "Ønsker du at klage, skal klagen være modtaget af Assens Kommune inden 4 uger efter, at du har modtaget "
                 "dette brev; kommunen genvurderer sagen og sender den til Ankestyrelsen. Klagen kan gives mundtligt.",
                 "Vedr.: Ansøgning om carport");
    CHECK(std::string(outcome(a)) == "afslag");
    CHECK(a.elements.reasoning());
    CHECK(a.elements.citizen.found);
    CHECK(a.elements.appeal.present);
    REQUIRE(a.elements.appeal.deadline.has_value());
    CHECK(*a.elements.appeal.deadline == "4 uger");
    CHECK(a.elements.legal_basis);
}

TEST_CASE("outcome: a before/now table in which a row ends is a reduction or stop") {
    // blind-7 e3-05: a revisitation letter whose result is only a "Før og nu" table.
    auto a = run("Før og nu\n\nIndsats  Før  Nu\nAftenhjælp  Hjælp til afklædning hver aften  Ophører\n"
                 "Madservice  7 hovedretter om ugen  Uændret\n\nHvorfor ændrer vi din hjælp?\n\nVed besøget kunne du selv "
                 "tage tøjet af. Hjælpen om aftenen er derfor ikke længere nødvendig, og du får derfor fortsat madservice.",
                 "Din hjælp efter revisitation");
    CHECK(std::string(outcome(a)) == "ophoer");
    // "Før du får ny hjælp, …" opens a clause of time, not a table.
    auto b = run("Du får bevilget en rollator efter servicelovens § 112, stk. 1.\n\nFør du får ny hjælp, skal du tale med os.\n"
                 "Hjælpen ophører, hvis du flytter.",
                 "Afgørelse om rollator");
    CHECK(std::string(outcome(b)) == "bevilling");
}

TEST_CASE("structure: header fields and a reconsideration's result are not appeal guidance") {
    // blind-7 e2-13: "Sagen angår: Genvurdering efter klage over …" among the fields above the
    // subject, and the result paragraph under "1. Resultat af genvurderingen" that forwards the
    // rest to Ankestyrelsen, were read as guidance: the child and the partial change were lost.
    std::string letter =
        "Odsherred Kommune\nHjælpemidler Børn\n\nKatrine og Mads Lauesen\nHavnevej 12\n4500 Nykøbing Sj.\n\n"
        "Dato: 3. december 2025\nBarn: Noah Lauesen, 11 år\nSagen angår: Genvurdering efter klage over afgørelse af 15. oktober 2025\n\n"
        "Genvurdering – kommunen ændrer afgørelsen om specialcykel delvist\n\n1. Resultat af genvurderingen\n\n"
        "Kommunen ændrer afgørelsen, så Noah nu får bevilget en trehjulet specialcykel som udlån efter servicelovens "
        "§ 112, stk. 1. Cyklen bevilges uden el-assist. Kommunen fastholder således afslaget på den del af "
        "ansøgningen, der angår el-assist, og den del af klagen sendes videre til Ankestyrelsen.\n\n"
        "2. Begrundelse\n\nVi har lagt vægt på, at Noah kan cykle de korte ture uden el-assist.\n";
    auto a = analyse_document(extract::extract_text(letter, "genvurdering.txt"));
    CHECK(a.elements.child);
    CHECK(std::string(outcome(a)) == "delvis");
}

TEST_CASE("child case: a children's team as sender, a school class on the 'Vedr.:' line") {
    std::string letter = "Varde Kommune\nVisitation og Hjælpemidler – Børneteamet\n\nBevilling af badestol til Ella\n\nHej Maria.\n\n"
                         "Du får bevilget en badestol som udlån efter serviceloven § 112, stk. 1.\n";
    CHECK(analyse_document(extract::extract_text(letter, "a.txt")).elements.child);
    std::string school = "Næstved Kommune\nCenter for Skole og Dagtilbud\n\nTil: Nadia Østergård og Rasmus Lund\nVedr.: Oliver Lund, "
                         "2.b, Lyngbakkeskolen\n\nOliver får en plads i autismeklassen på Engbjergskolen\n\nHej Nadia og Rasmus\n\n"
                         "Visitationsudvalget har behandlet sagen om Olivers skoletilbud efter folkeskolelovens § 20, stk. 2.\n";
    CHECK(analyse_document(extract::extract_text(school, "b.txt")).elements.child);
}

TEST_CASE("outcome: a reconsideration that grants one row and upholds another is partial") {
    // blind-7 e3-14: a result table "Efter genvurdering" with "(du får ret)" and "(fastholdt)".
    auto a = run("Resultatet af genvurderingen\n\nYdelse  Afgørelse 11.08.2026  Efter genvurdering\n"
                 "Rengøring  Hver 3. uge  Hver 2. uge (du får ret)\nBad  2 gange om ugen  2 gange om ugen (fastholdt)\n\n"
                 "Rengøring hver 2. uge gælder igen fra mandag den 28. september 2026.",
                 "Genvurdering af din sag efter din klage");
    CHECK(std::string(outcome(a)) == "delvis");
    // "at fastholde dit arbejde" upholds nothing.
    auto b = run("Du får støtte til køb af bil efter servicelovens § 114, stk. 1. Samlet set gør din nedsatte funktionsevne "
                 "det vanskeligt for dig at fastholde dit arbejde uden bil.",
                 "Afgørelse om støtte til bil");
    CHECK(std::string(outcome(b)) == "bevilling");
}

TEST_CASE("appeal deadline: a sentence pointing back to the complaint sentence before it; a complaint report is no guidance") {
    // blind-7 e6-11: "Så kan du klage direkte til Ankestyrelsen. Det skal ske inden 4 uger." lost its deadline.
    auto a = run("Du får afslag på et midlertidigt botilbud efter servicelovens § 107, stk. 1.\n\nEr du uenig?\n\n"
                 "Så kan du klage til os. Det skal ske inden 4 uger. Vi ser på sagen igen og sender den til Ankestyrelsen.",
                 "Afgørelse om botilbud");
    REQUIRE(a.elements.appeal.deadline.has_value());
    CHECK(*a.elements.appeal.deadline == "4 uger");
    // blind-7 e6-13: a reconsideration that reports the complaint ("De anfører i klagen, at … tre dage
    // om ugen") got a false appeal-deadline-wrong "3 dage", and the paragraph was lost to the reasoning.
    auto b = run("Kommunen har genvurderet sagen og fastholder afgørelsen.\n\nDeres klage\n\n"
                 "De anfører i klagen, at Villads ikke kan være i SFO, og at De derfor må hente ham kl. 12.30 tre dage om ugen.\n\n"
                 "Kommunens vurdering\n\nKommunen har lagt vægt på, at skolen har et fritidstilbud i en lille gruppe.",
                 "Genvurdering af afgørelse om tabt arbejdsfortjeneste");
    CHECK_FALSE(b.elements.appeal.deadline.has_value());
    // A frequency is never a deadline, even in the guidance.
    auto c = run("Du får afslag på aflastning efter barnets lov § 84.\n\nKlagevejledning\n\nDu skriver i din klage, hvorfor du "
                 "har brug for aflastning 4 dage om måneden. Du kan klage inden 4 uger til Aarhus Kommune, som sender klagen "
                 "videre til Ankestyrelsen.",
                 "Afgørelse om aflastning");
    REQUIRE(c.elements.appeal.deadline.has_value());
    CHECK(*c.elements.appeal.deadline == "4 uger");
}

TEST_CASE("scope: a letter that says it is no (new) decision, however it words it") {
    // blind-7 e5-14 (a typo correction) and e5-13 (a case transferred to another municipality).
    for (const char* s : {"Rettelsen ændrer ikke på indholdet af afgørelsen. De får fortsat dækning af tabt arbejdsfortjeneste i "
                          "12 timer om ugen. Dette brev er derfor ikke en ny afgørelse.",
                          "Du beholder din støtte på 3 timer om ugen, indtil Holbæk Kommune har taget stilling. Dette brev er en "
                          "orientering og ikke en afgørelse."}) {
        CAPTURE(s);
        auto a = run(s, "Rettelse af skrivefejl");
        CHECK(a.elements.scope.type != legal::DocType::afgoerelse);
        CHECK(std::string(outcome(a)) == "ikke-afgoerelse");
    }
}

TEST_CASE("outcome: item lines decide wherever they stand (status column, ticked boxes)") {
    // blind-7 e6-01: a 'Bevillingsbrev' whose table ends in a Status column: two rows granted (one
    // "(ansøgt 8 timer)"), one refused, read as a refusal.
    auto a = run("Du har søgt om socialpædagogisk støtte. Vi har nu truffet afgørelse. Se skemaet nedenfor.\n\n"
                 "Ydelse  Leverandør  Omfang  Start  Slut  Status\n"
                 "SEL § 85 støtte, individuel  Bostøtten  5 timer pr. uge  01.04.2024  31.03.2025  Bevilget (ansøgt 8 timer)\n"
                 "SEL § 85 gruppeforløb  Bostøtten  2 timer pr. uge  08.04.2024  01.07.2024  Bevilget\n"
                 "SEL § 85 støtte ud over 5 timer  –  3 timer pr. uge  –  –  Afslag",
                 "Bevillingsbrev");
    CHECK(std::string(outcome(a)) == "delvis");
    // blind-7 e6-09: one ticked box per item, below a long introduction.
    auto b = run("Du har søgt om dækning af tre merudgifter til Emma. Vi har behandlet ansøgningen efter barnets lov § 86. "
                 "Vi har talt med dig i telefonen. Vi har også læst lægens udtalelse. Emma har svær atopisk eksem. "
                 "Hun bruger mange cremer. Hun skal skifte sengetøj ofte. Her kan du se, hvad vi har besluttet.\n\n"
                 "1. Ekstra tøjvask\n\n☒ Bevilget   ☐ Delvist   ☐ Afslag\n\n"
                 "2. Cremer\n\n☐ Bevilget   ☒ Delvist   ☐ Afslag\n\n"
                 "3. Støvsuger\n\n☐ Bevilget   ☐ Delvist   ☒ Afslag",
                 "Afgørelse om merudgifter");
    CHECK(std::string(outcome(b)) == "delvis");
    // "Du får derfor delvist det, du har søgt om" (blind-7 e5-08).
    CHECK(std::string(outcome(run("Du får dækning af tabt arbejdsfortjeneste i 15 timer om ugen. Du får derfor delvist det, "
                                  "du har søgt om."))) == "delvis");
}

TEST_CASE("blind-8 dev half: first person, a summary box above the subject, a sentence opening with 'Til'") {
    // f1-07: "Jeg har bevilget dig en plads …" (the caseworker writes in the first person).
    CHECK(std::string(outcome(run("Jeg har bevilget dig en plads i aktivitets- og samværstilbuddet tirsdag og torsdag, sådan som du "
                                  "søgte om. Bevillingen er givet efter serviceloven § 104.",
                                  "Du har fået en plads i Aktivitetscenter Kildebakken"))) == "bevilling");
    // f1-05: a "Kort fortalt:" box between the letterhead and the subject line.
    std::string boxed =
        "Vejle Kommune\nHandicap og Psykiatri\n\nHans Peter Gregersen\nKirkebakken 9\n7120 Vejle Øst\n\n6. maj 2025\n\n"
        "────────────\nKort fortalt: Du får kørsel til og fra Aktivitetshuset fire dage om ugen med fælleskørsel. Du får ikke "
        "kørsel i taxa alene.\n────────────\n\nAfgørelse om kørsel til dit aktivitets- og samværstilbud\n\nKære Hans Peter\n\n"
        "Du har siden 1. marts 2025 gået i Aktivitetshuset fire dage om ugen.\n";
    CHECK(std::string(outcome(analyse_document(extract::extract_text(boxed, "box.txt")))) == "delvis");
    // f1-04: "Til økonomi … har vi bevilget …" is a sentence, not a salutation that hides the result above it.
    auto a = run("Du har søgt om 6 timer om ugen. Kalundborg Kommune har besluttet, at du får bevilget socialpædagogisk støtte "
                 "efter serviceloven § 85, stk. 1, i 3 timer om ugen.\n\nDet betyder, at du ikke får alle de timer, du har søgt om.\n\n"
                 "Til økonomi og kontakt med skole og myndigheder har vi bevilget en halv time om ugen hver.");
    CHECK(std::string(outcome(a)) == "delvis");
}

TEST_CASE("blind-8 dev half: a reconsideration giving full medhold; an e-mail thread's earlier mails are not the letter") {
    // f2-14: "… gives fuldt medhold. … klagen sendes ikke videre til Ankestyrelsen." was taken as guidance.
    auto a = run("Kommunen har genvurderet sagen, jf. retssikkerhedslovens § 66, stk. 1, og kan meddele, at Deres klient gives "
                 "fuldt medhold. Kommunen bevilger herved Deres klient støtte til køb af bil efter servicelovens § 114, stk. 1, "
                 "nr. 1. Afgørelsen af 2. juni 2026 er dermed ændret, og klagen sendes ikke videre til Ankestyrelsen.",
                 "Deres klient Peter Holst-Jensen - genvurdering af afgørelse om støtte til køb af bil");
    CHECK(std::string(outcome(a)) == "bevilling");
    // f2-07: the partshøring mail quoted below the decision mail made the decision a partshøring.
    std::string mail =
        "Fra: Solrød Kommune <hjaelpemidler@solrod.dk>\nSendt: 27. november 2024 15:58\nTil: Kristian Aagaard\n"
        "Emne: SV: Henrik Mølgaard - ansøgning om støtte til bil - afgørelse\n\nHej Kristian\n\n"
        "Tak for dit indlæg fra i fredags. Kort fortalt kan vi ikke give din klient støtte til køb af bil efter "
        "servicelovens § 114, stk. 1, nr. 3. Vi mener ikke, at han har et betydeligt behov for kørsel.\n\n"
        "Så svaret er desværre nej.\n\nMvh.\nPia Lundholm\n\n________________________________\n"
        "Fra: Solrød Kommune <hjaelpemidler@solrod.dk>\nSendt: 12. november 2024 09:30\nTil: Kristian Aagaard\n"
        "Emne: Henrik Mølgaard - ansøgning om støtte til bil\n\nHej Kristian\n\nVi er ved at afslutte sagen og sender dig hermed "
        "ganganalysen til partshøring. Du kan komme med bemærkninger senest den 22. november 2024.\n";
    auto b = analyse_document(extract::extract_text(mail, "mail.txt"));
    CHECK(b.elements.scope.type == legal::DocType::afgoerelse);
    CHECK(std::string(outcome(b)) == "afslag");
}

TEST_CASE("blind-5 wordings: a footnote mark ends running text; 'indeholder ingen afgørelse'; 'får delvis aktindsigt'; 'får derfor ikke gratis'") {
    // d1-14: the first paragraph ends in a footnote mark ("… igen. ¹"), so the result heading below it
    // was taken for the subject and the result paragraph under it for appeal guidance.
    std::string reconsidered =
        "Allerød Kommune\nHjælpemidler\n\nTil: Grethe Overby, Lillerødvej 140, 3450 Allerød Dato: 29. september 2026 Vores ref.: 26/11236\n\n"
        "Emne: Vi har set på din klage igen - du får 3.420 kr. mere end før\n\nHej Grethe Overby\n\n"
        "Tak for din klage af 20. august 2026 over vores afgørelse af 12. juni 2026 om refusion for din kørestol. Vi har nu "
        "vurderet sagen igen. ¹\n\nKort fortalt\n\nDu får delvist medhold. Vi betaler 3.420 kr. mere, så vi i alt refunderer "
        "18.030 kr. Resten af din klage har vi sendt videre til Ankestyrelsen.\n\n¹ Retssikkerhedslovens § 66, stk. 1.\n";
    CHECK(std::string(outcome(analyse_document(extract::extract_text(reconsidered, "a.txt")))) == "delvis");
    auto receipt = run("Roskilde Kommune bekræfter hermed at have modtaget Deres brev af 6. januar 2025 med en klage over "
                       "afgørelsen om bostøtte. Kommunen vil nu genvurdere afgørelsen. Dette brev er alene en kvittering og "
                       "indeholder ingen afgørelse.",
                       "Kvittering for klage");
    CHECK(std::string(outcome(receipt)) == "ikke-afgoerelse");
    CHECK(std::string(outcome(run("Sagen indeholder 52 dokumenter. I får fuld aktindsigt i 49 af dem. I får delvis aktindsigt "
                                  "i de sidste 3 dokumenter.",
                                  "Svar på anmodning om aktindsigt"))) == "delvis");
    CHECK(std::string(outcome(run("Vi har målt skolevejen til 1,8 km. Politiet vurderer, at vejen ikke er trafikfarlig. Liva får "
                                  "derfor ikke gratis befordring til og fra Folehave Skole.",
                                  "Liva og skolevejen"))) == "afslag");
}

TEST_CASE("scope: an internal note or the citizen's own letter is no decision, whatever decision it records") {
    std::string notat = "Dragør Kommune\nSocial og Sundhed\n\nNotat\n\nJournalnr.: 27.12.04-G01-14-25\nEmne: Bevilling af rollator\n"
                        "Udarbejdet af: Lene Holm, visitator\n\nVisitationen har den 3. marts 2025 truffet afgørelse om at bevilge "
                        "Anna Holm en rollator efter servicelovens § 112, stk. 1. Afgørelsen sendes i Digital Post.\n";
    auto a = analyse_document(extract::extract_text(notat, "notat.txt"));
    CHECK(a.elements.scope.type == legal::DocType::andet_brev);
    CHECK(std::string(outcome(a)) == "ikke-afgoerelse");
    std::string klage = "Birthe Jensen\nStrandvej 4\n3700 Rønne\n\nTil Bornholms Regionskommune\nHandicap og Psykiatri\n\n"
                        "Klage over afgørelse om merudgifter\n\nJeg klager hermed over kommunens afgørelse af 20. februar 2025, hvor "
                        "jeg fik afslag på dækning af merudgifter efter servicelovens § 100. Jeg beder om, at I ser på sagen igen.\n";
    auto b = analyse_document(extract::extract_text(klage, "klage.txt"));
    CHECK(b.elements.scope.type == legal::DocType::andet_brev);
    // A reconsideration letter from the municipality that quotes the complaint as a paragraph of its
    // own is still a decision (review: the sender names an authority).
    auto c = run("Din klage lyder sådan:\n\nJeg klager hermed over kommunens afgørelse om el-scooter, fordi jeg ikke kan gå til "
                 "bussen.\n\nVi har vurderet sagen igen og fastholder afslaget på en el-scooter efter servicelovens § 112, stk. 1.",
                 "Genvurdering af afgørelse om el-scooter");
    CHECK(c.elements.scope.type == legal::DocType::afgoerelse);
}

TEST_CASE("scope: 'Vi forventer at svare dig inden 8 uger' is a receipt, not an intended decision") {
    // blind-8 f1-14, blind-2 a6-17 and others: "forventer at" alone made a receipt a partshøring.
    auto a = run("Tak for din ansøgning om ledsageordning, som vi fik den 26. oktober 2026. Vi forventer at svare dig inden 8 "
                 "uger. En sagsbehandler ringer til dig inden da.",
                 "Vi har modtaget din ansøgning");
    CHECK(a.elements.scope.type == legal::DocType::kvittering);
    auto b = run("Vi forventer at kunne træffe afgørelse inden 8 uger. Hvis vi ikke kan nå det, skriver vi til dig.",
                 "Vi har modtaget din ansøgning");
    CHECK(b.elements.scope.type == legal::DocType::kvittering);
    auto c = run("Vi forventer at give dig afslag på en el-scooter. Du kan sende dine bemærkninger til os senest den 3. maj.",
                 "Din ansøgning om el-scooter");
    CHECK(c.elements.scope.type == legal::DocType::partshoering);
}

TEST_CASE("review of this session's cues: near misses that must keep their reading") {
    // "Den 5. februar 2025 skrev din læge …:" and a Word divider line are no e-mail quote markers.
    auto a = run("Du får afslag på en el-scooter efter servicelovens § 112, stk. 1.\n\nDen 5. februar 2025 skrev din læge i sin "
                 "udtalelse:\n\n\"Anna kan gå 500 meter med rollator.\"\n\nVi har lagt vægt på lægens udtalelse.\n\n"
                 "________________________________\n\n" + kGuidance,
                 "Afgørelse om el-scooter");
    CHECK(a.elements.appeal.present);
    REQUIRE(a.elements.appeal.deadline.has_value());
    CHECK(*a.elements.appeal.deadline == "4 uger");
    // "Det tager normalt 3 måneder, før du får svar" after a complaint sentence is no deadline.
    auto b = run("Du får afslag på en el-scooter efter servicelovens § 112, stk. 1.\n\nKlagevejledning\n\nEr du uenig, kan du klage "
                 "til os inden 4 uger. Vi sender klagen til Ankestyrelsen. Det tager normalt 3 måneder, før du får svar.",
                 "Afgørelse om el-scooter");
    REQUIRE(b.elements.appeal.deadline.has_value());
    CHECK(*b.elements.appeal.deadline == "4 uger");
    // Outcome near misses.
    CHECK(std::string(outcome(run("Silkeborg Kommune har besluttet at give dig afslag på hjælp til rengøring efter servicelovens "
                                  "§ 83, stk. 1, nr. 2."))) == "afslag");
    CHECK(std::string(outcome(run("Du har søgt om: Rengøring hver uge\nDu får: Afslag\nLovgrundlag: Servicelovens § 83"))) == "afslag");
    CHECK(std::string(outcome(run("Elever på 4.-6. klassetrin får fri befordring, når skolevejen er længere end 6 km. Ida får derfor "
                                  "ikke fri befordring efter folkeskolelovens § 26.",
                                  "Afgørelse om skolebefordring"))) == "afslag");
    CHECK(std::string(outcome(run("Hjælpen til rengøring bevilges midlertidigt og ikke permanent, jf. servicelovens § 83, stk. 1, nr. 2."))) ==
          "bevilling");
    CHECK(std::string(outcome(run("Du får afslag på madservice efter servicelovens § 83, stk. 1, nr. 3.\n\nHer er en oversigt over den "
                                  "hjælp, du har i dag. Den hjælp ændrer vi ikke.\n\nYdelse  Omfang  Status\nPersonlig pleje  Morgen og "
                                  "aften  Bevilget\nRengøring  Hver 14. dag  Bevilget"))) == "afslag");
    // "forventer at" before no adverse decision makes no partshøring.
    for (const char* s : {"Vi forventer at træffe afgørelse inden 8 uger.", "Vi forventer at give dig et svar i løbet af 6 uger."}) {
        CAPTURE(s);
        CHECK(run(s, "Vi har modtaget din ansøgning").elements.scope.type == legal::DocType::kvittering);
    }
    CHECK(run("Du får bevilget praktisk hjælp efter servicelovens § 83, stk. 1, nr. 2. Vi forventer at sætte hjælpen i gang i uge 12.")
              .elements.scope.type == legal::DocType::afgoerelse);
    // A paragraph opening "Referat fra …" is no internal note.
    CHECK(run("Referat fra hjemmebesøget den 12. februar 2025 er vedlagt. Du får afslag på en el-scooter efter servicelovens § 112, "
              "stk. 1.")
              .elements.scope.type == legal::DocType::afgoerelse);
}

TEST_CASE("structure: a heading inside the guidance about the complaint ('Ankestyrelsens behandling') continues it") {
    // review: the deadline under the second heading was lost, a false appeal-deadline-missing.
    auto a = run("Du får afslag på madservice efter servicelovens § 83, stk. 1, nr. 3.\n\nKlagevejledning\n\nDu kan klage over "
                 "afgørelsen til Ankestyrelsen. Send klagen til os, så vi kan se på sagen igen.\n\nAnkestyrelsens behandling\n\n"
                 "Hvis vi fastholder afgørelsen, sender vi klagen til Ankestyrelsen. Fristen for at klage er 4 uger fra den dag, du "
                 "har modtaget afgørelsen.",
                 "Afgørelse om madservice");
    REQUIRE(a.elements.appeal.deadline.has_value());
    CHECK(*a.elements.appeal.deadline == "4 uger");
}

TEST_CASE("blind-9 dev wordings: refusal by a kommune that 'giver ikke', grant by 'X Kommune betaler', conditions put verb first") {
    // The result sentence refuses; a sentence under "Retsgrundlag" about a cheaper solution is the rule, not a partial grant.
    auto a = run("Struer Kommune giver ikke støtte til at installere trappelift i din bolig.\n\nRetsgrundlag\n\nHjælpen forudsætter en "
                 "konkret vurdering af, om der er en mindre indgribende og billigere løsning, som dækker behovet lige så godt.",
                 "Afgørelse om boligindretning");
    CHECK(std::string(outcome(a)) == "afslag");
    CHECK(std::string(outcome(run("Nyborg Kommune giver dig støtte til en trappelift efter servicelovens § 116, stk. 1."))) == "bevilling");
    // Two decisions, one granted under its own heading, one refused.
    auto b = run("Afgørelse 1 – boligændring (bevilget)\n\nNyborg Kommune betaler fjernelse af dørtrinnet til badeværelset.\n\n"
                 "Afgørelse 2 – el-scooter (afslag)\n\nDu får ikke en el-scooter efter servicelovens § 112, stk. 1.",
                 "Afgørelse om boligændring og el-scooter");
    CHECK(std::string(outcome(b)) == "delvis");
    // "Stopper hun, …, så stopper udbetalingen" states a condition of the grant, not a stop.
    CHECK(std::string(outcome(run("Vi dækker kørslen til basket. Stopper hun, skal I give os besked, og så stopper udbetalingen i "
                                  "den periode."))) == "bevilling");
    CHECK(std::string(outcome(run("Du får en rollator. Får du ikke brug for rollatoren længere, skal du levere den tilbage."))) ==
          "bevilling");
    // Near miss: a stop decided in a sentence that starts with its verb is still a stop.
    CHECK(std::string(outcome(run("Vi stopper din socialpædagogiske støtte efter servicelovens § 85 fra den 1. maj 2025."))) == "ophoer");
}

TEST_CASE("blind-9 dev wordings: a talk offered instead is no other help; an item row with less than applied is partial") {
    CHECK(std::string(outcome(run("Du får ikke tabt arbejdsfortjeneste efter barnets lov § 87. Vi tilbyder i stedet et møde om anden "
                                  "støtte til jer derhjemme."))) == "afslag");
    // Near miss: other help granted instead is partial.
    CHECK(std::string(outcome(run("Du får ikke tabt arbejdsfortjeneste efter barnets lov § 87. Vi tilbyder i stedet 4 timers "
                                  "praktisk støtte i hjemmet om ugen."))) == "delvis");
    auto a = run("Afgørelse\n\nIndsats  Ansøgt  Bevilget\nStøtteophold på Bakkely  2 weekender pr. måned  1 weekend pr. måned\n\n"
                 "Lovgrundlag: Barnets lov § 32, stk. 1, nr. 7",
                 "Afgørelse om aflastning til Frederik");
    CHECK(std::string(outcome(a)) == "delvis");
}

TEST_CASE("blind-9 dev wordings: a receipt with the processing deadline; a deadline 'senest 4 uger efter, at'; facts from a letter") {
    CHECK(run("Vi har modtaget din ansøgning om boligændring den 12. januar 2026. Vores frist for at behandle den slags sager er 12 uger. "
              "En ergoterapeut ringer til dig.",
              "Middelfart Kommune")
              .elements.scope.type == legal::DocType::kvittering);
    auto b = run("Du får afslag på en el-scooter efter servicelovens § 112, stk. 1.\n\nHvis du er uenig\n\nSend din klage til Horsens "
                 "Kommune. Vi skal have den senest 4 uger efter, at du har fået dette brev. Vi ser på sagen igen, og hvis vi ikke giver "
                 "dig ret, sender vi klagen videre til Ankestyrelsen.",
                 "Afgørelse om el-scooter");
    REQUIRE(b.elements.appeal.deadline.has_value());
    CHECK(*b.elements.appeal.deadline == "4 uger");
    auto c = run("Vi sætter jeres merudgifter ned til 500 kr. om måneden efter barnets lov § 86.\n\nHvorfor?\n\nHospitalet stoppede "
                 "diæten i januar 2024. Det står i brevet fra Børneafdelingen af 19. januar 2024. Derfor har I ikke længere udgifter "
                 "til den særlige kost.",
                 "Vi sætter jeres merudgifter ned");
    CHECK(c.elements.reasoning());
}

TEST_CASE("lexicon reviewers' misfires: no repayment, a lower payment, 'som en del af' and conditions read no outcome") {
    for (const char* s : {"Du får bevilget en rollator efter servicelovens § 112, stk. 1. Hjælpen er ikke tilbagebetalingspligtig.",
                          "Du får en nedsættelse af forældrebetalingen på 50 procent efter dagtilbudslovens § 43.",
                          "Du får bevilget hjælp til bad to gange om ugen som en del af din personlige pleje efter servicelovens § 83.",
                          "Du får bevilget en rollator efter servicelovens § 112. Har du ikke længere brug for rollatoren, skal du give "
                          "besked."}) {
        CAPTURE(s);
        CHECK(std::string(outcome(run(s))) == "bevilling");
    }
    // Near misses: a repayment asked for and a reduction of the help itself are stops.
    CHECK(std::string(outcome(run("Du skal betale 4.200 kr. tilbage efter retssikkerhedslovens § 91, fordi du har fået hjælpen med "
                                  "urette."))) == "ophoer");
    CHECK(std::string(outcome(run("Vi har besluttet en nedsættelse af din hjemmehjælp fra 3 timer til 2 timer om ugen efter "
                                  "servicelovens § 83."))) == "ophoer");
}

TEST_CASE("appeal route: forwarding after reconsideration, 'stiles til Ankestyrelsen, men sendes til os' and 'ikke direkte' are via the kommune") {
    for (const char* g : {"Du kan klage inden 4 uger. Hvis vi fastholder afgørelsen, skal klagen sendes til Ankestyrelsen.",
                          "Du kan klage inden 4 uger. Klagen skal stiles til Ankestyrelsen, men sendes til os.",
                          "Du kan klage inden 4 uger. Du kan ikke klage direkte til Ankestyrelsen, men skal sende din klage gennem os."}) {
        CAPTURE(g);
        auto a = run(std::string("Du får afslag på en el-scooter efter servicelovens § 112, stk. 1.\n\nKlagevejledning\n\n") + g,
                     "Afgørelse om el-scooter");
        CHECK(a.elements.appeal.present);
        CHECK_FALSE(a.elements.appeal.direct.found);
    }
    // Near miss: sent straight to Ankestyrelsen.
    auto b = run("Du får afslag på en el-scooter efter servicelovens § 112, stk. 1.\n\nKlagevejledning\n\nDu kan klage inden 4 uger. "
                 "Send din klage direkte til Ankestyrelsen.",
                 "Afgørelse om el-scooter");
    CHECK(b.elements.appeal.direct.found);
}

// A helper reviewing this session's changes wrote about 80 probe letters; these 25 are the ones
// that misfired at first (tests/inputs/review-misfires/), each with what a reviewer reads in it.
TEST_CASE("review misfires: probe letters keep the reading a reviewer gives them") {
    struct Expect {
        const char* file;
        const char* outcome;
        int facts = -1;    // 1/0: the reasoning states facts relied on; -1: not checked
        int direct = -1;   // 1/0: the guidance sends the complaint straight to Ankestyrelsen
        const char* deadline = nullptr;
    };
    const Expect cases[] = {
        {"c1g", "bevilling"},  // "Vi giver ikke besked, før den bliver leveret"
        {"c2a", "afslag"},     // "Din nye kommune betaler for dine hjælpemidler, når du er flyttet"
        {"c2c", "afslag"},     // "Udgiften betales af kommunen, hvis du på et senere tidspunkt …"
        {"c2d", "afslag"},     // "Lægeerklæring (godkendt)." in a list of documents
        {"c2e", "afslag"},     // "Holstebro Kommune betaler kun for specialbriller, når …"
        {"c2h", "afslag"},     // "Din nuværende hjælp: … (bevilget)."
        {"c3a", "bevilling"},  // "Efter vi har vurderet din ansøgning, kan vi bevilge dig …"
        {"c3c", "afslag"},     {"c3h", "afslag"},
        {"c4a", "delvis"},     // "men I får i stedet rådgivning … 2 timer om ugen"
        {"c5g", "bevilling"},  // "Du har søgt om …, og vi har besluttet følgende." is no table header
        {"c5h", "bevilling"},  {"c5i", "bevilling"},
        {"c6a", "bevilling"},  // the decision stands under the heading "Din ansøgning"
        {"c6b", "bevilling"},  {"c6e", "afslag"},  {"c6f", "bevilling"},
        {"c8b", "afslag", 0},  // "Hvordan du klager, står i brevet fra Ankestyrelsen" is no fact
        {"c8c", "afslag", 0},
        {"c9a", "afslag", -1, -1, "4 uger"},  // "Ankestyrelsen træffer afgørelse senest 3 måneder efter, at de …"
        {"c10b", "ophoer"},    // "nedsættelse af din udbetaling af kontanthjælp"
        {"c11e", "afslag", -1, 1},  // a general remark about the kommune upholding keeps the direct route
        {"c11b", "afslag", -1, 1},
        {"c12a", "delvis"},    // a second "Afgørelse" heading right after "Side 1 af 2" is no page header
        {"c12g", "afslag"},
    };
    const auto dir = std::filesystem::path(KLARTJEK_SOURCE_DIR) / "tests" / "inputs" / "review-misfires";
    for (const auto& c : cases) {
        CAPTURE(c.file);
        Analysis a = analyse_document(extract::extract_file((dir / (std::string(c.file) + ".txt")).string()));
        CHECK(std::string(outcome(a)) == c.outcome);
        if (c.facts >= 0) CHECK(a.elements.reasoning_facts == (c.facts == 1));
        if (c.direct >= 0) CHECK(a.elements.appeal.direct.found == (c.direct == 1));
        if (c.deadline) {
            REQUIRE(a.elements.appeal.deadline.has_value());
            CHECK(*a.elements.appeal.deadline == c.deadline);
        }
    }
}

TEST_CASE("blind-8 test half, opened: a question-and-answer table, status rows without a header, 'ikke hjemmel til at yde'") {
    // The answer joined to the next row's question is read; the last row about complaints does not
    // make the whole table guidance.
    auto a = run("Spørgsmål  Svar\nHvad har du søgt om?  Tabt arbejdsfortjeneste 15 timer om ugen\nHvad har vi besluttet?  Du får det, du "
                 "har søgt om\nFra hvornår?  1. juni 2025\nEfter hvilken regel?  Barnets lov § 87, stk. 1\nKan du klage?  Ja, inden 4 "
                 "uger – se sidst i brevet",
                 "Svar på din ansøgning om tabt arbejdsfortjeneste");
    CHECK(std::string(outcome(a)) == "bevilling");
    // "Spørgsmål Svar" is a table header, not the closing "Spørgsmål"; "Kontakt mellem Noah og hans far" no closing either.
    auto b = run("Afgørelse pr. ydelse:\n\nYdelseskode 16.10 Fjernelse af dørtrin i stue og bad  Bevilget\nYdelseskode 16.31 Fast betonrampe ved "
                 "hoveddør  Ikke bevilget\n\nLovgrundlag: Serviceloven § 116, stk. 1.",
                 "Afgørelse – boligindretning");
    CHECK(std::string(outcome(b)) == "delvis");
    CHECK(std::string(outcome(run("Da betingelserne ikke er opfyldt, har kommunen ikke hjemmel til at yde det ansøgte. De vil således ikke "
                                  "modtage lån til køb af bil efter servicelovens § 114.",
                                  "Vedrørende ansøgning om støtte til køb af bil"))) == "afslag");
    // Near miss: a running sentence ending in "bevilget." in the result part is no status row of its own.
    CHECK(std::string(outcome(run("Du har tidligere fået en rollator bevilget. Du får afslag på en el-scooter efter servicelovens § 112."))) ==
          "afslag");
}

TEST_CASE("item table: a header row of nine column words still heads the table (blind-6 d4-03)") {
    auto a = run("Hvad har kommunen besluttet?\n\nStevns Kommune har besluttet at yde dækning af en del af de merudgifter, som De har søgt om, "
                 "jf. barnets lov § 86, stk. 1.\n\nKommunens vurdering af de enkelte udgifter:\n\nUdgift  Ansøgt pr. måned  Bevilget pr. måned  "
                 "Kommunens vurdering\nOverplastre til glukosesensor  150 kr.  150 kr.  Bevilget som ansøgt\nSundere kost  400 kr.  0 kr.  Ikke "
                 "bevilget",
                 "Afgørelse om dækning af merudgifter til Emil");
    CHECK(std::string(outcome(a)) == "delvis");
}

TEST_CASE("blind-6 test half, opened: an item refused by name in the reasoning; 'fået mindre, end du bad om'; '5 timers støtte'") {
    auto a = run("Afgørelse\n\nDu får bevilget en el-kørestol med el-sædeløft efter servicelovens § 112, stk. 1.\n\nBegrundelse\n\n"
                 "El-sædeløftet bevilges, fordi du med det kan nå køkkenbordet. Ståfunktionen bevilges ikke.",
                 "Afgørelse om el-kørestol");
    CHECK(std::string(outcome(a)) == "delvis");
    // Near misses: a condition, and a general rule about the help.
    for (const char* r : {"Hjælpen bevilges ikke, hvis du flytter til en anden kommune.", "Reparationer dækkes ikke, når de skyldes hærværk."}) {
        CAPTURE(std::string(r));
        auto b = run(std::string("Afgørelse\n\nDu får bevilget en el-kørestol efter servicelovens § 112, stk. 1.\n\nBegrundelse\n\n"
                                 "Vi har lagt vægt på, at du ikke kan gå. ") + r,
                     "Afgørelse om el-kørestol");
        CHECK(std::string(outcome(b)) == "bevilling");
    }
    CHECK(std::string(outcome(run("Du får 5 timers socialpædagogisk støtte om ugen efter servicelovens § 85. Du har altså fået mindre, end "
                                  "du bad om."))) == "delvis");
}

TEST_CASE("a decision sent as 'Bilag 1 – Afgørelse' under a cover letter is the result; 'kan på denne baggrund ikke godkende' refuses") {
    auto a = run("Hermed sender vi kommunens afgørelse på din ansøgning om el-scooter. Afgørelsen står i bilag 1, og bilag 2 fortæller, "
                 "hvordan du klager.\n\nMed venlig hilsen\nKaren Bjerre\n\nBilag 1 – Afgørelse\n\nDu får afslag på en el-scooter efter "
                 "servicelovens § 112, stk. 1.\n\nBilag 2 – Klagevejledning\n\nDu kan klage inden 4 uger. Send klagen til os.",
                 "Din ansøgning om el-scooter");
    CHECK(std::string(outcome(a)) == "afslag");
    CHECK(std::string(outcome(run("Lolland Kommune kan på denne baggrund ikke godkende Dem til en ældrebolig efter servicelovens § 112."))) ==
          "afslag");
}

TEST_CASE("blind-9 test half and blind-10 dev, opened: a conclusion with its list, a refusal after the grants, labelled results") {
    // The conclusion goes on in its list and the refusal right after it; a copy of the letter grants nothing.
    const std::string history =
        "Din mor får en kopi af brevet, som hun har bedt om.\n\nDu søgte den 18. august 2025 om bad hver dag og følgeskab til "
        "frisøren. Hun har i flere år fået hjælp om morgenen. Jeg besøgte din mor den 2. september 2025. Hun fortalte, at hun "
        "bliver svimmel. Hun har ikke brug for bad hver dag. Hun kan selv vaske sig ved håndvasken. To bade om ugen er nok. "
        "Følgeskab til frisør er ikke pleje.\n\n";
    auto a = run(history + "Min afgørelse er derfor, at din mor fra den 22. september 2025 får helhedspleje efter ældreloven § 10 med:\n\n"
                           "- bad med hjælp 2 gange om ugen, ikke hver dag som søgt\n\nJeg giver afslag på følgeskab til frisør.\n\n"
                           "Din mor kan vælge, hvem der skal levere hjælpen.",
                 "Helhedspleje til din mor", "15. september 2025");
    CHECK(std::string(outcome(a)) == "delvis");
    // Near miss: the same conclusion with nothing refused or cut is a grant.
    auto b = run(history + "Min afgørelse er derfor, at din mor fra den 22. september 2025 får helhedspleje efter ældreloven § 10 med:\n\n"
                           "- bad med hjælp 2 gange om ugen\n\nDin mor kan vælge, hvem der skal levere hjælpen.",
                 "Helhedspleje til din mor", "15. september 2025");
    CHECK(std::string(outcome(b)) == "bevilling");

    // A refusal in the paragraph after the first sentences of a grant still decides.
    const std::string grants =
        "Tak for en god snak, da vi besøgte dig den 6. maj 2025. Du fortalte, at din gangdistance er faldet til 100 meter. Du har "
        "derfor søgt om en el-scooter og om tilskud til taxakørsel til træning.\n\nVi har besluttet, at du får en el-scooter som "
        "udlån efter serviceloven § 112, stk. 1. Hjælpemiddelcentret leverer en standardscooter med kurv og lys. Du får "
        "instruktion ved leveringen. Scooteren skal oplades hver nat. Den må ikke stå ude i regnvejr.\n\n";
    auto c = run(grants + "Til gengæld kan vi ikke give tilskud til taxakørsel til træningen efter serviceloven § 117, stk. 1, da "
                          "klinikken ligger 1,8 km fra din bolig.\n\nHvis du har spørgsmål, så ring til mig.",
                 "Afgørelse på din ansøgning om el-scooter og kørsel");
    CHECK(std::string(outcome(c)) == "delvis");
    // Near miss: an offer after a refusal is no grant ("du kan få en tryghedsalarm, hvis du ønsker det").
    auto d = run("Vi skal hermed meddele dig, at vi har givet afslag på din ansøgning om boligindretning efter servicelovens § 116. "
                 "Du har søgt om at få fjernet dørtrin. Vi har været på besøg hos dig. Du kan gå med din rollator. Dørtrinnene er "
                 "meget lave. Du bor i stueetagen i din lejlighed. Du har en altan mod syd. Der er et trin ud til altanen. Trinnet "
                 "kan du selv klare. Din datter hjælper dig med indkøb.\n\nVi skal endvidere oplyse, at du kan få en "
                 "tryghedsalarm, hvis du ønsker det.",
                 "Afgørelse om boligindretning");
    CHECK(std::string(outcome(d)) == "afslag");

    // "Resultat:" under each "Klagepunkt" of a reconsideration decides; "Klagepunkt 1" is no guidance heading.
    auto e = run("Vi har modtaget jeres klage over vores afgørelse af 10. juli 2025 om merudgifter. Vi har nu vurderet den igen.\n\n"
                 "Klagepunkt 1: Kørsel til handicapridning\n\nResultat: I får medhold. Kørslen indgår nu i merudgiftsydelsen.\n\n"
                 "Klagepunkt 2: Sommerlejr\n\nResultat: Vi fastholder afslaget. Lejren svarer til almindelige sommerlejre.\n\n" + kGuidance,
                 "Genvurdering af afgørelse om merudgifter", "2. september 2025");
    CHECK(std::string(outcome(e)) == "delvis");
}

TEST_CASE("blind-9 and blind-10, opened: subject-line results, other areas' grant verbs, continuing help, working hours") {
    CHECK(std::string(outcome(run("Du har fået 15 timers ledsagelse om måneden efter servicelovens § 97 fra 1. december 2024.",
                                  "Emne: Ledsageordning – bevilget", "5. november 2024"))) == "bevilling");
    CHECK(std::string(outcome(run("Jobcenter Randers har truffet afgørelse om, at du ikke kan visiteres til fleksjob på nuværende tidspunkt.",
                                  "AFGØRELSE OM FLEKSJOB"))) == "afslag");
    CHECK(std::string(outcome(run("KORT FORTALT: Du får førtidspension fra 1. december 2025. Tønder Kommune har tilkendt dig "
                                  "førtidspension efter lov om social pension § 16, stk. 1.",
                                  "Du får førtidspension", "20. november 2025"))) == "bevilling");
    // Near miss: being told about the amount grants nothing.
    CHECK(std::string(outcome(run("Du får besked om beløbet fra Udbetaling Danmark.", "Om din pension"))) != std::string("bevilling"));
    CHECK(std::string(outcome(run("Tak for snakken på opfølgningsmødet. Du fortsætter med 4 timers socialpædagogisk støtte om ugen "
                                  "efter servicelovens § 85, præcis som nu. Næste opfølgning bliver i februar 2027.",
                                  "Din støtte fortsætter", "10. februar 2026"))) == "bevilling");
    // A reduction of the parent's working hours (tabt arbejdsfortjeneste) stops no help.
    CHECK(std::string(outcome(run("De har anmodet om dækning af tabt arbejdsfortjeneste svarende til en nedsættelse af Deres arbejdstid "
                                  "med 10 timer om ugen. Kommunen har ikke hjemmel til at yde dækning af tabt arbejdsfortjeneste i den "
                                  "situation, der er beskrevet i ansøgningen.",
                                  "Vedr.: Ansøgning om dækning af tabt arbejdsfortjeneste", "26. august 2025"))) == "afslag");
}

TEST_CASE("blind-6 test half, opened: the municipality's own reply mail on top of a thread is the letter's text") {
    const std::string letter =
        "Ballerup Kommune\n\nCenter for Sundhed og Omsorg – Visitationen Hold-An Vej 7 2750 Ballerup\n\n"
        "Fra: Visitationen, Ballerup Kommune <visitation@balk.dk> Til: Mette Poulsen Sendt: 5. september 2024 14:12 Emne: SV: Hjælp til bad\n\n"
        "Kære Mette\n\nHer kommer svaret på din ansøgning.\n\nDu får hjælp til bad én gang om ugen. Du søgte om hjælp to gange om ugen. "
        "Den anden ugentlige hjælp bevilger vi ikke.\n\nVenlig hilsen\n\nLone Andersen\n\n"
        "> Fra: Mette Poulsen > Sendt: 19. august 2024 21:47 > Emne: Hjælp til bad > > Jeg vil gerne søge om hjælp til bad to gange om ugen.\n";
    Analysis a = analyse_document(extract::extract_text(letter, "mail.txt"));
    CHECK(std::string(outcome(a)) == "delvis");
}

TEST_CASE("blind-12 dev, opened: an answer to the request before it; the same help less often; labelled and refusing headings") {
    // A short answer right after the request grants or refuses what was asked for.
    CHECK(std::string(outcome(run("Du ringede til os den 2. august og bad om at skifte leverandør af din praktiske hjælp. Det er i orden. "
                                  "Fra mandag den 19. august 2024 er det Aktiv Hjemmeservice ApS, der gør rent hos dig.",
                                  "Nyt firma til din rengøring"))) == "bevilling");
    CHECK(std::string(outcome(run("Du har bedt om at få din rollator byttet til en letvægtsrollator, fordi du synes, den er tung. "
                                  "Vi bytter ikke rollatoren. Din nuværende rollator vejer 7,4 kg.",
                                  "Emne: Ombytning af rollator"))) == "afslag");
    // Near miss: a negated sentence about something else than the request answers nothing: with
    // nothing else deciding, the letter is no decision as far as klartjek can tell, and not surely.
    auto nothing = run("Du har bedt om at få din rollator byttet til en letvægtsrollator. Vi kommer ikke på torsdag, "
                       "men ringer til dig i næste uge.",
                       "Om din rollator");
    CHECK(std::string(outcome(nothing)) == std::string("ikke-afgoerelse"));
    CHECK_FALSE(nothing.elements.scope.type_certain);
    CHECK_FALSE(nothing.elements.outcome_certain);
    // The same help less often than applied for is a partial grant.
    CHECK(std::string(outcome(run("Du søgte om rengøring hver uge. Du får rengøring hver 14. dag efter servicelovens § 83, stk. 1, nr. 2.",
                                  "Afgørelse om praktisk hjælp"))) == "delvis");
    CHECK(std::string(outcome(run("Du søgte om rengøring hver uge. Du får rengøring hver uge efter servicelovens § 83, stk. 1, nr. 2.",
                                  "Afgørelse om praktisk hjælp"))) == "bevilling");
    // The help named elsewhere in the sentence ("aflastning til Noah hver weekend"), weekends counted.
    CHECK(std::string(outcome(run("I har søgt om aflastning til Noah hver weekend. Noah får tilbudt aflastning hver anden weekend på "
                                  "Aflastningshjemmet Skovbrynet efter barnets lov § 32, stk. 1, nr. 3.",
                                  "Afgørelse om aflastning til Noah"))) == "delvis");
    // A short negated sentence about an item of the application told further up refuses that item.
    CHECK(std::string(outcome(run("Du har søgt om hjælp til bad og om hjælp til at slå græs og rydde sne.\n\nHvad har vi besluttet?\n\n"
                                  "Du får hjælp til bad to gange om ugen efter serviceloven § 83, stk. 1, nr. 1. "
                                  "Kommunen hjælper ikke med at slå dit græs eller rydde sne.\n\n" + kGuidance,
                                  "To afgørelser om hjælp i hjemmet"))) == "delvis");
    // A grant verb in an indirect question considers other help; it grants nothing.
    CHECK(std::string(outcome(run("Ansøgningen imødekommes ikke. Betingelserne for at yde støtte til cyklen efter servicelovens § 113, "
                                  "stk. 1, er derfor ikke opfyldt. Vi har også overvejet, om cyklen kunne bevilges som et hjælpemiddel, "
                                  "men en elcykel er et almindeligt forbrugsgode.",
                                  "Ansøgning om støtte til elcykel"))) == "afslag");
    // A list under a lead-in that grants ("Det betyder, at I får:") grants its items; one that says
    // no beside them makes the whole partial.
    CHECK(std::string(outcome(run("Tak for en god snak. Jeg har nu set på jeres ansøgning om dækning af merudgifter til Ida efter "
                                  "barnets lov § 86, stk. 1.\n\nDet betyder, at I får:\n\n"
                                  "- kørsel til ridefysioterapi 1 gang om ugen efter statens laveste takst\n"
                                  "- 150 kr. om måneden til ekstra slid på tøj og sko, og jeg siger nej til dækning af lejen af sommerhus\n\n" + kGuidance,
                                  "Merudgifter til Ida"))) == "delvis");
    // A heading with a name before it is still a result heading; a heading over refused items refuses.
    auto a = run("Inga – hvad får du?\n\nDu får hjælp til personlig pleje morgen og aften.\n\n"
                 "Det I har søgt om, som I ikke får\n\nRengøring hver uge med almindelig støvsuger.\n\n" + kGuidance,
                 "Afgørelse om hjælp til jer begge");
    CHECK(std::string(outcome(a)) == "delvis");
    // A repair note that recalls what the citizen told and the help already granted decides nothing.
    auto note = run("Tak fordi du ringede i mandags. Du fortalte, at din el-kørestol stopper af sig selv, når du kører op ad bakke. "
                    "Vores tekniker har set på stolen. Reparationen er en del af den hjælp, du allerede har fået bevilget.",
                    "Vedr.: Reparation af el-kørestol");
    CHECK(note.elements.scope.type != legal::DocType::afgoerelse);
    // A practical note with a stop cue and nothing else of a decision (no decision verb, no legal
    // reference, no guidance) is not certainly a decision: no fejl for a missing legal basis.
    auto stop = run("Vores tekniker har set på din el-kørestol i dag. Vi stopper udlånet af den gamle stol, når den nye del er "
                    "kommet hjem fra leverandøren i uge 9. Hvis torsdag ikke passer, så ring til værkstedet.",
                    "Din el-kørestol");
    CHECK_FALSE(stop.elements.scope.type_certain);
    for (const auto& f : stop.findings) CHECK(f.severity != Severity::error);
    // Near miss: the same note that grants with a decision verb is a decision, and certain.
    auto grant = run("Vores tekniker har set på din el-kørestol i dag. Du får bevilget en ny el-kørestol, fordi den gamle ikke kan "
                     "repareres.",
                     "Din el-kørestol");
    CHECK(grant.elements.scope.type == legal::DocType::afgoerelse);
    CHECK(grant.elements.scope.type_certain);
}

TEST_CASE("blind-13 dev, opened: Q/A tables with Ja/Nej and crosses; a lead-in without its colon; 'Derfor får du ikke' reasons") {
    // Rows of a "Hvad har du søgt om? | Hvad har vi besluttet?" table: Ja grants, a cross or Nej refuses.
    auto qa = run("Du har søgt om to ting.\n\nHvad har vi besluttet?\n\n"
                  "✔ Genoptræning Ja – individuel genoptræning 2 gange om ugen i 8 uger efter servicelovens § 86, stk. 1\n\n"
                  "✘ Hjælp til vinduespudsning Nej – efter servicelovens § 83, stk. 1, nr. 2\n\n" + kGuidance,
                  "Svar på dine to ansøgninger");
    CHECK(std::string(outcome(qa)) == "delvis");
    // Near miss: a checklist of conditions ("✘ … Ikke opfyldt") in a refusal refuses, it grants nothing.
    CHECK(std::string(outcome(run("Afgørelse\n\nDu får ikke dækning af tabt arbejdsfortjeneste efter barnets lov § 87, stk. 1.\n\n"
                                  "✔ Oliver har en betydelig og varigt nedsat funktionsevne Opfyldt\n\n"
                                  "✘ Det er en nødvendig følge af funktionsnedsættelsen, at Oliver passes hjemme Ikke opfyldt\n\n" + kGuidance,
                                  "Afgørelse om tabt arbejdsfortjeneste"))) == "afslag");
    // A lead-in without its colon right under the result heading grants the items of its list.
    auto lead = run("Afgørelse:\n\nVordingborg Kommune giver hermed\n\n- dispensation fra lokalplan nr. 14.3, bestemmelse 7.1\n"
                    "- byggetilladelse til opførelse af en tilbygning på 24 m²\n\nLovgrundlag:\n\nDispensationen er givet efter "
                    "planlovens § 19, stk. 1. Byggetilladelsen er givet efter byggelovens § 16.",
                    "Byggetilladelse og dispensation – tilbygning til enfamiliehus");
    CHECK(std::string(outcome(lead)) == "bevilling");
    // "Derfor får du ikke …" heads the reasoning; the citizen's wish noted is the citizen's view.
    auto why = run("Du får ikke en elektrisk plejeseng efter servicelovens § 112, stk. 1, nr. 2.\n\nDerfor får du ikke en elektrisk plejeseng\n\n"
                   "- Ved besøget kom du selv ind og ud af sengen, da vi havde sat sengebøjlen på.\n"
                   "- Du kan selv vende dig i sengen.\n\nVi har noteret, at du gerne vil kunne hæve hovedgærdet.\n\n" + kGuidance,
                   "Afgørelse om plejeseng");
    CHECK(why.elements.reasoning());
    CHECK(why.elements.citizen.found);
}

TEST_CASE("decided items carry the quantity decided and, paired by the help, the quantity applied for") {
    auto a = run("Du søgte om rengøring hver uge og 4 timers ledsagelse om måneden, fordi din datter er flyttet. "
                 "Du får rengøring hver 14. dag efter servicelovens § 83, stk. 1, nr. 2. "
                 "Du får 3 timers ledsagelse om måneden efter servicelovens § 97.",
                 "Afgørelse om praktisk hjælp og ledsagelse");
    REQUIRE(a.elements.items.size() == 2);
    CHECK(a.elements.items[0].applied == "hver uge");
    CHECK(a.elements.items[0].decided == "hver 14. dag");
    CHECK(a.elements.items[0].outcome == legal::Outcome::delvis);
    CHECK(a.elements.items[1].applied == "4 timers ledsagelse om måneden");
    CHECK(a.elements.items[1].decided == "3 timers ledsagelse om måneden");
    CHECK(std::string(outcome(a)) == "delvis");
    // Near miss: the figures of the application's reason are not what was applied for, and a grant
    // "som du har søgt om" is no application sentence.
    auto b = run("Du har søgt om at få dækket tabt arbejdsfortjeneste, fordi du er gået ned fra 37 til 30 timer om ugen. "
                 "Du får dækket tabt arbejdsfortjeneste for 7 timer om ugen efter barnets lov § 87, stk. 1.",
                 "Afgørelse om tabt arbejdsfortjeneste");
    REQUIRE_FALSE(b.elements.items.empty());
    CHECK(b.elements.items[0].applied.empty());
    CHECK(std::string(outcome(b)) == "bevilling");
}

TEST_CASE("blind-10/11 test halves and blind-14 dev, opened: '<kommune> imødekommer ikke', an earlier refusal upheld, a change to a smaller figure") {
    auto a = run("Holbæk Kommune imødekommer ikke ansøgningen om ophold i et længerevarende botilbud efter serviceloven § 108, stk. 1.\n\n" + kGuidance,
                 "Svar på din ansøgning om et længerevarende botilbud");
    CHECK(std::string(outcome(a)) == "afslag");
    // A reconsideration that upholds a refusal written in the past tense.
    auto b = run("Tak for jeres klage over vores afgørelse af 2. september 2026, hvor vi ikke bevilgede en specialklapvogn til Bertram "
                 "efter serviceloven § 112, stk. 1.\n\nVi har nu set på sagen igen, og vi fastholder afgørelsen.\n\n" + kGuidance,
                 "Vi har genvurderet sagen om specialklapvogn");
    CHECK(std::string(outcome(b)) == "afslag");
    // A change from 4 to 3 a day is a reduction; a change to a larger figure and the citizen's own
    // working hours are not.
    auto c = run("Afgørelse: Vi ændrer din bevilling af bleer fra 4 til 3 stk. pr. døgn efter servicelovens § 112, stk. 1.\n\n"
                 "Vi har lagt vægt på målingen af urinmængden.\n\n" + kGuidance,
                 "Afgørelse om inkontinenshjælpemidler");
    CHECK(std::string(outcome(c)) == "ophoer");
    auto d = run("Afgørelse: Vi ændrer din bevilling af bleer fra 3 til 4 stk. pr. døgn efter servicelovens § 112, stk. 1.\n\n" + kGuidance,
                 "Afgørelse om inkontinenshjælpemidler");
    CHECK(std::string(outcome(d)) != "ophoer");
    auto e = run("Du har søgt om at få dækket tabt arbejdsfortjeneste, så du kan gå ned i tid fra 32 til 24 timer om ugen. "
                 "Vi dækker det, du mister i løn, efter barnets lov § 87, stk. 1.\n\n",
                 "Afgørelse om tabt arbejdsfortjeneste");
    CHECK(std::string(outcome(e)) != "ophoer");
}

TEST_CASE("blind-14 dev, opened: a bare reasoning stays bare when the letter names the application it read and 'a samlet vurdering af sagens oplysninger'") {
    const std::string bare =
        "Vi har modtaget jeres ansøgning af 30. oktober 2024 om dækning af merudgifter til privat psykolog og kørsel til Noah. "
        "Vi har læst ansøgningen og jeres beskrivelse af Noahs hverdag og taget den med i vurderingen.\n\n"
        "Efter en samlet vurdering af sagens oplysninger er det kommunens vurdering, at Noahs vanskeligheder ikke har en karakter "
        "og et omfang, som giver ret til hjælp efter barnets lov § 86, stk. 1. Ansøgningen kan derfor ikke imødekommes.\n\n" + kGuidance;
    auto a = run(bare, "Svar på ansøgning om merudgifter");
    CHECK(std::string(outcome(a)) == "afslag");
    CHECK_FALSE(a.elements.reasoning());
    // Near miss: the application read with what it says is a fact the decision rests on.
    auto b = run("Vi har læst jeres ansøgning, hvor I skriver, at Noah kun kan gå 100 meter ad gangen.\n\n"
                 "Det er kommunens vurdering, at Noahs behov kan dækkes af en almindelig klapvogn. Ansøgningen kan derfor ikke imødekommes "
                 "efter barnets lov § 86, stk. 1.\n\n" + kGuidance,
                 "Svar på ansøgning om merudgifter");
    CHECK(b.elements.reasoning());
}

TEST_CASE("blind-10 test half, opened: a long reasoning under a question heading is no bare conclusion, even without cue phrases") {
    const std::string result = "Holbæk Kommune imødekommer ikke ansøgningen om ophold i et længerevarende botilbud efter serviceloven § 108, stk. 1.\n\n";
    const std::string heading = "Hvorfor kan du ikke få et længerevarende botilbud?\n\n";
    const std::string why =
        "Vi er enige med dig og din mor i, at din funktionsevne er betydeligt og varigt nedsat. Men dit behov har ikke et omfang, "
        "der kan betegnes som omfattende hjælp til almindelige daglige funktioner. Du klarer selv de fleste af dagens gøremål, når du "
        "har en plan, og den hjælp, du har brug for, er især støtte til struktur, økonomi og overblik. Det er den type hjælp, som "
        "støtten i eget hjem er beregnet til. De to perioder i efteråret 2023 blev klaret ved, at bostøtten kom ekstra i nogle uger. "
        "Det viser, at støtten i eget hjem kan tilpasses, når du har det svært, og derfor kan dit behov dækkes på anden vis.\n\n";
    auto a = run(result + heading + why + kGuidance, "Svar på din ansøgning om et længerevarende botilbud");
    CHECK(a.elements.reasoning());
    // Near miss: the same heading over one bare sentence.
    auto b = run(result + heading + "Du opfylder ikke betingelserne for et længerevarende botilbud.\n\n" + kGuidance,
                 "Svar på din ansøgning om et længerevarende botilbud");
    CHECK_FALSE(b.elements.reasoning());
}

TEST_CASE("blind-11 test half, opened: numbered subheadings ('6.1 Rengøring') go on with their section ('6. Afgørelse')") {
    const std::string letter =
        "5. Hvad er et rehabiliteringsforløb?\n\nEt rehabiliteringsforløb er et kort forløb, hvor du træner hverdagens opgaver.\n\n"
        "6. Afgørelse\n\n6.1 Rengøring og tøjvask\n\nDu får ikke hjælp til rengøring og tøjvask hver 2. uge på nuværende tidspunkt.\n\n"
        "6.2 Rehabiliteringsforløb\n\nI stedet får du et rehabiliteringsforløb på 8 uger fra den 2. september 2024 efter "
        "servicelovens § 83 a, stk. 1.\n\n7. Begrundelse\n\nVi har lagt vægt på, at ergoterapeuten vurderer, at kraften i din hånd "
        "kan forbedres med træning.\n\n" + kGuidance;
    auto a = run(letter, "Afgørelse på din ansøgning om praktisk hjælp");
    CHECK(std::string(outcome(a)) == "delvis");
    const auto& st = a.elements.structure;
    bool sub_in_result = false;
    for (std::size_t i = 0; i < a.text.paragraphs.size(); ++i) {
        const auto& p = a.text.paragraphs[i];
        if (a.text.text.substr(p.begin, p.end - p.begin) == "6.2 Rehabiliteringsforløb")
            sub_in_result = st.para_section[i] == structure::Section::result;
    }
    CHECK(sub_in_result);
}

TEST_CASE("blind-10/11 test halves, opened: conditions of the rule, other benefits ending, a past hearing and a shelved application") {
    // "… ikke kan dækkes på anden måde" is § 108's condition, met: a grant, not a partial one.
    auto a = run("Fredericia Kommune har besluttet, at Line får tilbud om ophold i et længerevarende botilbud efter serviceloven § 108, stk. 1.\n\n"
                 "Vi vurderer, at hendes behov ikke kan dækkes på anden måde end i et længerevarende botilbud.",
                 "Afgørelse om længerevarende botilbud");
    CHECK(std::string(outcome(a)) == "bevilling");
    // Another benefit that ends because of the grant ("…, som ophører …") is no stop.
    auto b = run("Ringsted Kommune har besluttet, at du skal have et ressourceforløb i 2 år efter lov om en aktiv beskæftigelsesindsats § 68 a. "
                 "Ydelsen afløser dit sygedagpengeforløb, som ophører den 31. oktober 2024.",
                 "Afgørelse om ressourceforløb");
    CHECK(std::string(outcome(b)) == "bevilling");
    // A decision that mentions the hearing it held is a decision, not a partshøring.
    auto c = run("Vi sendte sagens oplysninger og vores foreløbige vurdering til dig i partshøring den 13. januar 2025.\n\n"
                 "Odsherred Kommune bevilger ikke borgerstyret personlig assistance efter servicelovens § 96.\n\n" + kGuidance,
                 "Vedrørende din ansøgning om borgerstyret personlig assistance");
    CHECK(std::string(outcome(c)) == "afslag");
    // An application not handled to the end (sent on to the right municipality) or shelved is refused on procedure.
    auto d = run("Herlev Kommune behandler ikke din ansøgning færdig. Vi har sendt din ansøgning videre til Ballerup Kommune, "
                 "som er din handlekommune efter retssikkerhedslovens § 9, stk. 1.", "Det har vi besluttet");
    CHECK(std::string(outcome(d)) == "afslag");
}

TEST_CASE("blind-12/13 test halves, opened: 'i stedet for' the amount applied for is partial; the wrong figure of the past is no stop") {
    auto a = run("Du får derfor 200 kr. om måneden i stedet for de 250 kr., du har søgt om, efter servicelovens § 100, stk. 1.\n\n"
                 "Vi har lagt vægt på dine kvitteringer for taxa.\n\n" + kGuidance, "Afgørelse om merudgifter");
    CHECK(std::string(outcome(a)) == "delvis");
    auto b = run("Udgiften blev ikke overført til beregningen, og din ydelse blev derfor sat til 1.550 kr. i stedet for 1.790 kr. om måneden.",
                 "Vi har rettet en fejl i din merudgiftsydelse");
    CHECK(std::string(outcome(b)) != "ophoer");
    // Near miss: a new, smaller figure decided now is a reduction.
    auto c = run("Du får fremover 1.550 kr. i stedet for 1.790 kr. om måneden efter servicelovens § 100, stk. 1.\n\n" + kGuidance,
                 "Afgørelse om merudgifter");
    CHECK(std::string(outcome(c)) == "ophoer");
}

TEST_CASE("blind-12 test half, opened: a bulleted result item is read like running text by cues anchored at the sentence start") {
    auto a = run("Hvad har vi besluttet?\n\n- Mikkel får en fast kontaktperson i 5 timer om ugen.\n- Rasmus får ikke dækket tabt arbejdsfortjeneste.\n\n"
                 "Kontaktpersonen er en støttende indsats efter barnets lov § 32, stk. 1, nr. 3. Tabt arbejdsfortjeneste kan ikke dækkes "
                 "efter barnets lov § 87, fordi Mikkel går i skole hele dagen.\n\n" + kGuidance,
                 "Svar på jeres to ansøgninger om hjælp til Mikkel");
    CHECK(std::string(outcome(a)) == "delvis");
}

TEST_CASE("blind-12 test half, opened: 'Du klagede … over vores afgørelse' makes a reconsideration, whose missing parts are no fejl") {
    auto a = run("Du klagede den 24. juli 2026 over vores afgørelse af 3. juli 2026 om dækning af merudgifter efter servicelovens § 100, "
                 "stk. 1. Når vi får en klage, skal vi vurdere afgørelsen igen, før sagen går videre til Ankestyrelsen.\n\n"
                 "Du får derfor 200 kr. om måneden i stedet for de 250 kr., du har søgt om.",
                 "Vi har set på din sag igen efter din klage");
    CHECK(a.elements.reconsideration);
    CHECK(a.elements.checklist.at("legal_basis").status != legal::Status::missing);
}

TEST_CASE("blind-14 test half, opened: a table's decision column is read by its header, wherever it stands among the columns") {
    // The decision column in the middle ("Ydelse  Afgørelse  Periode"): one row refused, one granted instead.
    auto a = run("Visitationsudvalgets beslutning\n\nYdelse  Afgørelse  Periode\nLængerevarende botilbud, Birkelyhuset  Afslag  –\n"
                 "Midlertidigt botilbud, Vesterled  Bevilget  1. marts 2025 – 28. februar 2027\n\n"
                 "Det betyder, at du ikke kan få en plads på Birkelyhuset nu. Afslaget gives efter servicelovens § 108, stk. 1.\n\n" + kGuidance,
                 "Afgørelse fra Visitationsudvalget om botilbud");
    CHECK(std::string(outcome(a)) == "delvis");
    // Two decision columns: the newer one decides ("Afgørelse 15. september 2026  Ny afgørelse 5. november 2026").
    auto b = run("Vi fastholder afslaget på kørsel til ergoterapi.\n\nYdelse  Afgørelse 15. september 2026  Ny afgørelse 5. november 2026\n"
                 "Merudgifter til glutenfri kost  Afslag  Bevilget, 750 kr. om måneden fra 1. september 2026\n"
                 "Kørsel til privat ergoterapeut  Afslag  Afslag fastholdes – sendt til Ankestyrelsen\n\n"
                 "Udgiften dækkes efter barnets lovs § 86, stk. 1.\n\n" + kGuidance,
                 "Vi har set på din klage igen");
    CHECK(std::string(outcome(b)) == "delvis");
    // Near miss: the same table with only the old column, every row refused, stays a refusal.
    auto c = run("Vi fastholder afslaget.\n\nYdelse  Afgørelse 15. september 2026  Bemærkning\n"
                 "Merudgifter til glutenfri kost  Afslag  Ingen oplysninger om udgiften\n"
                 "Kørsel til privat ergoterapeut  Afslag  Tilbud i kommunen\n\n"
                 "Udgiften kan ikke dækkes efter barnets lovs § 86, stk. 1.\n\n" + kGuidance,
                 "Vi har set på din klage igen");
    CHECK(std::string(outcome(c)) == "afslag");
    // The cells are kept: the row is one paragraph, split at its column gaps.
    std::size_t rows = 0;
    for (const auto& p : a.text.paragraphs) {
        const auto cells = text::table_cells(a.text, p);
        if (cells.front().rfind("Længerevarende botilbud", 0) != 0) continue;
        ++rows;
        REQUIRE(cells.size() == 3);
        CHECK(cells[1] == "Afslag");
    }
    CHECK(rows == 1);
}

TEST_CASE("blind-15 dev half: an appendix that names a part of the letter is that part; a footnote mark ends no heading") {
    // "Bilag 1: Vurdering og beregning" holds the reasoning and what the citizen said, written out
    // of the cover letter.
    const std::string cover =
        "Greve Kommune kan ikke give dig merudgiftsydelse efter servicelovens § 100, stk. 1. Kommunens vurdering fremgår af "
        "bilag 1.\n\nMed venlig hilsen\n\nMikkel Svendsen\n\n";
    auto a = run(cover + "Bilag 1: Vurdering og beregning\n\nDu har på mødet den 3. oktober 2024 oplyst, at du holder 23 grader i stuen, "
                         "fordi du fryser.\n\n" + kGuidance,
                 "Afgørelse om merudgiftsydelse");
    CHECK(a.elements.citizen.found);
    // Near miss: an appendix of documents stays an appendix: what it says is not the letter's.
    auto b = run(cover + "Bilag 1: Lægeerklæring\n\nDu har over for lægen oplyst, at du holder 23 grader i stuen.\n\n" + kGuidance,
                 "Afgørelse om merudgiftsydelse");
    CHECK(!b.elements.citizen.found);
    // "… og tørretumbler.¹" under "Afgørelse" is the result sentence, not a heading.
    auto c = run("Afgørelse\n\nKøge Kommune kan ikke bevilge hjælp til vaskemaskine og tørretumbler.¹\n\nBegrundelse\n\nEn vaskemaskine er "
                 "almindeligt husholdningsudstyr, og vi har lagt vægt på, at der er et fællesvaskeri tæt på din bolig.\n\n"
                 "¹ Servicelovens § 100, stk. 1.\n\n" + kGuidance,
                 "Vedr.: Ansøgning om vaskemaskine");
    CHECK(std::string(outcome(c)) == "afslag");
    // A heading with a footnote mark stays a heading.
    auto d = run("Lovgrundlag¹\n\nDu får bevilget en rollator efter servicelovens § 112, stk. 1.\n\n¹ Se bilag.", "Afgørelse om rollator");
    CHECK(std::string(outcome(d)) == "bevilling");
}

TEST_CASE("blind-15 dev half: a disease that reduces the function is no reduction; 'Resumé' heads the result; 'Du svarede, at …'") {
    auto a = run("Du får 3.230 kr. om måneden i kompensationsydelse efter servicelovens § 100, stk. 1. Vi har lagt vægt på, at du har "
                 "Parkinsons sygdom, som varigt nedsætter din funktionsevne.",
                 "Afgørelse om kompensationsydelse");
    CHECK(std::string(outcome(a)) == "bevilling");
    // Near miss: the municipality reducing the help is a reduction.
    auto b = run("Vi nedsætter din hjælp til rengøring fra hver uge til hver 14. dag efter servicelovens § 83, stk. 1.\n\n" + kGuidance,
                 "Afgørelse om praktisk hjælp");
    CHECK(std::string(outcome(b)) == "ophoer");
    // A summary table under "Resumé" states the result: 6 hours applied for, 3 granted.
    auto c = run("Resumé\n\nEmne  Kort fortalt\nDu har søgt om  Socialpædagogisk støtte i eget hjem, 6 timer om ugen\n"
                 "Du får  3 timer om ugen, fordelt på 3 besøg\n\nVores vurdering\n\nVi har lagt vægt på, at du selv sagde på mødet, at "
                 "morgenerne er det sværeste. Afgørelsen er truffet efter servicelovens § 85, stk. 1.\n\n" + kGuidance,
                 "Afgørelse om socialpædagogisk støtte");
    CHECK(std::string(outcome(c)) == "delvis");
    auto d = run("Du får 1.050 kr. om måneden efter servicelovens § 100, stk. 1.\n\nDet har du sagt\n\nDu svarede den 29. august 2024, at du "
                 "stadig kører til din fysioterapeut i Holbæk.",
                 "Din merudgiftsydelse");
    CHECK(d.elements.citizen.found);
    // Near miss: what the municipality answered is no statement of the citizen.
    auto e = run("Du får 1.050 kr. om måneden efter servicelovens § 100, stk. 1. Vi svarede dig den 3. maj, at sagen var under behandling.",
                 "Din merudgiftsydelse");
    CHECK(!e.elements.citizen.found);
}

TEST_CASE("blind-15 dev half: a benefit 'i stedet for' the one that stops keeps the stop; a 'Dato:' field after the signature dates the letter") {
    auto a = run("Afgørelse\n\nDine sygedagpenge kan ikke forlænges. Udbetalingen af sygedagpenge stopper med udgangen af august 2025. I "
                 "jobafklaringsforløbet får du ressourceforløbsydelse i stedet for sygedagpenge.\n\n" + kGuidance,
                 "Revurdering af din ret til sygedagpenge");
    CHECK(std::string(outcome(a)) == "ophoer");
    // Near miss: other help instead of what was applied for is a partial grant.
    auto b = run("Afgørelse\n\nDin hjælp til rengøring stopper. Du får en manuel kørestol i stedet for den el-kørestol, du har søgt om, efter "
                 "servicelovens § 112, stk. 1.\n\n" + kGuidance,
                 "Afgørelse om hjælp");
    CHECK(std::string(outcome(b)) == "delvis");
    // The date stands only in the fine-print line after the signature.
    auto letter = [](const std::string& field) {
        return "Lejre Kommune\nBørn og Familie\n\nDin tabte arbejdsfortjeneste stopper\n\nKære Camilla\n\nVi stopper din tabte "
               "arbejdsfortjeneste med udgangen af august 2026.\n\nMed venlig hilsen\n\nBirgitte Holm\n\n" + field +
               " · Sagsnr.: 23-20741 · Lovgrundlag: serviceloven § 42\n";
    };
    auto c = analyse_document(extract::extract_text(letter("Dato: 10. juni 2026"), "case.txt"));
    auto date_missing = [](const Analysis& x) {
        return std::any_of(x.findings.begin(), x.findings.end(), [](const Finding& f) { return f.rule == "legal-date-missing"; });
    };
    CHECK(!date_missing(c));
    // With the date known, serviceloven § 42 is outdated for a 2026 decision about a child.
    CHECK(std::any_of(c.findings.begin(), c.findings.end(), [](const Finding& f) { return f.rule == "legal-ref-outdated"; }));
    // Near miss: the date of the application is not the letter's.
    auto d = analyse_document(extract::extract_text(letter("Ansøgningsdato: 10. juni 2026"), "case.txt"));
    CHECK(date_missing(d));
}

TEST_CASE("opened test halves: a letter that says it is no decision under its complaint heading; 'Svar på din henvendelse' answers questions") {
    // The self-declaration stands under "Kan du klage over dette svar?", read as appeal guidance.
    auto a = run("Du har i din mail bedt om en ny sagsbehandler. Det har vi imødekommet. Din nye sagsbehandler er Mads Thorsager.\n\n"
                 "Kan du klage over dette svar?\n\nDette brev er ikke en afgørelse. Det er et svar på din klage over en medarbejders "
                 "optræden, og det kan derfor ikke klages til Ankestyrelsen.",
                 "Svar på din klage over sagsbehandlerens optræden");
    CHECK(a.elements.scope.type != legal::DocType::afgoerelse);
    CHECK(std::string(outcome(a)) == "ikke-afgoerelse");
    auto b = run("Du bliver boende på herberget indtil videre.\n\nDet her brev er ikke en afgørelse. Det er bare et referat, så vi husker det samme.",
                 "Referat af vores møde");
    CHECK(std::string(outcome(b)) == "ikke-afgoerelse");
    // Near miss: guidance that speaks of "denne afgørelse" keeps a decision a decision.
    auto c = run("Du får bevilget en ny sagsbehandler efter servicelovens § 83, stk. 1.\n\n" + kGuidance, "Afgørelse om din sag");
    CHECK(c.elements.scope.type == legal::DocType::afgoerelse);
    // "Svar på din henvendelse om …" answers questions; the rule it explains decides nothing.
    auto d = run("Tak for din mail. Du spørger, om du selv skal betale for at få lappet et dæk på din el-kørestol. Din el-kørestol er "
                 "udlånt af kommunen. Det betyder, at kommunen betaler for reparation, så længe skaden er sket ved almindelig brug.",
                 "Svar på din henvendelse om reparation af din el-kørestol");
    CHECK(std::string(outcome(d)) == "ikke-afgoerelse");
    // Near miss: "Svar på din ansøgning" is a decision.
    auto e = run("Du får bevilget en ny el-kørestol efter servicelovens § 112, stk. 1.\n\n" + kGuidance,
                 "Svar på din ansøgning om en el-kørestol");
    CHECK(std::string(outcome(e)) == "bevilling");
}

TEST_CASE("opened test halves: 'giver dig afslag' grants nothing; a law named in a second subject line quotes nothing; 'Ansøger oplyste'") {
    CHECK(std::string(outcome(run("Aarhus Kommune giver dig afslag på borgerstyret personlig assistance efter servicelovens § 96, stk. 1.\n\n" +
                                  kGuidance))) == "afslag");
    // Near miss: "giver dig" a help is a grant.
    CHECK(std::string(outcome(run("Aarhus Kommune giver dig hjælp til rengøring hver 14. dag efter servicelovens § 83, stk. 1.\n\n" +
                                  kGuidance))) == "bevilling");
    // A court-ruling letter in the third person: its first heading names the law; the numbered
    // parts below are the letter's own text, not quoted law.
    auto a = run("Ansøgning om beskyttet beskæftigelse efter servicelovens § 103\n\n1. Sagsfremstilling\n\n1.1 Ansøger er 29 år og bor alene. "
                 "Ansøger oplyste, at han oplever jobcentrets forløb som et pres.\n\n2. Retsgrundlag\n\n2.1 Kommunen skal efter "
                 "servicelovens § 103, stk. 1, tilbyde beskyttet beskæftigelse til personer, som ikke kan opnå beskæftigelse på normale vilkår.\n\n"
                 "3. Visitationsenhedens vurdering\n\n3.1 Visitationsenheden lægger afgørende vægt på, at ansøger netop er startet i et "
                 "ressourceforløb, som er tilrettelagt med lavt timetal.\n\n4. Afgørelse\n\n4.1 Ansøgningen om beskyttet beskæftigelse efter "
                 "servicelovens § 103, stk. 1, imødekommes ikke.\n\n5. Klagevejledning\n\n5.1 Afgørelsen kan påklages til Ankestyrelsen. Klagen "
                 "skal sendes til kommunen og skal være modtaget senest 4 uger efter, at afgørelsen er modtaget. Kommunen genvurderer "
                 "afgørelsen, og fastholdes den, sendes klagen videre til Ankestyrelsen.",
                 "AFGØRELSE");
    CHECK(std::string(outcome(a)) == "afslag");
    CHECK(a.elements.appeal.present);
    CHECK(a.elements.citizen.found);
    // Near miss: a doctor's words are not the citizen's.
    auto b = run("Du får afslag på en el-scooter efter servicelovens § 112, stk. 1. Lægen oplyste, at borgeren kan gå 200 meter.");
    CHECK(!b.elements.citizen.found);
}

TEST_CASE("opened test halves: 'med de undtagelser' is partial; an 'Ansøgt  Bevilget' table that grants something else is partial") {
    CHECK(std::string(outcome(run("Afgørelse\n\nDu får aktindsigt i sagen med de undtagelser, der er nævnt nedenfor. Afgørelsen er truffet efter "
                                  "forvaltningslovens § 9, stk. 1.",
                                  "Afgørelse om aktindsigt"))) == "delvis");
    // Near miss: exceptions named without "med … undtagelser" leave a grant whole.
    CHECK(std::string(outcome(run("Afgørelse\n\nDu får bevilget hjælp til rengøring hver 14. dag efter servicelovens § 83, stk. 1. Der gælder "
                                  "nogle undtagelser for hovedrengøring, som du kan læse om i pjecen.",
                                  "Afgørelse om praktisk hjælp"))) == "bevilling");
    auto table = [](const std::string& granted) {
        return run("Vi har behandlet din ansøgning om en el-kørestol.\n\nResultat\n\nAnsøgt  Bevilget\nEl-kørestol, inde/ude  " + granted +
                       "\n\nBegrundelse\n\nVi har lagt vægt på, at du kan køre en manuel kørestol med hjælpemotor. Afgørelsen er truffet efter "
                       "servicelovens § 112, stk. 1.\n\n" + kGuidance,
                   "Afgørelse – kørestol");
    };
    CHECK(std::string(outcome(table("Manuel kørestol med elektrisk hjælpemotor, udlån"))) == "delvis");
    CHECK(std::string(outcome(table("El-kørestol, inde/ude (udlån)"))) == "bevilling");
    CHECK(std::string(outcome(table("–"))) == "afslag");
}

TEST_CASE("opened test halves: a 'Du søgte om  Du får' table with fewer days than applied for is partial, not a reduction") {
    auto letter = [](const std::string& granted) {
        return run("Vi har nu behandlet din ansøgning om et aktivitets- og samværstilbud på Dagcentret Ådalen.\n\nHvad har vi besluttet?\n\n"
                   "Ydelse  Du søgte om  Du får  Fra\nAktivitets- og samværstilbud  5 dage om ugen  " + granted + "  1. juli 2024\n"
                   "Kørsel til og fra dagcentret  Kørsel alle hverdage  Kørsel alle hverdage  1. juli 2024\n\n"
                   "Du får altså plads " + granted + (granted[0] == '3' ? " i stedet for 5 dage" : "") +
                       ". Afgørelsen er truffet efter servicelovens § 104.\n\n" + kGuidance,
                   "Du har fået svar på din ansøgning");
    };
    CHECK(std::string(outcome(letter("3 dage om ugen"))) == "delvis");
    CHECK(std::string(outcome(letter("5 dage om ugen"))) == "bevilling");
}

TEST_CASE("opened test halves: 'tilbydes en … uddannelse' grants; with the wished place refused it is partial") {
    auto a = run("Afgørelse\n\nDen unge tilhører målgruppen og tilbydes en 3-årig særligt tilrettelagt ungdomsuddannelse, jf. STU-lovens § 2, stk. 1. "
                 "Uddannelsen placeres på STU Høje-Taastrup. Den unges ønske om at gennemføre uddannelsen på Ådalens STU i Roskilde "
                 "imødekommes ikke.",
                 "Vedr.: Særligt tilrettelagt ungdomsuddannelse (STU)");
    CHECK(std::string(outcome(a)) == "delvis");
    // Near miss: a place that "kan tilbydes" on a condition grants nothing; the refusal stands.
    auto b = run("Afgørelse\n\nDin ansøgning om en plads på Ådalens STU imødekommes ikke. Du kan tilbydes en plads på STU Høje-Taastrup, hvis du "
                 "ønsker det.",
                 "Vedr.: Særligt tilrettelagt ungdomsuddannelse (STU)");
    CHECK(std::string(outcome(b)) == "afslag");
}

TEST_CASE("opened sets: 'fordi du ikke opfylder betingelserne' repeats the conclusion; it is no reasoning") {
    auto a = run("Du ringede den 19. august 2025 og søgte om nødkald. Du fortalte, at du er blevet utryg ved at være alene om natten.\n\n"
                 "Vi har behandlet ansøgningen efter ældrelovens § 10. Du får ikke nødkald, fordi du ikke opfylder betingelserne.\n\n" + kGuidance,
                 "Svar på din ansøgning om nødkald");
    CHECK(!a.elements.reasoning());
    CHECK(std::any_of(a.findings.begin(), a.findings.end(),
                      [](const Finding& f) { return f.rule == "legal-reasoning-missing" || f.rule == "legal-reasoning-bare"; }));
    // Near miss: a reason of the case after "fordi" is reasoning.
    auto b = run("Du ringede den 19. august 2025 og søgte om nødkald. Du fortalte, at du er blevet utryg ved at være alene om natten.\n\n"
                 "Vi har behandlet ansøgningen efter ældrelovens § 10. Du får ikke nødkald, fordi du bor sammen med din datter, som kan "
                 "tilkalde hjælp om natten.\n\n" + kGuidance,
                 "Svar på din ansøgning om nødkald");
    CHECK(b.elements.reasoning());
}

TEST_CASE("blind-15 test half, opened: 'X Kommune har truffet følgende afgørelse:' heads the result, so its 'Ansøgt  Bevilget' table is read") {
    const std::string table =
        "Ydelse  Ansøgt  Bevilget  Bestemmelse\n"
        "Socialpædagogisk støtte  15 timer pr. uge  9 timer pr. uge  Serviceloven § 85, stk. 1\n"
        "Ledsagelse  15 timer pr. måned  15 timer pr. måned  Serviceloven § 97, stk. 1\n\n";
    auto a = run("Du har den 2. maj 2025 søgt om hjælp efter serviceloven.\n\nAarhus Kommune har truffet følgende afgørelse:\n\n" + table +
                     kGuidance,
                 "Afgørelse om støtte efter serviceloven");
    CHECK(std::string(outcome(a)) == "delvis");
    // Near miss: every row granted as applied for.
    std::string all = table;
    all.replace(all.find("9 timer pr. uge"), 15, "15 timer pr. uge");
    auto b = run("Du har den 2. maj 2025 søgt om hjælp efter serviceloven.\n\nAarhus Kommune har truffet følgende afgørelse:\n\n" + all,
                 "Afgørelse om støtte efter serviceloven");
    CHECK(std::string(outcome(b)) == "bevilling");
}

TEST_CASE("blind-15 test half, opened: 'Det må du.' answers the question the citizen asked; a third person's benefit granted and refused") {
    auto a = run("Du har spurgt, om du må beholde Kasper som kontaktperson, når du fylder 18 år. Det må du. "
                 "Det er besluttet efter barnets lov § 115.",
                 "Din kontaktperson");
    CHECK(std::string(outcome(a)) == "bevilling");
    auto no = run("Du har spurgt, om du må beholde Kasper som kontaktperson, når du fylder 18 år. Det må du ikke. "
                  "Det er besluttet efter barnets lov § 115.\n\n" + kGuidance,
                  "Din kontaktperson");
    CHECK(std::string(outcome(no)) == "afslag");
    auto b = run("Hvad har vi besluttet?\n\nDin mor får udvidet helbredstillæg på 12.580 kr. til tandprotesen.\n\n"
                 "Din mor får ikke personligt tillæg til den resterende egenbetaling på 2.220 kr.\n\n" + kGuidance,
                 "Helbredstillæg og personligt tillæg");
    CHECK(std::string(outcome(b)) == "delvis");
}

TEST_CASE("blind-15 test half, opened: a son of 24 is no child; barnets lov named for earlier help after the 18th birthday makes no child case") {
    auto a = run("Du søger om aflastning, så du kan få pauser fra at passe din søn, Mathias på 24 år, som bor hjemme hos dig.",
                 "Vi har modtaget din ansøgning om aflastning");
    CHECK_FALSE(a.elements.child);
    auto young = run("Du søger om aflastning, så du kan få pauser fra at passe din søn, Mathias på 8 år, som bor hjemme hos dig.",
                     "Vi har modtaget din ansøgning om aflastning");
    CHECK(young.elements.child);
    auto b = run("Du fyldte 18 år den 20. marts 2026. Indtil da fik dine forældre dækket merudgifter til dig efter barnets lov § 86.\n\n"
                 "Du får dækket merudgifter på 650 kr. om måneden efter servicelovens § 100, stk. 1.",
                 "Afgørelse om merudgifter", "3. juni 2026");
    CHECK_FALSE(b.elements.child);
    // Near miss: the same help granted now under barnets lov is a child case.
    auto c = run("Jeres søn får dækket merudgifter på 650 kr. om måneden efter barnets lov § 86.", "Afgørelse om merudgifter",
                 "3. juni 2026");
    CHECK(c.elements.child);
}

TEST_CASE("blind-15 test half, opened: the citizen's wish beside the application is no fact of the case; a signature block read as one paragraph closes the letter") {
    const std::string bare =
        "Du søgte den 27. november 2025 om en trappelift. Du skriver, at du gerne vil blive boende.\n\n"
        "Vi har behandlet ansøgningen. Du opfylder ikke betingelserne for hjælp til boligindretning i serviceloven § 116, stk. 1. "
        "Vi kan derfor ikke bevilge en trappelift.\n\n" + kGuidance + "\n\nVenlig hilsen\nRikke Toft Nissen\nVisitator";
    auto a = run(bare, "Afgørelse – trappelift");
    CHECK(std::string(outcome(a)) == "afslag");
    CHECK_FALSE(a.elements.reasoning());
    // Near miss: what the citizen told of her condition is a fact the assessment rests on (a fact
    // beside a bare conclusion and its "derfor" alone would still be bare: see the blind-16 case below).
    auto b = run("Du søgte den 27. november 2025 om en trappelift. Du skriver, at du ikke kan gå på trapper uden at falde.\n\n"
                 "Vi har behandlet ansøgningen. Vi vurderer, at du kan komme sikkert op ad trappen, når der sidder gelænder på begge sider. "
                 "Vi kan derfor ikke bevilge en trappelift efter serviceloven § 116, stk. 1.\n\n" + kGuidance,
                 "Afgørelse – trappelift");
    CHECK(b.elements.reasoning());
}

TEST_CASE("blind-16 dev half: 'Du har fået ja til …' grants; a 'Det har vi set på  Det har vi besluttet' table is read by its decision column") {
    auto a = run("Du har fået ja til ledsagelse 15 timer om måneden efter servicelovens § 97, stk. 1, fra 1. december 2024.",
                 "Din ansøgning om ledsagelse");
    CHECK(std::string(outcome(a)) == "bevilling");
    auto b = run("Det har vi set på  Det har vi besluttet\n"
                 "Kan din støtte forlænges?  Ja. Du får forlænget din støtte.\n"
                 "Hvilken regel bruger vi?  Servicelovens § 85, stk. 1\n",
                 "Din støtte bliver forlænget");
    CHECK(std::string(outcome(b)) == "bevilling");
    // Near miss: the same table answering no.
    auto c = run("Det har vi set på  Det har vi besluttet\n"
                 "Kan din støtte forlænges?  Nej. Din støtte stopper.\n"
                 "Hvilken regel bruger vi?  Servicelovens § 85, stk. 1\n\n" + kGuidance,
                 "Om din støtte");
    CHECK(std::string(outcome(c)) != "bevilling");
}

TEST_CASE("blind-16 dev half: a bare conclusion stays bare after 'derfor', under a 'Begrundelse:' label, and beside the citizen's own 'fordi'") {
    const std::string applied =
        "Du oplyser i ansøgningen, at du har sclerose og bruger kørestol, og at du har ekstra udgifter til taxa, fordi du ikke "
        "længere kan køre bil om aftenen.\n\n";
    auto a = run(applied + "Afgørelse\n\nDu opfylder ikke betingelserne for at få dækket merudgifter efter servicelovens § 100, stk. 1.\n\n"
                           "Du får derfor afslag på din ansøgning.\n\n" + kGuidance,
                 "Afgørelse vedr. merudgifter");
    CHECK(std::string(outcome(a)) == "afslag");
    CHECK_FALSE(a.elements.reasoning());
    auto b = run("Afgørelse: Afslag.\n\nLovgrundlag: Lov om social service § 113, stk. 1.\n\n"
                 "Begrundelse: Du opfylder ikke betingelserne for at få hjælp til forbrugsgoder efter servicelovens § 113, stk. 1.\n\n" +
                     kGuidance,
                 "Ansøgning om tilskud til robotstøvsuger");
    CHECK_FALSE(b.elements.reasoning());
    // Near miss: the rule's scope stated and the citizen's facts set against it is a reasoning.
    auto c = run(applied + "Du opfylder ikke betingelserne for at få dækket merudgifter efter servicelovens § 100, stk. 1. "
                           "Ordningen er for personer, der har udgifter, som andre på samme alder ikke har. Vi har lagt vægt på, "
                           "at taxaturene erstatter kørsel i egen bil.\n\n" + kGuidance,
                 "Afgørelse vedr. merudgifter");
    CHECK(c.elements.reasoning());
}

TEST_CASE("blind-16 dev half: 'Afgørelsen er truffet efter servicelovens § 112' decides the area when another sector's law is named beside it") {
    auto a = run("Liva får en Roger On og to modtagere. Hun får ikke en fast bordmikrofon.\n\n"
                 "Hvilke regler bygger afgørelsen på?\n\nAfgørelsen er truffet efter servicelovens § 112, stk. 1, nr. 1 og 2, om "
                 "hjælpemidler. Sektoransvaret for undervisningsmidler følger af folkeskolelovens § 3, stk. 2, og § 20, stk. 2.\n\n" +
                     kGuidance,
                 "Afgørelse om hjælpemidler til Liva");
    CHECK(a.elements.scope.area == legal::Area::social);
    CHECK(a.elements.scope.area_certain);
    // Near miss: the decision taken under folkeskoleloven with serviceloven named beside it.
    auto b = run("Liva får ikke befordring til skolen.\n\nHvilke regler bygger afgørelsen på?\n\nAfgørelsen er truffet efter "
                 "folkeskolelovens § 26, stk. 1. Hjælpemidler efter servicelovens § 112, stk. 1, og § 113 kan søges særskilt.",
                 "Afgørelse om befordring");
    CHECK(b.elements.scope.area == legal::Area::other);
}

TEST_CASE("blind-16 test half, opened: the earlier grant that a new grant replaces is no stop; 'Ankestyrelsen skal have modtaget din klage senest 4 uger efter …' states the deadline") {
    auto a = run("Vi har nu set på sagen igen, og I får medhold i jeres klage.\n\nDet har vi besluttet\n\n"
                 "Silje får bevilget én paryk af ægte hår om året, til en pris på op til 9.800 kr. Bevillingen gælder fra i dag. "
                 "Den tidligere bevilling til en kunsthårsparyk bortfalder.",
                 "Vi har set på jeres klage igen");
    CHECK(std::string(outcome(a)) == "bevilling");
    // Near miss: the earlier grant lapses with nothing granted instead.
    auto b = run("Den tidligere bevilling til en kunsthårsparyk bortfalder, fordi Silje ikke længere bruger paryk.\n\n" + kGuidance,
                 "Om Siljes paryk");
    CHECK(std::string(outcome(b)) == "ophoer");
    auto c = run("Du får afslag på hjælp til rengøring efter servicelovens § 83, stk. 1, fordi din ægtefælle kan gøre rent.\n\n"
                 "Klagevejledning\n\nDu kan klage over afgørelsen. Klagen skal sendes direkte til Ankestyrelsen. Ankestyrelsen skal have "
                 "modtaget din klage senest 4 uger efter, at du har fået denne afgørelse.",
                 "Afgørelse om rengøring");
    REQUIRE(c.elements.appeal.deadline);
    CHECK(*c.elements.appeal.deadline == "4 uger");
}

TEST_CASE("child case: the person the letter is about, named in the subject or the result, linked to a child elsewhere") {
    // blind-16 q4-02: the age stands in the summary of the application, the name in the subject.
    std::string alma = "Kalundborg Kommune\nHjælpemidler\n\n17. september 2024\n\nSvar på jeres ansøgning om hjælpemidler til Alma\n\n"
                       "Kære Marianne og Jesper\n\nAlma får en badestol med tilt efter servicelovens § 112, stk. 1.\n\nHvad har I søgt om?\n\n"
                       "I søgte den 24. juni 2024 om tre hjælpemidler til jeres datter Alma, som er 11 år og har spinal muskelatrofi.\n";
    CHECK(analyse_document(extract::extract_text(alma, "a.txt")).elements.child);
    // blind-16 q4-03: "Emil er under 10 år".
    std::string emil = "Odsherred Kommune\n\n8. januar 2025\n\nEmne: Emil får nye ortopædiske sko\n\nKære Camilla\n\nTak for din ansøgning "
                       "af 18. december 2024, hvor du skriver, at Emils sko er blevet for små.\n\nVi bevilger et par nye ortopædiske sko "
                       "til Emil efter servicelovens § 112, stk. 1. Vi har noteret os dit ønske. Emil er under 10 år, så du skal ikke betale egenbetaling.\n";
    CHECK(analyse_document(extract::extract_text(emil, "b.txt")).elements.child);
    // Near misses: the named person is a grown-up son; a child named beside the adult the decision is about.
    std::string adult = "Kalundborg Kommune\nHjælpemidler\n\n17. september 2024\n\nSvar på din ansøgning om hjælpemidler til Mathias\n\n"
                        "Kære Marianne\n\nMathias får en badestol med tilt efter servicelovens § 112, stk. 1.\n\nHvad har du søgt om?\n\n"
                        "Du søgte den 24. juni 2024 om en badestol til din søn Mathias, som er 24 år og har spinal muskelatrofi.\n";
    CHECK_FALSE(analyse_document(extract::extract_text(adult, "c.txt")).elements.child);
    std::string parent = "Middelfart Kommune\nVoksenservice\n\n4. februar 2025\n\nSvar på jeres ansøgning om aflastning til Birgitte\n\n"
                         "Kære Birgitte og Jens Ove\n\nBirgitte får aflastning for Jens Ove i 2 døgn hver 4. uge efter serviceloven § 84, stk. 1.\n\n"
                         "I fortalte også, at jeres datter Freja på 14 år savner, at familien kan lave noget sammen. Freja er 14 år.\n";
    CHECK_FALSE(analyse_document(extract::extract_text(parent, "d.txt")).elements.child);
}

TEST_CASE("document type: a letter in which nothing decides and no guidance stands is an uncertain non-decision") {
    // blind-12 k2-14: a meal supplier's new prices and menu; blind-12 k1-03: a repair note.
    auto prices = run("Vi skriver til dig, fordi du får mad leveret fra Kronjyllands Madservice. Fra 1. januar 2026 koster en "
                      "hovedret 62 kr. Du betaler som før via din månedlige regning. Du skal ikke gøre noget.",
                      "Nyt fra din madservice – priser og menu 2026");
    CHECK(std::string(outcome(prices)) == "ikke-afgoerelse");
    CHECK_FALSE(prices.elements.scope.type_certain);
    CHECK(prices.elements.checklist.scope_note.find("ikke er sikkert, at brevet er en afgørelse") != std::string::npos);
    // Near miss: the same letter with appeal guidance is not called a non-decision.
    auto guided = run("Vi skriver til dig, fordi du får mad leveret fra Kronjyllands Madservice. Fra 1. januar 2026 koster en "
                      "hovedret 62 kr.\n\n" + kGuidance,
                      "Nyt fra din madservice – priser og menu 2026");
    CHECK(std::string(outcome(guided)) != "ikke-afgoerelse");
}

TEST_CASE("outcome: less granted than applied for with an adjective before the unit; 'Vi holder fast i afslaget'") {
    // blind-7 e4-13: "98 aktive timer" granted, "168 aktive timer" applied for.
    CHECK(std::string(outcome(run("Vi bevilger dig borgerstyret personlig assistance med 98 aktive timer om ugen efter servicelovens § 96, "
                                  "stk. 1. Du har søgt om 168 aktive timer om ugen."))) == "delvis");
    // Near miss: as many hours as applied for.
    CHECK(std::string(outcome(run("Vi bevilger dig borgerstyret personlig assistance med 168 aktive timer om ugen efter servicelovens § 96, "
                                  "stk. 1. Du har søgt om 168 aktive timer om ugen."))) == "bevilling");
    // blind-12 k5-12: one item granted, the refusal of the other upheld.
    CHECK(std::string(outcome(run("Hvad er resultatet?\n\n- El-scooter: Du får en el-scooter efter servicelovens § 112.\n"
                                  "- Overdækket skur med strøm: Vi holder fast i afslaget.",
                                  "Vi har set på din sag igen"))) == "delvis");
}

TEST_CASE("bare reasoning: an assessment whose whole content is the bare conclusion; a sentence naming only the rule assessed under") {
    // blind-16 q4-11
    auto a = run("Sorø Kommune skal hermed meddele, at der ikke ydes tilskud til den ansøgte cykel. Kommunen har vurderet sagen og "
                 "finder, at betingelserne for at yde støtte til forbrugsgoder efter servicelovens § 113, stk. 1, ikke er opfyldt i "
                 "Deres tilfælde.\n\n" + kGuidance);
    CHECK_FALSE(a.elements.reasoning());
    // blind-17 r2-07
    auto b = run("Tak for din ansøgning om aflastning. Vi har vurderet ansøgningen efter servicelovens § 84, stk. 1. Anders opfylder "
                 "ikke betingelserne for aflastning. Vi har forståelse for, at du har brug for pauser, men det kan ikke ændre "
                 "vurderingen. Vi giver derfor afslag.\n\n" + kGuidance);
    CHECK_FALSE(b.elements.reasoning());
    // Near misses: the assessment names a fact of the case; the rule sentence goes on to a finding.
    auto c = run("Sorø Kommune skal hermed meddele, at der ikke ydes tilskud til den ansøgte cykel. Kommunen har vurderet sagen og "
                 "finder, at betingelserne ikke er opfyldt, fordi en trehjulet cykel er et almindeligt forbrugsgode, som De kan "
                 "købe i en almindelig forretning.\n\n" + kGuidance);
    CHECK(c.elements.reasoning());
    auto d = run("Vi har vurderet ansøgningen efter servicelovens § 84, stk. 1, og vi vurderer, at Anders' far kan passe ham om "
                 "natten, fordi han selv har fortalt, at han sover godt. Vi giver derfor afslag.\n\n" + kGuidance);
    CHECK(d.elements.reasoning());
}

TEST_CASE("bare reasoning: the citizen's statement noted and set aside unweighed is no fact the decision rests on") {
    // blind-16 q3-03
    const std::string lead = "Afgørelse\n\nHaderslev Kommune giver afslag på din ansøgning.\n\nBegrundelse\n\nAfgørelsen er truffet efter lov "
                             "om social service § 102. Haderslev Kommune har vurderet, at du ikke er omfattet af personkredsen for "
                             "servicelovens § 102, og at betingelserne for at yde særlig behandling ikke er opfyldt. Kommunen har noteret "
                             "sig dine bemærkninger i ansøgningen om, at du har haft god effekt af træningen tidligere, og at du ønsker at "
                             "fortsætte. ";
    auto a = run(lead + "Dette kan imidlertid ikke føre til et andet resultat.\n\n" + kGuidance, "Vedr.: Ansøgning om særlig behandling");
    CHECK_FALSE(a.elements.reasoning());
    // Near miss: the statement weighed ("Vi har lagt vægt på") is reasoning.
    auto b = run(lead + "Vi har lagt vægt på, at træningen hos ParkinsonFys ligner den, du kan få på kommunens hold.\n\n" + kGuidance,
                 "Vedr.: Ansøgning om særlig behandling");
    CHECK(b.elements.reasoning());
}

TEST_CASE("bare reasoning: 'Der er ikke grundlag for at yde …' and 'ikke et behov, som kan bevilges efter …' restate the rule; a named source is no fact") {
    // blind-4 c2-12
    auto a = run("Der har været afholdt hjemmebesøg den 14. august 2024. Der er ikke grundlag for at yde hjælp til den ansøgte "
                 "boligindretning efter servicelovens § 116, stk. 1. Ansøgningen imødekommes derfor ikke.\n\n" + kGuidance);
    CHECK_FALSE(a.elements.reasoning());
    // blind-3 b1-11
    auto b = run("Du får ikke genoptræning.\n\nBegrundelse\n\nVi har taget det, du har fortalt, med i vores vurdering. Vi vurderer, at "
                 "du ikke har et behov for genoptræning, som kan bevilges efter servicelovens § 86, stk. 1.\n\n" + kGuidance);
    CHECK_FALSE(b.elements.reasoning());
    // Near misses: the same conclusions with a reason of the case.
    auto c = run("Der er ikke grundlag for at yde hjælp til den ansøgte boligindretning efter servicelovens § 116, stk. 1, fordi "
                 "larmen fra naboen ikke skyldes din funktionsnedsættelse. Ansøgningen imødekommes derfor ikke.\n\n" + kGuidance);
    CHECK(c.elements.reasoning());
    auto d = run("Du får ikke genoptræning.\n\nBegrundelse\n\nVi vurderer, at du ikke har et behov for genoptræning, da du efter "
                 "hofteoperationen går lige så godt som før, og da du selv har fortalt, at du klarer trapperne.\n\n" + kGuidance);
    CHECK(d.elements.reasoning());
}

TEST_CASE("blind-17 test half, opened after its measurement: a run-on guidance sentence; a footnote saying which rule a provision replaced") {
    // r5-05: the citizen's deadline before the forwarding clause of the same sentence.
    auto a = run("Din hjælp stopper den 1. juli 2025 efter servicelovens § 83.\n\nHvis du ikke er enig i at hjælpen stopper så kan du "
                 "klage, og så skal du skrive eller ringe til os i Visitationen inden 8 uger efter du har fået brevet, og så kigger vi på "
                 "afgørelsen igen og hvis vi holder fast i den så sender vi den videre til Ankestyrelsen som så tager stilling til det.");
    REQUIRE(a.elements.appeal.deadline);
    CHECK(*a.elements.appeal.deadline == "8 uger");
    // Near miss: the municipality's own forwarding deadline is no deadline for the citizen.
    auto b = run("Din hjælp stopper den 1. juli 2025 efter servicelovens § 83.\n\nDu kan klage over afgørelsen. Kommunen sender klagen "
                 "videre til Ankestyrelsen senest 4 uger efter, at vi har fået den.");
    CHECK_FALSE(b.elements.appeal.deadline);
    // r5-10: "Bestemmelsen afløste pr. 1. januar 2024 servicelovens § 42." names the former rule.
    auto c = run("Oliver er 9 år. Du får fortsat tabt arbejdsfortjeneste efter barnets lov § 87, stk. 1.¹\n\n¹ Barnets lov. Bestemmelsen "
                 "afløste pr. 1. januar 2024 servicelovens § 42.\n\n" + kGuidance);
    CHECK(c.elements.outdated.empty());
    auto d = run("Oliver er 9 år. Du får fortsat tabt arbejdsfortjeneste efter servicelovens § 42.\n\n" + kGuidance);
    CHECK_FALSE(d.elements.outdated.empty());
}

TEST_CASE("blind-17 test half, opened: a letter saying the complaint was sent on is an orientation; 'din klage over vores afslag' is history") {
    auto a = run("Vi modtog den 28. april 2025 din klage over vores afslag på støtte til køb af bil af 27. februar 2025. Det er ikke os, "
                 "men Ankestyrelsen, der afgør, om der kan ses bort fra, at klagen er kommet for sent. Ankestyrelsen skriver til dig, "
                 "når de har taget stilling.",
                 "Din klage er sendt til Ankestyrelsen");
    CHECK(std::string(outcome(a)) == "ikke-afgoerelse");
    // Near miss: a reconsideration that upholds the refusal decides.
    auto b = run("Vi modtog den 28. april 2025 din klage over vores afslag på støtte til køb af bil. Vi fastholder afslaget på "
                 "støtte til køb af bil efter servicelovens § 114, fordi du ikke har et betydeligt behov for kørsel.\n\n" + kGuidance,
                 "Genvurdering af din sag");
    CHECK(std::string(outcome(b)) == "afslag");
}

TEST_CASE("bare reasoning: 'Vi har set på sagen.' names no consideration; 'Vi har set på, om …' does") {
    // blind-7 e4-04
    auto a = run("Tak for din ansøgning af 2. juni 2025 om dækning af merudgifter efter servicelovens § 100. Vi har set på sagen. Du "
                 "opfylder ikke betingelserne for at få dækket merudgifter efter § 100, og vi kan derfor ikke give dig tilskud.\n\n" + kGuidance);
    CHECK_FALSE(a.elements.reasoning());
    auto b = run("Tak for din ansøgning af 2. juni 2025 om dækning af merudgifter efter servicelovens § 100. Vi har set på, om "
                 "udgifterne til medicin skyldes din fibromyalgi, og lægen skriver, at medicinen er almindelig smertestillende. Du "
                 "opfylder derfor ikke betingelserne, og vi kan ikke give dig tilskud.\n\n" + kGuidance);
    CHECK(b.elements.reasoning());
}

TEST_CASE("blind-18 dev half: per-item reasoning — a refused item under its own decision heading with only a bare conclusion is bare") {
    // blind-15 o5-14 (the class; blind-18's s1 letters decide several items each)
    const std::string granted =
        "Hvad har vi besluttet om aflastning?\n\nLucas får aflastning én weekend om måneden efter barnets lov § 32, stk. 1, nr. 7.\n\n"
        "Hvorfor?\n\nVi har lagt vægt på, at Lucas' behov for tæt voksenstøtte er steget, og at skolens udtalelse af 15. september "
        "2026 bekræfter, at han er meget træt efter skoledagen.\n\n";
    auto a = run(granted +
                     "Hvad har vi besluttet om tabt arbejdsfortjeneste?\n\nI får ikke dækning af tabt arbejdsfortjeneste. Der er ikke "
                     "grundlag for at bevilge tabt arbejdsfortjeneste, da betingelserne i barnets lov § 87 ikke er opfyldt.\n\n" + kGuidance,
                 "To afgørelser om hjælp til Lucas");
    CHECK(std::string(outcome(a)) == "delvis");
    CHECK_FALSE(a.elements.reasoning());
    CHECK(a.elements.reasoning_item_bare.found);
    // Near miss: the refused item gives its own consideration.
    auto b = run(granted +
                     "Hvad har vi besluttet om tabt arbejdsfortjeneste?\n\nI får ikke dækning af tabt arbejdsfortjeneste. Vi har lagt "
                     "vægt på, at Anne kan passe Lucas uden at gå ned i tid, fordi han nu er i skole til kl. 15.\n\n" + kGuidance,
                 "To afgørelser om hjælp til Lucas");
    CHECK(b.elements.reasoning());
    // Near miss: one reasoning for both items after the decisions — no item is judged on its own.
    // (The refused item first: the shared reasoning stands in the last block, not the bare one.)
    auto c = run("Afgørelse 1 – Ledsagelse\n\nDu får ikke ledsagelse. Du opfylder ikke betingelserne for ledsagelse.\n\n"
                 "Afgørelse 2 – Rollator\n\nDu får en rollator efter servicelovens § 112, stk. 1.\n\nBegrundelse\n\nVi har lagt vægt på, at du "
                 "kan gå 200 meter med rollator, og at du selv kan tage bussen til dine aktiviteter, som du fortalte ved "
                 "hjemmebesøget den 3. maj 2024.\n\n" + kGuidance);
    CHECK_FALSE(c.elements.reasoning_item_bare.found);
}

TEST_CASE("blind-18 dev half: a reply that refuses what the citizen asked, under the law, is an uncertain decision") {
    // blind-18 s1-09: "Svar på din henvendelse", the citizen's question quoted, "Nej, det kan vi ikke."
    auto a = run("Tak for din mail. Du spørger om to ting.\n\nKan merudgiftsydelsen sættes op, så den dækker mine nye ortopædiske sko?\n\n"
                 "Nej, det kan vi ikke. Ortopædisk fodtøj er et hjælpemiddel, og det er derfor reglerne om hjælpemidler, der skal "
                 "bruges. Reglerne står i servicelovens § 100, stk. 1, og § 112.",
                 "Svar på din henvendelse");
    CHECK(a.elements.scope.type == legal::DocType::afgoerelse);
    CHECK_FALSE(a.elements.scope.type_certain);
    CHECK(std::string(outcome(a)) == "afslag");
    // Near miss: a question about something else answered "Nej" in a reply that cites no law.
    auto b = run("Tak for din mail.\n\nSkal jeg selv betale for reparationen af min kørestol?\n\nNej, det skal du ikke. Kommunen "
                 "betaler, når skaden er sket ved almindelig brug.",
                 "Svar på din henvendelse om reparation");
    CHECK(std::string(outcome(b)) == "ikke-afgoerelse");
}

TEST_CASE("blind-18 dev half: outcome cues — a condition of the law, a decision lead-in, an earlier decision's field, 'begge dele som udlån'") {
    // blind-18 s1-07: reasoning first, "Kommunen har derfor besluttet følgende:" over a grant and a refusal.
    auto a = run("Om tandbehandlingen vurderer konsulenten, at behandlingen er nødvendig. Udgiften er rimeligt begrundet, og den "
                 "dækkes ikke efter andre regler. Om vaskemaskinen har kommunen lagt vægt på, at en vaskemaskine er almindeligt "
                 "indbo.\n\nKommunen har derfor besluttet følgende:\n\nDu får hjælp til tandbehandlingen med 9.450 kr.\n\nDu får ikke "
                 "hjælp til en ny vaskemaskine.\n\n" + kGuidance,
                 "Din ansøgning om hjælp til tandbehandling og vaskemaskine");
    CHECK(std::string(outcome(a)) == "delvis");
    // blind-18 s1-13: the field block of a reconsideration that changes a refusal into a full grant.
    auto b = run("Ydelse: Dækning af tabt arbejdsfortjeneste\nLovgrundlag: Barnets lov § 87, stk. 1\nTidligere afgørelse: 5. februar "
                 "2026, afslag\nNy afgørelse: Bevilget, 12 timer om ugen\n\nDen 20. februar 2026 klagede I over vores afslag. Vi "
                 "ændrer afgørelsen, så I får det, I har søgt om.",
                 "Vi har genvurderet sagen – I får medhold");
    CHECK(std::string(outcome(b)) == "bevilling");
    // blind-18 s1-14: "Du får begge dele som udlån" grants; with the second item refused it is partial.
    auto c = run("Hvad har vi besluttet?\n\nDu har søgt om to ting:\n\n- En rollator og en badebænk.\nDu får begge dele som udlån.\n\n"
                 "- Hjælp fra en bostøtte.\nDet får du ikke nu.\n\nHvorfor?\n\nAfgørelsen er truffet efter servicelovens § 112, stk. 1, og § 85.\n\n" + kGuidance,
                 "Svar på dine spørgsmål – og to afgørelser");
    CHECK(std::string(outcome(c)) == "delvis");
}

TEST_CASE("blind-18 dev half: the citizen's words set aside unweighed are no fact; 'efter din blodprop' is no citizen's statement") {
    // blind-18 s1-12: the application retold in the reasoning, then dismissed.
    const std::string head = "Afgørelse\n\nI får afslag på en specialautostol.\n\nBegrundelse\n\nVi har læst jeres ansøgning, hvor I skriver, "
                             "at Oscar ikke kan sidde roligt i en almindelig autostol, og at I kører ham til ergoterapeut tre gange om "
                             "ugen. Frederikssund Kommune vurderer, at betingelserne for at yde hjælp til en specialautostol ikke er "
                             "opfyldt. ";
    auto a = run(head + "Det I har skrevet, ændrer ikke ved vurderingen.\n\n" + kGuidance, "Afgørelse vedrørende Oscar – autostol");
    CHECK_FALSE(a.elements.reasoning());
    // Near miss: a fact of the letter's own stays when the citizen's words are set aside.
    auto b = run(head + "Ergoterapeutens afprøvning den 3. juni 2024 viste, at Oscar sidder sikkert i en almindelig autostol med "
                        "seleindlæg. Det I har skrevet, ændrer ikke ved vurderingen.\n\n" + kGuidance,
                 "Afgørelse vedrørende Oscar – autostol");
    CHECK(b.elements.reasoning());
    // blind-18 s2-03: "efter din blodprop" is the cause of a disability, not the citizen's view.
    auto c = run("Din personlige hjælp nedsættes fra 10 timer til 5 timer om ugen efter servicelovens § 83, stk. 1.\n\nBegrundelse\n\n"
                 "Af ergoterapeutens slutstatus fremgår, at du fortsat har nedsat kraft i venstre hånd efter din blodprop.\n\n" + kGuidance,
                 "Afgørelse efter revisitation");
    CHECK_FALSE(c.elements.citizen.found);
    // Near miss: the citizen's own reason for applying is their view.
    auto d = run("Du har søgt om 30 timer om ugen, fordi du gerne vil have fuld dag ligesom dine venner. Du får 20 timer om ugen "
                 "efter servicelovens § 103.\n\n" + kGuidance);
    CHECK(d.elements.citizen.found);
}

TEST_CASE("blind-18 dev half: the citizen's daughter as employer is no child case; a conditional hearing is no partshøring") {
    // blind-18 s2-10
    auto a = run("Du har søgt om tilskud til 38 timer om ugen, og du har bedt om, at din datter Signe Thygesen bliver arbejdsgiver for "
                 "hjælperne.\n\nDu får et kontant tilskud til hjælp i 38 timer om ugen efter serviceloven § 95, stk. 2.",
                 "Du får kontant tilskud til 38 timers hjælp om ugen");
    CHECK_FALSE(a.elements.child);
    // Near miss: help applied for "til jeres søn" is the child's.
    auto b = run("I har søgt om aflastning til jeres søn. Vi bevilger aflastning én weekend om måneden efter barnets lov § 32.",
                 "Afgørelse om aflastning");
    CHECK(b.elements.child);
    // blind-18 s2-14: a meeting invitation that says a hearing may come.
    auto c = run("Kommunen indkalder dig til et opfølgningsmøde den 6. oktober 2026.\n\nDette brev er ikke en afgørelse. Hvis mødet giver "
                 "anledning til ændringer, vil du blive hørt, inden der træffes afgørelse.",
                 "Indkaldelse til opfølgningsmøde");
    CHECK(c.elements.scope.type != legal::DocType::partshoering);
    // Near miss: a real partshøring.
    auto d = run("Vi påtænker at nedsætte din hjælp. Du kan sende dine bemærkninger, inden der træffes afgørelse.", "Partshøring");
    CHECK(d.elements.scope.type == legal::DocType::partshoering);
}

TEST_CASE("blind-18 dev half: a revisitation is no reconsideration; a guidance zone speaks of complaining") {
    // blind-18 s1-08: the missing citizen's statement is a verdict in a revisitation.
    auto a = run("Vi har genvurderet din hjælp, fordi der er sket ændringer i din situation.\n\nAfgørelse\n\nDin praktiske hjælp nedsættes "
                 "fra 1 time hver uge til 1 time hver anden uge efter servicelovens § 83, stk. 1, nr. 2.\n\nBegrundelse\n\nVed "
                 "revisitationen den 28. oktober 2024 blev det vurderet, at rengøringen tager kortere tid, fordi du er flyttet til en "
                 "mindre lejlighed.\n\n" + kGuidance,
                 "Afgørelse om ændring af praktisk hjælp");
    CHECK_FALSE(a.elements.reconsideration);
    CHECK(a.elements.checklist.at("citizen_statement").status == legal::Status::missing);
    // Near miss: a reconsideration after a complaint.
    auto b = run("Kommunen har genvurderet afgørelsen på baggrund af din klage. Vi fastholder afslaget på en el-scooter efter "
                 "servicelovens § 112.\n\n" + kGuidance);
    CHECK(b.elements.reconsideration);
    // blind-18 s1-13: full medhold, the complaint goes no further; the calculation comes later with its own guidance.
    auto c = run("Vi ændrer afgørelsen, så I får det, I har søgt om, efter barnets lov § 87.\n\nHvad sker der nu?\n\nDa I har fået fuldt "
                 "medhold, sender vi ikke klagen videre til Ankestyrelsen. Klagesagen er dermed afsluttet. Vi beregner nu, hvor meget I "
                 "får udbetalt. Det får I en særskilt afgørelse om inden den 15. april 2026 med vejledning om, hvordan I kan klage over "
                 "beregningen.",
                 "Vi har genvurderet sagen – I får medhold");
    CHECK_FALSE(c.elements.appeal.present);
}

TEST_CASE("opened sets: bare reasoning — a heading over a bare conclusion, a dismissal that names 'vores vurdering', inverted and negated conclusions") {
    // blind-2 a1-02: "Begrundelse:" over one bare sentence; the citizen's words under "Oplysninger fra dig:".
    const std::string facts = "Afgørelse:\n\nDin ansøgning om en el-scooter kan ikke bevilges.\n\nOplysninger fra dig:\n\nVed hjemmebesøget den "
                              "6. maj 2025 fortalte du, at du gerne vil kunne køre selv til Brugsen. Dine oplysninger indgår i vurderingen.\n\n";
    auto a = run(facts + "Begrundelse:\n\nDu opfylder ikke betingelserne for at få bevilget en el-scooter som hjælpemiddel.\n\n" + kGuidance);
    CHECK_FALSE(a.elements.reasoning());
    // Near miss: the section weighs what the citizen told.
    auto b = run(facts + "Begrundelse:\n\nVi har lagt vægt på, at du kan gå 400 meter med rollator, og at Brugsen ligger 300 meter fra "
                         "din bolig.\n\n" + kGuidance);
    CHECK(b.elements.reasoning());
    // blind-10 h1-14, blind-12 k3-08: "men det ændrer ikke vores vurdering" assesses nothing; an assessment lead
    // before an inverted conclusion.
    auto c = run("Det får du ikke. Vi har læst det, du skriver om dine knæ, men det ændrer ikke vores vurdering: Du opfylder ikke "
                 "betingelserne for tilskud til individuel befordring efter servicelovens § 117.\n\n" + kGuidance,
                 "Afslag – kørsel til dagcenter");
    CHECK_FALSE(c.elements.reasoning());
    auto d = run("Det bliver et nej til bil denne gang. Efter en samlet vurdering lever din situation ikke op til kravene i "
                 "servicelovens § 114, stk. 1.\n\n" + kGuidance, "Afgørelse om bil");
    CHECK_FALSE(d.elements.reasoning());
    // blind-5 d6-14: a negated assessment; blind-6 d3-13: a decision whose only reason is bare.
    auto e = run("Du får ikke en familiepædagog. Vi vurderer ikke, at betingelserne for at give praktisk, pædagogisk støtte i hjemmet "
                 "er opfyldt, jf. barnets lov § 32.\n\n" + kGuidance);
    CHECK_FALSE(e.elements.reasoning());
    auto f = run("Vi giver afslag, da I ikke opfylder betingelserne for at få dækket tabt arbejdsfortjeneste efter barnets lov § 87.\n\n" + kGuidance);
    CHECK_FALSE(f.elements.reasoning());
    // Near misses: the same with a fact of the case.
    auto g = run("Det bliver et nej til bil denne gang. Efter en samlet vurdering lever din situation ikke op til kravene i "
                 "servicelovens § 114, stk. 1, fordi du kan gå 500 meter og selv tager bussen til arbejde.\n\n" + kGuidance,
                 "Afgørelse om bil");
    CHECK(g.elements.reasoning());
    auto h = run("Vi giver afslag, da I ikke opfylder betingelserne for at få dækket tabt arbejdsfortjeneste efter barnets lov § 87. "
                 "Vi har lagt vægt på, at Alma passes i skolen og SFO som andre børn.\n\n" + kGuidance);
    CHECK(h.elements.reasoning());
}

TEST_CASE("opened sets: per-item reasoning in field lines, under a heading of no known part, and in labelled paragraphs") {
    // blind-5 d4-13: field lines read as one sentence; the item's reasoning stands before its decision.
    auto a = run("AFGØRELSE 1\n\nYdelse: Ledsagelse\nBevilget: 15 timer om måneden\nDu kan færdes alene på kendte ruter. Vi har lagt "
                 "vægt på, at du under folkepensionsalderen ikke kan tage til koncerter uden ledsager. Du får derfor det fulde antal "
                 "timer.\n\nAFGØRELSE 2\n\nYdelse: Dækning af merudgifter\nBevilget: Afslag\nHjemmel: Servicelovens § 100, stk. 1\n"
                 "Begrundelse: Du opfylder ikke betingelserne for at få dækket merudgifter efter servicelovens § 100.\n\n" + kGuidance,
                 "Afgørelser om ledsagelse og merudgifter");
    CHECK(a.elements.reasoning_item_bare.found);
    // blind-4 c4-03: "Hvad med ledsageordning?"
    auto b = run("Hvad har vi besluttet?\n\n- Mikkel får socialpædagogisk støtte i 4 timer om ugen.\n\nHvorfor får Mikkel socialpædagogisk "
                 "støtte?\n\nVi har lagt vægt på, at Mikkel ifølge udredningen fra Bostøtteteamet har brug for hjælp til at lægge en "
                 "ugeplan.\n\nHvad med ledsageordning?\n\nMikkel opfylder ikke betingelserne for at få ledsageordning efter serviceloven "
                 "§ 97, stk. 1. Derfor kan vi ikke bevilge den.\n\n" + kGuidance,
                 "To afgørelser om støtte til Mikkel");
    CHECK(b.elements.reasoning_item_bare.found);
    // blind-13 m1-12: labelled paragraphs under "Hvad har vi lagt vægt på?".
    const std::string head = "Du har søgt om genoptræning og hjælp til vinduespudsning.\n\nHvad har vi lagt vægt på?\n\nGenoptræning: Du har "
                             "fået nedsat din fysiske funktion på grund af en sygdom. Vi vurderer, at du med målrettet træning kan få dine "
                             "kræfter tilbage.\n\n";
    auto c = run(head + "Vinduespudsning: Du opfylder ikke betingelserne for at få hjælp til vinduespudsning.\n\nHvad har vi besluttet?\n\n"
                        "Du får genoptræning efter servicelovens § 86. Du får ikke hjælp til vinduespudsning.\n\n" + kGuidance,
                 "Svar på dine to ansøgninger");
    CHECK(c.elements.reasoning_item_bare.found);
    // Near misses: each item reasoned; a field label is no item.
    auto d = run(head + "Vinduespudsning: Du opfylder ikke betingelserne, fordi din datter bor hos dig og kan pudse vinduerne.\n\n"
                        "Hvad har vi besluttet?\n\nDu får genoptræning efter servicelovens § 86. Du får ikke hjælp til vinduespudsning.\n\n" + kGuidance,
                 "Svar på dine to ansøgninger");
    CHECK_FALSE(d.elements.reasoning_item_bare.found);
    auto e = run("Du får ikke en el-scooter efter servicelovens § 112.\n\nBegrundelse\n\nVurdering: Vi har lagt vægt på, at du kan gå 400 "
                 "meter med rollator.\n\nKonklusion: Du opfylder ikke betingelserne for at få en el-scooter.\n\n" + kGuidance);
    CHECK_FALSE(e.elements.reasoning_item_bare.found);
    CHECK(e.elements.reasoning());
}

TEST_CASE("opened sets: bare reasoning — 'Det er udvalgets vurdering, at du ikke er i målgruppen' in subordinate word order") {
    // blind-10 h3-06
    auto a = run("Vi kan ikke tilbyde dig beskyttet beskæftigelse efter servicelovens § 103. Det er udvalgets vurdering, at du ikke er i "
                 "målgruppen for tilbud efter bestemmelsen, og ansøgningen kan derfor ikke imødekommes.\n\n" + kGuidance);
    CHECK_FALSE(a.elements.reasoning());
    // Near miss: the assessment gives the fact it rests on.
    auto b = run("Vi kan ikke tilbyde dig beskyttet beskæftigelse efter servicelovens § 103. Det er udvalgets vurdering, at du ikke er i "
                 "målgruppen, fordi du i dag arbejder 25 timer om ugen i et fleksjob.\n\n" + kGuidance);
    CHECK(b.elements.reasoning());
}

TEST_CASE("blind-18 test half, opened: 'Vedr. Emil Hansen, 8 år' inside a line names the child the letter is about") {
    std::string a = "Aarhus Kommune\n\nDigital Post 3. juni 2024 – Vedr. Emil Hansen, 8 år\n\nKære Anna\n\nDu får en badestol efter servicelovens § 112.\n";
    CHECK(analyse_document(extract::extract_text(a, "a.txt")).elements.child);
    // Near miss: an adult named the same way.
    std::string b = "Aarhus Kommune\n\nDigital Post 3. juni 2024 – Vedr. Emil Hansen, 48 år\n\nKære Emil\n\nDu får en badestol efter servicelovens § 112.\n";
    CHECK_FALSE(analyse_document(extract::extract_text(b, "b.txt")).elements.child);
}

TEST_CASE("review of the blind-18 session: near misses of the new readings") {
    // One refusal whose reasoning has labelled paragraphs is not read item by item.
    auto a = run("Du får ikke en el-scooter efter servicelovens § 112.\n\nBegrundelse\n\nLægens udtalelse: Du kan gå 400 meter med "
                 "rollator, og du kører selv bil.\n\nKonklusionen: Du opfylder derfor ikke betingelserne for en el-scooter.\n\n" + kGuidance);
    CHECK_FALSE(a.elements.reasoning_item_bare.found);
    // Guidance whose deadline is written in words, before the first sentence naming Ankestyrelsen.
    auto b = run("Du får ikke en el-scooter efter servicelovens § 112. Vi har lagt vægt på, at du kan gå 400 meter.\n\nKlagevejledning\n\n"
                 "Du skal skrive til os inden fire uger efter, at du har fået brevet. Vi ser på sagen igen, og hvis vi fastholder "
                 "afgørelsen, sender vi den til Ankestyrelsen.");
    CHECK(b.elements.appeal.present);
    CHECK(b.elements.appeal.deadline == "4 uger");
    // "vedr." in the text is no header line naming a child.
    auto c = run("Vi har modtaget din mail vedr. Kørsel til træning, hvor du skriver, at du også henter din datter på 7 år. Du får ikke "
                 "kørsel efter servicelovens § 117.\n\n" + kGuidance);
    CHECK_FALSE(c.elements.child);
    // A real partshøring that starts with "Hvis".
    auto d = run("Vi påtænker at give dig afslag på en el-scooter efter servicelovens § 112. Hvis du har bemærkninger til den påtænkte "
                 "afgørelse, skal du sende dem, inden der træffes afgørelse.", "Partshøring");
    CHECK(d.elements.scope.type == legal::DocType::partshoering);
}

TEST_CASE("blind-19 dev: a reconsideration's 'Klagen' heading heads the citizen's complaint, not guidance; a heading names no route") {
    // t2-13: "Klagen" over the quoted complaint made the rest of the letter guidance without a
    // deadline or a body (two false fejl).
    auto a = run("Kommunen har genvurderet afgørelsen, jf. retssikkerhedslovens § 66, stk. 1.\n\nKlagen\n\nDu har klaget pr. mail. Du skriver, "
                 "at du ikke kan bære vasketøjet.\n\nKommunens genvurdering\n\nKommunen giver dig medhold. Du bevilges praktisk hjælp til "
                 "tøjvask hver 2. uge, jf. servicelovens § 83, stk. 1, nr. 2.\n",
                 "Genvurdering af afgørelse om praktisk hjælp");
    CHECK_FALSE(a.elements.appeal.present);
    // Near miss: "Klage" alone, or "Klage:" as a label, heads the guidance.
    for (const std::string head : {"Klage\n\n", "Klage: "}) {
        auto b = run("Du får ikke en el-scooter efter servicelovens § 112. Vi har lagt vægt på, at du kan gå 400 meter.\n\n" + head +
                     "Du kan klage inden 4 uger. Send klagen til os, så ser vi på sagen igen og sender den til Ankestyrelsen.\n");
        CHECK(b.elements.appeal.present);
    }
    // blind-3 b1-14: "Klagen sendes til Ankestyrelsen" as a heading over the forwarding note.
    auto c = run("Du får ikke hjælp til rengøring efter servicelovens § 83. Vi har lagt vægt på, at din datter bor hos dig.\n\n"
                 "Klagen sendes til Ankestyrelsen\n\nDa du ikke har fået fuldt medhold, sender vi i dag klagen til Ankestyrelsen. "
                 "Hvis du vil klage over den nye del, kan du klage til kommunen inden 4 uger.\n");
    CHECK_FALSE(c.elements.appeal.direct.found);
    // Near miss: the same words as a sentence tell the citizen where to send it.
    auto d = run("Du får ikke hjælp til rengøring efter servicelovens § 83. Vi har lagt vægt på, at din datter bor hos dig.\n\n"
                 "Klagevejledning\n\nDu kan klage inden 4 uger. Klagen sendes til Ankestyrelsen.\n");
    CHECK(d.elements.appeal.direct.found);
}

TEST_CASE("blind-19 dev: the child named in a field with a CPR or a birth date; 'Til …' over an address is no salutation; a period field") {
    auto doc = [](const std::string& s) { return analyse_document(extract::extract_text(s, "a.txt")); };
    // t1-05: "Sagen vedrører: …, cpr.nr. …" (the CPR number says 7 years at the letter's date).
    const std::string sender = "Horsens Kommune\n\nHorsens, den 5. november 2024\n\n";
    const std::string body = "\n\nKære Nanna og Kasper\n\nVi kan ikke bevilge en el-ladcykel efter servicelovens § 113.\n";
    CHECK(doc(sender + "Sagen vedrører: Elias Thygesen, cpr.nr. 230917-5482" + body).elements.child);
    CHECK_FALSE(doc(sender + "Sagen vedrører: Elias Thygesen, cpr.nr. 230977-1482" + body).elements.child);
    // t1-09: "Plejebarn: …, født …" below "Til plejeforældrene" and the address.
    const std::string head = "Silkeborg Kommune\n\nTil plejeforældrene\n\nHenriette og Poul Ebbesen\n\nGl. Kongevej 88, Virklund\n\n"
                             "8600 Silkeborg\n\n8. februar 2024\n\n";
    const std::string rest = " Ydelse: Bade- og toiletstol Bevilget fra: 8. februar 2024\n\nBevilling af hjælpemiddel\n\nKære Henriette og "
                             "Poul\n\nI har søgt om en bade- og toiletstol til Sofie. Vi har bevilget stolen efter servicelovens § 112.\n";
    auto a = doc(head + "Plejebarn: Sofie Mikkelsen, født 17. juni 2019" + rest);
    CHECK(a.elements.child);
    CHECK(a.elements.period.found);
    REQUIRE(a.elements.structure.salutation);
    CHECK(a.text.text.substr(a.text.paragraphs[*a.elements.structure.salutation].begin, 6) == "Kære ");
    CHECK(doc(head + "Vedr.: Sofie Mikkelsen, født 17. juni 2019" + rest).elements.child);
    // Near misses: born 30 years before; a "Til …" line with no address under it and no "Kære" after it greets.
    CHECK_FALSE(doc(head + "Vedr.: Sofie Mikkelsen, født 17. juni 1994" + rest).elements.child);
    auto b = doc("Silkeborg Kommune\n\n8. februar 2024\n\nTil Henriette og Poul\n\nVi har bevilget stolen efter servicelovens § 112.\n");
    REQUIRE(b.elements.structure.salutation);
    CHECK(b.text.text.substr(b.text.paragraphs[*b.elements.structure.salutation].begin, 4) == "Til ");
}

TEST_CASE("blind-19 dev: numbered items after the citizen's account are the decision's items; 'Bevilget: Ingen' refuses") {
    // t2-12: "Det har du fortalt os" and then "1. Hjælp til indkøb" / "2. Ledsagelse": the items were
    // read as the citizen's account (no outcome), and the refused item's bare conclusion was missed.
    const std::string told = "Du har søgt om to ting: hjælp til indkøb og ledsagelse. Du får her afgørelse på begge dele.\n\nDet har du fortalt os\n\nDu fortalte, at du ryster på hænderne.\n\n";
    const std::string one = "1. Hjælp til indkøb\n\nYdelse: Indkøb\n\nLovgrundlag: Lov om social service § 83, stk. 1, nr. 2 Bevilget: "
                            "Indkøbsordning\n\nDu får hjælp til indkøb, som du har søgt om. Vi har lagt vægt på, at du ikke kan bære varer på grund af "
                            "rystelserne.\n\n";
    const std::string two = "2. Ledsagelse\n\nYdelse: Ledsagelse\n\nLovgrundlag: Lov om social service § 97 Ansøgt: 15 timer Bevilget: Ingen\n\n"
                            "Kommunen har vurderet, at du ikke opfylder betingelserne for ledsagelse efter servicelovens § 97. Der gives "
                            "derfor afslag.\n\n";
    auto a = run(told + one + two + kGuidance, "Afgørelse om indkøb og ledsagelse");
    CHECK(a.elements.outcome == klartjek::legal::Outcome::delvis);
    CHECK(a.elements.reasoning_item_bare.found);
    CHECK_FALSE(a.elements.reasoning());
    // Near misses: the second item reasoned too; a field with a value granted.
    const std::string two_reasoned = "2. Ledsagelse\n\nYdelse: Ledsagelse\n\nLovgrundlag: Lov om social service § 97 Ansøgt: 15 timer Bevilget: Ingen\n\n"
                                     "Du kan ikke få ledsagelse, fordi du selv kører i din bil til kirken og havnen.\n\n";
    auto b = run(told + one + two_reasoned + kGuidance, "Afgørelse om indkøb og ledsagelse");
    CHECK(b.elements.outcome == klartjek::legal::Outcome::delvis);
    CHECK_FALSE(b.elements.reasoning_item_bare.found);
    const auto none = klartjek::legal::detail::sentence_flags("Ansøgt: 15 timer Bevilget: Ingen", klartjek::legal::detail::Cues::get(klartjek::lexicon::embedded()));
    CHECK(none.refusal);
    CHECK_FALSE(none.grant);
    const auto some = klartjek::legal::detail::sentence_flags("Ansøgt: 15 timer Bevilget: Indkøbsordning", klartjek::legal::detail::Cues::get(klartjek::lexicon::embedded()));
    CHECK(some.grant);
    // Review near misses: a value that only starts with "Ingen" is granted.
    const auto fee = klartjek::legal::detail::sentence_flags("Bevilling: Ingen egenbetaling for rollatoren", klartjek::legal::detail::Cues::get(klartjek::lexicon::embedded()));
    CHECK_FALSE(fee.refusal);
    // The citizen's own numbered points stay the citizen's account.
    auto c = run("Det har du fortalt os\n\n1. Du kan ikke gå på trapper\n\n2. Du har ondt i ryggen\n\nVi har lagt vægt på, at du bor i stuen. "
                 "Du får ikke en trappelift efter servicelovens § 112.\n\n" + kGuidance);
    bool citizen_points = true;
    int points = 0;
    for (std::size_t p = 0; p < c.text.paragraphs.size(); ++p) {
        const std::string pt = c.text.text.substr(c.text.paragraphs[p].begin, c.text.paragraphs[p].end - c.text.paragraphs[p].begin);
        if (pt.rfind("1. Du kan", 0) == 0 || pt.rfind("2. Du har", 0) == 0)
            ++points, citizen_points &= c.elements.structure.para_section[p] == klartjek::structure::Section::citizen;
    }
    CHECK(points == 2);
    CHECK(citizen_points);
}

TEST_CASE("blind-19 dev: a quoted statute's 'Stk. N.' paragraphs cite that stk. of the § quoted above them") {
    auto refs_of = [](const Analysis& a) {
        std::vector<std::string> v;
        for (const auto& r : a.elements.statutes.refs) v.push_back(r.normalized());
        return v;
    };
    // t1-05: the appendix quotes serviceloven § 113 paragraph by paragraph.
    const std::string quote = "Bilag 1 – Uddrag af lov om social service\n\n§ 113. Kommunalbestyrelsen skal yde hjælp til køb af "
                              "forbrugsgoder efter reglerne i stk. 2-5.\n\nStk. 2. Hjælpen udgør 50 pct. af prisen.\n\nStk. 3. Hvis "
                              "forbrugsgodet udelukkende fungerer som et hjælpemiddel, ydes hjælpen efter § 112.\n";
    auto a = run("Vi kan ikke bevilge en el-ladcykel efter servicelovens § 113, fordi cyklen ikke afhjælper følgerne.\n\n" + kGuidance +
                 "\n\n" + quote);
    auto v = refs_of(a);
    CHECK(std::count(v.begin(), v.end(), "SEL § 113, stk. 2") == 1);
    CHECK(std::count(v.begin(), v.end(), "SEL § 113, stk. 3") == 1);
    // Near miss: "Stk. 2." in the letter's own text, with no quoted § above it, cites nothing.
    // Near miss: a quoted "Stk. 2." with no quoted § above it cites nothing.
    auto b = run("Vi kan ikke bevilge en el-ladcykel efter servicelovens § 113, fordi cyklen ikke afhjælper følgerne.\n\n" + kGuidance +
                 "\n\nBilag 1 – Uddrag af lov om social service\n\nStk. 2. Hjælpen udgør 50 pct. af prisen.\n");
    const auto vb = refs_of(b);
    REQUIRE_FALSE(vb.empty());
    for (const auto& r : vb) CHECK(r.find("stk. 2") == std::string::npos);
    // blind-32 d2-02: a "Stk. 2." whose line was joined to the quoted § above it still opens a stk.
    auto c = run("Vi kan ikke bevilge en el-ladcykel efter servicelovens § 113, fordi cyklen ikke afhjælper følgerne.\n\n" + kGuidance +
                 "\n\nBilag 2 – Uddrag af lov om social service\n\n§ 113. Kommunalbestyrelsen skal yde hjælp til køb af forbrugsgoder. "
                 "Der kan dog ikke ydes hjælp til forbrugsgoder, der normalt indgår i sædvanligt indbo.\nStk. 2. Der kan kun ydes hjælp, "
                 "når udgiften er over 500 kr.\n");
    const auto vc = refs_of(c);
    CHECK(std::count(vc.begin(), vc.end(), "SEL § 113, stk. 2") == 1);
    // Near miss: a lower-case "stk. 2." inside the quoted sentence refers, it opens no stk.
    auto d = run("Vi kan ikke bevilge en el-ladcykel efter servicelovens § 113, fordi cyklen ikke afhjælper følgerne.\n\n" + kGuidance +
                 "\n\nBilag 2 – Uddrag af lov om social service\n\n§ 113. Kommunalbestyrelsen skal yde hjælp til køb af forbrugsgoder. "
                 "Hjælpen ydes efter reglerne i stk. 2. Der kan dog ikke ydes hjælp til forbrugsgoder i sædvanligt indbo.\n");
    for (const auto& r : refs_of(d)) CHECK(r.find("stk. 2") == std::string::npos);
    // Two quoted §§ in one joined paragraph: the "Stk. 2." belongs to the second.
    auto e = run("Vi kan ikke bevilge en el-ladcykel efter servicelovens § 113, fordi cyklen ikke afhjælper følgerne.\n\n" + kGuidance +
                 "\n\nBilag 2 – Uddrag af lov om social service\n\n§ 112. Kommunalbestyrelsen skal yde støtte til hjælpemidler. "
                 "§ 113. Kommunalbestyrelsen skal yde hjælp til køb af forbrugsgoder. Stk. 2. Der kan kun ydes hjælp, når udgiften er "
                 "over 500 kr.\n");
    const auto ve = refs_of(e);
    CHECK(std::count(ve.begin(), ve.end(), "SEL § 113, stk. 2") == 1);
    CHECK(std::count(ve.begin(), ve.end(), "SEL § 112, stk. 2") == 0);
}

TEST_CASE("blind-19 dev: the letter's date as a field between separators in a header line") {
    auto doc = [](const std::string& s) { return analyse_document(extract::extract_text(s, "a.txt")); };
    // t2-06 (and 7 letters of the opened sets): "… 5800 Nyborg – 27. juni 2024 – sagsnr. …".
    auto a = doc("Nyborg Kommune, Hjælpemidler, Torvet 1, 5800 Nyborg\n\nTil Else Marie Kragh, Skovparken 3, 5800 Nyborg – 27. juni "
                 "2024 – sagsnr. 2024-019902\n\nBadebænk\n\nDu får en badebænk efter servicelovens § 112.\n");
    REQUIRE(a.elements.structure.date.found());
    CHECK(a.elements.structure.date.iso() == "2024-06-27");
    auto b = doc("Billund Kommune\n\nTil Sara Mikkelsen · Sagsnr. 27.12.00-P20-611-25 · 14. august 2025\n\nDu får en badebænk efter "
                 "servicelovens § 112.\n");
    CHECK(b.elements.structure.date.iso() == "2025-08-14");
    // Near miss: a date inside a sentence of a long line is no letter date.
    auto c = doc("Billund Kommune\n\nDu søgte den 14. august 2025 om en badebænk, og den har vi nu bevilget efter servicelovens § 112 til dig.\n");
    CHECK_FALSE(c.elements.structure.date.found());
}

TEST_CASE("blind-19 dev: an invitation to send 'jeres bemærkninger' reports no views of the citizen") {
    // t1-07: a partshøring's invitation was read as the parents' views.
    auto a = run("Vi overvejer at stoppe dækningen af merudgifter til ketogen diæt. I kan sende jeres bemærkninger skriftligt via "
                 "Digital Post eller ringe til mig.\n", "Partshøring om merudgifter");
    CHECK_FALSE(a.elements.citizen.found);
    // Near miss: the comments received are reported.
    auto b = run("Vi stopper dækningen af merudgifter til ketogen diæt. I har sendt jeres bemærkninger til os den 3. marts 2025, "
                 "og dem har vi taget med i vurderingen.\n", "Afgørelse om merudgifter");
    CHECK(b.elements.citizen.found);
}

TEST_CASE("blind-19 test (opened): an application dismissed or treated as lapsed is refused; 'afslaget … fastholdes' beside a grant is partial") {
    const auto& cues = klartjek::legal::detail::Cues::get(klartjek::lexicon::embedded());
    using klartjek::legal::detail::sentence_flags;
    // t5-09, t5-12: the procedural answers were read as no outcome ("ukendt").
    CHECK(sentence_flags("Tønder Kommune afviser at behandle ansøgningen, da kommunen ikke længere er rette myndighed.", cues).procedural);
    CHECK(sentence_flags("Da vi ikke har fået oplysningerne, betragter vi din ansøgning som bortfaldet.", cues).procedural);
    CHECK(sentence_flags("Din ansøgning om ortopædisk fodtøj er bortfaldet", cues).procedural);
    // Near misses: a warning of the same answer decides nothing; a right that lapses is a stop.
    CHECK_FALSE(sentence_flags("Vi betragter din ansøgning som bortfaldet, hvis vi ikke har hørt fra dig inden 14 dage.", cues).procedural);
    CHECK_FALSE(sentence_flags("Hører vi ikke fra dig, vil vi betragte ansøgningen som bortfaldet.", cues).procedural);
    CHECK_FALSE(sentence_flags("Ellers vil vi afvise at behandle ansøgningen.", cues).procedural);
    CHECK_FALSE(sentence_flags("Din ret til boligydelse bortfalder fra 1. august 2025.", cues).procedural);
    auto lapsed = run("Du søgte den 19. september 2024 om ortopædisk fodtøj. Vi har ikke fået svar på vores breve. Da vi ikke har fået "
                      "oplysningerne, betragter vi din ansøgning som bortfaldet. Afgørelsen er truffet efter servicelovens § 112, stk. 1.\n\n" + kGuidance,
                      "Din ansøgning om ortopædisk fodtøj er bortfaldet");
    CHECK(lapsed.elements.outcome == klartjek::legal::Outcome::afslag);
    auto warned = run("Du søgte den 19. september 2024 om ortopædisk fodtøj. Vi mangler en ordination fra en speciallæge. Hvis vi ikke har "
                      "modtaget den inden 14 dage, betragter vi din ansøgning som bortfaldet.", "Vi mangler oplysninger");
    CHECK(warned.elements.outcome != klartjek::legal::Outcome::afslag);
    // t3-14: a reconsideration that grants one item and upholds the refusal of the other.
    auto both = sentence_flags("Resultatet er, at du nu får bevilget rampen, mens afslaget på den automatiske døråbner fastholdes.", cues);
    CHECK(both.grant);
    CHECK(both.refusal);
    CHECK_FALSE(sentence_flags("Resultatet er, at afslaget på den automatiske døråbner ændres til en bevilling.", cues).refusal);
}

TEST_CASE("blind-20 dev: a letter attached under a cover e-mail is the letter; the mail's 'Sendt:' dates it") {
    auto doc = [](const std::string& s) { return analyse_document(extract::extract_text(s, "a.txt")); };
    // u1-12: the cover note's greeting made the attached letter its closing (no outcome, no parts).
    const std::string cover = "Holstebro Kommune\n\nFra: Hjælpemiddelafdelingen <hjaelpemidler@holstebro.dk>\n\nSendt: 17. februar 2026 10:41 "
                              "Til: Niels Bak Emne: Afgørelse vedr. kørestol\n\nKære Niels\n\nHermed fremsendes afgørelse i din sag.\n\n"
                              "Med venlig hilsen\n\nHjælpemiddelafdelingen, Holstebro Kommune\n\n";
    const std::string letter = "HOLSTEBRO KOMMUNE\n\nSundhed og Omsorg\n\nNiels Bak\n\nVinkelvej 14\n\n7570 Vemb\n\nVedr.: Din ansøgning om kørestol og robotstøvsuger\n\n"
                               "Der bevilges en manuel aktivkørestol som udlån efter servicelovens § 112, stk. 1. Vi har lagt vægt på, at du er "
                               "lammet fra brystet og ned.\n\nKommunen finder ikke, at der kan ydes støtte til køb af en robotstøvsuger efter "
                               "servicelovens § 113, stk. 1, fordi gulvene støvsuges ved din rengøring hver 14. dag.\n\nDu har forklaret, at du ikke "
                               "kan bruge din almindelige støvsuger fra kørestolen, og det indgår i vurderingen.\n\nMed venlig hilsen\n\nJette Kronborg\n\n" + kGuidance + "\n";
    auto a = doc(cover + "Vedhæftet: afgoerelse.pdf\n\n" + letter);
    CHECK(std::string(outcome(a)) == "delvis");
    CHECK(a.elements.reasoning());
    REQUIRE(a.elements.structure.date.found());
    CHECK(a.elements.structure.date.iso() == "2026-02-17");
    // Without the attachment line, the letterhead with a postcode under it starts the letter too.
    CHECK(std::string(outcome(doc(cover + letter))) == "delvis");
    // Near misses: a signature with the municipality's address, followed by a quoted earlier mail,
    // starts nothing.
    auto b = doc("Holstebro Kommune\n\nKære Poul\n\nTak for dit spørgsmål. Dette er kun et svar på dit spørgsmål om sengen.\n\nMed venlig "
                 "hilsen\n\nBirgitte Munk\n\nHolstebro Kommune\n\nKirkestræde 11\n\n7500 Holstebro\n\n-----Oprindelig meddelelse-----\n\n"
                 "Fra: Poul <p@mail.dk> Sendt: 19. april 2025 17:31\n\nKan man få tilskud til en seng? Jeg har KOL og kan ikke få luft, når "
                 "jeg ligger fladt. Den koster 18.999 kr.\n\nVenlig hilsen Poul\n");
    CHECK(b.elements.outcome != legal::Outcome::bevilling);
}

TEST_CASE("blind-20 dev: a reply that says it is no decision; a hedged 'det kan godt være, at du kan få'") {
    const auto& cues = klartjek::legal::detail::Cues::get(klartjek::lexicon::embedded());
    using klartjek::legal::detail::sentence_flags;
    // u1-07: an answer to a question was read as a full grant.
    CHECK(sentence_flags("Du har ikke søgt om noget endnu, så dette er kun et svar på det, du spørger om - ikke en afgørelse.", cues).not_decision);
    CHECK_FALSE(sentence_flags("Kort sagt: Det kan godt være, at du kan få hjælp til sengen, men det kommer an på, hvad du skal bruge den til.", cues).grant);
    CHECK(sentence_flags("Du kan få hjælp til sengen efter servicelovens § 112.", cues).grant);
    CHECK_FALSE(sentence_flags("Du har søgt om en plejeseng, og her er vores afgørelse.", cues).not_decision);
    // u1-12: "finder ikke, at der kan ydes" refuses.
    CHECK(sentence_flags("Kommunen finder ikke, at der kan ydes støtte til køb af en robotstøvsuger.", cues).refusal);
    CHECK_FALSE(sentence_flags("Kommunen finder, at der kan ydes støtte til køb af en robotstøvsuger.", cues).refusal);
}

TEST_CASE("blind-20 dev: a numbered guidance heading with nothing under it is no guidance") {
    // u2-01: "5. Hvis du vil klage" (a draft's empty section) gave false appeal-body/deadline errors.
    auto a = run("Viborg Kommune bevilger ikke socialpædagogisk støtte til dig efter servicelovens § 85, stk. 1. Vi har lagt vægt på, at "
                 "du selv klarer dine aftaler.\n\n5. Hvis du vil klage\n\nMed venlig hilsen\n\nMette Kristensen");
    CHECK_FALSE(a.elements.appeal.present);
    auto b = run("Viborg Kommune bevilger ikke socialpædagogisk støtte til dig efter servicelovens § 85, stk. 1. Vi har lagt vægt på, at "
                 "du selv klarer dine aftaler.\n\n5. Hvis du vil klage\n\nDu kan klage inden 4 uger. Klagen sendes til Viborg Kommune, "
                 "som ser på sagen igen, før den sendes til Ankestyrelsen.");
    CHECK(b.elements.appeal.present);
}

TEST_CASE("blind-20 dev: a reconsideration that grants one part and forwards the complaint about the other is partial") {
    // u2-13: tøjvask granted, rengøring upheld ("Vi fastholder, at du får rengøring hver 2. uge") and
    // the complaint forwarded.
    const std::string head = "Vi har modtaget din klage af 16. februar 2026 over vores afgørelse af 12. januar 2026 om praktisk hjælp. Vi har nu "
                             "genvurderet afgørelsen, som vi skal efter retssikkerhedslovens § 66.\n\nVores nye afgørelse om tøjvask\n\nVi giver dig "
                             "medhold i klagen over tøjvask. Du får hjælp til tøjvask hver uge efter servicelovens § 83, stk. 1, nr. 2. Vi har lagt "
                             "vægt på udtalelsen fra Sclerosehospitalet.\n\nRengøring – vi fastholder afgørelsen\n\nVi fastholder, at du får "
                             "rengøring hver 2. uge. Vi har lagt vægt på, at du bor alene.";
    auto a = run(head + " Din klage over rengøringen er derfor sendt videre til Ankestyrelsen i dag.\n\n" + kGuidance, "Genvurdering af din klage");
    CHECK(std::string(outcome(a)) == "delvis");
    // Near miss: only the guidance's condition ("Hvis vi fastholder …, sender vi …").
    auto b = run("Vi har modtaget din klage af 16. februar 2026 over vores afgørelse af 12. januar 2026. Vi har nu genvurderet afgørelsen, "
                 "som vi skal efter retssikkerhedslovens § 66.\n\nVi giver dig medhold i klagen. Du får hjælp til tøjvask hver uge efter "
                 "servicelovens § 83, stk. 1, nr. 2.\n\n" + kGuidance, "Genvurdering af din klage");
    CHECK(std::string(outcome(b)) == "bevilling");
}

TEST_CASE("blind-20 dev: the guidance's retssikkerhedslov is no second law for the decision's bare §§") {
    // u1-01: "… som for hjælpemidler i § 112, stk. 1" was unresolved because the guidance cites RSL.
    auto a = run("Herning Kommune giver dig ikke tilskud til elcyklen efter servicelovens § 113, stk. 1. Det er de samme betingelser som for "
                 "hjælpemidler i § 112, stk. 1. Vi har lagt vægt på, at du har en el-scooter.\n\nKlagevejledning\n\nDu kan klage inden 4 uger "
                 "til os. Reglerne står i retssikkerhedslovens § 60, stk. 1, og §§ 66 og 67.");
    std::vector<std::string> v;
    for (const auto& r : a.elements.statutes.refs) v.push_back(r.normalized());
    CHECK(std::find(v.begin(), v.end(), "SEL § 112, stk. 1") != v.end());
    CHECK(std::find(v.begin(), v.end(), "RSL § 66") != v.end());
    // Near miss: a bare § in the guidance itself stays unresolved.
    auto b = run("Herning Kommune giver dig ikke tilskud til elcyklen efter servicelovens § 113, stk. 1. Vi har lagt vægt på, at du har en "
                 "el-scooter.\n\nKlagevejledning\n\nDu kan klage inden 4 uger til os, jf. § 67. Reglerne står i retssikkerhedslovens § 60.");
    bool sel67 = false;
    for (const auto& r : b.elements.statutes.refs) sel67 |= r.normalized() == "SEL § 67";
    CHECK_FALSE(sel67);
}

TEST_CASE("outcome: partial grants that never say 'delvis'; refusals and revocations in a lawyer's words (written before blind-20's test half was read)") {
    for (std::string s : {"Vi kan bevilge 3 af de 5 timer, du har søgt om.",
                          "Udgiften til medicin godkender vi. Udgiften til taxa godkender vi ikke.",
                          "Du får hjælpen efter servicelovens § 113 og ikke efter § 112, som du søgte om.",
                          "Du får et rentefrit lån på 150.000 kr. til bilen i stedet for det tilskud, du søgte om.",
                          "Vi giver et tilskud på 12.000 kr. til badeværelset, men vi dækker ikke de ekstra fliser.",
                          "Vi dækker merudgifterne til kørsel, men kun til træning og ikke til fritidsaktiviteter."}) {
        CAPTURE(s);
        CHECK(std::string(outcome(run(s + " Afgørelsen er truffet efter servicelovens § 100.\n\n" + kGuidance))) == "delvis");
    }
    for (std::string s : {"Kommunen kan ikke efterkomme din anmodning om en ny kørestol.",
                          "Kommunen har truffet afgørelse om ikke at bevilge en ny kørestol.",
                          "Du er ikke omfattet af reglerne om hjælpemidler, og vi kan derfor ikke hjælpe med en ny kørestol."}) {
        CAPTURE(s);
        CHECK(std::string(outcome(run(s + " Afgørelsen er truffet efter servicelovens § 112.\n\n" + kGuidance))) == "afslag");
    }
    CHECK(std::string(outcome(run("Vi har besluttet at tilbagekalde bevillingen af din el-scooter efter servicelovens § 112.\n\n" + kGuidance))) == "ophoer");
    // Near misses: the full grant in the same words.
    for (std::string s : {"Vi bevilger alle de 5 timer, du har søgt om.", "Du får hjælpen efter servicelovens § 112, som du søgte om.",
                          "Vi dækker merudgifterne til kørsel til både træning og fritidsaktiviteter.",
                          "Vi giver et tilskud på 12.000 kr. til badeværelset."}) {
        CAPTURE(s);
        CHECK(std::string(outcome(run(s + " Afgørelsen er truffet efter servicelovens § 100."))) == "bevilling");
    }
    CHECK(std::string(outcome(run("Kommunen kan efterkomme din anmodning om en ny kørestol."))) != "afslag");
}

TEST_CASE("review of the session's change: near misses of the new cues") {
    const auto& cues = klartjek::legal::detail::Cues::get(klartjek::lexicon::embedded());
    using klartjek::legal::detail::sentence_flags;
    CHECK_FALSE(sentence_flags("Du kan til enhver tid tilbagekalde dit samtykke.", cues).stop);
    CHECK_FALSE(sentence_flags("Da du har tilbagekaldt din ansøgning, lukker vi sagen.", cues).stop);
    CHECK_FALSE(sentence_flags("Kommunen har truffet afgørelse om, at du ikke skal betale hjælpen tilbage.", cues).refusal);
    CHECK_FALSE(sentence_flags("Vi vurderer ikke, at det skal have betydning, at du er flyttet.", cues).refusal);
    CHECK_FALSE(sentence_flags("Du får bevilget en kørestol, men kun som udlån.", cues).partial);
    CHECK(sentence_flags("Du får en manuel kørestol i stedet for den el-kørestol, du har søgt om.", cues).partial);
    CHECK(sentence_flags("Kommunen vil derfor henlægge sagen.", cues).procedural == sentence_flags("Kommunen henlægger sagen.", cues).procedural);
    // A reconsideration that gives full medhold and forwards nothing stays a grant.
    auto a = run("Vi har modtaget din klage af 16. februar 2026 over vores afgørelse af 12. januar 2026. Vi har nu genvurderet afgørelsen, "
                 "som vi skal efter retssikkerhedslovens § 66.\n\nVi giver dig medhold i klagen. Du får hjælp til tøjvask hver uge efter "
                 "servicelovens § 83, stk. 1, nr. 2. Din klage er derfor ikke sendt videre til Ankestyrelsen, da du har fået fuldt medhold.",
                 "Genvurdering af din klage");
    CHECK(std::string(outcome(a)) == "bevilling");
    // A short guidance sentence without a full stop is guidance, not a heading.
    auto b = run("Vi bevilger ikke en el-scooter efter servicelovens § 112. Vi har lagt vægt på, at du kan gå 500 meter.\n\n"
                 "Klagevejledning\n\nDu kan klage inden 4 uger\n\nSend klagen til Aarhus Kommune, som ser på sagen igen.");
    CHECK(b.elements.appeal.present);
}

TEST_CASE("blind-23 test half: minutes under a dated lead-in, a later paragraph that opens with a refusal, one labelled result") {
    // x5-04: the granted minutes stand in list items under "Du får … fra den 3. marts 2025:".
    const std::string asked = "Hvad har du søgt om?\n\nDu har bedt om 45 minutter hver morgen, så du kan komme op og få tøj på.\n\n";
    const std::string granted = "Hvad har vi besluttet?\n\nDu får personlig hjælp hver morgen fra den 3. marts 2025:\n\n"
                                "- Hjælp til at komme op og påklædning: 25 minutter, alle 7 dage\n\n"
                                "Hjælpen gives efter servicelovens § 83, stk. 1.\n\n";
    CHECK(std::string(outcome(run(asked + granted + kGuidance, "Din hjælp om morgenen"))) == "delvis");
    // Near miss: the minutes applied for.
    const std::string all = "Hvad har vi besluttet?\n\nDu får personlig hjælp hver morgen fra den 3. marts 2025:\n\n"
                            "- Hjælp til at komme op og påklædning: 45 minutter, alle 7 dage\n\n"
                            "Hjælpen gives efter servicelovens § 83, stk. 1.\n\n";
    CHECK(std::string(outcome(run(asked + all, "Din hjælp om morgenen"))) == "bevilling");

    // x5-13: no headings; the grant, its reasons, then a paragraph that opens with a refusal.
    const std::string grant = "Du og Rasmus har søgt om tabt arbejdsfortjeneste og om dækning af merudgifter til Alma.\n\n"
                              "Du får dækket tabt arbejdsfortjeneste for 15 timer om ugen fra den 1. oktober 2025, efter barnets lov § 87.\n\n"
                              "Du arbejder i dag 37 timer om ugen og går ned til 22 timer. Din løn er 42.180 kr. om måneden. "
                              "For 15 timer bliver det 17.100 kr. om måneden før skat. Beløbet udbetales den sidste hverdag i måneden.\n\n"
                              "Vi giver dig de timer, du har søgt om, fordi Alma har epilepsi, og børnehaven ikke kan tage ansvaret for "
                              "hendes medicin. Det har lederen af børnehaven skrevet til os. Rasmus kan ikke dele timerne med dig.\n\n"
                              "Det har I begge fortalt ved mødet den 8. september. Vi har også talt med Almas læge.\n\n";
    const std::string refused = "Merudgifterne kan vi ikke dække. Udgifterne er under den grænse, som merudgifterne skal nå op over.\n\n";
    CHECK(std::string(outcome(run(grant + refused + kGuidance, "Svar på jeres ansøgninger"))) == "delvis");
    // Near miss: the later paragraph tells what happens if things change; it refuses nothing.
    const std::string later = "Hvis du skifter arbejde, skal du give os besked, fordi det kan ændre beløbet.\n\n";
    CHECK(std::string(outcome(run(grant + later + kGuidance, "Svar på jeres ansøgninger"))) == "bevilling");

    // x5-03: "Resultat:" states the outcome; the approved expenses are its calculation.
    const std::string result = "Resultat: Du får ikke merudgiftsydelse. Vi har godkendt merudgifter for 3.068 kr. om året. "
                               "Det er under den mindste merudgift efter servicelovens § 100, stk. 3.\n\n";
    CHECK(std::string(outcome(run(result + kGuidance, "Afgørelse om merudgifter"))) == "afslag");
    // Near miss: without the label, a grant beside a refusal is partial.
    const std::string unlabelled = "Du får ikke merudgiftsydelse til kørsel. Vi har godkendt merudgifter til medicin for 3.068 kr. om året efter "
                                   "servicelovens § 100.\n\n";
    CHECK(std::string(outcome(run(unlabelled + kGuidance, "Afgørelse om merudgifter"))) == "delvis");
}

TEST_CASE("blind-23 test half: a refused quantity larger than the granted one makes the grant partial") {
    // x5-14: "Vi ændrer afgørelsen, så du får 5 timer om ugen" and, under the reasoning, "Vi giver dig
    // ikke 8 timer om ugen."
    const std::string grant = "Vi har set på din sag igen. Vi ændrer afgørelsen, så du får 5 timer om ugen fra den 24. november 2025, "
                              "efter servicelovens § 85.\n\nHvad har vi lagt vægt på?\n\nDu skrev i din klage, at 3 timer ikke er nok. "
                              "Klinikken skriver, at du har brug for følge til behandlingen. Turen tager 2 timer med bus.\n\n";
    CHECK(std::string(outcome(run(grant + "Vi giver dig ikke 8 timer om ugen. Du har selv lavet aftensmad fire dage om ugen.\n\n" + kGuidance,
                                  "Afgørelse om socialpædagogisk støtte"))) == "delvis");
    // Near miss: a refusal without a quantity (and without "derfor") qualifies nothing.
    CHECK(std::string(outcome(run(grant + "Vi giver dig ikke hjælp om natten, for det har du ikke bedt om.\n\n",
                                  "Afgørelse om socialpædagogisk støtte"))) == "bevilling");
}

TEST_CASE("blind-23 dev: a son named in the sentence that tells the decision complained about makes no child case") {
    // x1-14: a reconsideration for a 63-year-old whose first sentence recalls the earlier decision and
    // the home visit "hvor din søn Allan også var med".
    const std::string recalled = "Vi har modtaget din klage af 30. oktober 2024 over vores afgørelse af 14. oktober 2024, hvor du fik afslag på "
                                 "praktisk hjælp til rengøring, og vi har været på besøg hos dig den 27. november, hvor din søn Allan også var med.\n\n"
                                 "Du får nu bevilget rengøring hver 14. dag efter servicelovens § 83, stk. 1.\n\n";
    CHECK_FALSE(run(recalled + kGuidance, "Genvurdering af afgørelse om praktisk hjælp").elements.child);
    // Near miss: the decisive sentence gives the help for the son.
    const std::string for_son = "Du får aflastning til din søn Allan hver anden weekend.\n\n";
    CHECK(run(for_son + kGuidance, "Afgørelse om aflastning").elements.child);
}

TEST_CASE("review of the session's change: near misses of the new outcome and scope readings") {
    // A title that only labels the letter after a dash is one act: a partshøring stays one.
    auto parts = run("Vi påtænker at nedsætte din hjælp til rengøring til hver 14. dag efter servicelovens § 83. Du kan komme med "
                     "bemærkninger inden 14 dage, før vi træffer afgørelse.\n\n",
                     "Nedsættelse af din hjemmehjælp – partshøring");
    CHECK(parts.elements.scope.type == klartjek::legal::DocType::partshoering);
    // A decision that mentions the partshøring before it still decides.
    CHECK(std::string(outcome(run("Vi giver dig afslag på en el-scooter, som vi skrev i vores partshøring af 3. marts 2025. Afgørelsen er "
                                  "truffet efter servicelovens § 112.\n\n" + kGuidance, "Afgørelse om el-scooter"))) == "afslag");
    // "Resultat:" and another item that decides otherwise, without a figure: partial.
    CHECK(std::string(outcome(run("Resultat: Du får en rollator. Du får ikke et badetaburet, fordi du kan stå i brusenichen med "
                                  "støtte i grebet. Afgørelsen er truffet efter servicelovens § 112.\n\n" + kGuidance,
                                  "Afgørelse om hjælpemidler"))) == "delvis");
    // A ceiling further down is no refused quantity ("derfor" reads it as a conclusion; the amount
    // above the grant's is a limit, not what was asked for).
    CHECK(std::string(outcome(run("Du får 8.000 kr. til en el-cykel efter servicelovens § 113.\n\nVi har lagt vægt på, at du ikke kan "
                                  "cykle på en almindelig cykel. Lægen skriver, at du har slidgigt i begge knæ. Du bor 6 km fra dit "
                                  "arbejde. Der går ingen bus. Du har ikke bil. Din kone bruger bilen. Du handler selv ind.\n\n"
                                  "Cyklen skal du selv købe i en cykelforretning.\n\nReglerne for el-cykler\n\n"
                                  "Vi dækker ikke udgifter over 15.000 kr. til en cykel.\n\n",
                                  "Afgørelse om el-cykel"))) == "bevilling");
    // A paragraph declining a service in passing decides no item.
    CHECK(std::string(outcome(run("Du har søgt om merudgifter til medicin.\n\nDu får dækket dine merudgifter med 1.400 kr. om måneden "
                                  "efter servicelovens § 100.\n\nVi har lagt vægt på, at du bruger smertestillende medicin hver dag. "
                                  "Lægen har bekræftet det i en attest. Udgiften er sandsynliggjort med dine kvitteringer. Den er løbende hver måned. "
                                  "Du har sendt kvitteringer for tre måneder.\n\n"
                                  "Du kan ringe til os, hvis du har spørgsmål. Vi har åbent hver dag.\n\n"
                                  "Beløbet udbetales den sidste hverdag i måneden.\n\n"
                                  "Du kan ikke få svar på spørgsmål om pension hos os.\n\n",
                                  "Afgørelse om merudgifter"))) == "bevilling");
}

TEST_CASE("blind-24 dev: a rule's condition with a reference between 'kun' and 'hvis' grants nothing") {
    // "En kørestol kan kun bevilges efter serviceloven § 112, stk. 1, hvis …" states the rule; its
    // "stk." had hidden the condition, so the refusal before it was read as partial.
    const std::string refusal = "Vi kan ikke bevilge kørestolen. En kørestol kan kun bevilges efter serviceloven § 112, stk. 1, "
                                "hvis funktionsevnen er varigt nedsat. Dit gangbesvær er ikke varigt.";
    CHECK(std::string(outcome(run(refusal))) == "afslag");
    // Near misses: without the condition the second sentence grants, and the letter is partial; a
    // "kun" with a reference but no condition still limits the grant.
    CHECK(std::string(outcome(run("Vi kan ikke bevilge kørestolen. En rollator bevilges efter serviceloven § 112, stk. 1."))) == "delvis");
    CHECK(std::string(outcome(run("Vi kan kun bevilge en manuel kørestol efter serviceloven § 112, stk. 1, og ikke den elektriske."))) == "delvis");
}

TEST_CASE("blind-24 dev: 'Vi har vurderet, om …' answered by 'Det kan den ikke.'; a letter announced is no grant") {
    // y1-11: the refusal was an answer to the question the letter weighed, and "Du får et særskilt
    // brev om …" had been read as the grant.
    const std::string weighed = "Vi har vurderet, om din ret til sygedagpenge kan forlænges ud over 22 uger. Det kan den ikke. "
                                "Du får et særskilt brev om jobafklaringsforløbet.";
    CHECK(std::string(outcome(run(weighed, "Afgørelse om sygedagpenge"))) == "afslag");
    // Near misses: the same answer without the question decides nothing; "Det kan den godt." grants.
    CHECK(std::string(outcome(run("Din ret til sygedagpenge er slut om 22 uger. Det kan den ikke.", "Afgørelse om sygedagpenge"))) != "afslag");
    CHECK(std::string(outcome(run("Vi har vurderet, om din ret til sygedagpenge kan forlænges ud over 22 uger. Det kan den godt.",
                                  "Afgørelse om sygedagpenge"))) == "bevilling");
}

TEST_CASE("blind-24 dev: pairs and pieces count like hours when less is granted than applied for") {
    // y2-03: "Vi dækker udgiften til 3 ekstra par sko om året. I søgte om 6 ekstra par."
    CHECK(std::string(outcome(run("Vi dækker udgiften til 3 ekstra par sko om året efter barnets lov § 86. I søgte om 6 ekstra par."))) == "delvis");
    CHECK(std::string(outcome(run("Du får bevilget 2 stk. kompressionsstrømper om året efter servicelovens § 112. Du søgte om 4 stk."))) == "delvis");
    // Near miss: as many pairs as applied for is a full grant.
    CHECK(std::string(outcome(run("Vi dækker udgiften til 6 ekstra par sko om året efter barnets lov § 86. I søgte om 6 ekstra par."))) == "bevilling");
}

TEST_CASE("blind-24 dev: a sentence that changes the earlier decision decides now; one that tells of it is history") {
    // y1-12: "Vi ændrer vores afgørelse af 1. oktober 2025, og du får fuldt medhold i din klage."
    // had been read as the earlier decision only, so the reconsideration's result was unknown.
    const std::string changed = "Vi ændrer vores afgørelse af 1. oktober 2025, og du får fuldt medhold i din klage. "
                                "Din klage sendes derfor ikke videre til Ankestyrelsen.";
    CHECK(std::string(outcome(run("Vores afgørelse\n\n" + changed, "Vi har set på din sag igen"))) == "bevilling");
    // The change decides in its clause after the change, not by what it says of the earlier one.
    CHECK(std::string(outcome(run("Vores afgørelse\n\nVi ændrer vores afgørelse af 1. oktober 2025 om afslag på en rollator, og du får nu "
                                  "bevilget en rollator efter servicelovens § 112.", "Vi har set på din sag igen"))) == "bevilling");
    // Near miss: a sentence that keeps the earlier decision is history (with "ikke" before the verb).
    auto kept = run("Vores afgørelse\n\nDet betyder, at vi ikke ændrer vores afgørelse af 1. oktober 2025, og du får fuldt medhold i din klage.",
                    "Vi har set på din sag igen");
    CHECK(std::string(outcome(kept)) != "bevilling");
}

TEST_CASE("blind-24 dev: a result that grants more than applied for is not qualified by help the reasons say is not needed") {
    // y1-02: "Du får altså mere hjælp, end du søgte om." … "Derfor får du ikke hjælp til påklædning."
    const std::string beyond = "Hvad har vi besluttet?\n\nDu får hjælp til bad 2 gange om ugen efter servicelovens § 83. "
                               "Du søgte om hjælp til bad 1 gang om ugen. Du får altså mere hjælp, end du søgte om.\n\n"
                               "Begrundelse\n\nDu klarer nu selv påklædning. Derfor får du ikke hjælp til påklædning.";
    CHECK(std::string(outcome(run(beyond))) == "bevilling");
    // Near misses: without the sentence about more than applied for, the refusal further down
    // qualifies the grant; so does a refusal of something the letter says was applied for.
    const std::string qualified = "Hvad har vi besluttet?\n\nDu får hjælp til bad 2 gange om ugen efter servicelovens § 83. "
                                  "Du søgte om hjælp til bad 1 gang om ugen.\n\n"
                                  "Begrundelse\n\nDu klarer nu selv påklædning. Derfor får du ikke hjælp til påklædning.";
    CHECK(std::string(outcome(run(qualified))) == "delvis");
    const std::string applied_item = "Hvad har vi besluttet?\n\nDu får hjælp til bad 2 gange om ugen efter servicelovens § 83. "
                                     "Du får altså mere hjælp til bad, end du søgte om.\n\nBegrundelse\n\nDu søgte også om hjælp til "
                                     "rengøring. Du klarer selv rengøringen. Derfor kan vi ikke give dig hjælp til rengøring.";
    CHECK(std::string(outcome(run(applied_item))) == "delvis");
}

TEST_CASE("review of the session's change: near misses of the new answers, neutral phrases, visits, visitation and counts") {
    // A question the letter weighed is answered only by a short answer; "skal" answers nothing.
    CHECK(std::string(outcome(run("Vi har set på, om din hjælp til rengøring skal ændres. Vi ændrer ikke din hjælp til rengøring."))) != "afslag");
    CHECK(std::string(outcome(run("Vi har undersøgt, om du skal betale egenbetaling for madservice. Det skal du ikke."))) != "afslag");
    // Help left alone beside a stop is blanked, the stop is not.
    CHECK(std::string(outcome(run("Din hjælp til rengøring ophører fra 1. juli 2025 efter servicelovens § 83, men din hjælp til "
                                  "personlig pleje er ikke berørt af denne afgørelse."))) == "ophoer");
    CHECK(std::string(outcome(run("Din bevilling af kompressionsstrømper er ikke berørt af denne afgørelse. Vi kan ikke dække "
                                  "udgiften til sko efter servicelovens § 100."))) == "afslag");
    // A letter announced is no grant; an answer that says yes is.
    CHECK(std::string(outcome(run("Du får et positivt svar på din ansøgning om en rollator efter servicelovens § 112."))) == "bevilling");
    // Recurring visits are help granted.
    CHECK(std::string(outcome(run("Du får besøg af Træningsteam Løgstør 3 gange om ugen i 8 uger efter servicelovens § 83 a."))) == "bevilling");
    // A modal refusal with "blive", not a condition about information still missing.
    CHECK(std::string(outcome(run("Du kan ikke blive visiteret til omsorgstandpleje efter sundhedslovens § 131."))) == "afslag");
    CHECK(std::string(outcome(run("Du kan ikke blive visiteret, før vi har modtaget en lægeerklæring. Send den til os inden 14 dage."))) != "afslag");
    // A reference's "stk." and "et par uger" are no counts of what was granted.
    CHECK(std::string(outcome(run("Du søgte om kompressionsstrømper efter servicelovens § 112 stk. 1. Du får bevilget 2 stk. kompressionsstrømper."))) ==
          "bevilling");
    CHECK(std::string(outcome(run("Du har søgt om 2 par ortopædiske sko om året. Du får bevilget 2 par ortopædiske sko om året efter "
                                  "servicelovens § 112, og du kan hente dem om et par uger."))) == "bevilling");
}

TEST_CASE("understanding: the legal basis stated beside the guidance's own rules is the legal basis") {
    // blind-26 a2-14: the paragraph after the guidance names both the law decided under and the
    // rules of reconsideration and complaint; the guidance's zone runs on into it.
    auto letter = [](const std::string& basis) {
        return run("Vi har set på jeres klage igen, og I får delvist medhold. Signe får tabt arbejdsfortjeneste i 37 timer "
                   "om ugen. Vi har lagt vægt på lægens brev af 11. august 2026.\n\nDa I ikke har fået fuldt medhold, sender "
                   "vi i dag klagen om Jens' timer til Ankestyrelsen. Er I uenige i beregningen, kan I klage over det til "
                   "Samsø Kommune inden 4 uger, efter at I har modtaget dette brev, og vi vil så se på det igen.\n\n" +
                       basis + " Reglerne om genvurdering og klage står i retssikkerhedslovens §§ 66 og 67.",
                   "Vi har set på jeres klage igen", "2. september 2026");
    };
    CHECK(letter("Afgørelsen er truffet efter barnets lov § 87, stk. 1.").elements.legal_basis);
    // Near misses: a § named in the same place without saying the decision is taken under it, and a
    // field that names only the guidance's own rules.
    CHECK_FALSE(letter("Se også barnets lov § 87, stk. 1.").elements.legal_basis);
    CHECK_FALSE(letter("Lovgrundlag: retssikkerhedslovens § 66.").elements.legal_basis);
}

TEST_CASE("understanding: child case from a CPR number of a minor in the header block") {
    // A letter to the parents whose header names the child the case is about with a CPR number,
    // the body only by first name (blind-26 a2-13's layout).
    auto letter = [](const std::string& cpr) {
        std::string s = "Hjælpemiddelservice Nord ApS\nPå vegne af Læsø Kommune\n\nJulie og Kasper Møller\nByrum Hovedgade 31\n"
                        "9940 Læsø\n\nBorger: Mathias Møller\nCPR-nr.: " + cpr + "\nDato: 21. maj 2024\n\n"
                        "AFGØRELSE – HJÆLPEMIDDEL\n\nI har den 8. april 2024 søgt om en bade- og toiletstol til Mathias. "
                        "Mathias får en bade- og toiletstol med tiltfunktion efter servicelovens § 112, stk. 1.\n";
        return analyse_document(extract::extract_text(s, "case.txt"));
    };
    CHECK(letter("221109-4017").elements.child);  // born 22 November 2009: 14 years old
    // Near misses: an adult's CPR number (born 1979); one who turned 18 the day before the letter
    // (20 May 2006), beside one who turns 18 the day after it (22 May 2006: still 17).
    CHECK_FALSE(letter("221179-3017").elements.child);
    CHECK_FALSE(letter("200506-4017").elements.child);
    CHECK(letter("220506-4017").elements.child);
}

TEST_CASE("understanding: a weight put on a source alone is no consideration") {
    // blind-26 a1-10: the letter says it weighed what the citizen told, not what in it weighed.
    auto letter = [](const std::string& weight) {
        return run("Du har den 6. oktober 2025 søgt om socialpædagogisk støtte efter servicelovens § 85, stk. 1. Du har "
                   "på mødet den 21. oktober 2025 oplyst, at du ønsker hjælp til at åbne post og betale regninger.\n\n" +
                       weight + "\n\nDu opfylder ikke betingelserne for at modtage socialpædagogisk støtte efter "
                       "servicelovens § 85, stk. 1. Ansøgningen kan derfor ikke imødekommes.\n\n" + kGuidance,
                   "Vedr.: Din ansøgning om socialpædagogisk støtte", "4. november 2025");
    };
    CHECK_FALSE(letter("Kommunen har behandlet ansøgningen og har lagt vægt på det, du fortalte på mødet.").elements.reasoning());
    // Near miss: the same weight with what in it weighed.
    CHECK(letter("Kommunen har lagt vægt på det, du fortalte på mødet, om at din søster hjælper dig med post og regninger "
                 "hver uge.").elements.reasoning());
    // The empty weight in a second clause does not undo the first clause's weight.
    CHECK(letter("Vi har lagt vægt på at din søster hjælper dig med post og regninger hver uge, og vi har også lagt vægt på "
                 "dine oplysninger.").elements.reasoning());
    // A weight on what was told, with what it was about and no comma before "at", weighs.
    CHECK(letter("Kommunen har lagt vægt på det, du fortalte om at din søster betaler dine regninger.").elements.reasoning());
}

TEST_CASE("blind-27 dev half: a law cited with its § sets the area when the other area is only named") {
    // p1-13: a genoptræning decision under sundhedsloven § 140 that ends by pointing to "træning efter
    // serviceloven" was read as social and uncertain.
    auto letter = [](const std::string& basis, const std::string& pointer) {
        return run("Du har spurgt, om du kan fortsætte i træningssalen i 8 uger mere.\n\nVi forlænger ikke dit "
                   "genoptræningsforløb. " + basis + " Ved testen den 12. november kunne du gå 310 meter med stok, og "
                   "målene i planen er derfor nået.\n\n" + pointer,
                   "Afgørelse om afslutning af din genoptræning", "19. november 2024");
    };
    auto a = letter("Genoptræningen gives efter sundhedslovens § 140, stk. 1.",
                    "Oplever du, at du får sværere ved at klare dig, kan du spørge til træning efter serviceloven.");
    CHECK(a.elements.scope.area == legal::Area::other);
    CHECK(a.elements.scope.area_certain);
    CHECK(std::string(outcome(a)) == "afslag");
    CHECK(a.elements.outcome_certain);  // read by [refusal] "Vi forlænger ikke dit …", not the last resort
    // Near miss: the pointer cites its § too, so neither side is only named and the letter stays undecided.
    auto b = letter("Genoptræningen gives efter sundhedslovens § 140, stk. 1.",
                    "Oplever du, at du får sværere ved at klare dig, kan du søge om træning efter servicelovens § 86, stk. 2.");
    CHECK_FALSE((b.elements.scope.area == legal::Area::other && b.elements.scope.area_certain));
    // Near miss: serviceloven named in the result itself decides, whatever the reasoning cites with §.
    auto c = run("Afgørelse\nDu får ikke hjælp til rengøring efter serviceloven.\n\nBegrundelse\nVi har lagt vægt på, at du selv "
                 "kan gøre rent. Du kan søge om helbredstillæg efter pensionslovens § 14 a hos Udbetaling Danmark.\n\n" + kGuidance);
    CHECK(c.elements.scope.area == legal::Area::social);
    // A social § 86 letter that mentions the hospital's genoptræningsplan stays social and certain.
    auto d = run("Du får ikke genoptræning efter servicelovens § 86, stk. 1. Du har ikke fået en genoptræningsplan fra "
                 "hospitalet, og vi har lagt vægt på, at du kan gå 500 meter.\n\n" + kGuidance);
    CHECK(d.elements.scope.area == legal::Area::social);
    CHECK(d.elements.scope.area_certain);
}

TEST_CASE("blind-27 dev half: the repayment terms of a granted car loan are no stop") {
    // p2-12: "Du skal betale halvdelen af lånet tilbage" made a reconsideration that grants a cheaper car
    // read as a stop of help.
    auto letter = [](const std::string& terms) {
        return run("Vi har lagt vægt på, at du ikke kan bruge bus eller Flextur, jf. servicelovens § 114, stk. 1.\n\nResultat\n\n"
                   "Vi ændrer afgørelsen, så du nu får:\n\n- et rentefrit lån på 289.000 kr. til køb af en Ford Tourneo Connect. " +
                       terms + "\n- fuld dækning af den særlige indretning på 123.000 kr.\n\nDu får ikke støtte til en VW "
                       "Caravelle.\n\n" + kGuidance,
                   "Genvurdering efter din klage over afgørelse om støtte til bil", "20. januar 2026");
    };
    CHECK(std::string(outcome(letter("Du skal betale halvdelen af lånet tilbage i månedlige afdrag."))) == "delvis");
    // Near miss: repayment that is a claim, not a loan's terms.
    CHECK(std::string(outcome(letter("Du skal betale 12.400 kr. tilbage, fordi du har solgt din gamle bil."))) != "delvis");
}

TEST_CASE("blind-27 dev half: the citizen's wish and when it was said are no fact of the case") {
    // p1-11: a bare conclusion ("du ikke er omfattet af den personkreds …") was taken as reasoned because
    // the reasoning section retold the citizen's wish with the date of the meeting.
    auto letter = [](const std::string& said) {
        return run("Afgørelse\nHørsholm Kommune kan ikke tilbyde dig en støttekontaktperson efter servicelovens § 99.\n\n"
                   "Begrundelse\n" + said + " Kommunen har inddraget dine oplysninger i vurderingen.\n\nDet er kommunens "
                   "vurdering, at du ikke er omfattet af den personkreds, som tilbuddet er målrettet.\n\n" + kGuidance,
                   "Afgørelse vedrørende støttekontaktperson", "3. februar 2025");
    };
    CHECK_FALSE(letter("Du har ved samtalen den 14. januar 2025 givet udtryk for, at du ønsker en fast person, som du kan "
                       "kontakte.").elements.reasoning());
    // Near miss: what the citizen told holds a fact of the case besides the wish.
    CHECK(letter("Du har ved samtalen den 14. januar 2025 fortalt, at du ønsker en fast person, fordi du bliver meget urolig, "
                 "når du møder nye mennesker.").elements.reasoning());
}

TEST_CASE("understanding: a refusal in a general form no cue knows is read, never as certain") {
    // The last resort (outcome.txt [refusal-generic]): the authority's verb negated, a passive
    // negated, "at du ikke kan få …" — in the result part of a letter no cue reads.
    for (const char* s : {"Vi bytter ikke rollatoren.", "Kommunen refunderer ikke udgiften til taxa.",
                          "Udgiften til taxa refunderes ikke.", "Vi har vurderet din ansøgning, og du kan ikke modtage tilskuddet."}) {
        CAPTURE(s);
        auto a = run(std::string(s) + " Vi har lagt vægt på, at du kan gå 200 meter med rollator, jf. servicelovens § 112.\n\n" + kGuidance);
        CHECK(std::string(outcome(a)) == "afslag");
        CHECK_FALSE(a.elements.outcome_certain);
        // The refused item stands in the items every report lists, with the sentence it was read in.
        REQUIRE(a.elements.items.size() == 1);
        CHECK(a.elements.items[0].outcome == legal::Outcome::afslag);
        CHECK(a.text.text.substr(a.elements.items[0].at.begin, a.elements.items[0].at.end - a.elements.items[0].at.begin) == s);
    }
    // Near misses: the same verbs not negated; a negated verb that says nothing of the help.
    CHECK(std::string(outcome(run("Vi bytter rollatoren. Vi har lagt vægt på, at den er slidt, jf. servicelovens § 112.\n\n" + kGuidance))) != "afslag");
    CHECK(std::string(outcome(run("Vi forventer ikke at kunne træffe afgørelse før i marts, jf. servicelovens § 112.\n\n" + kGuidance))) != "afslag");
    // Negated sentences that refuse nothing leave a letter with no outcome as it was.
    for (const char* s : {"Vi behandler ikke din ansøgning, før vi har modtaget en erklæring fra din læge.",
                          "Vi træffer ikke afgørelse ved besøget.", "Aflastningen fortsætter, men holdes ikke i jeres hjem."}) {
        CAPTURE(s);
        CHECK(std::string(outcome(run(std::string(s) + " Det følger af servicelovens § 112.\n\n" + kGuidance))) != "afslag");
    }
    // A full grant is left alone: its result part holds negated sentences that refuse nothing.
    auto grant = run("Vi bevilger dig en rollator efter servicelovens § 112. Ydelsen beskattes ikke. Vi henter ikke din gamle "
                     "rollator.\n\n" + kGuidance);
    CHECK(std::string(outcome(grant)) == "bevilling");
    CHECK(grant.elements.outcome_certain);
}

TEST_CASE("blind-28 dev half: clauses joined by a semicolon are read one by one") {
    // One long sentence: the decision, then "; " and the citizen's words reported with what is
    // granted instead. The reported words silence only their own clause.
    const std::string refused =
        "Vi har behandlet din ansøgning om en bruseniche, og kommunen dækker ikke udgiften til ombygningen, fordi du kan "
        "komme sikkert i badekarret med et badekarsbræt, jf. servicelovens § 116, stk. 1; vi har noteret, at du ved "
        "besøget sagde, at du helst ser en bruseniche, og du får derfor i stedet et badekarsbræt efter servicelovens "
        "§ 112.\n\n" + kGuidance;
    auto a = run(refused, "Svar på ansøgning om ombygning af badeværelse");
    CHECK(std::string(outcome(a)) == "afslag");
    // Near miss: the same words with a comma for the semicolon are one sentence, read as the
    // citizen's words reported, and decide nothing.
    std::string comma = refused;
    comma.replace(comma.find("; "), 2, ", ");
    CHECK(std::string(cue_outcome(run(comma, "Svar på ansøgning om ombygning af badeværelse"))) != "afslag");
    // Clauses that go on with the one before stay joined: the citizen's points listed "at …; at …;
    // og at …" are all reported, and the help the neighbour gives is no grant.
    auto listed = run("Vi kan ikke bevilge hjælp til indkøb efter servicelovens § 83. Du har oplyst, at du har ondt i ryggen; "
                      "at du ikke kan bære tunge varer; og at du får hjælp til indkøb af din nabo hver uge. Vi har lagt "
                      "vægt på, at du selv kan bestille varer på nettet.\n\n" + kGuidance);
    CHECK(std::string(outcome(listed)) == "afslag");
}

TEST_CASE("blind-28 dev half: a daughter who gave her parent a power of attorney is an adult") {
    const std::string body =
        "Du har på vegne af din datter, Sofie Krogh, søgt om støtte til Sofie, når hun flytter i egen lejlighed. "
        "Vi skriver til dig, fordi Sofie har givet dig fuldmagt den 14. januar 2026.\n\n"
        "Sofie får socialpædagogisk støtte i 5 timer om ugen efter servicelovens § 85. Vi har lagt vægt på, at "
        "Sofie har brug for hjælp til at planlægge ugen.\n\n" + kGuidance;
    auto a = run(body, "Sofie får bostøtte");
    CHECK_FALSE(a.elements.child);
    // Near miss: the same letter without the power of attorney is about a child.
    std::string no_power = body;
    no_power.replace(no_power.find("Vi skriver til dig, fordi Sofie har givet dig fuldmagt den 14. januar 2026."),
                     std::string("Vi skriver til dig, fordi Sofie har givet dig fuldmagt den 14. januar 2026.").size(),
                     "Vi skriver til dig som Sofies far.");
    CHECK(run(no_power, "Sofie får bostøtte").elements.child);
    // Her full name, and a written power of attorney.
    std::string full = body;
    full.replace(full.find("fordi Sofie har givet dig fuldmagt"), std::string("fordi Sofie har givet dig fuldmagt").size(),
                 "fordi Sofie Krogh har givet dig en skriftlig fuldmagt");
    CHECK_FALSE(run(full, "Sofie får bostøtte").elements.child);
    // A power of attorney from someone else (the other parent) says nothing of the child's age.
    std::string other = body;
    other.replace(other.find("fordi Sofie har givet"), std::string("fordi Sofie har givet").size(), "fordi Pia har givet");
    CHECK(run(other, "Sofie får bostøtte").elements.child);
}

TEST_CASE("blind-30 dev half: a block of fields above the salutation that answers the application is the result") {
    // "Dit svar kort" opens a field block above "Kære Arne"; it is no result heading (and "Dit svar"
    // is also how a citizen-section heading opens). Its "Du får ikke:" field refuses one item.
    const std::string head =
        "Viborg Kommune\nVisitationen\n\nArne Kristiansen\nFabriksvej 27\n8850 Bjerringbro\n\nDato: 12. maj 2025\n\n"
        "Din hjælp fra hjemmeplejen\n\nDit svar kort\n"
        "Du har søgt om: Hjælp om morgenen, hjælp til bad og hjælp til rengøring\n"
        "Du får: Hjælp hver morgen til støttestrømper og påklædning, og hjælp til bad 1 gang om ugen\n";
    const std::string tail =
        "Start: Tirsdag den 13. maj 2025\n\nKære Arne\n\nVi var hjemme hos dig den 7. maj 2025. Her kan du læse, hvad vi "
        "har besluttet.\n\nHvorfor får du hjælp om morgenen og til bad?\n\nDu kan ikke selv tage støttestrømper på. "
        "Derfor får du hjælp til det.\n\nVenlig hilsen\n\nMette\n";
    auto a = analyse_document(extract::extract_text(head + "Du får ikke: Hjælp til rengøring\n" + tail, "case.txt"));
    CHECK(std::string(outcome(a)) == "delvis");
    // Near miss: without the "Du får ikke:" field everything applied for is granted.
    auto b = analyse_document(extract::extract_text(head + tail, "case.txt"));
    CHECK(std::string(outcome(b)) == "bevilling");
}

TEST_CASE("blind-30 dev half: guidance in a footnote after the signature is found by what it says") {
    const std::string body =
        "Vi stopper din hjælp til rengøring fra 1. december 2024. Du kan nu selv gøre rent, og du går selv til "
        "Netto og bærer varerne hjem¹.\n\nHvis du ikke er enig i, at hjælpen skal stoppe, kan du klage².\n\n"
        "Mange venlige hilsner\n\nKarina Thygesen\nVisitator\n\n"
        "¹ Afgørelsen er truffet efter lov om social service § 83, stk. 1, nr. 2.\n";
    auto a = run(body + "² Du skal sende din klage direkte til Ankestyrelsen. Klagen skal være sendt senest 4 uger efter, "
                        "at du har modtaget dette brev.");
    CHECK(a.elements.appeal.present);
    CHECK(a.elements.appeal.direct.found);
    REQUIRE(a.elements.appeal.deadline.has_value());
    // Near miss: a footnote that says nothing about complaining is no guidance, and the footnote
    // with the legal basis stays a reference.
    auto b = run(body + "² Se også kommunens kvalitetsstandard for praktisk hjælp.");
    CHECK_FALSE(b.elements.appeal.direct.found);
    CHECK_FALSE(b.elements.appeal.deadline.has_value());
    CHECK(b.elements.legal_basis);
    // A footnote that explains the rule of reconsideration tells no way to complain (review).
    auto c = run(body + "² Efter retssikkerhedslovens § 66 skal kommunen genvurdere sin afgørelse, når den modtager en klage.");
    CHECK_FALSE(c.elements.appeal.present);
}

TEST_CASE("blind-31 dev half: a quoted § takes the law its title above the quotation names") {
    auto refs_of = [](const std::string& appendix) {
        auto a = run("Du får ikke en badebænk efter servicelovens § 112, stk. 1, da du selv kan komme i bad.\n\n" + kGuidance +
                     "\n\nBilag 2: Uddrag af lovgivningen\n\n" + appendix);
        std::set<std::string> out;
        for (const auto& r : a.elements.statutes.refs)
            if (!r.law.empty()) out.insert(r.normalized());
        return out;
    };
    const std::string quoted = "§ 67. Fristen for at klage er 4 uger efter, at klageren har modtaget afgørelsen.\n";
    CHECK(refs_of("Lov om retssikkerhed og administration på det sociale område (retssikkerhedsloven)\n\n" + quoted).count("RSL § 67"));
    // Near misses: a title that names two laws, or none, leaves the quoted § unresolved (not the
    // letter's own law, serviceloven).
    auto two = refs_of("Serviceloven og retssikkerhedsloven\n\n" + quoted);
    CHECK_FALSE(two.count("RSL § 67"));
    CHECK_FALSE(two.count("SEL § 67"));
    auto none = refs_of("Uddrag\n\n" + quoted);
    CHECK_FALSE(none.count("RSL § 67"));
    // A law named inside the quoted text is the text's own, not the title of what follows (review):
    // "§ 117" under the title "Serviceloven" stays serviceloven's.
    auto inner = refs_of("Serviceloven\n\n§ 116. Kommunalbestyrelsen yder hjælp til indretning af bolig.\n\n"
                         "Hjælpen gives ikke, hvis udgiften kan dækkes efter lov om almene boliger.\n\n"
                         "§ 117. Kommunalbestyrelsen kan yde tilskud til individuel befordring.\n");
    CHECK(inner.count("SEL § 117"));
    CHECK_FALSE(inner.count("ABL § 117"));
}

TEST_CASE("understanding: a receipt's subject outweighs the decision to come further down") {
    // blind-32 d2-08: a receipt whose plan mentions the decision to come ("…, før vi træffer
    // afgørelse") is a receipt when its subject acknowledges the application.
    const std::string body =
        "Tak for jeres ansøgning, som vi modtog den 2. april 2024. I søger om en trehjulet specialcykel til Alma.\n\n"
        "Hvad sker der nu?\n\n- Børneergoterapeuten ringer til jer inden for to uger for at aftale et besøg.\n"
        "- Hvis cyklen passer, kan Alma låne den i en prøveperiode, før vi træffer afgørelse.\n\n"
        "Ring til Børneteamet, hvis I har spørgsmål.";
    CHECK(run(body, "Vi har modtaget jeres ansøgning om en specialcykel til Alma").elements.scope.type == legal::DocType::kvittering);
    // Near miss: under a subject that names no kind of letter, the same words are read as a partshøring.
    CHECK(run(body, "Jeres ansøgning om en specialcykel til Alma").elements.scope.type == legal::DocType::partshoering);
    // Near miss: a firm partshøring under a receipt's subject stays a partshøring.
    CHECK(run("Tak for din ansøgning, som vi modtog den 2. februar 2026. Du kan gå ca. 500 meter med rollator.\n\nVi har vurderet "
              "sagen. Vi påtænker derfor at give dig afslag på en el-scooter efter servicelovens § 112.\n\nDu kan komme med dine "
              "bemærkninger til os frem til den 20. marts 2026.",
              "Vi har modtaget din ansøgning om el-scooter")
              .elements.scope.type == legal::DocType::partshoering);
}

TEST_CASE("understanding: the citizen's own question quoted under a numbered point is answered by the sentence under it") {
    // blind-33 e2-04: a reply that answers the citizen's e-mail point by point.
    auto letter = [](const std::string& point2, const std::string& answer2) {
        return run("Du stillede tre spørgsmål i din mail. Jeg svarer på dem i samme rækkefølge.\n\n"
                   "Punkt 1: \"Kan jeg få hjælp til rengøring?\"\n\nDu får hjælp til rengøring hver 2. uge efter servicelovens "
                   "§ 83, stk. 1, nr. 2. Ved besøget så vi, at du ikke kan støvsuge.\n\n" + point2 + "\n\n" + answer2 +
                   " Du fortalte ved besøget, at du selv kører til butikken.\n\n" + kGuidance,
                   "Svar på din mail om hjælp i hjemmet");
    };
    auto a = letter("Punkt 2: \"Kan I også handle ind for mig?\"", "Vi kan desværre ikke hjælpe dig med indkøb.");
    CHECK(std::string(outcome(a)) == "delvis");
    // Near miss: under a question that is not about the citizen's help, a "kan ikke" sentence refuses nothing.
    auto b = letter("Punkt 2: \"Hvorfor har min nabo fået mere hjælp end mig?\"", "Vi kan desværre ikke sammenligne din hjælp med din nabos.");
    CHECK(std::string(outcome(b)) == "bevilling");
    // Near miss: an FAQ heading in "jeg" without a numbered point describes the rules; its answer refuses nothing.
    auto c = letter("Kan jeg få hjælp til havearbejde?", "Nej, kommunen kan ikke give hjælp til havearbejde.");
    CHECK(std::string(outcome(c)) == "bevilling");
}

TEST_CASE("understanding: a letter that says it is no decision is no partshøring for naming the decision to come") {
    // blind-33 e2-11: a visit announced by the municipality's contractor.
    const std::string tail =
        "Vordingborg Kommune har bedt os om at se på jeres badeværelse. Vi er et rådgivende firma, som kommunen bruger til de "
        "byggetekniske vurderinger.\n\nVi kommer torsdag den 19. marts 2026 kl. 10.00 og ser på badeværelset.\n\nVi sender vores beskrivelse til kommunen "
        "inden for 14 dage efter besøget. Kommunen sender jer en kopi, så I kan komme med bemærkninger, før der træffes "
        "afgørelse.\n\nDette brev er ikke en afgørelse, og I kan derfor ikke klage over det.";
    auto a = run(tail, "Besigtigelse af jeres badeværelse");
    CHECK(a.elements.scope.type == legal::DocType::andet_brev);
    // Near miss: a letter that also states the intended decision is a partshøring, whatever it says it is not.
    auto b = run("Vi påtænker at give jer afslag på ombygningen af badeværelset.\n\n" + tail, "Besigtigelse af jeres badeværelse");
    CHECK(b.elements.scope.type == legal::DocType::partshoering);
    // "Vi forventer at beslutte, at …" states the intended decision (blind-17 r2-10).
    auto c = run("Du har oplyst, at du flytter til Randers den 1. juni 2026. Randers Kommune bliver derfor din handlekommune.\n\n"
                 "Vi forventer at beslutte, at din ledsagelse ophører den 31. maj 2026. Dette brev er ikke en afgørelse. Send dine "
                 "bemærkninger, før der træffes afgørelse.",
                 "Brev om din ledsagelse");
    CHECK(c.elements.scope.type == legal::DocType::partshoering);
}

TEST_CASE("blind-34 dev half: what was asked for in an 'anmodet om, at …' clause decides nothing") {
    // "… har anmodet om, at Samsø Kommune yder hjælp til …" tells the request; the letter refuses it.
    auto a = run("Under henvisning til Deres brev af 12. august 2024, hvori De har anmodet om, at Samsø Kommune yder hjælp til "
                 "anskaffelse af en etplansbolig, skal kommunen meddele følgende.\n\nDa boligen kan gøres egnet ved indretning, er "
                 "betingelsen i servicelovens § 116, stk. 4, ikke opfyldt, og anmodningen tages derfor ikke til følge.\n\n" + kGuidance,
                 "Deres klients anmodning om hjælp til anskaffelse af anden bolig");
    CHECK(std::string(outcome(a)) == "afslag");
    // Near miss: the same clause after a verb that decides ("Vi har besluttet, at kommunen yder …").
    auto b = run("Vi har besluttet, at Samsø Kommune yder hjælp til anskaffelse af en etplansbolig efter servicelovens § 116, stk. 4.",
                 "Afgørelse om hjælp til anskaffelse af anden bolig");
    CHECK(std::string(outcome(b)) == "bevilling");
}

TEST_CASE("blind-34 dev half: items decided under plain titles, one title each") {
    const std::string intro = "Vi har modtaget din ansøgning om dels dækning af merudgifter, dels støtte til køb af bil. Vi har truffet "
                              "afgørelse om begge dele som anført nedenfor.\n\n";
    const std::string first = "Dækning af merudgifter\n\nDu har søgt om 1.100 kr. om måneden. Ansøgningen imødekommes i sin helhed, så du "
                              "fra den 1. september 2025 får 1.100 kr. om måneden efter servicelovens § 100, stk. 1.\n\n";
    const std::string car = "Støtte til køb af bil\n\nDu har også søgt om støtte til køb af bil. Ansøgningen om støtte til køb af bil "
                            "imødekommes ikke, da du er visiteret til handicapkørsel.\n\n";
    CHECK(std::string(outcome(run(intro + first + car + kGuidance, "Svar på din ansøgning"))) == "delvis");
    // Near miss: a later title that asks a question is no item ("Hvad sker der nu?").
    const std::string next = "Hvad sker der nu?\n\nDu får ikke et nyt brev om bilen, før du søger igen.\n\n";
    CHECK(std::string(outcome(run(intro + first + next + kGuidance, "Svar på din ansøgning"))) == "bevilling");
}

TEST_CASE("blind-34 dev half: a reasoning section of an unfilled field, a bare conclusion and stock phrases is bare") {
    const std::string head = "Vi har revisiteret din hjælp. Din hjælp til bad bliver nedsat fra to gange til én gang om ugen efter "
                             "servicelovens § 83, stk. 1, nr. 1.\n\nVed besøget den 05.09.2024 gav du udtryk for, at du helst vil "
                             "beholde hjælpen til bad to gange om ugen. Det har indgået i vurderingen.\n\nBegrundelse:\n[indsæt begrundelse]\n\n";
    const std::string stock = "Visitationen vurderer, at du ikke længere opfylder betingelserne for at få hjælp i det hidtidige omfang. "
                              "Hjælpen er tildelt efter en konkret og individuel vurdering og i overensstemmelse med Tønder Kommunes "
                              "kvalitetsstandard for personlig pleje.\n\nÆndringen træder i kraft fra den 07.10.2024. Hjemmeplejen "
                              "kontakter dig om den nye plan.\n\n";
    auto a = run(head + stock + kGuidance, "Afgørelse om ændring af hjælp efter revisitation");
    CHECK(std::string(outcome(a)) == "ophoer");
    CHECK(a.elements.citizen.found);
    CHECK_FALSE(a.elements.reasoning());
    // Near miss: a fact of the case in the section makes it a reasoning.
    const std::string fact = "Ved besøget den 05.09.2024 så ergoterapeuten, at du selv kan komme ind i brusenichen og vaske dig.\n\n";
    auto b = run(head + fact + stock + kGuidance, "Afgørelse om ændring af hjælp efter revisitation");
    CHECK(b.elements.reasoning());
}

TEST_CASE("blind-34 dev half: 'Du skal fortsat selv klare dit bad' refuses the help applied for") {
    auto a = run("Du har søgt om hjælp til at gå i bad hver dag. Du skal fortsat selv klare dit bad. Hjemmeplejen kommer derfor ikke "
                 "for at hjælpe dig med det.\n\nAfgørelsen er truffet efter serviceloven § 83, stk. 1, nr. 1.\n\n" + kGuidance,
                 "Svar på din ansøgning om hjælp til bad");
    CHECK(std::string(outcome(a)) == "afslag");
    // Near miss: what the citizen can do, said in the reasoning of a grant, refuses nothing.
    auto b = run("Du får hjælp til bad to gange om ugen efter serviceloven § 83, stk. 1, nr. 1. Du kan fortsat selv klare "
                 "at vaske dit hår.", "Svar på din ansøgning om hjælp til bad");
    CHECK(std::string(outcome(b)) == "bevilling");
}

TEST_CASE("blind-36 dev half: an item table's amounts with øre ('996,00 kr.') are no zero amount, and the applied column is the nearest") {
    const std::string head = "Ansøgt udgift                                 Antal    Pris pr. stk.    Ansøgt          Bevilget\n"
                             "Kørestolshandsker med forstærket håndflade    4        249,00 kr.       996,00 kr.      996,00 kr.\n";
    const std::string last = "Bukser med forstærket sæde og knæ             3        499,00 kr.       1.497,00 kr.    1.497,00 kr.\n\n";
    const std::string grant = "Billund Kommune bevilger et engangsbeløb på 2.493,00 kr. efter serviceloven § 100, stk. 1.";
    CHECK(std::string(outcome(run(head + last + grant, "Bevilling – engangsydelse til merudgifter"))) == "bevilling");
    // Near miss: a row granted 0,00 kr. is refused.
    const std::string zero = "Bukser med forstærket sæde og knæ             3        499,00 kr.       1.497,00 kr.    0,00 kr.\n\n";
    CHECK(std::string(outcome(run(head + zero + grant, "Bevilling – engangsydelse til merudgifter"))) == "delvis");
}

TEST_CASE("blind-36 dev half: a 'Resultat' field under each item's heading states that item's result") {
    auto letter = [](const std::string& second) {
        return "Ansøgningen omfatter to ydelser, og der er truffet en afgørelse om hver af dem.\n\nAfgørelse 1 – merudgifter\n"
               "Ydelse        Dækning af nødvendige merudgifter\nLovgrundlag   Barnets lov § 86, stk. 1-3\n"
               "Resultat      Bevilget som ansøgt: 1.000 kr. pr. måned fra 1. juli 2024\n\nAfgørelse 2 – tabt arbejdsfortjeneste\n"
               "Ydelse        Tabt arbejdsfortjeneste ved kontrolbesøg\nLovgrundlag   Barnets lov § 87, stk. 1 og 3\nResultat      " +
               second + "\n\n" + kGuidance;
    };
    CHECK(std::string(outcome(run(letter("Ikke bevilget"), "To afgørelser om ydelser til Luna"))) == "delvis");
    // Near miss: both items granted as applied for.
    CHECK(std::string(outcome(run(letter("Bevilget som ansøgt: 6 dage om året"), "To afgørelser om ydelser til Luna"))) == "bevilling");
}

TEST_CASE("blind-36 dev half: 'Du har oplyst  Vi har godkendt' heads an item table of applied and granted amounts") {
    auto letter = [](const std::string& row) {
        return std::string("Vi har gennemgået din merudgiftsydelse. Du får 1.300 kr. om måneden fra 1. januar 2025 efter servicelovens "
                           "§ 100, stk. 1.\n\nSådan har vi regnet\n\nUdgift                                   Du har oplyst    Vi har godkendt\n"
                           "Egenbetaling til medicin                 385 kr.          385 kr.\n") +
               row + "\n\nVi har lagt vægt på dine kvitteringer fra august til oktober.\n\n" + kGuidance;
    };
    CHECK(std::string(outcome(run(letter("Privat rengøring                         600 kr.          0 kr."), "Din merudgiftsydelse"))) == "delvis");
    // Near miss: every row granted as stated.
    CHECK(std::string(outcome(run(letter("Ekstra tøjslid                           150 kr.          150 kr."), "Din merudgiftsydelse"))) == "bevilling");
}

TEST_CASE("review of the blind-34/35/36 work: item titles, field results and table columns that decide nothing new") {
    // An information heading under a grant is no item ("Egenbetaling", "Hvis du bliver indlagt").
    const std::string grant = "Du har søgt om madservice.\n\nMadservice\n\nDu får madservice fem dage om ugen fra den 1. marts 2025 "
                              "efter servicelovens § 83, stk. 1, nr. 3.\n\n";
    CHECK(std::string(outcome(run(grant + "Egenbetaling\n\nKommunen betaler ikke for udbringningen af drikkevarer.\n\n" + kGuidance,
                                  "Afgørelse om madservice"))) == "bevilling");
    // "Bevilget, som du har søgt om" and "Bevilget (som ansøgt)" grant as applied for.
    auto fields = [](const std::string& a, const std::string& b) {
        return "Ansøgningen omfatter to hjælpemidler.\n\nAfgørelse 1 – rollator\nLovgrundlag   Servicelovens § 112, stk. 1\nResultat      " + a +
               "\n\nAfgørelse 2 – badebænk\nLovgrundlag   Servicelovens § 112, stk. 1\nResultat      " + b + "\n\n" + kGuidance;
    };
    CHECK(std::string(outcome(run(fields("Bevilget, som du har søgt om", "Bevilget (som ansøgt)"), "To afgørelser om hjælpemidler"))) ==
          "bevilling");
    CHECK(std::string(outcome(run(fields("Bevilget (ansøgt 2 stk.)", "Bevilget – som ansøgt"), "To afgørelser om hjælpemidler"))) ==
          "delvis");
    // A date column ("Ansøgt fra") is no applied column: the granted amount is not compared with a date.
    const std::string table = "Ydelse             Ansøgt omfang      Ansøgt fra      Bevilget omfang\n"
                              "Praktisk hjælp     2 timer om ugen    1. maj 2025     2 timer om ugen\n\n";
    CHECK(std::string(outcome(run("Du får praktisk hjælp efter servicelovens § 83, stk. 1, nr. 2.\n\n" + table + kGuidance,
                                  "Afgørelse om praktisk hjælp"))) == "bevilling");
}

TEST_CASE("understanding: item lines with a status in capitals decide their items") {
    const std::string items =
        "Du har søgt om it-hjælpemidler til brug i hjemmet. Herunder står vores afgørelse for hvert hjælpemiddel.\n\n"
        "Skærmlæser og forstørrelsesprogram\n\nBEVILGET SOM STANDARDMODEL: SuperNova i stedet for ZoomText Fusion.\n\n"
        "Instruktion i programmet\n\nBEVILGET: 6 timers instruktion i dit hjem.\n\n";
    auto a = run(items + "Punktdisplay (Focus 40 Blue) IKKE BEVILGET.\n\nNy bærbar computer IKKE BEVILGET.\n\n" + kGuidance,
                 "Afgørelse om it-hjælpemidler");
    CHECK(std::string(outcome(a)) == "delvis");
    auto b = run(items + "BEVILGET MED VILKÅR – Babyalarm med lyd- og bevægelsessensor.\n\nIKKE BEVILGET – Apple Watch.\n\n" + kGuidance,
                 "Afgørelse om it-hjælpemidler");
    CHECK(std::string(outcome(b)) == "delvis");
    // Near miss: the same words in lower case close no item line (headings and labels in capitals:
    // the review near misses below).
    auto c = run(items + "Punktdisplay (Focus 40 Blue) ikke bevilget af regionen tidligere\n\n" + kGuidance, "Afgørelse om it-hjælpemidler");
    CHECK(std::string(outcome(c)) == "bevilling");
}

TEST_CASE("understanding: capitals that are no item's status (review near misses)") {
    const std::string refusal = "Du får ikke bevilget en el-scooter efter servicelovens § 112, stk. 1, fordi du kan gå 500 meter.\n\n";
    // A table of today's help whose rows end in the status.
    CHECK(std::string(outcome(run(refusal + "Her er en oversigt over den hjælp, du har i dag:\n\nRengøring hver 14. dag BEVILGET\n\n"
                                            "Tøjvask hver uge BEVILGET\n\n" + kGuidance))) == "afslag");
    // Clauses, and a lower-case "ikke" before the capitals.
    CHECK(std::string(outcome(run(refusal + "Du har i forvejen hjælp til rengøring, som er BEVILGET.\n\nDin hjælp til tøjvask er også BEVILGET.\n\n" +
                                  kGuidance))) == "afslag");
    CHECK(std::string(outcome(run("Du har søgt om en el-scooter og en badebænk.\n\nEl-scooteren er ikke BEVILGET.\n\nBadebænken er heller ikke "
                                  "BEVILGET.\n\nDu kan gå 500 meter og selv sidde på en stol i badet, jf. servicelovens § 112.\n\n" + kGuidance))) ==
          "afslag");
    // Labels in capitals.
    CHECK(std::string(outcome(run(refusal + "GODKENDT AF: Lise Hansen, teamleder.\n\nGODKENDT DATO: 3. juni 2024.\n\n" + kGuidance))) == "afslag");
    CHECK(std::string(outcome(run("Du får bevilget madservice efter servicelovens § 83, stk. 1.\n\nNEDSAT EGENBETALING: 25 kr. pr. måltid.\n\n"
                                  "NEDSAT FUNKTIONSEVNE: Du har svært ved at stå ved komfuret.\n\nBEVILGET: Madservice 7 dage om ugen.\n\n"))) ==
          "bevilling");
    // A header row, and a value of none.
    CHECK(std::string(outcome(run(refusal + "HJÆLPEMIDDEL  ANSØGT  BEVILGET\n\nEl-scooter  1  0\n\n" + kGuidance))) == "afslag");
    CHECK(std::string(outcome(run("Ansøgt: 4 timer om ugen. Bevilget: 0 timer.\n\nBegrundelse: Du kan selv klare rengøringen, jf. servicelovens § 83.\n\n" +
                                  kGuidance))) != "bevilling");
}

TEST_CASE("understanding: 'medhold' only where the result says it, not as a possibility or in a negation") {
    const std::string& opening = kReconsiderationOpening;
    const std::string& guidance = kReconsiderationGuidance;
    for (const char* p : {"Vi har ikke fundet grundlag for, at du får medhold. Du får fortsat et el-trækaggregat, som du fik bevilget i 2023. "
                          "Din klage er sendt videre til Ankestyrelsen.",
                          "Vi kan ikke give dig medhold. Ankestyrelsen kan vurdere, at du får medhold, og så får du en el-kørestol. Din klage "
                          "er sendt videre til Ankestyrelsen."}) {
        CAPTURE(p);
        CHECK(std::string(outcome(run(opening + p + "\n\n" + guidance, "Genvurdering af afgørelse om el-kørestol", "19. november 2025"))) !=
              "delvis");
    }
    // The numbered form of the letter that showed it: "1.2 Resultatet er, at du får delvist medhold."
    CHECK(std::string(outcome(run(opening + "1.2 Resultatet er, at du får delvist medhold. Du får et el-trækaggregat til din manuelle kørestol "
                                            "efter servicelovens § 112. Vi fastholder afslaget på en el-kørestol, og den del af din klage "
                                            "er sendt videre til Ankestyrelsen.\n\n" + guidance,
                                  "Genvurdering af afgørelse om el-kørestol", "19. november 2025"))) == "delvis");
}

TEST_CASE("understanding: what is refused after 'nej til, at …' is no grant") {
    CHECK(std::string(outcome(run("Vi siger nej til, at kommunen betaler taxakørsel til aktivitetscentret efter servicelovens § 117.\n\n" + kGuidance))) ==
          "afslag");
    // Near miss: a clause after what was applied for, granted in the next sentence.
    CHECK(std::string(outcome(run("Du har søgt om, at kommunen betaler taxakørsel. Vi bevilger kørslen efter servicelovens § 117.\n\n" + kGuidance))) ==
          "bevilling");
}

TEST_CASE("understanding: a reconsideration's result paragraph that forwards the rest is read whole") {
    // The guidance stands in the text, with no heading of its own: the paragraphs that forward the
    // complaint read as guidance.
    const std::string& opening = kReconsiderationOpening;
    const std::string& guidance = kReconsiderationGuidance;
    auto a = run(opening +
                     "Resultatet er, at du får delvist medhold. Du får et el-trækaggregat til din manuelle kørestol efter servicelovens "
                     "§ 112. Vi fastholder afslaget på en el-kørestol, og den del af din klage er sendt videre til Ankestyrelsen.\n\n" +
                     guidance,
                 "Genvurdering af afgørelse om el-kørestol", "19. november 2025");
    CHECK(std::string(outcome(a)) == "delvis");
    // Near miss: "medhold" only in a condition; the paragraph forwards the whole complaint.
    auto b = run(opening +
                     "Vi fastholder afslaget på en el-kørestol. Hvis vi ikke giver dig medhold, sender vi klagen videre til "
                     "Ankestyrelsen. Du får et el-trækaggregat til din manuelle kørestol efter servicelovens § 112.\n\n" + guidance,
                 "Genvurdering af afgørelse om el-kørestol", "19. november 2025");
    CHECK(std::string(outcome(b)) != "delvis");
}


namespace {
// A whole letter's text (its own letterhead and subject), analysed.
Analysis analyse_letter(const std::string& letter) { return analyse_document(extract::extract_text(letter, "case.txt")); }

// The section of the paragraph whose text is `heading`.
std::string section_of(const Analysis& a, const std::string& heading) {
    for (std::size_t p = 0; p < a.text.paragraphs.size(); ++p) {
        const auto& para = a.text.paragraphs[p];
        if (a.text.text.substr(para.begin, para.end - para.begin) == heading)
            return structure::section_name(a.elements.structure.para_section[p]);
    }
    return "(not found)";
}
}  // namespace

TEST_CASE("understanding: a framed summary box above the salutation is read whole (one line per item)") {
    auto letter = [](const std::string& box) {
        return "Brøndby Kommune\nVisitationen\n\nDato: 5. september 2024\n\nAfgørelse om praktisk hjælp\n\n" + box +
               "\n\nKære Nenad\n\nDu har søgt om praktisk hjælp. Vi besøgte dig den 14. august 2024.\n\n"
               "Du får hjælp til rengøring hver 2. uge efter serviceloven § 83, stk. 1, nr. 2. Hjælpen starter i uge 38.\n\n" + kGuidance + "\n";
    };
    const std::string rule = "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━";
    const std::string items = "\nKORT FORTALT\nDu får hjælp til rengøring hver 2. uge.\nDu får ikke hjælp til tøjvask.\n";
    CHECK(std::string(outcome(analyse_letter(letter(rule + items + rule)))) == "delvis");
    // Near miss: a framed box that is no summary ("HUSK") is not the result.
    const std::string note = "\nHUSK\nDu får ikke besøg i uge 32, fordi hjemmeplejen holder kursus.\n";
    CHECK(std::string(outcome(analyse_letter(letter(rule + note + rule)))) == "bevilling");
}

TEST_CASE("understanding: a grant of what was applied for is not qualified by refusing the same help under another law") {
    auto letter = [](const std::string& refusal, const std::string& grant) {
        return run("Hvorfor får du genoptræning efter serviceloven?\n\nDu er ikke udskrevet fra hospitalet med en genoptræningsplan. " +
                       refusal + " Kommunen skal tilbyde genoptræning efter servicelovens § 86, stk. 1. Vi har lagt vægt på testen den "
                       "1. oktober 2025, hvor du rejste dig fra en stol 8 gange på 30 sekunder.\n\nDet får du\n\n" + grant +
                       "\n\n" + kGuidance,
                   "Din ansøgning om genoptræning", "6. oktober 2025");
    };
    const std::string as_applied = "Du får det, du har søgt om: genoptræning to gange om ugen i 8 uger.";
    CHECK(std::string(outcome(letter("Derfor kan du ikke få genoptræning efter sundhedsloven.", as_applied))) == "bevilling");
    // Near misses: a refusal of something else applied for qualifies the grant; so does the other
    // law's refusal when the result does not say it grants what was applied for.
    CHECK(std::string(outcome(letter("Derfor kan du ikke få træning i varmtvandsbassin.", as_applied))) == "delvis");
    CHECK(std::string(outcome(letter("Derfor kan du ikke få genoptræning efter sundhedsloven.",
                                     "Du får genoptræning én gang om ugen i 8 uger."))) == "delvis");
}

TEST_CASE("understanding: another area's law the letter says it does not decide under is no sign of that area") {
    auto letter = [](const std::string& which, const std::string& when) {
        return run("Du får vedligeholdelsestræning på hold én gang om ugen i 12 uger. Du får ikke individuel træning to gange om ugen, "
                   "som du bad om.\n\nTræningen er efter servicelovens regler om vedligeholdelsestræning. " + which +
                       " genoptræning efter sundhedsloven, fordi genoptræningsplanen fra hospitalet er afsluttet.\n\n"
                       "Hvorfor får du ikke det, du bad om?\n\nVi har lagt vægt på din slutstatus fra den 27. august 2024, hvor du "
                       "kunne gå 6 minutter uden stok.\n\n" + when + " genoptræning efter sundhedsloven § 140, stk. 1.\n\n" + kGuidance,
                   "Du kan fortsætte med træning på hold", "17. september 2024");
    };
    const auto set_aside = letter("Den er ikke længere", "Hvis du udskrives med en ny genoptræningsplan, bliver din træning igen");
    CHECK(set_aside.elements.scope.area == legal::Area::social);
    CHECK(set_aside.elements.scope.area_certain);  // its sentences' own words of the other area count no more
    // Near miss: the same references, said to be the law the training is under.
    CHECK(letter("Den er", "Din træning er").elements.scope.area == legal::Area::other);
}

TEST_CASE("understanding: a child named in the subject whose age is given past the surnames, in months, is a child") {
    auto letter = [](const std::string& age) {
        return run("Vi har den 19. februar 2024 modtaget jeres ansøgning om en fodabduktionsskinne til jeres søn Noah Wejse Mikkelsen, " +
                       age + ".\n\nHelsingør Kommune kan ikke bevilge skinnen som hjælpemiddel efter servicelovens § 112. Skinnen er et "
                       "behandlingsredskab, og det er hospitalet, der skal betale den.\n\n" + kGuidance,
                   "Afgørelse om fodabduktionsskinne til Noah", "11. marts 2024");
    };
    CHECK(letter("4 måneder").elements.child);
    CHECK(letter("11 år").elements.child);
    // Near misses: a grown son of the same name; a duration, not an age (review probe).
    CHECK_FALSE(letter("24 år").elements.child);
    CHECK_FALSE(letter("3 uger efter ulykken").elements.child);
}

TEST_CASE("understanding: numbered item titles in the result head one item each, so a bare refused item is seen") {
    auto letter = [](const std::string& one, const std::string& two) {
        return run("Du har den 14. april 2026 søgt om to ting: et toiletsæde med armlæn og at få fjernet dørtrinnet ud til terrassen.\n\n" +
                       one + "\n\nDu får et forhøjet toiletsæde med armlæn. Ved besøget fortalte du os, at du kun kan rejse dig fra "
                       "toilettet ved at trække dig op i håndvasken, og det har vi lagt vægt på. Det er bevilget efter servicelovens "
                       "§ 112, stk. 1.\n\n" + two +
                       "\n\nDu får afslag på at få fjernet dørtrinnet. Du opfylder ikke betingelserne for at få hjælp til "
                       "boligindretning efter servicelovens § 116, stk. 1.\n\n" + kGuidance,
                   "Svar på dine to ansøgninger", "2. juni 2026");
    };
    auto a = letter("1. Toiletsæde med armlæn", "2. Fjernelse af dørtrin og rampe til terrassen");
    CHECK(std::string(outcome(a)) == "delvis");
    CHECK(a.elements.reasoning_item_bare.found);
    // Near miss: numbered statements are no item titles.
    auto b = letter("1. Du får et toiletsæde", "2. Du får ikke en rampe");
    CHECK_FALSE(b.elements.reasoning_item_bare.found);
}

TEST_CASE("understanding: a notice over the letterhead (a video in tegnsprog) does not hide the title under it") {
    const std::string notice = "Vil du have brevet på tegnsprog? Du kan se en video på dansk tegnsprog, hvor indholdet i brevet "
                               "bliver forklaret. Send en sms til 9931 4470, så sender vi dig et link.\n\n";
    const std::string fields = "Kirsten Dahl\nHasserisgade 61\n9000 Aalborg\n\nDato: 14. marts 2024\nSagsnr.: 27.24.06-G01-2024-08813\n\n";
    const std::string body = "Du får en kontaktperson 12 timer om ugen\n\nKære Kirsten\n\nDu har søgt om en kontaktperson for "
                             "døvblinde i 20 timer om ugen.\n\nVi har besluttet, at du får en kontaktperson i 12 timer om ugen "
                             "efter servicelovens § 98. Det betyder, at du får en del af det, du har søgt om, men ikke alle timerne.\n\n" +
                             kGuidance + "\n";
    auto a = analyse_letter("Aalborg Kommune\nMyndighed Handicap\n\n" + notice + fields + body);
    CHECK(section_of(a, "Du får en kontaktperson 12 timer om ugen") == "result");
    CHECK(std::string(outcome(a)) == "delvis");
    // Near miss: running text below the case fields is the letter's own; a heading after it heads a part.
    auto b = analyse_letter("Aalborg Kommune\nMyndighed Handicap\n\n" + fields + notice + body);
    CHECK(section_of(b, "Du får en kontaktperson 12 timer om ugen") == "other");
}

TEST_CASE("understanding: a draft's reviewer comments and text marked deleted are not the letter's words") {
    auto letter = [](const std::string& mark, const std::string& deadline) {
        return "Fanø Kommune\nSocial og Sundhed\n\nDato: 15. september 2025\n\nVi overvejer at stoppe din bostøtte\n\nKære Rasmus\n\n" + mark +
               "\n\nVi har endnu ikke truffet en afgørelse. Vi overvejer at stoppe den socialpædagogiske støtte, du får efter "
               "servicelovens § 85. Før vi træffer afgørelse, vil vi gerne høre, hvad du mener.\n\nDu kan sende dine bemærkninger "
               "til os senest den 29. september 2025.\n\nHvis du ikke er enig i en afgørelse, kan du klage. Klagen skal være modtaget "
               "hos Fanø Kommune senest " + deadline + " efter, at du har fået afgørelsen.\n\nVenlig hilsen\n\nNanna Overgaard\n";
    };
    auto a = analyse_letter(letter("[slettet af AKN: Vi har besluttet at stoppe din socialpædagogiske støtte pr. 1. oktober 2025.]",
                                   "[BLH: rettet fra \"8 uger\" til:] 4 uger"));
    CHECK(a.elements.scope.type == legal::DocType::partshoering);
    REQUIRE(a.text.annotations.size() == 2);
    CHECK(a.text.letter_text(a.text.annotations[1].first - 7, a.text.annotations[1].second + 7) == "senest 4 uger");
    // Near miss: the same words without the reviewer's marks: the old binary read the deadline as 8 uger.
    auto b = analyse_letter(letter("Vi har besluttet at stoppe din socialpædagogiske støtte pr. 1. oktober 2025.", "rettet fra \"8 uger\" til: 4 uger"));
    CHECK(b.text.annotations.empty());
    REQUIRE(b.elements.appeal.deadline.has_value());
    CHECK(*b.elements.appeal.deadline == "8 uger");
    REQUIRE(a.elements.appeal.deadline.has_value());
    CHECK(*a.elements.appeal.deadline == "4 uger");
    // A grant whose refused part a reviewer marked deleted grants in full; unmarked, it is partial.
    auto grant = [](const std::string& refusal) {
        return "Brøndby Kommune\nVisitationen\n\nDato: 5. september 2024\n\nAfgørelse om praktisk hjælp\n\nKære Nenad\n\n"
               "Du har søgt om praktisk hjælp. Du får hjælp til rengøring hver 2. uge efter serviceloven § 83, stk. 1, nr. 2. " +
               refusal + "\n\n" + kGuidance + "\n";
    };
    CHECK(std::string(outcome(analyse_letter(grant("[slettet af AKN: Du får ikke hjælp til tøjvask.]")))) == "bevilling");
    CHECK(std::string(outcome(analyse_letter(grant("Du får ikke hjælp til tøjvask.")))) == "delvis");
}

TEST_CASE("understanding: 'Hvad er det vigtigste?' and 'Hvad har vi ændret?' head the result") {
    auto a = run("Hvad er det vigtigste?\n\nDu får nu 700 kr. om måneden til taxa.\nDu får stadig ikke penge til sko og medicin.\n"
                 "Den del af din klage sender vi til Ankestyrelsen.\n\nHvad er der sket i din sag?\n\n"
                 "Den 14. november 2025 fik du afslag på hjælp til merudgifter efter serviceloven § 100. Du klagede den 3. december 2025.\n\n"
                 "Hvad har vi ændret?\n\nDu får 700 kr. om måneden til taxa fra 1. november 2025.\n\n"
                 "Hvorfor har vi ændret det?\n\nDine kvitteringer viser, at du bruger cirka 700 kr. om måneden på taxa.\n\n" + kGuidance,
                 "Vi har set på din sag igen efter din klage", "13. januar 2026");
    CHECK(section_of(a, "Hvad er det vigtigste?") == "result");
    CHECK(section_of(a, "Hvad har vi ændret?") == "result");
    CHECK(section_of(a, "Hvorfor har vi ændret det?") == "reasoning");
    CHECK(std::string(outcome(a)) == "delvis");
}

TEST_CASE("understanding: item subheadings right under an empty reasoning heading are the reasoning") {
    const std::string result = "Du får hjælp til rengøring hver 2. uge. Du får ikke hjælp til tøjvask. Afgørelsen er truffet efter serviceloven § 83, stk. 1, nr. 2.\n\n";
    auto a = run(result +
                 "Hvorfor?\n\nRengøring\n\n- Du har KOL. Du bliver hurtigt forpustet.\n- Du kan selv tørre køkkenbordet af og vaske op.\n"
                 "- Vi giver kun rengøring hver uge, hvis der er særlige grunde som allergi.\n\nTøjvask\n\n"
                 "- Du har en vaskemaskine på dit badeværelse.\n- Du kan sidde på en stol, når du fylder og tømmer maskinen.\n"
                 "- Derfor kan du selv vaske dit tøj.\n\n" + kGuidance);
    CHECK(section_of(a, "Rengøring") == "reasoning");
    CHECK(section_of(a, "Tøjvask") == "reasoning");
    CHECK(a.elements.reasoning());
    // Near miss: under a reasoning heading with text of its own, a later heading of no known part
    // opens a section of its own.
    auto b = run(result + "Hvorfor?\n\nDu har KOL og kan ikke støvsuge.\n\nTøjvask\n\n- Du har en vaskemaskine på dit badeværelse.\n\n" + kGuidance);
    CHECK(section_of(b, "Tøjvask") == "other");
}

TEST_CASE("understanding: an offer of an interpreter or of help to complain is no grant") {
    CHECK(std::string(outcome(run("Du får ikke hjælp til rengøring fra kommunen.\n\nDu kan få en tolk gratis. Ring til os.\n\n" + kGuidance))) == "afslag");
    // Near miss: what the citizen can get from the decision is a grant.
    CHECK(std::string(outcome(run("Du får ikke hjælp til rengøring fra kommunen.\n\nDu kan få hjælp til tøjvask hver 2. uge.\n\n" + kGuidance))) == "delvis");
}

TEST_CASE("understanding: an application told as received gives what was applied for") {
    const std::string grant = "Du får bevilget socialpædagogisk støtte 3 timer ugentligt efter servicelovens § 85, stk. 1.\n\n";
    CHECK(std::string(outcome(run("Roskilde Kommune har modtaget ansøgning om socialpædagogisk støtte 6 timer ugentligt.\n\n" + grant + kGuidance))) == "delvis");
    CHECK(std::string(outcome(run("Vi har modtaget din ansøgning om socialpædagogisk støtte 6 timer om ugen.\n\n"
                                  "Du får bevilget socialpædagogisk støtte 3 timer om ugen efter servicelovens § 85, stk. 1.\n\n" + kGuidance))) == "delvis");
    // Near miss: the application received names no figure; the grant is full.
    CHECK(std::string(outcome(run("Roskilde Kommune har modtaget ansøgning om socialpædagogisk støtte.\n\n" + grant + kGuidance))) == "bevilling");
}

TEST_CASE("understanding: the citizen's own 'fordi' in a wish they told is no reasoning of the letter") {
    const std::string told = "Tak for snakken den 12. august. Du fortalte, at du gerne vil kunne køre selv til Brugsen, fordi du ikke kan gå "
                             "så langt mere. Det har vi taget med i vurderingen.\n\n";
    auto a = run(told + "Du kan ikke få bevilget en el-scooter. Du opfylder ikke betingelserne i serviceloven § 112 og § 113.\n\n" + kGuidance,
                 "Svar på ansøgning om el-scooter", "25. august 2026");
    CHECK(std::string(outcome(a)) == "afslag");
    CHECK(a.elements.reasoning_any);
    CHECK_FALSE(a.elements.reasoning());
    // Near miss: the letter gives its own reason of the case.
    auto b = run(told + "Du kan ikke få bevilget en el-scooter efter serviceloven § 113, fordi du kan gå 400 meter med din rollator "
                        "og har en plads i kommunens kørselsordning.\n\n" + kGuidance,
                 "Svar på ansøgning om el-scooter", "25. august 2026");
    CHECK(b.elements.reasoning());
}

TEST_CASE("understanding: help that goes on unchanged beside a refusal grants nothing new") {
    const std::string refusal = "Nyborg Kommune har ikke grundlag for at bevilge BPA efter serviceloven § 96, stk. 1. ";
    CHECK(std::string(outcome(run(refusal + "Din nuværende hjælp fortsætter uændret.\n\n" + kGuidance))) == "afslag");
    // Near miss: something else is granted beside the refusal.
    CHECK(std::string(outcome(run(refusal + "Du får bevilget 5 timers ledsagelse om måneden efter serviceloven § 97.\n\n" + kGuidance))) == "delvis");
}

TEST_CASE("understanding: a decision about the case itself has the procedural law as its legal basis") {
    const std::string body = "Du har bedt om aktindsigt i alle dokumenter i din sag om merudgifter. Du får aktindsigt i 14 dokumenter, jf. "
                             "forvaltningslovens § 9, stk. 1. Vi undtager ét internt dokument efter forvaltningslovens § 12, stk. 1, fordi "
                             "det alene er et udkast.\n\n";
    auto a = run(body + kGuidance, "Afgørelse om aktindsigt", "4. marts 2025");
    CHECK(a.elements.legal_basis);
    // Near miss: a decision about help that cites only forvaltningsloven names no legal basis.
    auto b = run("Du får ikke hjælp til rengøring. Du er blevet partshørt efter forvaltningslovens § 19, stk. 1, og du har "
                 "ikke haft bemærkninger.\n\n" + kGuidance,
                 "Afgørelse om hjælp til rengøring", "4. marts 2025");
    CHECK_FALSE(b.elements.legal_basis);
    // A subject field above the first heading ("Vedr.: …") names the matter as well.
    auto c = analyse_letter(
        "Rudersdal Kommune\n\nHolte, 8. maj 2025\n\nVedr.: Din anmodning om, at Rasmus Holt kan repræsentere dig i din sag\n\n"
        "1. Baggrund\n\nDu har givet Rasmus Holt fuldmagt.\n\n2. Retsgrundlag\n\nEn part kan lade sig repræsentere, jf. "
        "forvaltningslovens § 8, stk. 1.\n\n3. Kommunens stillingtagen\n\nKommunen kan ikke acceptere Rasmus Holt som "
        "partsrepræsentant i din sag.\n");
    CHECK(c.elements.legal_basis);
    CHECK(std::string(outcome(c)) == "afslag");
}

TEST_CASE("understanding: field lines 'Søgt: … Bevilget: …' with a rarer frequency are a partial grant") {
    auto fields = [](const std::string& granted) {
        return "Du har den 20-01-2025 søgt om hjælp til rengøring. Visitator har været på besøg hos dig.\n\nYdelse: Rengøring\nSøgt: 1 time hver uge\n"
               "Bevilget: " + granted + "\nStart: Uge 10, 2025\n\nLovgrundlag: Serviceloven § 83, stk. 1, nr. 2\n\n" + kGuidance;
    };
    CHECK(std::string(outcome(run(fields("1 time hver 2. uge"), "AFGØRELSE OM PRAKTISK HJÆLP"))) == "delvis");
    // Near miss: what was applied for.
    CHECK(std::string(outcome(run(fields("1 time hver uge"), "AFGØRELSE OM PRAKTISK HJÆLP"))) == "bevilling");
}

TEST_CASE("understanding: aktindsigt in most of the case is partial") {
    const std::string rest = " Dokumenterne er vedhæftet, jf. forvaltningslovens § 9, stk. 1.\n\n" + kGuidance;
    CHECK(std::string(outcome(run("Du får aktindsigt i det meste af sagen. To dokumenter får du ikke." + rest, "Afgørelse om aktindsigt"))) == "delvis");
}

TEST_CASE("understanding: a reconsideration's opening that upholds the refusal and forwards the complaint is its result") {
    auto a = run("Stevns Kommune fastholder afgørelsen af 3. februar 2025, hvor du fik afslag på ledsagelse efter servicelovens § 97, "
                 "stk. 1. Din klage er i dag sendt videre til Ankestyrelsen, som vil behandle den.\n\nVi modtog din klage den 20. februar 2025.\n\n"
                 "Vi har lagt vægt på, at du cykler alene de 4 km til dit job tre dage om ugen.",
                 "Genvurdering af afgørelse om ledsagelse", "14. marts 2025");
    CHECK(std::string(outcome(a)) == "afslag");
    // Near miss: guidance that says "fastholder vi den" as a condition makes no reconsideration.
    auto b = run("Din bevilling til individuel kørsel bliver nedsat fra 8 til 4 enkeltture om måneden efter servicelovens § 117, stk. 1.\n\n"
                 "Klage: Du kan klage til Syddjurs Kommune inden 4 uger fra du har modtaget brevet. Vi genvurderer afgørelsen, og "
                 "fastholder vi den, sender vi klagen til Ankestyrelsen.",
                 "Afgørelse om kørsel", "1. oktober 2025");
    CHECK(std::string(outcome(b)) == "ophoer");
    CHECK_FALSE(b.elements.reconsideration);
}

TEST_CASE("understanding: near misses of the readings of 2026-12-07 (review probes)") {
    auto out = [](const std::string& body, const std::string& subject = "Afgørelse om hjælp") {
        return std::string(outcome(run(body + "\n\n" + kGuidance, subject, "3. marts 2025")));
    };
    // An end date or a condition is no stop.
    CHECK(out("Du får bevilget dagbehandling efter servicelovens § 101 i 12 uger. Dit behandlingsforløb afsluttes den 30. juni 2025.") == "bevilling");
    CHECK(out("Du får bevilget ambulant behandling efter servicelovens § 101. Vi afslutter dit behandlingsforløb, når du har nået målene i "
              "din behandlingsplan.") == "bevilling");
    // "i det meste af" in a reason clause, "som du havde ønsket at undgå", a refused wish about where.
    CHECK(out("Du får udlånt en manuel kørestol efter servicelovens § 112, fordi du i det meste af dagen ikke kan gå.") == "bevilling");
    CHECK(out("Du får hjælp til personlig pleje efter servicelovens § 83 i dit eget hjem og ikke på plejecentret, som du havde ønsket at undgå.") == "bevilling");
    CHECK(out("Du får bevilget en plejebolig efter servicelovens § 192. Vi kan ikke visitere dig til et bestemt plejecenter, men vi tager "
              "hensyn til dine ønsker.") == "bevilling");
    // Help the citizen has as background; help that goes on beside a new grant in the same sentence.
    CHECK(out("Du er visiteret til rengøring hver 2. uge. Du har søgt om rengøring hver uge. Vi kan ikke bevilge rengøring hver uge efter "
              "servicelovens § 83.") == "afslag");
    CHECK(out("Din hjælp til rengøring fortsætter uændret, og du får derudover hjælp til tøjvask hver 2. uge efter servicelovens § 83. Vi kan "
              "ikke bevilge hjælp til indkøb.") == "delvis");
    // Help to read letters granted as støtte; an earlier application's figures.
    CHECK(out("Du kan få hjælp til at læse og forstå dine breve 2 timer om ugen efter servicelovens § 85.") == "bevilling");
    CHECK(out("Vi har i 2023 modtaget en ansøgning om støtte 8 timer om ugen fra dit bosted. Du får bevilget socialpædagogisk støtte 4 timer "
              "om ugen efter servicelovens § 85.") == "bevilling");
    // "godtage … før …" asks for documents; "Kan du ikke acceptere …" is guidance.
    CHECK(out("Vi kan ikke godtage udgifterne, før vi har modtaget kvitteringer. Send dem til os inden 14 dage.", "Vi mangler kvitteringer") != "afslag");
    CHECK(out("Du får bevilget en badebænk efter servicelovens § 112. Kan du ikke acceptere Nyborg Kommunes afgørelse, kan du klage.") == "bevilling");
    // The earlier grant in field lines; a date after "Bevilget:".
    CHECK(std::string(outcome(run("Søgt: Rengøring hver uge\nHidtil bevilget: Rengøring hver 2. uge\nBevilget: Rengøring hver uge\nStart: Uge 12, 2025\n\n"
                                  "Afgørelsen er truffet efter servicelovens § 83, stk. 1, nr. 2.\n\n" + kGuidance))) == "bevilling");
    CHECK(out("Hjælpemiddel: El-scooter\nBevilget: 1. juni 2022\n\nVi henter el-scooteren den 1. april 2025, fordi du ikke har brugt den.") != "bevilling");
    // Genoptagelse decides the help again: forvaltningsloven alone is no legal basis.
    auto g = run("Du får ikke hjælp til rengøring. Du er blevet partshørt efter forvaltningslovens § 19, stk. 1.\n\n" + kGuidance,
                 "Genoptagelse af din sag om hjælp til rengøring", "3. marts 2025");
    CHECK_FALSE(g.elements.legal_basis);
    // The letter's own answer after ", men" in a sentence about the citizen's wish is its reasoning.
    auto r = run("Du har fortalt, at du gerne vil have en el-scooter, men det er ikke nødvendigt, fordi du kan gå 500 meter med rollator og "
                 "har et buskort.\n\nDu får derfor ikke en el-scooter efter servicelovens § 112.\n\n" + kGuidance,
                 "Afgørelse om el-scooter", "3. marts 2025");
    CHECK(r.elements.reasoning());
}



TEST_CASE("understanding: help that goes on unchanged is a grant, but no item beside a refusal") {
    // "fortsætter uændret" right after the verb (no words between) is read; before, the lexicon's
    // boundary after the space never matched it and a short extension letter had no outcome.
    Analysis a = run("Noahs aflastning fortsætter uændret med 1 weekend om måneden, nu til og med 30. juni 2026, som I bad om. "
                     "Det er efter barnets lov § 32, stk. 1, nr. 4.",
                     "Noahs aflastning");
    CHECK(std::string(outcome(a)) == "bevilling");
    // Beside a refusal, the help that goes on is context: the outcome is the refusal, one item.
    Analysis b = run("Vi kan ikke bevilge dig et længerevarende botilbud efter servicelovens § 108. "
                     "Den socialpædagogiske støtte, som du får 6 timer om ugen efter servicelovens § 85, fortsætter uændret.\n\n" + kGuidance);
    CHECK(std::string(outcome(b)) == "afslag");
    CHECK(b.elements.items.size() == 1);
    // Help that goes on while the application is handled grants nothing (outcome.txt [neutral]).
    Analysis c = run("Vi har modtaget din ansøgning om en ny kørestol. Din nuværende hjælp fortsætter uændret, mens vi behandler din ansøgning.",
                     "Kvittering for din ansøgning");
    CHECK(std::string(outcome(c)) != "bevilling");
}

TEST_CASE("understanding: an extension refused, the earlier grant told in the past") {
    // "Hjælpen blev bevilget for perioden …" is history (outcome.txt [history]); "bliver ikke
    // forlænget" refuses. Before, the past grant made a full grant of it.
    Analysis a = run("Du har bedt om at få din midlertidige rengøringshjælp forlænget. Hjælpen blev bevilget for perioden "
                     "01.04.2024-30.06.2024. Den bliver ikke forlænget. Du opfylder ikke længere betingelserne for hjælp efter "
                     "servicelovens § 83, stk. 1, nr. 2.\n\n" + kGuidance,
                     "Din rengøring bliver ikke forlænget");
    CHECK(std::string(outcome(a)) == "afslag");
}

TEST_CASE("understanding: a reconsideration that reports itself done is no guidance, its result list decides") {
    // "Vi har nu genvurderet sagen, sådan som vi skal, når vi modtager en klage" reports what was
    // done (appeal.txt [complaint-report]); before, it and the result list under it ("- I får medhold
    // i klagen …") were read as appeal guidance, and the grant in the list was not seen.
    Analysis a = run("Tak for jeres klage af 29. januar 2025 over vores afgørelse af 8. januar 2025, hvor vi gav afslag på "
                     "dækning af merudgifter til Noahs diæt og til ekstra tøj.\n\n"
                     "Vi har nu genvurderet sagen, sådan som vi skal, når vi modtager en klage. Resultatet er:\n\n"
                     "- I får medhold i klagen for så vidt angår diæten. Vi dækker merudgifter til Noahs diæt med 650 kr. om måneden.\n"
                     "- Vi fastholder afslaget på dækning af ekstra tøj.\n\n"
                     "Den del af afgørelsen, vi fastholder, sender vi til Ankestyrelsen sammen med jeres klage.",
                     "Genvurdering af afgørelse om merudgifter til Noah");
    CHECK(std::string(outcome(a)) == "delvis");
}

TEST_CASE("understanding: an aktindsigt decision's document list states each document's result") {
    // "Udleveret", "Undtaget", "Udleveret med overstregninger" in a "Resultat" column: some documents
    // given, some withheld, is a partial decision. Before, these cells were no status, and the
    // letter's outcome was unknown.
    Analysis a = run("Nedenfor kan du se, hvad du får udleveret, og hvad vi har undtaget.\n\n"
                     "Nr.  Dokument  Dato  Resultat  Hjemmel\n"
                     "1  Dagsordenspunkt til Børne- og Skoleudvalget  16-01-2024  Udleveret  § 7, stk. 1\n"
                     "2  Internt notat  19-12-2023  Undtaget, faktiske oplysninger ekstraheret  § 23, stk. 1, nr. 1\n"
                     "3  E-mails mellem chef og leder  10-2023  Undtaget  § 23, stk. 1, nr. 1\n\n"
                     "Begrundelse\n\nNotatet og e-mailene er interne dokumenter efter offentlighedslovens § 23, stk. 1, nr. 1.",
                     "Afgørelse om aktindsigt");
    CHECK(std::string(outcome(a)) == "delvis");
}

TEST_CASE("understanding: help that goes on after a move is no decision") {
    // A notice that the help continues in the new home decides nothing. The revived "fortsætter
    // uændret" grant reads only a continuation that states its extent or ends there (outcome.txt);
    // before, this notice became an uncertain decision with a full grant.
    Analysis a = run("Vi har fået besked om, at du er flyttet til Bøgevej 4. Din hjælp til personlig pleje fortsætter uændret "
                     "i din nye bolig. Hvis dit behov ændrer sig, skal du kontakte os.",
                     "Din hjælp efter flytningen");
    CHECK(std::string(outcome(a)) != "bevilling");
    // A continuation that states its extent still grants.
    Analysis b = run("Hjælpen til bad fortsætter som hidtil to gange om ugen efter ældreloven § 10.\n\n" + kGuidance,
                     "Afgørelse om hjælp til bad");
    CHECK(std::string(outcome(b)) == "bevilling");
}

TEST_CASE("understanding: a lower payment for the citizen is no reduction of help") {
    // "Din betaling for boligen … nedsættes fra 6.020 kr. til 5.765 kr.": [neutral] blanks the
    // payment phrase, and the figures "fra … til …" were then read as help reduced (the payment
    // word is now looked for in the sentence as written). The item table decides: partial.
    Analysis a = run("Det søgte du om  Beløb pr. måned  Vores afgørelse\n"
                     "Fradrag for børnebidrag  1.810 kr.  Bevilget\n"
                     "Fradrag for kørsel til samvær  800 kr.  Ikke bevilget\n\n"
                     "Afgørelse\n\n"
                     "Din betaling for boligen på Kærmosen nedsættes fra 6.020 kr. til 5.765 kr. om måneden fra den 1. oktober 2025. "
                     "Afgørelsen er truffet efter servicelovens § 163, stk. 2.\n\n" + kGuidance,
                     "Ny beregning af din betaling for bolig");
    CHECK(std::string(outcome(a)) == "delvis");
    // Help cut in the same words is a reduction.
    Analysis b = run("Afgørelse\n\nDin hjælp til rengøring nedsættes fra 3 timer til 2 timer om ugen fra den 1. oktober 2025 "
                     "efter servicelovens § 83, stk. 1.\n\n" + kGuidance,
                     "Afgørelse om praktisk hjælp");
    CHECK(std::string(outcome(b)) == "ophoer");
}

TEST_CASE("understanding: a reconsideration's result under the heading Genvurderingen") {
    // The result part of a reconsideration stands under "Genvurderingen" (sections.txt [result]);
    // before, it was an "other" section, and the upheld earlier refusal was read as the outcome.
    const std::string opening =
        "Du har den 25. februar 2025 klaget over kommunens afgørelse af 6. februar 2025. I afgørelsen fik du afslag på hjælp "
        "til rengøring og indkøb.\n\n";
    const std::string body =
        "Indkøb: Kommunen vurderer, at du ikke selv kan klare dine indkøb, og du får derfor medhold på dette punkt. "
        "Du bevilges indkøbsordning én gang om ugen efter servicelovens § 83, stk. 1, nr. 2.\n\n"
        "Rengøring: Kommunen fastholder, at du først skal tilbydes et rehabiliteringsforløb. Kommunen har lagt vægt på din "
        "bekymring for ryggen, men kan ikke give dig medhold i denne del af klagen.\n\n";
    Analysis a = run(opening + "Genvurderingen\n\n" + body, "Vedr.: Din klage over afgørelse om praktisk hjælp – genvurdering");
    CHECK(std::string(outcome(a)) == "delvis");
}

TEST_CASE("understanding: an authority offers a named citizen a place, and a refusal for now") {
    // "Læsø Kommune tilbyder Bent et midlertidigt botilbud …" grants; "Bent får ikke på nuværende
    // tidspunkt en plads …" refuses (outcome.txt): the other help instead of what was applied for.
    Analysis a = run("Du søgte på Bents vegne om en fast plads i et længerevarende botilbud efter servicelovens § 108.\n\n"
                     "Kommunens afgørelse\n\n"
                     "Læsø Kommune tilbyder Bent et midlertidigt botilbud efter servicelovens § 107 på Fyrbakken i op til 12 måneder. "
                     "Bent får ikke på nuværende tidspunkt en plads i et længerevarende botilbud efter § 108.\n\n" + kGuidance,
                     "Vedr. din bror Bent Thorsen – ansøgning om botilbud");
    CHECK(std::string(outcome(a)) == "delvis");
    Analysis b = run("Kommunen fritager dig derfor ikke for betalingen for perioden 11. august – 16. september 2026. "
                     "Efter bekendtgørelsens § 5, stk. 4, ophører pligten til at betale, når boligen er fraflyttet.\n\n" + kGuidance,
                     "Betaling for din bolig under indlæggelsen");
    CHECK(std::string(outcome(b)) == "afslag");
}

TEST_CASE("understanding: an application handled under other rules instead is no other help") {
    // "Din ansøgning … bliver i stedet behandlet efter de almindelige regler" hands the application
    // on; it grants nothing instead (outcome.txt [neutral]). Before, "bliver i stedet" made the
    // refusal partial.
    Analysis a = run("Hvad har vi besluttet?\n\nDu kan ikke få hjælp efter servicelovens § 117 a. Din ansøgning om rollator, "
                     "badebænk og rengøring bliver i stedet behandlet efter de almindelige regler.\n\n" + kGuidance,
                     "Svar på din ansøgning om hjælp ved hastigt fremadskridende sygdom");
    CHECK(std::string(outcome(a)) == "afslag");
    Analysis b = run("Hvad har vi besluttet?\n\nDu kan ikke få hjælp efter servicelovens § 117 a. Du bliver i stedet tilbudt "
                     "en plads i daghjemmet to dage om ugen efter servicelovens § 84.\n\n" + kGuidance,
                     "Svar på din ansøgning om hjælp ved hastigt fremadskridende sygdom");
    CHECK(std::string(outcome(b)) == "delvis");
}

TEST_CASE("understanding: a period extended under one rule and not under another") {
    // "Din sygedagpengeperiode forlænges ikke efter … nr. 5" refuses, "… forlænges efter … nr. 4"
    // grants (outcome.txt): partial. Before, the present passive "forlænges" was no cue at all.
    Analysis a = run("Afgørelse\n\nVi har besluttet:\n\n"
                     "- Din sygedagpengeperiode forlænges ikke efter sygedagpengelovens § 27, stk. 1, nr. 5.\n"
                     "- Din sygedagpengeperiode forlænges efter sygedagpengelovens § 27, stk. 1, nr. 4, fra den 1. juni 2025.\n\n"
                     + kGuidance,
                     "Afgørelse om forlængelse af sygedagpenge");
    CHECK(std::string(outcome(a)) == "delvis");
}

TEST_CASE("understanding: a professional assessment and the spouse's account") {
    // "Faglig vurdering" heads the reasoning (sections.txt), and "Ægtefællen har forklaret, at …"
    // is the citizen's side (legal_cues.txt [citizen]): neither the reasoning nor the citizen's
    // views may be reported missing.
    Analysis a = run("Faglig vurdering\n\nDu kan ikke længere stå og skal forflyttes med lift. Ægtefællen har forklaret, at familien ønsker "
                     "skinnen ført gennem væggen ind til badeværelset. Vi har taget den bekymring med i vurderingen. Et hul i en bærende "
                     "væg kræver en ny bjælke og koster ca. 48.000 kr., og det samme formål kan nås uden ombygning.\n\n"
                     "Afgørelse\n\n- Fast loftlift i soveværelset: bevilget.\n- Skinne gennem væggen til badeværelset: afslag.\n\n"
                     "Afgørelsen er truffet efter servicelovens § 112, stk. 1.\n\n" + kGuidance,
                     "Afgørelse – loftlift");
    CHECK(std::string(outcome(a)) == "delvis");
    CHECK(a.elements.citizen.found);
    CHECK(a.elements.reasoning());
}

TEST_CASE("understanding: a table that states its decisions as codes explained in a legend") {
    // "U", "A – fastholdt", "D – fastholdt" in the "Ny afgørelse" column mean what the legend says
    // (outcome.cpp read_decision_column); the legend itself decides nothing (outcome.txt [neutral]).
    // Before, the legend's words "bevilget … afslag" were read as a partial grant of their own.
    const std::string legend = "Koder: B = bevilget, U = bevilget som udlån, D = delvist bevilget/standardmodel, A = afslag.\n\n";
    Analysis a = run("Vi har ændret afgørelsen på to punkter.\n\n"
                     "Nr.  Hjælpemiddel  Afgørelse 11.08.2026  Ny afgørelse  Hjemmel\n"
                     "1  Komfortkørestol med tilt  A  U  SEL § 112\n"
                     "2  Badekarlift  A  A – fastholdt  SEL § 112\n"
                     "3  El-scooter  D  D – fastholdt  SEL § 112\n\n" + legend + kGuidance,
                     "Genvurdering af din sag om hjælpemidler");
    CHECK(std::string(outcome(a)) == "delvis");
    Analysis b = run("Nr.  Hjælpemiddel  Afgørelse  Hjemmel\n"
                     "1  El-scooter  A  SEL § 112\n"
                     "2  Trappelift  A  SEL § 116\n\n" + legend +
                     "Vi har lagt vægt på, at du kan klare dine nære gøremål uden.\n\n" + kGuidance,
                     "Afgørelse om hjælpemidler");
    CHECK(std::string(outcome(b)) == "afslag");
}

TEST_CASE("understanding: informal digital letters (emoji, ticks, abbreviated fields)") {
    // blind-46 dev: a line that ends in an emoji is a sentence, not a heading over the result
    // (text/normalize.cpp); "2 timers … i stedet for 5 timer" cuts the help (legal/cues.cpp).
    Analysis a = run("Tak for sidst til opfølgningsmødet 🙂\n\nSom vi talte om, ændrer vi nu din støtte. Fra 1. november 2025 får du "
                     "2 timers socialpædagogisk støtte om ugen i stedet for 5 timer.\n\nDin støtte er givet efter servicelovens § 85, stk. 1.\n\n" +
                         kGuidance,
                     "Din støtte fra bostøtten – ny afgørelse");
    CHECK(std::string(outcome(a)) == "ophoer");
    // "[✗] Trappelift: nej", "[✓] I stedet: …", "Du låner en el-plejeseng …" (outcome.txt).
    Analysis b = run("Du søgte i juli om en trappelift.\n\n[✗] Trappelift: nej\n\nVi sætter ikke en trappelift op i huset.\n\n"
                     "[✓] I stedet: plejeseng og toiletforhøjer\n\nDu låner en el-plejeseng og en toiletforhøjer med armlæn.\n\n"
                     "Lovgrundlag: servicelovens § 116, stk. 1, og § 112, stk. 1.\n\n" + kGuidance,
                     "Dit svar fra Hjælpemiddelområdet");
    CHECK(std::string(outcome(b)) == "delvis");
    // An abbreviated field "Afg.: Bevilget som ansøgt" states a full grant.
    Analysis c = run("Ans.: Badetaburet, modt. 27.05.2024\n\nAfg.: Bevilget som ansøgt, jf. SEL § 112, stk. 1:\n"
                     "- 1 stk. badetaburet m. ryg- og armlæn, udlån\n\nLev.: Hjælpemiddeldepotet inden for 10 hverdage.",
                     "Badetaburet");
    CHECK(std::string(outcome(c)) == "bevilling");
}

TEST_CASE("understanding: the citizen's own view is no assessment of the letter's") {
    // "… og du mener, at du har for lidt tilbage" with the citizen's "fordi" was read as the letter
    // weighing a reason (legal/reasoning.cpp blanks the citizen's view before the assessment cues).
    Analysis a = run("Du skrev til os den 2. maj 2024. Du vil gerne betale mindre for kost, fordi du spiser aftensmad hos din mor "
                     "tre dage om ugen, og du mener, at du har for lidt tilbage af din kontanthjælp.\n\n"
                     "Vi sætter ikke betalingen ned. Der er ikke grundlag for at nedsætte betalingen, jf. servicelovens § 163, stk. 2.\n\n" +
                         kGuidance,
                     "Din betaling for kost");
    CHECK_FALSE(a.elements.reasoning());
    // The letter's own view in the same words still assesses.
    Analysis b = run("Du vil gerne betale mindre for kost. Vi mener, at betalingen er rigtig, fordi du får alle måltider i botilbuddet.\n\n"
                     "Vi sætter ikke betalingen ned, jf. servicelovens § 163, stk. 2.\n\n" + kGuidance,
                     "Din betaling for kost");
    CHECK(b.elements.reasoning());
}

TEST_CASE("understanding: review of the informal-letter cues: near misses") {
    // A cut of help beside a lower payment in the same sentence is still a cut: the payment is looked
    // for in the clause that holds the figures (legal/cues.cpp).
    Analysis a = run("Afgørelse\n\nFra 1. marts 2026 får du hjælp til rengøring i 2 timer om måneden i stedet for 4 timer, og din betaling "
                     "for madservice bliver lavere, jf. servicelovens § 83, stk. 1.\n\n" + kGuidance,
                     "Afgørelse om praktisk hjælp");
    CHECK(std::string(outcome(a)) == "ophoer");
    // A scale's legend elsewhere ("A = ingen begrænsninger") does not redefine a decision code.
    Analysis b = run("Funktionsniveau: A = ingen begrænsninger, B = lette begrænsninger.\n\n"
                     "Nr.  Hjælpemiddel  Afgørelse  Hjemmel\n1  Badebænk  B  SEL § 112\n2  Trappelift  A  SEL § 116\n\n"
                     "Koder: B = bevilget, A = afslag.\n\n" + kGuidance,
                     "Afgørelse om hjælpemidler");
    CHECK(std::string(outcome(b)) == "delvis");
    // A heading of a few words that ends in an emoji stays a heading (text/normalize.cpp).
    auto t = text::normalize(extract::extract_bytes("Holbæk Kommune\n\nBegrundelse ✍️\n\nDu kan gå 500 meter.\n", "brev.txt"), lexicon::embedded());
    bool heading = false;
    for (const auto& p : t.paragraphs)
        if (t.text.substr(p.begin, p.end - p.begin).rfind("Begrundelse", 0) == 0) heading = p.kind == ParaKind::heading;
    CHECK(heading);
    // "Genvurderingen" as a subheading of the appeal guidance goes on with the guidance, so a first
    // decision is not read as a reconsideration.
    Analysis c = run("Du får ikke en el-scooter efter servicelovens § 112, stk. 1, fordi du kan gå 500 meter med rollator.\n\n"
                     "Klagevejledning\n\nDu kan klage over afgørelsen. Klagen skal være modtaget hos os senest 4 uger efter, at du har "
                     "modtaget afgørelsen.\n\nGenvurderingen\n\nNår vi modtager din klage, vurderer vi sagen igen. Fastholder vi "
                     "afgørelsen, sender vi klagen til Ankestyrelsen.",
                     "Afgørelse om el-scooter");
    CHECK(std::string(outcome(c)) == "afslag");
    CHECK(c.elements.appeal.route_correct());
}

TEST_CASE("understanding: help stopped and other help 'I stedet' in the next sentence is a stop; after a refusal it is partial") {
    auto a = run("Det har vi besluttet\n\nFremover skal du ikke længere have en hjemmehjælper til at handle for dig én gang om ugen. "
                 "I stedet får du hjælp til at bestille dine varer på nettet hos et supermarked, som leverer til døren. "
                 "Efter den 31. december 2025 er der ikke længere hjælp til indkøb.\n\n"
                 "Vi har truffet afgørelsen efter ældrelovens § 10, fordi du nu selv kan bestille varer på din iPad.\n\n" + kGuidance,
                 "Ændring af din hjælp til indkøb");
    CHECK(std::string(outcome(a)) == "ophoer");
    // Near miss: a refusal of what was applied for, other help instead — a partial grant.
    auto b = run("Det har vi besluttet\n\nVi kan ikke bevilge en hjemmehjælper til at handle for dig. "
                 "I stedet får du hjælp til at bestille dine varer på nettet hos et supermarked, som leverer til døren.\n\n"
                 "Vi har truffet afgørelsen efter ældrelovens § 10, fordi du selv kan bestille varer på din iPad.\n\n" + kGuidance,
                 "Afgørelse om hjælp til indkøb");
    CHECK(std::string(outcome(b)) == "delvis");
    // Near miss: "I stedet" after a refusal, with another help stopping further down — still partial.
    auto c = run("Afgørelse\n\nDu får bevilget BPA med 16 timer i døgnet i tidsrummet kl. 07.00-23.00. "
                 "Du får ikke bevilget BPA-timer om natten. I stedet bevilges natlige besøg fra hjemmeplejen kl. 02.00 og kl. 05.00.\n\n"
                 "Ledsageordningen efter servicelovens § 97 ophører, når BPA-ordningen starter.\n\n"
                 "Vi har lagt vægt på, at du sover om natten og kun har brug for hjælp to gange.\n\n" + kGuidance,
                 "Afgørelse om borgerstyret personlig assistance");
    CHECK(std::string(outcome(c)) == "delvis");
}

TEST_CASE("understanding: a refusal whose reason names help the citizen already has still refuses; an earlier refusal stays history") {
    auto a = run("På den baggrund har vi besluttet følgende:\n\n- Du får bevilget en badebænk efter servicelovens § 112.\n"
                 "- Du får ikke bevilget et toiletstativ, fordi du kan rejse dig ved hjælp af det gelænder, du allerede har.\n\n" + kGuidance,
                 "Afgørelse om hjælpemidler til badeværelset");
    CHECK(std::string(outcome(a)) == "delvis");
    // Near miss: the refusal itself is the earlier decision ("Du fik …"), the letter grants.
    auto b = run("Afgørelse\n\nDu får bevilget en badebænk efter servicelovens § 112.\n\n"
                 "Du fik i 2023 afslag på et toiletstativ, fordi du allerede havde et gelænder.\n\n" + kGuidance,
                 "Afgørelse om hjælpemidler til badeværelset");
    CHECK(std::string(outcome(b)) == "bevilling");
}


TEST_CASE("understanding: other help granted in place of the refused is partial; a pointer to help elsewhere is not") {
    // shared/design.md § 7: "delvis" also covers a different help granted than the one applied for.
    // Under a heading that says what the citizen gets instead ("Hvad får du i stedet?").
    const std::string refusal = "Vores afgørelse\n\nDu får afslag på ombygning af badeværelset efter servicelovens § 116, stk. 1.\n\n";
    const std::string reasons = "Begrundelse\n\nVi har lagt vægt på, at du ved hjemmebesøget kunne komme sikkert i bad med en badekarsbænk.\n\n";
    CHECK(std::string(outcome(run(refusal + "Hvad får du i stedet?\n\nDu kan låne en badekarsbænk og få sat to greb op efter "
                                  "servicelovens § 112, stk. 1.\n\n" + reasons + kGuidance))) == "delvis");
    CHECK(std::string(outcome(run(refusal + "Hvad kan du gøre i stedet?\n\nDu kan kontakte en privat håndværker, hvis du selv "
                                  "vil betale ombygningen.\n\n" + reasons + kGuidance))) == "afslag");
    // In the sentence after the refusal.
    CHECK(std::string(outcome(run("Kommunen tilkender dig ikke førtidspension efter pensionslovens § 16. I stedet skal du i et "
                                  "ressourceforløb på 2 år, der starter den 1. juli 2024.\n\n" + reasons + kGuidance))) == "delvis");
    CHECK(std::string(outcome(run("Kommunen tilkender dig ikke førtidspension efter pensionslovens § 16. I stedet skal du søge om "
                                  "hjælp hos jobcentret.\n\n" + reasons + kGuidance))) == "afslag");
}

TEST_CASE("understanding: a modal verb first is a condition ('Vil du ikke give samtykke, kan du …'), not a refusal") {
    using klartjek::legal::detail::sentence_flags;
    const auto& cues = klartjek::legal::detail::Cues::get(klartjek::lexicon::embedded());
    const auto cond = sentence_flags("Vil du ikke give samtykke, kan du selv tage en udtalelse med fra ambulatoriet.", cues);
    CHECK_FALSE(cond.refusal);
    // Not a modal question answered as a statement: the refusal stays.
    CHECK(sentence_flags("Vi vil ikke give dig tilskud til en ny seng.", cues).refusal);
    // A receipt that says nothing is decided yet, with the condition in it, decides nothing.
    auto a = run("Tak for din ansøgning om en bolig i bofællesskabet, som vi fik den 11. maj 2026. Vi har ikke besluttet noget "
                 "endnu. Først vil vi gerne tale med dig.\n\nMå vi tale med din læge?\n\nVil du ikke give samtykke, kan du selv "
                 "tage en udtalelse med fra lægen.", "Vi har fået din ansøgning – kom til en samtale");
    CHECK(std::string(outcome(a)) == "ikke-afgoerelse");
}

TEST_CASE("understanding: 'dækker ingen del af' refuses; a rule in a 'hvorefter' clause grants nothing") {
    using klartjek::legal::detail::sentence_flags;
    const auto& cues = klartjek::legal::detail::Cues::get(klartjek::lexicon::embedded());
    const auto none = sentence_flags("Kommunen dækker ingen del af tilbuddet.", cues);
    CHECK_FALSE(none.grant);
    CHECK(sentence_flags("Kommunen dækker en del af tilbuddet.", cues).grant);
    CHECK_FALSE(sentence_flags("Vi har genvurderet sagen efter servicelovens § 41, hvorefter kommunen dækker nødvendige merudgifter "
                               "ved forsørgelsen i hjemmet af et barn.", cues).grant);
    CHECK(std::string(outcome(run("Hvad er resultatet?\n\nRoskilde Kommune giver afslag på hjælp til renoveringen. Kommunen dækker "
                                  "ingen del af tilbuddet.\n\nBegrundelse\n\nVi har lagt vægt på, at badeværelset er slidt, og at "
                                  "renoveringen er almindelig vedligeholdelse.\n\n" + kGuidance))) == "afslag");
}

TEST_CASE("understanding: a reconsideration that changes the earlier refusal 'således at' the citizen gets it is a grant") {
    auto a = run("Kommunen har genvurderet afgørelsen, jf. retssikkerhedslovens § 66.\n\nAfgørelse\n\nKommunen ændrer herefter "
                 "afgørelsen af 3. september 2024 om afslag, således at De bevilges støtte til køb af ny bil efter servicelovens "
                 "§ 114.\n\nDa De har fået fuldt medhold, sendes klagen ikke videre til Ankestyrelsen.",
                 "Genvurdering af afgørelse af 3. september 2024 om støtte til bil", "29. oktober 2024");
    CHECK(std::string(outcome(a)) == "bevilling");
}

TEST_CASE("understanding: a letter from an adults' unit that names the citizen's son is no child case; an age under 18 still is") {
    auto letter = [](const std::string& unit, const std::string& extra) {
        return analyse_document(extract::extract_text(
            "Ishøj Kommune\n" + unit + "\n\nDato: 6. oktober 2026\n\nAfgørelse om hjælp til boligskift\n\nKære Lone\n\n"
            "Du har den 31. august 2026 søgt om hjælp til udgifter i forbindelse med, at du og din søn Emil flytter til en "
            "handicapegnet stuebolig." + extra + " Du får hjælp til flytningen efter servicelovens § 116, stk. 4.\n",
            "case.txt"));
    };
    CHECK_FALSE(letter("Myndighedsafdelingen – Voksne", "").elements.child);
    CHECK(letter("Myndighedsafdelingen", "").elements.child);
    CHECK(letter("Myndighedsafdelingen – Voksne", " Emil er 9 år.").elements.child);
}

TEST_CASE("structure: a calculation row 'Til rådighed før egenbetaling  8.285' is no salutation") {
    // blind-51 za-04: the row stood as running text, and as the salutation it hid the result above it.
    auto a = analyse_document(extract::extract_text(
        "Herning Kommune\nMyndighed Voksne\n\nSanne Lykke Petersen\n\nEmne: Egenbetaling for ophold på krisecenter\n"
        "Dato: 22. maj 2025\n\nAfgørelse\n\nDu får afslag på at få egenbetalingen nedsat efter servicelovens § 109.\n\n"
        "Beregning pr. måned\n\nTil rådighed før egenbetaling 8.285 kr.\n\nBegrundelse\n\nVi har lagt vægt på, at du "
        "har 8.285 kr. til rådighed om måneden.\n", "case.txt"));
    if (a.elements.structure.salutation)
        CHECK(a.text.text.substr(a.text.paragraphs[*a.elements.structure.salutation].begin, 4) != "Til ");
    CHECK(std::string(outcome(a)) == "afslag");
    // A "Til …" line without figures above the text is still the salutation of a letter without "Kære".
    auto b = analyse_document(extract::extract_text(
        "Herning Kommune\n\nDato: 22. maj 2025\n\nAfgørelse om hjælp til rengøring\n\nTil Sanne Lykke Petersen\n\n"
        "Du får hjælp til rengøring hver 14. dag efter servicelovens § 83, stk. 1.\n", "case.txt"));
    REQUIRE(b.elements.structure.salutation);
    CHECK(b.text.text.substr(b.text.paragraphs[*b.elements.structure.salutation].begin, 4) == "Til ");
}

// ---- the outcome model (src/legal/outcome_model.hpp, lexicons/outcome_model.txt) ----

TEST_CASE("outcome model: words in lower case, every number one word, neighbouring words paired") {
    const auto w = legal::detail::model_words("Du får 12 timer. ÆLDRE-Plejen, § 83 a");
    const std::vector<std::string> want{"du",      "får",      "N",           "timer",         "ældre",   "plejen", "N",
                                        "a",       "du_får",   "får_N",       "N_timer",       "timer_ældre",
                                        "ældre_plejen", "plejen_N", "N_a"};
    CHECK(w == want);
}

TEST_CASE("outcome model: it reads the letter less its appeal guidance and quoted statute text") {
    auto a = run("Du får bevilget en badebænk efter servicelovens § 112, stk. 1.\n\nVi har lagt vægt på, at du ikke kan stå "
                 "under bruseren.\n\nBilag: Lovgrundlag\n\nServicelovens § 112, stk. 1\n\n§ 112. Kommunalbestyrelsen skal yde "
                 "støtte til hjælpemidler til personer med varigt nedsat fysisk eller psykisk funktionsevne.\n\n" + kGuidance,
                 "Afgørelse om badebænk");
    const std::string text = legal::model_text(a.text, a.segments, a.elements.structure);
    CHECK(text.find("Du får bevilget en badebænk") != std::string::npos);
    CHECK(text.find("Vi har lagt vægt på") != std::string::npos);
    // Near misses: the guidance and the law's own words are left out.
    CHECK(text.find("Ankestyrelsen") == std::string::npos);
    CHECK(text.find("Kommunalbestyrelsen skal yde") == std::string::npos);
    CHECK(text.find('\n') == std::string::npos);
}

TEST_CASE("outcome model: where it stands in, the outcome is uncertain and no missing part is a fejl") {
    // A letter of an open corpus set whose sentences alone give no outcome ("Du kan bo på …" grants
    // a place in a botilbud in words no cue knows); the model reads the grant.
    const auto file = std::filesystem::path(KLARTJEK_SOURCE_DIR) / "tests" / "corpus" / "blind-22" / "letters" / "w1-08-faaborg-midtfyn.txt";
    Analysis a = analyse_document(extract::extract_file(file.string()));
    const auto& mv = a.elements.outcome_model;
    REQUIRE(mv.used);
    CHECK(mv.cue_outcome == legal::Outcome::ukendt);
    CHECK(std::string(outcome(a)) == "bevilling");
    CHECK(mv.probability >= 0.6);
    CHECK_FALSE(a.elements.outcome_certain);
    CHECK(a.elements.checklist.scope_note.find("resultatmodellen") != std::string::npos);
    for (const auto& item : a.elements.checklist.items) {
        CAPTURE(item.element);
        CHECK(item.status != legal::Status::missing);
        CHECK(item.status != legal::Status::wrong);
    }
    for (const auto& f : a.findings) CHECK(f.severity != Severity::error);
    // Near miss: a letter whose sentences state the outcome keeps the sentence reading, certain.
    auto b = run("Du får bevilget en badebænk efter servicelovens § 112, stk. 1.\n\nVi har lagt vægt på, at du ikke kan stå "
                 "under bruseren, og at du selv har fortalt os, at du er faldet to gange.\n\n" + kGuidance,
                 "Afgørelse om badebænk");
    CHECK_FALSE(b.elements.outcome_model.used);
    CHECK(std::string(outcome(b)) == "bevilling");
    CHECK(b.elements.outcome_certain);
}

TEST_CASE("outcome model: a rule whose part only some outcomes require says so at info level where the model changed the kind of outcome") {
    // blind-48 wb-12 (an open dev letter): the sentences read a full grant, the model a partial one.
    // With its deadline changed to "8 uger" the wrong deadline would be a fejl on a partial grant;
    // whether guidance is required at all rests on the model here, so it is info.
    const auto file = std::filesystem::path(KLARTJEK_SOURCE_DIR) / "tests" / "corpus" / "blind-48" / "letters" / "wb-12-hvidovre.txt";
    std::ifstream in(file);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto at = text.find("inden 4 uger");
    REQUIRE(at != std::string::npos);
    text.replace(at, 12, "inden 8 uger");
    Analysis a = analyse_document(extract::extract_text(text, "wb-12.txt"));
    REQUIRE(a.elements.outcome_model.used);
    CHECK(a.elements.outcome_model.cue_outcome == legal::Outcome::bevilling);
    CHECK_FALSE(a.elements.requirements_certain);
    bool found = false;
    for (const auto& f : a.findings)
        if (f.rule == "appeal-deadline-wrong") {
            found = true;
            CHECK(f.severity == Severity::info);
            CHECK(f.message.find("resultatmodellen") != std::string::npos);
        }
    CHECK(found);
    // Near miss: where the sentences state a partial grant themselves, the wrong deadline is a fejl.
    auto b = run("Du har søgt om 20 timers ledsagelse om måneden. Du får 12 timers ledsagelse om måneden efter servicelovens "
                 "§ 97, stk. 1. Vi har lagt vægt på, at du selv kan klare korte ture.\n\nKlagevejledning\n\nDu kan klage over "
                 "afgørelsen. Klagen skal være modtaget hos os senest 8 uger efter, at du har modtaget afgørelsen. Vi vurderer "
                 "sagen igen, og hvis vi fastholder afgørelsen, sender vi klagen til Ankestyrelsen.",
                 "Afgørelse om ledsagelse");
    CHECK(b.elements.requirements_certain);
    bool error = false;
    for (const auto& f : b.findings) error = error || (f.rule == "appeal-deadline-wrong" && f.severity == Severity::error);
    CHECK(error);
}
