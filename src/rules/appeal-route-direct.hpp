#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Klagen sendes direkte til Ankestyrelsen (RSL § 66; Ankestyrelsen (domain.md S16)).
void check_appeal_route_direct(const Context& c, Findings& out);

}  // namespace klartjek::rules
