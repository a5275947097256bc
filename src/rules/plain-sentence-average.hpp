#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Gennemsnitlig sætningslængde over 20 ord (domain.md §4.2 PL-01 (Om at skrive: 15-18 ord)).
void check_plain_sentence_average(const Context& c, Findings& out);

}  // namespace klartjek::rules
