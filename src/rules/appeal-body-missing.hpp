#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Klagevejledningen nævner ikke Ankestyrelsen (FVL § 25, stk. 1; RSL § 60).
void check_appeal_body_missing(const Context& c, Findings& out);

}  // namespace klartjek::rules
