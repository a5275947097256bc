#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Klagevejledningen nævner en nedlagt eller forkert klageinstans (RSL § 60; domain.md KV-08).
void check_appeal_body_obsolete(const Context& c, Findings& out);

}  // namespace klartjek::rules
