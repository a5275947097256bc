// Cue lexicon sections whose entries carry their examples on the same line:
//   PATTERN  # + a sentence it must match  # - a sentence it must not match
// The patterns without their examples, and the examples for the test that runs them all.
#pragma once

#include <string>
#include <vector>

#include "lexicon/lexicon.hpp"

namespace klartjek::legal {

struct CueEntry {
    std::string pattern;
    std::vector<std::string> must_match, must_not_match;
};

std::vector<CueEntry> cue_entries(const lexicon::LexiconFile& file, const std::string& section);
std::vector<std::string> cue_patterns(const lexicon::LexiconFile& file, const std::string& section);

}  // namespace klartjek::legal
