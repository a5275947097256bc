#include "rules/plain-nominal.hpp"

#include "lexicon/lexicon.hpp"
#include "text/utf8.hpp"
#include "rules/phrase_rule.hpp"

namespace klartjek::rules {

void check_plain_nominal(const Context& c, Findings& out) {
    report_phrases_once(
        c, out, plain::phrases(c.lex, "plain_language.txt", "nominal-style"),
        {"plain-nominal", Severity::info, [](const std::string& words) { return "\"" + words + "\" er navneordsstil."; },
         [](const plain::PhraseEntry& e) { return "Brug udsagnsordet: " + e.hint; },
         [&c](const std::string& words) { // Terms of art the lexicon keeps ("foretage en børnefaglig undersøgelse").
             std::string hit = text::to_lower(words);
             for (const auto& term : c.lex.file("plain_language.txt").section("nominal-exempt"))
                 if (hit.find(text::to_lower(term)) != std::string::npos) return true;
             return false; }});
}

}  // namespace klartjek::rules
