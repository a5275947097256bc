#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Afgørelsen henviser ikke til en bestemt paragraf (FVL § 24, stk. 1, 1. pkt.).
void check_legal_basis_missing(const Context& c, Findings& out);

}  // namespace klartjek::rules
