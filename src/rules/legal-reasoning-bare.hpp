#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Begrundelsen er kun en konklusion (FVL § 24, stk. 1 og 2).
void check_legal_reasoning_bare(const Context& c, Findings& out);

}  // namespace klartjek::rules
