#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Hjælpemidler m.m. til børn citeret fra serviceloven uden barnets lov § 90 (Barnets lov § 90; domain.md §2.3 OUT-02).
void check_legal_ref_missing_bl90(const Context& c, Findings& out);

}  // namespace klartjek::rules
