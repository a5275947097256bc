#include "rules/appeal-route-direct.hpp"

namespace klartjek::rules {

void check_appeal_route_direct(const Context& c, Findings& out) {
    const auto& ap = c.el.appeal;
    if (!c.el.requires_reasoning || !ap.present || !ap.direct.found) return;
    report(out, "appeal-route-direct", Severity::warning,
           "Borgeren får besked om at sende klagen direkte til Ankestyrelsen. Klagen skal sendes til kommunen, som "
           "vurderer sagen igen og først derefter sender den videre til Ankestyrelsen (retssikkerhedslovens § 66).",
           "Skriv: \"Send din klage til os. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi klagen "
           "videre til Ankestyrelsen.\"",
           ap.direct);
}

}  // namespace klartjek::rules
