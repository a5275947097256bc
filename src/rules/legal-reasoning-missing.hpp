#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Afgørelsen har ingen begrundelse (FVL §§ 22 og 24).
void check_legal_reasoning_missing(const Context& c, Findings& out);

}  // namespace klartjek::rules
