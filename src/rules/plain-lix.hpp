#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// LIX over 45 (svær) eller 55 (meget svær) (Vejledning om forvaltningsloven pkt. 214; LIX (domain.md §4.1)).
void check_plain_lix(const Context& c, Findings& out);

}  // namespace klartjek::rules
