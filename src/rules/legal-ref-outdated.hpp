#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Forældet henvisning til serviceloven i en børnesag efter 1. januar 2024 (Barnets lov (i kraft 1. januar 2024); domain.md §2.3).
void check_legal_ref_outdated(const Context& c, Findings& out);

}  // namespace klartjek::rules
