#include "rules/legal-result-late.hpp"

namespace klartjek::rules {

void check_legal_result_late(const Context& c, Findings& out) {
    if (c.el.outcome == legal::Outcome::ukendt || c.el.outcome == legal::Outcome::ikke_afgoerelse) return;
    if (!c.el.result.found || c.el.result_position <= 0.25) return;
    report(out, "legal-result-late", Severity::info,
           "Resultatet af afgørelsen står først et stykke inde i brevet. Borgeren skal kunne se resultatet med det samme.",
           "Skriv resultatet lige efter overskriften, f.eks. \"Du får bevilget …\" eller \"Du får afslag på …\".",
           c.el.result);
}

}  // namespace klartjek::rules
