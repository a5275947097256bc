#include "rules/legal-basis-guidance-only.hpp"

namespace klartjek::rules {

void check_legal_basis_guidance_only(const Context& c, Findings& out) {
    if (!c.el.requires_reasoning || c.el.legal_basis || !c.el.guidance_basis.found) return;
    report(out, "legal-basis-guidance-only", Severity::warning,
           "Afgørelsen bygger kun på en vejledning, et serviceniveau eller en kvalitetsstandard. Det er ikke en retsregel; "
           "afgørelsen skal henvise til den lovregel, den er truffet efter (forvaltningslovens § 24, stk. 1).",
           "Henvis til lovens paragraf (f.eks. servicelovens § 113, stk. 1) og brug kvalitetsstandarden som supplement.",
           c.el.guidance_basis);
}

}  // namespace klartjek::rules
