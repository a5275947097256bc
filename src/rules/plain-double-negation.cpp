#include "rules/plain-double-negation.hpp"



#include "plain/phrases.hpp"
#include "plain/readability.hpp"

namespace klartjek::rules {

void check_plain_double_negation(const Context& c, Findings& out) {
    const auto& set = plain::phrases(c.lex, "plain_language.txt", "double-negation");
    const auto& running = c.running;
    for (std::size_t k = 0; k < c.segments.sentences.size(); ++k) {
        if (!running[k]) continue;
        const auto& s = c.segments.sentences[k];
        std::string_view sent = std::string_view(c.text.text).substr(s.begin, s.end - s.begin);
        for (const auto& h : set.find(sent)) {
            legal::Evidence e;
            e.set(s.begin + static_cast<std::uint32_t>(h.begin), s.begin + static_cast<std::uint32_t>(h.end));
            report(out, "plain-double-negation", Severity::info,
                   "\"" + std::string(sent.substr(h.begin, h.end - h.begin)) + "\" er en dobbelt nægtelse, som er svær at forstå.",
                   set.entries()[h.entry].hint, e);
        }
    }
}

}  // namespace klartjek::rules
