#include "rules/plain-legal-term.hpp"

#include <set>

#include "plain/phrases.hpp"
#include "plain/readability.hpp"

namespace klartjek::rules {

void check_plain_legal_term(const Context& c, Findings& out) {
    const auto& terms = plain::phrases(c.lex, "plain_language.txt", "legal-terms");
    const auto& explained = plain::phrases(c.lex, "plain_language.txt", "explained-by");
    const auto& running = c.running;
    std::set<std::size_t> seen;
    const auto& sents = c.segments.sentences;
    for (std::size_t k = 0; k < sents.size(); ++k) {
        if (!running[k]) continue;
        std::string_view sent = std::string_view(c.text.text).substr(sents[k].begin, sents[k].end - sents[k].begin);
        for (const auto& h : terms.find(sent)) {
            if (!seen.insert(h.entry).second) continue;  // explained or reported once is enough
            bool ok = !explained.find(sent).empty();
            if (!ok && k + 1 < sents.size()) {
                std::string_view next = std::string_view(c.text.text).substr(sents[k + 1].begin, sents[k + 1].end - sents[k + 1].begin);
                ok = !explained.find(next).empty();
            }
            if (ok) continue;
            legal::Evidence e;
            e.set(sents[k].begin + static_cast<std::uint32_t>(h.begin), sents[k].begin + static_cast<std::uint32_t>(h.end));
            report(out, "plain-legal-term", Severity::info,
                   "\"" + std::string(sent.substr(h.begin, h.end - h.begin)) + "\" er et fagord, som ikke er forklaret.",
                   "Forklar ordet, f.eks.: " + terms.entries()[h.entry].hint, e);
        }
    }
}

}  // namespace klartjek::rules
