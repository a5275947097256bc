#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Sætningen starter med en lang ledsætning (domain.md §4.2 PL-18).
void check_plain_opening_clause(const Context& c, Findings& out);

}  // namespace klartjek::rules
