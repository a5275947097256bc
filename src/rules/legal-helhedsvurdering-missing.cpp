#include "rules/legal-helhedsvurdering-missing.hpp"

namespace klartjek::rules {

void check_legal_helhedsvurdering_missing(const Context& c, Findings& out) {
    if (!c.el.requires_reasoning || c.el.outcome == legal::Outcome::ukendt || c.el.helhedsvurdering.found) return;
    report(out, "legal-helhedsvurdering-missing", Severity::info,
           "Brevet viser ikke, om andre former for hjælp er overvejet. Kommunen skal behandle en ansøgning ud fra alle "
           "muligheder i den sociale lovgivning (retssikkerhedslovens § 5).",
           "Skriv, om I har vurderet andre muligheder for hjælp, og hvad det førte til.", anchor(c));
}

}  // namespace klartjek::rules
