#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// The letter contains a CPR number; reports never print it (databeskyttelsesloven § 11; domain.md §6).
void check_privacy_cpr(const Context& c, Findings& out);

}  // namespace klartjek::rules
