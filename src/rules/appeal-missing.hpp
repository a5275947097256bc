#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Klagevejledning mangler (FVL § 25, stk. 1; RSL §§ 66-67).
void check_appeal_missing(const Context& c, Findings& out);

}  // namespace klartjek::rules
