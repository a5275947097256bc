#include "rules/legal-basis-missing.hpp"

namespace klartjek::rules {

void check_legal_basis_missing(const Context& c, Findings& out) {
    if (c.el.checklist.at("legal_basis").status != legal::Status::missing) return;
    report(out, "legal-basis-missing", Severity::error,
           "Afgørelsen henviser ikke til den paragraf, den er truffet efter. En begrundelse skal henvise til de retsregler, "
           "afgørelsen bygger på (forvaltningslovens § 24, stk. 1).",
           "Skriv loven og paragraffen med stykke, f.eks. \"Vi har truffet afgørelsen efter servicelovens § 112, stk. 1.\"",
           anchor(c));
}

}  // namespace klartjek::rules
