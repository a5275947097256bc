#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Klagefristen regnes fra brevets dato (RSL § 67).
void check_appeal_deadline_start(const Context& c, Findings& out);

}  // namespace klartjek::rules
