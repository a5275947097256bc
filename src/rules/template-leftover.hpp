#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Something in the letter was never filled in: a merge field or placeholder («Navn», [dato], XX,
// <indsæt …>) or the template's help text ("Slet denne tekst"). Such a letter must not be sent.
// Patterns: lexicons/template.txt.
void check_template_leftover(const Context& c, Findings& out);

}  // namespace klartjek::rules
