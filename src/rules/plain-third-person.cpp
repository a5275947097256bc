#include "rules/plain-third-person.hpp"

#include "rules/phrase_rule.hpp"

namespace klartjek::rules {

void check_plain_third_person(const Context& c, Findings& out) {
    report_phrases_once(
        c, out, plain::phrases(c.lex, "plain_language.txt", "third-person"),
        {"plain-third-person", Severity::info, [](const std::string& words) { return "\"" + words + "\" er en upersonlig omtale; brevet skrives til én person."; },
         [](const plain::PhraseEntry& e) { return "Skriv direkte til modtageren: " + e.hint; },
         nullptr});
}

}  // namespace klartjek::rules
