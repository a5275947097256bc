#include "rules/plain-lix.hpp"

#include <cmath>
#include <fmt/format.h>

#include "plain/readability.hpp"

namespace klartjek::rules {

void check_plain_lix(const Context& c, Findings& out) {
    const auto& r = c.readability;
    if (r.body.empty() || r.body.words < 60) return;
    double lix = std::round(r.body.value());  // the value as shown, so the band and the finding agree
    if (lix < threshold(c, "lix_info")) return;
    Severity sev = lix >= threshold(c, "lix_warning") ? Severity::warning : Severity::info;
    // Point at the hardest sentence: the one with most long words.
    const auto& running = c.running;
    legal::Evidence where;
    std::size_t best = 0;
    for (std::size_t k = 0; k < c.segments.sentences.size(); ++k) {
        if (!running[k]) continue;
        const auto& s = c.segments.sentences[k];
        std::size_t n = 0;
        for (const auto& w : c.segments.words)
            if (w.begin >= s.begin && w.end <= s.end && w.kind != WordKind::number &&
                plain::letters(std::string_view(c.text.text).substr(w.begin, w.end - w.begin)) > 6)
                ++n;
        if (n > best) best = n, where = legal::Evidence{}, where.set(s.begin, s.end);
    }
    report(out, "plain-lix", sev,
           fmt::format("Brevets LIX er {:.0f} ({}). Borgeren skal kunne læse og forstå afgørelsen "
                       "(vejledning om forvaltningsloven pkt. 214); breve til borgere bør ligge under 45.",
                       lix, plain::lix_band(lix)),
           "Skriv kortere sætninger og brug kortere ord; start med den sætning, der er markeret her.", where);
}

}  // namespace klartjek::rules
