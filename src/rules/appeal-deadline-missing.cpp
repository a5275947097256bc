#include "rules/appeal-deadline-missing.hpp"

namespace klartjek::rules {

void check_appeal_deadline_missing(const Context& c, Findings& out) {
    const auto& ap = c.el.appeal;
    if (!ap.present || ap.no_appeal || ap.deadline || !c.el.requires_reasoning ||
        !c.el.checklist.scope_note.empty())  // a missing part is claimed only when the outcome is certain
        return;
    report(out, "appeal-deadline-missing", Severity::error,
           "Klagevejledningen nævner ikke klagefristen. Fristen skal stå i vejledningen (forvaltningslovens § 25, stk. 1); "
           "for sociale afgørelser er den 4 uger fra modtagelsen (retssikkerhedslovens § 67).",
           "Skriv: \"Klagen skal være modtaget inden 4 uger efter, at du har modtaget afgørelsen.\"", ap.first);
}

}  // namespace klartjek::rules
