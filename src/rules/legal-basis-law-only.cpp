#include "rules/legal-basis-law-only.hpp"

#include <set>

namespace klartjek::rules {

void check_legal_basis_law_only(const Context& c, Findings& out) {
    // A law named without a § beside a basis that has one ("… skal betales efter sundhedsloven")
    // is context, not the basis.
    if (!c.el.requires_reasoning || c.el.material_basis) return;
    std::set<std::string> seen;
    for (std::size_t i : c.el.law_only) {
        const auto& m = c.el.statutes.bare_laws[i];
        if (!seen.insert(m.law).second) continue;
        report(out, "legal-basis-law-only", Severity::warning,
               "Loven er nævnt uden en bestemt paragraf. En henvisning til hele loven er ikke nok; borgeren skal kunne se, "
               "hvilken regel afgørelsen bygger på (forvaltningslovens § 24, stk. 1).",
               "Tilføj paragraf og stykke, f.eks. \"servicelovens § 100, stk. 1\".", sentence_at(c, m.begin));
    }
}

}  // namespace klartjek::rules
