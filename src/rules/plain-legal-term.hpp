#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Juridisk fagord uden forklaring (domain.md §4.2 PL-14, §4.6).
void check_plain_legal_term(const Context& c, Findings& out);

}  // namespace klartjek::rules
