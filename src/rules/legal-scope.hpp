#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// What klartjek decided about the document before any legal rule (not a decision, another legal
// area, or uncertain), as one info line: the legal rules are silent then, and this says why.
void check_legal_scope(const Context& c, Findings& out);

}  // namespace klartjek::rules
