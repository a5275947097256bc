// The legally required parts of a decision letter, as recognised in one letter
// (shared/domain.md §1–2). Rules read these; reports show them as a checklist; audits count them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/types.hpp"
#include "legal/checklist.hpp"
#include "legal/evidence.hpp"
#include "legal/scope.hpp"
#include "legal/statute.hpp"
#include "structure/structure.hpp"

namespace klartjek::legal {

enum class Outcome { bevilling, delvis, afslag, ophoer, ikke_afgoerelse, ukendt };
const char* outcome_id(Outcome o);   // label ids: "bevilling", "delvis", "afslag", "ophoer", "ikke-afgoerelse", "ukendt"
const char* outcome_da(Outcome o);   // Danish for users
std::optional<Outcome> parse_outcome(const std::string& id);


struct AppealGuidance {
    bool present = false;
    bool no_appeal = false;           // lawful "kan ikke påklages til anden administrativ myndighed"
    std::string no_appeal_rule;       // the provision that excludes the appeal, when the sentence names it
    Evidence first;                   // first sentence of the guidance
    std::optional<std::string> deadline;  // normalised: "4 uger", "14 dage", "1 måned" …
    bool deadline_ok = false;
    Evidence deadline_at;
    Evidence from_letter_date;
    Evidence direct;                  // told to send the complaint straight to Ankestyrelsen
    bool via_kommune = false;
    bool committee = false;           // børne- og ungeudvalget
    bool body_named = false;
    std::vector<Evidence> obsolete;   // obsolete appeal bodies named
    bool how = false;
    // No guidance recognised, but a sentence of the letter's own text speaks of complaining
    // (appeal.txt [appeal-trace]): klartjek cannot tell that the guidance is missing.
    Evidence trace;
    bool route_correct() const { return present && !no_appeal && !direct.found && obsolete.empty() && body_named; }
};

struct Elements {
    structure::Structure structure;
    Scope scope;                      // readable? which kind of letter? which legal area?
    Outcome outcome = Outcome::ukendt;
    bool outcome_certain = false;     // read from a decisive sentence of a letter that surely is a decision
    // A reconsideration after a complaint (genvurdering): what it must contain depends on which
    // parts it changes and which it forwards; klartjek does not claim missing parts in it.
    bool reconsideration = false;
    Evidence result;                  // the sentence that states the outcome
    // Each decided item of the result part with its own outcome ("Du får en rollator." / "Vi kan
    // ikke bevilge en badebænk."); the letter's outcome above combines them. `decided` is the
    // quantity the sentence decides, as written ("hver 14. dag", "12 timer om ugen", "4.000 kr."),
    // and `applied` the quantity of the same kind in the application sentence about the same help
    // ("hver uge"); either is empty when the letter does not say it or klartjek cannot pair them.
    struct Item {
        Outcome outcome = Outcome::ukendt;
        Evidence at;
        std::string applied, decided;
    };
    std::vector<Item> items;
    // The outcome model's reading (outcome_model.hpp): a second reader that weighs every word of
    // the letter. `used`: it stands in for the cue reader's outcome above (which then is uncertain).
    struct ModelView {
        Outcome outcome = Outcome::ukendt;
        double probability = 0;
        Evidence at;
        bool used = false;
        Outcome cue_outcome = Outcome::ukendt;  // what the cue reader read
    } outcome_model;
    bool requires_reasoning = true;   // and appeal guidance: everything but full grants and non-decisions
    // Whether what the law requires of the letter is certain even where its outcome is not: false
    // when the outcome model stood in and the sentences did not read an outcome of the same kind
    // (a full grant, or a decision that is not one). Rules that judge parts only some outcomes
    // require then report at info level (rules/registry.cpp).
    bool requirements_certain = true;

