#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Kun en generel henvisning til "gældende regler" (FVL § 24, stk. 1).
void check_legal_basis_generic(const Context& c, Findings& out);

}  // namespace klartjek::rules
