// Shared by the rules that report phrases from a lexicon section (officialese, nominal style,
// third person, impersonal sender): every entry is reported once per letter, at its first place in
// the running text, with the number of places it occurs.
#pragma once

#include <functional>
#include <string>

#include "plain/phrases.hpp"
#include "rules/rule.hpp"

namespace klartjek::rules {

struct PhraseRule {
    const char* rule;
    Severity severity = Severity::info;
    // The message for the matched words, and the suggestion for the matched entry.
    std::function<std::string(const std::string& words)> message;
    std::function<std::string(const plain::PhraseEntry& entry)> suggestion;
    // Optional: a hit for which this returns true is not reported.
    std::function<bool(const std::string& words)> exempt;
};

void report_phrases_once(const Context& c, Findings& out, const plain::PhraseSet& set, const PhraseRule& rule);

// Calls fn(sentence, its text) for every sentence of running text.
void for_each_running_sentence(const Context& c, const std::function<void(const Sentence&, std::string_view)>& fn);

}  // namespace klartjek::rules
