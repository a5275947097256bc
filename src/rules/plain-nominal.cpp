#include "rules/plain-nominal.hpp"

#include <map>



#include "plain/phrases.hpp"
#include "plain/readability.hpp"
#include "lexicon/lexicon.hpp"
#include "text/utf8.hpp"

namespace klartjek::rules {

void check_plain_nominal(const Context& c, Findings& out) {
    // One finding per lexicon entry, at its first place in the letter, with the number of places.
    const auto& set = plain::phrases("plain_language.txt", "nominal-style");
    auto running = plain::running_sentences(c.text, c.segments, c.el);
    std::map<std::size_t, std::pair<legal::Evidence, std::size_t>> first;  // entry -> (where, count)
    std::vector<std::size_t> order;
    std::map<std::size_t, std::string> words;
    for (std::size_t k = 0; k < c.segments.sentences.size(); ++k) {
        if (!running[k]) continue;
        const auto& s = c.segments.sentences[k];
        std::string_view sent = std::string_view(c.text.text).substr(s.begin, s.end - s.begin);
        for (const auto& h : set.find(sent)) {
            // Terms of art the lexicon keeps ("foretage en børnefaglig undersøgelse").
            std::string hit = text::to_lower(sent.substr(h.begin, h.end - h.begin));
            bool exempt = false;
            for (const auto& term : lexicon::get("plain_language.txt").section("nominal-exempt"))
                if (hit.find(text::to_lower(term)) != std::string::npos) exempt = true;
            if (exempt) continue;
            auto [it, fresh] = first.try_emplace(h.entry);
            ++it->second.second;
            if (!fresh) continue;
            it->second.first.set(s.begin + static_cast<std::uint32_t>(h.begin), s.begin + static_cast<std::uint32_t>(h.end));
            words[h.entry] = std::string(sent.substr(h.begin, h.end - h.begin));
            order.push_back(h.entry);
        }
    }
    for (std::size_t entry : order) {
        const auto& [where, n] = first[entry];
        const std::string& word = words[entry];
        std::string msg = "\"" + word + "\" er navneordsstil.";
        if (n > 1) msg += " Det står " + std::to_string(n) + " steder i brevet.";
        report(out, "plain-nominal", Severity::info, msg, "Brug udsagnsordet: " + set.entries()[entry].hint, where);
    }
}

}  // namespace klartjek::rules
