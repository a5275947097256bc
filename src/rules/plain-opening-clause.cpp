#include "rules/plain-opening-clause.hpp"



#include "plain/phrases.hpp"
#include "plain/readability.hpp"

namespace klartjek::rules {

void check_plain_opening_clause(const Context& c, Findings& out) {
    const auto& set = plain::phrases(c.lex, "plain_language.txt", "long-opening");
    const auto& running = c.running;
    for (std::size_t k = 0; k < c.segments.sentences.size(); ++k) {
        if (!running[k]) continue;
        const auto& s = c.segments.sentences[k];
        std::string_view sent = std::string_view(c.text.text).substr(s.begin, s.end - s.begin);
        auto hits = set.find(sent);
        if (hits.empty()) continue;
        legal::Evidence e;
        e.set(s.begin, s.end);
        report(out, "plain-opening-clause", Severity::info,
               "Sætningen begynder med \"" + std::string(sent.substr(hits[0].begin, hits[0].end - hits[0].begin)) +
                   "\". En lang indledning skubber det vigtige til sidst i sætningen.",
               set.entries()[hits[0].entry].hint, e);
    }
}

}  // namespace klartjek::rules
