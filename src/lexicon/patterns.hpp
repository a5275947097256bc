// Compiles lexicon pattern lists into one RE2::Set, so a line is matched against all patterns
// of a list in one pass (and in linear time, whatever the letter contains).
#pragma once

#include <re2/set.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace klartjek::lexicon {

// RE2's \b only knows ASCII word characters, so "\bpå\b" never matches "på," and "\bde" matches
// the "de" of "både". Lexicon patterns are rewritten: a \b at the pattern's start becomes
// (?:^|[^W]) and one at its end (after a word or a group) (?:[^W]|$), W being the word characters
// of patterns.cpp (Latin letters and digits; a superscript digit is no word character); inside the
// pattern a \b next to a token or group with a non-ASCII letter gets the same forms, one next to
// ASCII tokens stays RE2's own, and one right before a literal separator (",", ";", ":", " ",
// "\.") is left out. The rewritten boundary consumes the neighbouring character, so lexicon
// patterns never put a space right next to \b (a space already is a boundary), and code that
// takes a match's position trims that character.
std::string unicode_boundaries(const std::string& pattern);

// "\pL" compiles to a UTF-8 automaton of some 600 ranges (and twice that under "(?i)"); with a few
// hundred patterns using it, compiling them was half of klartjek's start-up. Every pattern — the
// lexicons' (through unicode_boundaries) and the code's own — says "letter" as a few ranges
// instead: A–Z, a–z, the letters of Latin-1, Latin Extended-A/B and Latin Extended Additional (æ,
// ø, å, é, ü, ł, ễ …), Greek and Cyrillic, inside or outside a character class ("[^\pL]" keeps its
// meaning for Danish text). A letter of another script (Arabic, CJK …) counts as a non-letter.
std::string latin_letters(std::string_view pattern);

class PatternSet {
public:
    // Throws std::runtime_error naming the pattern if one does not compile.
    PatternSet(const std::vector<std::string>& patterns, bool case_sensitive = false);
    bool matches(std::string_view text) const;
    std::vector<int> which(std::string_view text) const;
    std::size_t size() const { return size_; }

private:
    std::unique_ptr<re2::RE2::Set> set_;
    std::size_t size_ = 0;
};

}  // namespace klartjek::lexicon
