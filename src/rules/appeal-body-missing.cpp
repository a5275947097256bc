#include "rules/appeal-body-missing.hpp"

namespace klartjek::rules {

void check_appeal_body_missing(const Context& c, Findings& out) {
    const auto& ap = c.el.appeal;
    if (!ap.present || ap.no_appeal || ap.body_named || !ap.obsolete.empty() || !c.el.requires_reasoning ||
        !c.el.checklist.scope_note.empty())  // a missing part is claimed only when the outcome is certain
        return;
    report(out, "appeal-body-missing", Severity::error,
           "Klagevejledningen nævner ikke klageinstansen. Vejledningen skal oplyse, hvem der behandler klagen "
           "(forvaltningslovens § 25, stk. 1): Ankestyrelsen (retssikkerhedslovens § 60).",
           "Tilføj, at klagen sendes videre til Ankestyrelsen, hvis kommunen fastholder afgørelsen.", ap.first);
}

}  // namespace klartjek::rules
