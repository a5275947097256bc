#include "rules/legal-ref-unresolved.hpp"

#include <set>

namespace klartjek::rules {

void check_legal_ref_unresolved(const Context& c, Findings& out) {
    std::set<std::uint32_t> seen;
    for (std::size_t i : c.el.unresolved) {
        const auto& r = c.el.statutes.refs[i];
        auto where = sentence_at(c, r.begin);
        if (!seen.insert(where.begin).second) continue;
        report(out, "legal-ref-unresolved", Severity::warning,
               "Det fremgår ikke, hvilken lov \"" + r.normalized() + "\" hører til, og brevet henviser til flere love.",
               "Skriv lovens navn ved paragraffen, f.eks. \"" + r.normalized() + " i serviceloven\".", where);
    }
}

}  // namespace klartjek::rules
