#include "rules/legal-period-missing.hpp"

namespace klartjek::rules {

void check_legal_period_missing(const Context& c, Findings& out) {
    if ((c.el.outcome != legal::Outcome::bevilling && c.el.outcome != legal::Outcome::delvis) || c.el.period.found) return;
    report(out, "legal-period-missing", Severity::info,
           "Brevet siger ikke, hvornår bevillingen gælder fra, og om den er tidsbegrænset.",
           "Skriv f.eks. \"Bevillingen gælder fra 1. juli 2024 og indtil videre. Vi følger op på den i juni 2025.\"",
           anchor(c));
}

}  // namespace klartjek::rules
