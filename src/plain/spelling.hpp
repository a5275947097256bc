// Danish spelling with Hunspell and Debian's da_DK dictionary, plus the domain words in
// lexicons/spelling_da.txt and an optional user word list. Results are cached per word for the
// life of the process, so a batch never pays twice for a word.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/types.hpp"
#include "lexicon/lexicon.hpp"

namespace klartjek::plain {

struct SpellHit {
    std::uint32_t begin = 0, end = 0;
    std::string word;
};

// Adds the words of a UTF-8 file (one per line) to the accepted words. Throws on a missing file.
void add_user_words(const std::string& path, const lexicon::Lexicons& lex);

// Whether the Danish dictionary could be loaded (hunspell-da installed).
bool spelling_available(const lexicon::Lexicons& lex);

// Whether the word at [b, e) is part of an e-mail address, a URL or markup (never checked).
bool url_or_mail_context(std::string_view text, std::uint32_t b, std::uint32_t e);

bool spelled_correctly(std::string_view word, const lexicon::Lexicons& lex);
std::vector<std::string> suggestions(std::string_view word, const lexicon::Lexicons& lex, std::size_t max = 3);

// How much of the text the Danish dictionary knows: the words the spelling check would check
// (as in misspellings()), and how many of them are spelled correctly.
struct LanguageEstimate {
    std::size_t checked = 0, known = 0;
    double known_share() const { return checked ? static_cast<double>(known) / static_cast<double>(checked) : 1.0; }
};

// The result of the spelling check of one letter: either the text does not look Danish (then no
// hits), or the unknown words.
struct SpellCheck {
    LanguageEstimate language;
    bool not_danish = false;
    std::vector<SpellHit> hits;
};

// Thresholds from lexicons/plain_language.txt [thresholds].
struct SpellLimits {
    double danish_known_share = 0.6;
    std::size_t danish_min_words = 30;
    std::size_t max_suggested = 20;
    std::size_t max_suggest_bytes = 40;
    static const SpellLimits& get(const lexicon::Lexicons& lex);
};

SpellCheck spell_check(const NormalizedText& t, const Segmentation& seg, const std::vector<bool>& sentences,
                       const lexicon::Lexicons& lex);

// Misspelled words in the given sentences. Names (capitalised words), abbreviations, numbers,
// e-mail addresses, URLs and CPR numbers are never checked.
std::vector<SpellHit> misspellings(const NormalizedText& t, const Segmentation& seg, const std::vector<bool>& sentences,
                                   const lexicon::Lexicons& lex, LanguageEstimate* language = nullptr);

}  // namespace klartjek::plain
