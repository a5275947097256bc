#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// En lov er nævnt uden paragraf (FVL § 24, stk. 1; Ankestyrelsens praksisundersøgelse (domain.md S6)).
void check_legal_basis_law_only(const Context& c, Findings& out);

}  // namespace klartjek::rules
