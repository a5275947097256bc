#include "rules/privacy-cpr.hpp"

#include "text/cpr.hpp"

namespace klartjek::rules {

void check_privacy_cpr(const Context& c, Findings& out) {
    auto found = text::find_cpr(c.text.text, c.lex);
    if (found.empty()) return;
    legal::Evidence where;
    where.set(found.front().first, found.front().second);
    report(out, "privacy-cpr", Severity::info,
           std::to_string(found.size()) + (found.size() == 1 ? " CPR-nummer" : " CPR-numre") +
               " står i brevet. klartjek viser dem aldrig i rapporter (de er skjult som ******-****); "
               "pas på, hvor brevet og rapporten deles.",
           "Brug --show-cpr kun, hvis du har brug for at se numrene.", where);
}

}  // namespace klartjek::rules
