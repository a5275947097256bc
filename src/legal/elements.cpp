#include "legal/elements.hpp"

#include "legal/cues.hpp"
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
        el.decides_nothing = el.scope.type == DocType::kvittering || el.scope.type == DocType::orientering ||
                             el.scope.type == DocType::andet_brev;
        el.requires_reasoning = el.outcome != Outcome::bevilling && el.outcome != Outcome::ikke_afgoerelse;
        el.outcome_certain = el.scope.readable && el.outcome != Outcome::ukendt && el.scope.type_certain && !outcome.upheld_earlier &&
                             !outcome.reconsideration &&
                             !(outcome.generic && el.outcome == Outcome::afslag);
        el.reconsideration = outcome.reconsideration;
    }

    el.appeal = detail::read_appeal(t, seg, st, c, lex);
    el.checklist = make_checklist(el);
    return el;
}

}  // namespace klartjek::legal
