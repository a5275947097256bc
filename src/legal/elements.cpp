#include "legal/elements.hpp"

#include "legal/cues.hpp"
#include "legal/outcome_model.hpp"
#include "legal/parts.hpp"

namespace klartjek::legal {

const char* outcome_id(Outcome o) {
    switch (o) {
        case Outcome::bevilling: return "bevilling";
        case Outcome::delvis: return "delvis";
        case Outcome::afslag: return "afslag";
        case Outcome::ophoer: return "ophoer";
        case Outcome::ikke_afgoerelse: return "ikke-afgoerelse";
        case Outcome::ukendt: return "ukendt";
    }
    return "ukendt";
}

const char* outcome_da(Outcome o) {
    switch (o) {
        case Outcome::bevilling: return "fuld bevilling";
        case Outcome::delvis: return "delvis bevilling";
        case Outcome::afslag: return "afslag";
        case Outcome::ophoer: return "ophør eller nedsættelse";
        case Outcome::ikke_afgoerelse: return "ikke en afgørelse";
        case Outcome::ukendt: return "ukendt";
    }
    return "ukendt";
}

std::optional<Outcome> parse_outcome(const std::string& id) {
    for (Outcome o : {Outcome::bevilling, Outcome::delvis, Outcome::afslag, Outcome::ophoer, Outcome::ikke_afgoerelse, Outcome::ukendt})
        if (id == outcome_id(o)) return o;
    return std::nullopt;
}

Elements analyse(const NormalizedText& t, const Segmentation& seg, const lexicon::Lexicons& lex, const std::vector<Finding>& extraction) {
    const detail::Cues& c = detail::Cues::get(lex);
    Elements el;
    el.structure = structure::analyse(t, seg, lex);
    const auto& st = el.structure;

    const detail::OutcomeReading outcome = detail::read_outcome(t, seg, st, c, el);
    const detail::Flags& any = outcome.any;
    el.child = detail::read_child_case(t, seg, st, c, el.young_adult, lex);
    detail::read_reasoning(t, seg, st, c, el);
    // After the child case: a reference to barnets lov (or to serviceloven's former children's
    // provisions) also makes one, and outdated SEL references are only looked for in a child's case.
    detail::read_references(t, seg, st, c, el, lex);

    // What the document type and the outcome make of the letter: whether it decides anything, and
    // whether reasoning and guidance are required.
    const auto settle_requirements = [&el] {
        el.decides_nothing = el.scope.type == DocType::kvittering || el.scope.type == DocType::orientering ||
                             el.scope.type == DocType::andet_brev;
        el.requires_reasoning = el.outcome != Outcome::bevilling && el.outcome != Outcome::ikke_afgoerelse;
    };

    // ---- what the document is: readable, kind of letter, legal area ----
    {
        DecisionSignals signals;
        signals.decisive = any.decisive() && el.outcome != Outcome::ikke_afgoerelse;
        if (signals.decisive && el.result.found) signals.at = el.result;
        el.scope = read_scope(t, seg, st, el.statutes, extraction, signals, lex);
        if (el.scope.type != DocType::afgoerelse && el.scope.type != DocType::ukendt) {
            el.outcome = Outcome::ikke_afgoerelse;
        } else if (el.scope.type == DocType::ukendt && el.outcome == Outcome::ikke_afgoerelse) {
            el.outcome = Outcome::ukendt;  // a non-decision cue alone does not say which kind of letter it is
            el.scope.type = DocType::andet_brev;
        }
        settle_requirements();
        el.outcome_certain = el.scope.readable && el.outcome != Outcome::ukendt && el.scope.type_certain && !outcome.upheld_earlier &&
                             !outcome.reconsideration &&
                             !(outcome.generic && el.outcome == Outcome::afslag);
        el.reconsideration = outcome.reconsideration;
    }

    // ---- the second reader: the outcome model (outcome_model.hpp) ----
    // It stands in where the cue reader read no outcome, and where it disagrees with the cue
    // reader and is sure of itself (outcome_model.txt [settings] override): measured on letters of
    // authors neither reader was trained or tuned on, each reader alone is right less often than the
    // two together (README, "The outcome model"). What it reads is never certain: no missing part
    // is a fejl on its word alone (checklist.cpp).
    if (el.scope.readable) {
        const detail::ModelReading m = detail::read_outcome_model(t, seg, st, lex);
        auto& mv = el.outcome_model;
        mv.outcome = m.outcome, mv.probability = m.probability, mv.at = m.at, mv.cue_outcome = el.outcome;
        const bool decision_type = el.scope.type == DocType::afgoerelse || el.scope.type == DocType::ukendt;
        const detail::OutcomeModel& om = detail::OutcomeModel::get(lex);
        // A reading from a decisive sentence (certain, or uncertain only because the letter reconsiders
        // or upholds an earlier decision) gives way only to a surer model.
        const bool firm = el.outcome_certain || outcome.reconsideration || outcome.upheld_earlier;
        const bool sure = m.probability >= (firm ? om.override_certain_at : om.override_at);
        bool take = false;
        if (el.outcome == Outcome::ukendt) take = m.probability >= om.fill_at;
        else if (el.outcome == Outcome::ikke_afgoerelse) take = sure && !el.scope.type_certain;  // a non-decision by its own words stays one
        else take = sure && decision_type;
        if (take && m.outcome != el.outcome) {
            const auto full = [](Outcome o) { return o == Outcome::bevilling; };
            const auto decided = [](Outcome o) { return o != Outcome::ukendt && o != Outcome::ikke_afgoerelse; };
            mv.used = true;
            el.requirements_certain = decided(el.outcome) && decided(m.outcome) && full(el.outcome) == full(m.outcome);
            el.outcome = m.outcome;
            el.outcome_certain = false;
            if (!el.result.found) el.result = m.at;  // a sentence the cue reader read stays the evidence
            if (m.outcome == Outcome::ikke_afgoerelse) {
                if (decision_type) el.scope.type = DocType::andet_brev, el.scope.type_certain = false;
            } else if (!decision_type || el.scope.type == DocType::ukendt) {
                el.scope.type = DocType::afgoerelse, el.scope.type_certain = false;
            }
            settle_requirements();
        }
    }

    el.appeal = detail::read_appeal(t, seg, st, c, lex);
    el.checklist = make_checklist(el);
    return el;
}

}  // namespace klartjek::legal
