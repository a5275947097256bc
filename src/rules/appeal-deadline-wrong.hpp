#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Forkert klagefrist (RSL § 67).
void check_appeal_deadline_wrong(const Context& c, Findings& out);

}  // namespace klartjek::rules
