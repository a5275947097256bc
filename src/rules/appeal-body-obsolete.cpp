#include "rules/appeal-body-obsolete.hpp"

namespace klartjek::rules {

void check_appeal_body_obsolete(const Context& c, Findings& out) {
    if (!c.el.requires_reasoning) return;
    for (const auto& e : c.el.appeal.obsolete)
        report(out, "appeal-body-obsolete", Severity::warning,
               "Klagevejledningen nævner en klageinstans, der ikke behandler klager over sociale afgørelser i dag. "
               "Klager over afgørelser efter serviceloven og barnets lov behandles af Ankestyrelsen (retssikkerhedslovens § 60).",
               "Erstat klageinstansen med Ankestyrelsen.", e);
}

}  // namespace klartjek::rules
