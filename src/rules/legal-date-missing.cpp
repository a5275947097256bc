#include "rules/legal-date-missing.hpp"

namespace klartjek::rules {

void check_legal_date_missing(const Context& c, Findings& out) {
    if (c.el.structure.date.found()) return;
    report(out, "legal-date-missing", Severity::info,
           "Brevets dato blev ikke fundet. Datoen er nødvendig for at vurdere frister og hvilke regler der gjaldt.",
           "Skriv datoen øverst i brevet, f.eks. \"7. maj 2024\".", legal::Evidence{});
}

}  // namespace klartjek::rules
