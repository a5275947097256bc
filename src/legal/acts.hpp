// The consolidated acts a normalised reference can link to (lexicons/acts.txt): law id -> its
// address on Retsinformation (ELI). Only laws with a known consolidation have one.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "lexicon/lexicon.hpp"

namespace klartjek::legal {

// Law id ("SEL", "BL", "ÆL" …) -> https://www.retsinformation.dk/eli/lta/<year>/<number>.
// Validated on every call (five lines); throws std::runtime_error naming the bad entry.
std::map<std::string, std::string> act_urls(const lexicon::Lexicons& lex);

// The act's address for a law id, or "" when acts.txt has none.
std::string act_url(std::string_view law, const lexicon::Lexicons& lex);

}  // namespace klartjek::legal
