#include "rules/legal-ref-missing-bl90.hpp"

#include <set>

#include "lexicon/lexicon.hpp"
namespace klartjek::rules {

void check_legal_ref_missing_bl90(const Context& c, Findings& out) {
    std::set<std::uint32_t> seen;
    const auto& map = c.lex.file("barnets_lov.txt").section("via-bl90");
    for (std::size_t i : c.el.missing_bl90) {
        const auto& r = c.el.statutes.refs[i];
        auto where = sentence_at(c, r.begin);
        if (!seen.insert(where.begin).second) continue;
        std::string chain = "§ 90 i barnets lov";
        for (const auto& line : map)
            if (line.rfind(r.paragraph + " =", 0) == 0) chain = line.substr(line.find('=') + 2);
        report(out, "legal-ref-missing-bl90", Severity::warning,
               "For børn gælder " + r.normalized() + " kun gennem barnets lov § 90, men brevet nævner ikke barnets lov § 90.",
               "Skriv f.eks. \"" + chain + ", jf. § " + r.paragraph + " i serviceloven\".", where);
    }
}

}  // namespace klartjek::rules
