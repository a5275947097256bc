// Plain Danish measures (shared/domain.md §4): LIX over running text, sentence lengths, passive
// voice, and which sentences count as running text at all.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/types.hpp"
#include "legal/elements.hpp"

namespace klartjek::plain {

// LIX = W/S + 100·L/W (domain.md §4.1). Counting conventions (README "LIX"):
// words are ICU word tokens (a hyphenated compound is one word; "§" and punctuation are not
// words; numbers are words but never long); L counts words with more than 6 letters, letters
// being alphabetic characters only; S is the number of sentences of running text.
struct Lix {
    std::size_t words = 0, sentences = 0, long_words = 0;
    double value() const;
    bool empty() const { return words == 0 || sentences == 0; }
};
const char* lix_band(double lix);  // "meget let", "let", "middel", "svær", "meget svær"

// Letters in a word (alphabetic code points; hyphens, digits and dots do not count).
std::size_t letters(std::string_view word);

// LIX of a piece of plain text taken as one paragraph of running text (used by tests and tools).
Lix lix_of_text(std::string_view text, const lexicon::Lexicons& lex);

// Whether a sentence is running text: body zone, a text paragraph (not a heading or list item),
// not in an appendix or the closing, and a real sentence (ends with . ! ? : or has 6+ words).
std::vector<bool> running_sentences(const NormalizedText& t, const Segmentation& seg, const legal::Elements& el);

std::size_t sentence_words(const Segmentation& seg, const Sentence& s);

// Passive voice in one sentence (domain.md §4.4): s-passive forms from the lexicon, modal + -es,
// and blive + past participle. Returns the byte range (relative to `sentence`) of the first
// passive form, or {0,0} if none.
std::pair<std::size_t, std::size_t> find_passive(std::string_view sentence, const lexicon::Lexicons& lex);

struct Readability {
    Lix body, reasoning;
    std::size_t words = 0, sentences = 0;
    double average_sentence = 0;
    std::size_t long_sentences = 0;        // above the info threshold
    std::size_t passive_sentences = 0;
    double passive_share = 0;
    std::size_t officialese_hits = 0;
    std::size_t spelling_hits = 0;
};

// `long_sentence_info`: the threshold of a long sentence (words); negative: the lexicon's.
Readability measure(const NormalizedText& t, const Segmentation& seg, const legal::Elements& el, const lexicon::Lexicons& lex,
                    double long_sentence_info = -1);

}  // namespace klartjek::plain
