// Sentences and words with ICU, made to respect Danish letters: abbreviations (lexicons/
// abbreviations.txt) never end a sentence, ordinals and dotted numbers stay inside, initials stay
// with the name. Each paragraph is segmented on its own, so a heading or a list item is never
// glued to the next sentence.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "core/types.hpp"
#include "lexicon/lexicon.hpp"

namespace klartjek::text {

using Range = std::pair<std::uint32_t, std::uint32_t>;

// Sentence byte ranges inside `paragraph` (trimmed of white space).
std::vector<Range> split_sentences(std::string_view paragraph, const lexicon::Lexicons& lex);

// Word tokens inside `text`; offsets are relative to `text` plus `base`.
std::vector<WordToken> split_words(std::string_view text, std::uint32_t base = 0);

Segmentation segment(const NormalizedText& text, const lexicon::Lexicons& lex);

}  // namespace klartjek::text
