#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Borgerens egne synspunkter er ikke nævnt (RSL § 4; FVL § 19; barnets lov § 5 (børn)).
void check_legal_citizen_statement_missing(const Context& c, Findings& out);

}  // namespace klartjek::rules
