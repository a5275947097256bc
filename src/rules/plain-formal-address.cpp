#include "rules/plain-formal-address.hpp"
#include "lexicon/patterns.hpp"

#include <fmt/format.h>
#include <re2/re2.h>

#include "plain/readability.hpp"
#include "text/utf8.hpp"

namespace klartjek::rules {

void check_plain_formal_address(const Context& c, Findings& out) {
    // "De", "Dem", "Deres" with a capital inside a sentence is the old polite form.
    static const RE2 de(lexicon::latin_letters(R"((?:^|[^\pL])(De|Dem|Deres)(?:[^\pL]|$))"));
    const auto& running = c.running;
    std::size_t count = 0;
    legal::Evidence first;
    for (std::size_t k = 0; k < c.segments.sentences.size(); ++k) {
        if (!running[k]) continue;
        const auto& s = c.segments.sentences[k];
        std::string_view sent = std::string_view(c.text.text).substr(s.begin, s.end - s.begin);
        re2::StringPiece in(sent.data(), sent.size()), m[2];
        std::size_t pos = 0;
        while (pos < sent.size() && de.Match(in, pos, sent.size(), RE2::UNANCHORED, m, 2)) {
            std::size_t b = m[1].data() - sent.data();
            pos = b + m[1].size();
            if (b == 0) continue;  // "De" first in a sentence may be "they"
            // "De Gamles By": followed by a capitalised word it is part of a name.
            std::size_t nx = pos;
            while (nx < sent.size() && sent[nx] == ' ') ++nx;
            if (nx > pos && nx < sent.size() && text::is_upper(text::first_codepoint(sent.substr(nx)))) continue;
            ++count;
            if (!first.found) first.set(s.begin + static_cast<std::uint32_t>(b), s.begin + static_cast<std::uint32_t>(pos));
        }
    }
    if (count == 0) return;
    report(out, "plain-formal-address", Severity::warning,
           fmt::format("Brevet tiltaler borgeren med De/Dem/Deres ({}). Den høflige form virker fjern og gammeldags; "
                       "skriv \"du\" til borgeren og \"vi\" om kommunen.",
                       count == 1 ? "1 gang" : std::to_string(count) + " gange"),
           "Skriv du, dig, din i stedet for De, Dem, Deres.", first);
}

}  // namespace klartjek::rules
