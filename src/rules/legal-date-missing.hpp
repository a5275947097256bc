#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Brevets dato er ikke fundet (domain.md STR-03).
void check_legal_date_missing(const Context& c, Findings& out);

}  // namespace klartjek::rules
