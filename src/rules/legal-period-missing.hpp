#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Bevillingens periode er ikke angivet (domain.md STR-09).
void check_legal_period_missing(const Context& c, Findings& out);

}  // namespace klartjek::rules
