#include "rules/plain-passive.hpp"

#include <fmt/format.h>

#include "plain/readability.hpp"

namespace klartjek::rules {

void check_plain_passive(const Context& c, Findings& out) {
    const auto& r = c.readability;
    if (r.sentences < 4 || r.passive_share <= threshold(c, "passive_share_info")) return;
    const auto& running = c.running;
    for (std::size_t k = 0; k < c.segments.sentences.size(); ++k) {
        if (!running[k]) continue;
        const auto& s = c.segments.sentences[k];
        std::string_view sent = std::string_view(c.text.text).substr(s.begin, s.end - s.begin);
        auto [b, e] = plain::find_passive(sent, c.lex);
        if (e == 0) continue;
        legal::Evidence ev;
        ev.set(s.begin + static_cast<std::uint32_t>(b), s.begin + static_cast<std::uint32_t>(e));
        report(out, "plain-passive", Severity::info,
               fmt::format("\"{}\" er passiv. {:.0f} % af brevets sætninger er i passiv; det skjuler, hvem der gør hvad.",
                           sent.substr(b, e - b), r.passive_share * 100),
               "Skriv, hvem der handler: \"Vi vurderer\" i stedet for \"Det vurderes\".", ev);
    }
}

}  // namespace klartjek::rules
