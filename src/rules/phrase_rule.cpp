#include "rules/phrase_rule.hpp"

#include <map>
#include <vector>

#include "plain/readability.hpp"

namespace klartjek::rules {

void for_each_running_sentence(const Context& c, const std::function<void(const Sentence&, std::string_view)>& fn) {
    const auto& running = c.running;
    for (std::size_t k = 0; k < c.segments.sentences.size(); ++k) {
        if (!running[k]) continue;
        const auto& s = c.segments.sentences[k];
        fn(s, std::string_view(c.text.text).substr(s.begin, s.end - s.begin));
    }
}

void report_phrases_once(const Context& c, Findings& out, const plain::PhraseSet& set, const PhraseRule& rule) {
    struct First {
        legal::Evidence where;
        std::string words;
        std::size_t count = 0;
    };
    std::map<std::size_t, First> first;
    std::vector<std::size_t> order;
    for_each_running_sentence(c, [&](const Sentence& s, std::string_view sent) {
        for (const auto& h : set.find(sent)) {
            std::string words(sent.substr(h.begin, h.end - h.begin));
            if (rule.exempt && rule.exempt(words)) continue;
            auto [it, fresh] = first.try_emplace(h.entry);
            ++it->second.count;
            if (!fresh) continue;
            it->second.where.set(s.begin + static_cast<std::uint32_t>(h.begin), s.begin + static_cast<std::uint32_t>(h.end));
            it->second.words = words;
            order.push_back(h.entry);
        }
    });
    for (std::size_t entry : order) {
        const auto& f = first[entry];
        std::string msg = rule.message(f.words);
        if (f.count > 1) msg += " Det står " + std::to_string(f.count) + " steder i brevet.";
        report(out, rule.rule, rule.severity, msg, rule.suggestion(set.entries()[entry]), f.where);
    }
}

}  // namespace klartjek::rules
