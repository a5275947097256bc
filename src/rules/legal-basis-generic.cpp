#include "rules/legal-basis-generic.hpp"

namespace klartjek::rules {

void check_legal_basis_generic(const Context& c, Findings& out) {
    if (!c.el.requires_reasoning || c.el.legal_basis || !c.el.generic_basis.found) return;
    report(out, "legal-basis-generic", Severity::warning,
           "Der henvises kun generelt til lovgivningen eller \"gældende regler\". Det viser ikke, hvilken regel afgørelsen "
           "er truffet efter (forvaltningslovens § 24, stk. 1).",
           "Erstat den generelle henvisning med lov, paragraf og stykke.", c.el.generic_basis);
}

}  // namespace klartjek::rules
