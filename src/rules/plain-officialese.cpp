#include "rules/plain-officialese.hpp"

#include <map>



#include "plain/phrases.hpp"
#include "plain/readability.hpp"

namespace klartjek::rules {

void check_plain_officialese(const Context& c, Findings& out) {
    // One finding per lexicon entry, at its first place in the letter, with the number of places.
    const auto& set = plain::phrases("officialese.txt", "officialese");
    auto running = plain::running_sentences(c.text, c.segments, c.el);
    std::map<std::size_t, std::pair<legal::Evidence, std::size_t>> first;  // entry -> (where, count)
    std::vector<std::size_t> order;
    std::map<std::size_t, std::string> words;
    for (std::size_t k = 0; k < c.segments.sentences.size(); ++k) {
        if (!running[k]) continue;
        const auto& s = c.segments.sentences[k];
        std::string_view sent = std::string_view(c.text.text).substr(s.begin, s.end - s.begin);
        for (const auto& h : set.find(sent)) {
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
        std::string msg = "\"" + word + "\" er kancellisprog, som mange borgere har svært ved.";
        if (n > 1) msg += " Det står " + std::to_string(n) + " steder i brevet.";
        report(out, "plain-officialese", Severity::info, msg, "Skriv i stedet: " + set.entries()[entry].hint, where);
    }
}

}  // namespace klartjek::rules
