#include "rules/plain-impersonal-sender.hpp"

#include "rules/phrase_rule.hpp"

namespace klartjek::rules {

void check_plain_impersonal_sender(const Context& c, Findings& out) {
    report_phrases_once(
        c, out, plain::phrases(c.lex, "plain_language.txt", "impersonal-sender"),
        {"plain-impersonal-sender", Severity::info, [](const std::string& words) { return "\"" + words + "\" er upersonligt; det er uklart, hvem der menes."; },
         [](const plain::PhraseEntry& e) { return "Skriv \"vi\" om kommunen: " + e.hint; }, {}});
}

}  // namespace klartjek::rules
