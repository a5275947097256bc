#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Resultatet står sent i brevet (Ankestyrelsen, "At skrive en afgørelse" (domain.md S5)).
void check_legal_result_late(const Context& c, Findings& out);

}  // namespace klartjek::rules
