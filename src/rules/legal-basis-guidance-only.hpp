#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Kun en vejledning eller kvalitetsstandard som grundlag (FVL § 24, stk. 1; domain.md REF-08).
void check_legal_basis_guidance_only(const Context& c, Findings& out);

}  // namespace klartjek::rules
