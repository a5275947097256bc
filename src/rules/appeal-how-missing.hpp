#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Klagevejledningen siger ikke, hvordan man klager (FVL § 25, stk. 1).
void check_appeal_how_missing(const Context& c, Findings& out);

}  // namespace klartjek::rules
