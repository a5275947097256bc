#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Kancellisprog (papirord) med et enklere alternativ (domain.md §4.3 (Korrektur.dk, Naturstyrelsens sprogpolitik m.fl.)).
void check_plain_officialese(const Context& c, Findings& out);

}  // namespace klartjek::rules
