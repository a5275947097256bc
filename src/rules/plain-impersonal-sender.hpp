#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Kommunen omtaler sig selv upersonligt (man, forvaltningen) (domain.md §4.2 PL-07).
void check_plain_impersonal_sender(const Context& c, Findings& out);

}  // namespace klartjek::rules
