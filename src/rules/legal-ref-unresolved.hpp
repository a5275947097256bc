#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// En paragraf uden lov, når brevet nævner flere love (FVL § 24, stk. 1; domain.md REF-02).
void check_legal_ref_unresolved(const Context& c, Findings& out);

}  // namespace klartjek::rules
