#include "rules/plain-sentence-average.hpp"

#include <fmt/format.h>

#include "core/danish.hpp"

#include "plain/readability.hpp"

namespace klartjek::rules {

void check_plain_sentence_average(const Context& c, Findings& out) {
    const auto& r = c.readability;
    if (r.sentences < 5 || r.average_sentence <= threshold(c, "avg_sentence_info")) return;
    legal::Evidence where;
    const auto& running = c.running;
    std::size_t longest = 0;
    for (std::size_t k = 0; k < c.segments.sentences.size(); ++k) {
        if (!running[k]) continue;
        std::size_t n = plain::sentence_words(c.segments, c.segments.sentences[k]);
        if (n > longest) longest = n, where = legal::Evidence{}, where.set(c.segments.sentences[k].begin, c.segments.sentences[k].end);
    }
    report(out, "plain-sentence-average", Severity::info,
           fmt::format("Sætningerne er i gennemsnit {} ord lange. 15-18 ord i gennemsnit giver en tekst, der er let at læse.",
                       decimal_da(r.average_sentence, 1)),
           "Del de længste sætninger; den længste er markeret her.", where);
}

}  // namespace klartjek::rules
