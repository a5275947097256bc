#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Intet tegn på en helhedsvurdering (RSL § 5).
void check_legal_helhedsvurdering_missing(const Context& c, Findings& out);

}  // namespace klartjek::rules
