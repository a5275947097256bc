#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Borgeren omtales i tredje person (domain.md §4.2 PL-06).
void check_plain_third_person(const Context& c, Findings& out);

}  // namespace klartjek::rules
