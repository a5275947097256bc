#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Borgeren tiltales med De/Dem/Deres (domain.md §4.2 PL-05 (Naturstyrelsens sprogpolitik: du)).
void check_plain_formal_address(const Context& c, Findings& out);

}  // namespace klartjek::rules
