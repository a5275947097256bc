#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Klagevejledningen nævner ingen klagefrist (FVL § 25, stk. 1; RSL § 67).
void check_appeal_deadline_missing(const Context& c, Findings& out);

}  // namespace klartjek::rules
