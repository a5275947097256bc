#include "rules/legal-ref-outdated.hpp"

#include <set>

#include "lexicon/lexicon.hpp"
namespace klartjek::rules {

void check_legal_ref_outdated(const Context& c, Findings& out) {
    std::set<std::uint32_t> seen;
    const auto& map = c.lex.file("barnets_lov.txt").section("outdated-sel");
    for (std::size_t i : c.el.outdated) {
        const auto& r = c.el.statutes.refs[i];
        auto where = sentence_at(c, r.begin);
        if (!seen.insert(where.begin).second) continue;
        std::string instead = "barnets lov";
        for (const auto& line : map)
            if (line.rfind(r.paragraph + " =", 0) == 0) instead = line.substr(line.find('=') + 2);
        report(out, "legal-ref-outdated", Severity::error,
               "Brevet er dateret efter 1. januar 2024 og handler om et barn, men henviser til " + r.normalized() +
                   ". Reglerne for børn står nu i barnets lov; en forkert hjemmel er en retlig mangel.",
               "Henvis til " + instead + " i stedet.", where);
    }
}

}  // namespace klartjek::rules
