#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Meget lang sætning (over 30 ord; over 40: advarsel) (domain.md §4.2 PL-02 (tærskler er forslag)).
void check_plain_sentence_long(const Context& c, Findings& out);

}  // namespace klartjek::rules
