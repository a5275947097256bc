#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Meget langt sammensat ord (domain.md §4.2 PL-04 (tærskel er forslag)).
void check_plain_compound_long(const Context& c, Findings& out);

}  // namespace klartjek::rules