    StatuteScan statutes;
    std::string default_law;
    bool legal_basis = false;         // a § reference (outside the appeal guidance), not only FVL
    bool material_basis = false;      // a § of a material law (not FVL, RSL or another procedural law)
    Evidence generic_basis;           // "jf. gældende lovgivning"
    Evidence guidance_basis;          // "kvalitetsstandard", "vejledning om"
    std::vector<std::size_t> law_only;  // indices into statutes.bare_laws with no § of that law anywhere

    bool reasoning_any = false;       // some reasoning, possibly a bare conclusion
    bool reasoning_linked = false;    // a reasoning word that is not a bare conclusion's (nor its "derfor")
    bool reasoning_weight = false;    // states what weighed / the assessment
    bool reasoning_facts = false;     // facts of the case it rests on
    bool reasoning_facts_in_section = false;  // … stated under a reasoning or facts heading
    bool reasoning_heading = false;   // the letter has a reasoning section
    Evidence reasoning_first;
    bool reasoning_assessment = false;        // "vi vurderer, at …" without a reason in the sentence
    std::size_t reasoning_section_words = 0;  // words under a reasoning heading
    // A letter that decides several items, each under its own heading or label, gives a reasoning
    // for one item and only a bare conclusion for a refused one ("Hvad har vi besluttet om tabt
    // arbejdsfortjeneste? I får ikke dækning … da betingelserne i § 87 ikke er opfyldt."): the
    // bare conclusion of that item.
    Evidence reasoning_item_bare;
    // More than a bare conclusion: a statement of what weighed ("vi har lagt vægt på, at …",
    // "vi vurderer, at … fordi …"), or an assessment or a reasoning section of some length that
    // rests on facts of the case.
    // Judged bare only when it gives neither a consideration nor a fact of the case.
    // A receipt, an orientation or another letter that decides nothing and proposes nothing: there
    // is no decision to give reasons for, so what explains or tells facts in it is no reasoning
    // (set once the document type is read; a partshøring's proposed decision keeps its reasoning).
    bool decides_nothing = false;
    bool reasoning() const {
        if (reasoning_item_bare.found || decides_nothing) return false;
        const bool facts = reasoning_heading ? reasoning_facts_in_section : reasoning_facts;
        // A long reasoning section is no bare conclusion even where no cue names its facts
        // (legal_cues.txt [thresholds]).
        return reasoning_weight || (facts && (reasoning_linked || reasoning_assessment || reasoning_section_words >= reasoning_words_with_facts)) ||
               reasoning_section_words >= reasoning_words_alone;
    }
    std::size_t reasoning_words_with_facts = 40, reasoning_words_alone = 100;  // set from the lexicon by read_reasoning

    Evidence citizen;                 // the citizen's (parent's, child's) own views reported
    AppealGuidance appeal;

    bool child = false;
    // The person the letter is about is stated to be 18 or older, or gets support as a young adult
    // (ungestøtte, efterværn): barnets lov cited for a young adult makes no child case.
    bool young_adult = false;
    std::vector<std::size_t> outdated;       // indices into statutes.refs (SEL child provisions after 2024)
    std::vector<std::size_t> missing_bl90;   // SEL aid provisions for a child without BL § 90
    std::vector<std::size_t> unresolved;     // § references without a law
    Evidence helhedsvurdering;
    Evidence period;
    double result_position = 0;       // share of the body text before the result sentence

    Checklist checklist;              // one verdict per required part, computed last from all of the above

    // Whether the guidance names the right route: known only for guidance in the social area
    // (via the municipality to Ankestyrelsen); empty when there is no guidance or another area.
    std::optional<bool> appeal_route_correct() const {
        if (!appeal.present || appeal.no_appeal || scope.area != Area::social) return std::nullopt;
        return appeal.route_correct();
    }
};

Elements analyse(const NormalizedText& text, const Segmentation& seg, const lexicon::Lexicons& lex,
                 const std::vector<Finding>& extraction = {});

}  // namespace klartjek::legal
