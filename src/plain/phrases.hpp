// Phrase lexicons for the plain-language rules: lines "PATTERN | HINT | FLAG EXAMPLE | NOT-FLAG
// EXAMPLE [| SOURCE]" in a section of a lexicon file. All patterns of a section are compiled once
// into one RE2::Set (a sentence is scanned once, whatever the number of entries); only the entries
// that matched are run again to find where.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"

namespace klartjek::plain {

struct PhraseEntry {
    std::string pattern, hint, flag_example, not_flag_example, source;
};

struct PhraseHit {
    std::size_t entry;
    std::size_t begin, end;  // relative to the scanned sentence
};

class PhraseSet {
public:
    PhraseSet(const lexicon::Lexicons& lex, const std::string& lexicon_file, const std::string& section);
    std::vector<PhraseHit> find(std::string_view sentence) const;
    const std::vector<PhraseEntry>& entries() const { return entries_; }

private:
    std::vector<PhraseEntry> entries_;
    std::unique_ptr<re2::RE2::Set> set_;
    std::vector<std::unique_ptr<re2::RE2>> each_;
};

// The shared instances, compiled on first use.
// The phrase list of a lexicon section, compiled once per Lexicons value.
const PhraseSet& phrases(const lexicon::Lexicons& lex, const std::string& lexicon_file, const std::string& section);

}  // namespace klartjek::plain
