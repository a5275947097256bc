#include "rules/plain-impersonal-sender.hpp"

#include <set>

#include "plain/phrases.hpp"
#include "plain/readability.hpp"

namespace klartjek::rules {

void check_plain_impersonal_sender(const Context& c, Findings& out) {
    const auto& set = plain::phrases("plain_language.txt", "impersonal-sender");
    auto running = plain::running_sentences(c.text, c.segments, c.el);
    std::set<std::size_t> seen;
    for (std::size_t k = 0; k < c.segments.sentences.size(); ++k) {
        if (!running[k]) continue;
        const auto& s = c.segments.sentences[k];
        std::string_view sent = std::string_view(c.text.text).substr(s.begin, s.end - s.begin);
        for (const auto& h : set.find(sent)) {
            if (!seen.insert(h.entry).second) continue;
            legal::Evidence e;
            e.set(s.begin + static_cast<std::uint32_t>(h.begin), s.begin + static_cast<std::uint32_t>(h.end));
            report(out, "plain-impersonal-sender", Severity::info,
                   "\"" + std::string(sent.substr(h.begin, h.end - h.begin)) + "\" er upersonligt; det er uklart, hvem der menes.",
                   "Skriv \"vi\" om kommunen: " + set.entries()[h.entry].hint, e);
        }
    }
}

}  // namespace klartjek::rules
