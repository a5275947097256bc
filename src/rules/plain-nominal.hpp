#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Navneordsstil: udsagnsord gjort til navneord (domain.md §4.5).
void check_plain_nominal(const Context& c, Findings& out);

}  // namespace klartjek::rules
