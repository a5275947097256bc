#pragma once

#include "rules/rule.hpp"

namespace klartjek::rules {

// Ord, som ikke findes i den danske ordbog (Hunspell da_DK (Stavekontrolden) + lexicons/spelling_da.txt).
void check_spell_unknown_word(const Context& c, Findings& out);

}  // namespace klartjek::rules
