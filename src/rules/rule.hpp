// What every rule sees and how it reports. One rule = one .hpp/.cpp pair + one registry line.
#pragma once

#include <string>
#include <vector>

#include "config/config.hpp"
#include "lexicon/lexicon.hpp"
#include "core/types.hpp"
#include "legal/elements.hpp"
#include "plain/readability.hpp"

namespace klartjek::rules {

struct Context {
    const NormalizedText& text;
    const Segmentation& segments;
    const legal::Elements& el;
    // Computed once per letter for all plain-language rules.
    const std::vector<bool>& running;          // per sentence: running text (plain::running_sentences)
    const plain::Readability& readability;     // plain::measure
    const lexicon::Lexicons& lex;              // the lexicons this analysis runs with
    const config::Config* config = nullptr;    // the user's configuration (thresholds), or none
};

// A threshold of lexicons/plain_language.txt [thresholds], as the configuration sets it.
double threshold(const Context& c, const std::string& key);

using Findings = std::vector<Finding>;

// Adds a finding located at `where` (the whole letter when not found).
void report(Findings& out, const char* rule, Severity sev, std::string message, std::string suggestion,
            const legal::Evidence& where);

// The sentence containing a byte offset.
legal::Evidence sentence_at(const Context& c, std::uint32_t offset);

// Where a "missing" finding points: the result sentence, else the subject, else the first body text.
legal::Evidence anchor(const Context& c);

}  // namespace klartjek::rules
