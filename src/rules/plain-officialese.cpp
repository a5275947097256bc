#include "rules/plain-officialese.hpp"

#include "rules/phrase_rule.hpp"

namespace klartjek::rules {

void check_plain_officialese(const Context& c, Findings& out) {
    report_phrases_once(
        c, out, plain::phrases(c.lex, "officialese.txt", "officialese"),
        {"plain-officialese", Severity::info, [](const std::string& words) { return "\"" + words + "\" er kancellisprog, som mange borgere har svært ved."; },
         [](const plain::PhraseEntry& e) { return "Skriv i stedet: " + e.hint; },
         nullptr});
}

}  // namespace klartjek::rules
