#include "rules/spell-unknown-word.hpp"

#include <fmt/format.h>

#include <cmath>
#include <set>

#include "plain/readability.hpp"
#include "plain/spelling.hpp"

namespace klartjek::rules {

void check_spell_unknown_word(const Context& c, Findings& out) {
    const auto& running = c.running;
    auto check = plain::spell_check(c.text, c.segments, running, c.lex);
    if (check.not_danish) {
        // One finding instead of hundreds: an English attachment or a page from a broken font.
        report(out, "spell-unknown-word", Severity::info,
               fmt::format("Teksten ser ikke ud til at være dansk: kun {} % af {} ord findes i den danske ordbog. "
                           "Stavekontrollen er sprunget over.",
                           static_cast<int>(std::lround(check.language.known_share() * 100)), check.language.checked),
               "Kontrollér, at brevet er på dansk, og at teksten kan læses (ikke et forkert tegnsæt eller et billede).",
               legal::Evidence{});
        return;
    }
    // Suggestions are the costly part of Hunspell: only for the first few distinct unknown words.
    const auto& lim = plain::SpellLimits::get(c.lex);
    std::set<std::string> seen;
    for (const auto& hit : check.hits) {
        if (!seen.insert(hit.word).second) continue;
        std::string hint;
        if (seen.size() <= lim.max_suggested && hit.word.size() <= lim.max_suggest_bytes) {
            auto sugg = plain::suggestions(hit.word, c.lex, 3);
            for (std::size_t i = 0; i < sugg.size(); ++i) hint += (i ? ", " : "") + sugg[i];
        }
        legal::Evidence e;
        e.set(hit.begin, hit.end);
        report(out, "spell-unknown-word", Severity::info,
               "\"" + hit.word + "\" findes ikke i den danske ordbog. Er det stavet rigtigt?",
               hint.empty() ? "" : "Mente du: " + hint + "?", e);
    }
}

}  // namespace klartjek::rules
