#include "rules/spell-unknown-word.hpp"

#include <set>

#include "plain/readability.hpp"
#include "plain/spelling.hpp"

namespace klartjek::rules {

void check_spell_unknown_word(const Context& c, Findings& out) {
    const auto& running = c.running;
    std::set<std::string> seen;
    for (const auto& hit : plain::misspellings(c.text, c.segments, running)) {
        if (!seen.insert(hit.word).second) continue;
        auto sugg = plain::suggestions(hit.word, 3);
        std::string hint;
        for (std::size_t i = 0; i < sugg.size(); ++i) hint += (i ? ", " : "") + sugg[i];
        legal::Evidence e;
        e.set(hit.begin, hit.end);
        report(out, "spell-unknown-word", Severity::info,
               "\"" + hit.word + "\" findes ikke i den danske ordbog. Er det stavet rigtigt?",
               hint.empty() ? "" : "Mente du: " + hint + "?", e);
    }
}

}  // namespace klartjek::rules
