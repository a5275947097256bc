#include "rules/plain-officialese.hpp"



#include "plain/phrases.hpp"
#include "plain/readability.hpp"

namespace klartjek::rules {

void check_plain_officialese(const Context& c, Findings& out) {
    const auto& set = plain::phrases("officialese.txt", "officialese");
    auto running = plain::running_sentences(c.text, c.segments, c.el);
    for (std::size_t k = 0; k < c.segments.sentences.size(); ++k) {
        if (!running[k]) continue;
        const auto& s = c.segments.sentences[k];
        std::string_view sent = std::string_view(c.text.text).substr(s.begin, s.end - s.begin);
        for (const auto& h : set.find(sent)) {
            legal::Evidence e;
            e.set(s.begin + static_cast<std::uint32_t>(h.begin), s.begin + static_cast<std::uint32_t>(h.end));
            std::string word(sent.substr(h.begin, h.end - h.begin));
            report(out, "plain-officialese", Severity::info, "\"" + word + "\" er kancellisprog, som mange borgere har svært ved.",
                   "Skriv i stedet: " + set.entries()[h.entry].hint, e);
        }
    }
}

}  // namespace klartjek::rules
