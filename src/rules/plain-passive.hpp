#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Mange sætninger i passiv (domain.md §4.2 PL-11, §4.4 (tærskel er forslag)).
void check_plain_passive(const Context& c, Findings& out);

}  // namespace klartjek::rules
