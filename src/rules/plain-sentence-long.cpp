#include "rules/plain-sentence-long.hpp"

#include <fmt/format.h>

#include "plain/phrases.hpp"
#include "plain/readability.hpp"

namespace klartjek::rules {

void check_plain_sentence_long(const Context& c, Findings& out) {
    const double info = threshold(c, "long_sentence_info");
    const double warn = threshold(c, "long_sentence_warning");
    const auto& connectors = plain::phrases(c.lex, "plain_language.txt", "connectors");
    const auto& running = c.running;
    for (std::size_t k = 0; k < c.segments.sentences.size(); ++k) {
        if (!running[k]) continue;
        const auto& s = c.segments.sentences[k];
        auto n = static_cast<double>(plain::sentence_words(c.segments, s));
        if (n <= info) continue;
        std::string_view sent = std::string_view(c.text.text).substr(s.begin, s.end - s.begin);
        std::string hint = "Del sætningen i to eller flere; sig én ting ad gangen.";
        auto hits = connectors.find(sent);
        if (!hits.empty())
            hint = "Del sætningen ved \"" + std::string(sent.substr(hits[0].begin, hits[0].end - hits[0].begin)) + "\": " +
                   connectors.entries()[hits[0].entry].hint;
        legal::Evidence e;
        e.set(s.begin, s.end);
        report(out, "plain-sentence-long", n > warn ? Severity::warning : Severity::info,
               fmt::format("Sætningen har {:.0f} ord. Lange sætninger er svære at læse; 15-18 ord i gennemsnit er passende.", n),
               hint, e);
    }
}

}  // namespace klartjek::rules
