#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Dobbelt nægtelse (domain.md §4.2 PL-17).
void check_plain_double_negation(const Context& c, Findings& out);

}  // namespace klartjek::rules
