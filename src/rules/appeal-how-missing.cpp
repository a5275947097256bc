#include "rules/appeal-how-missing.hpp"

namespace klartjek::rules {

void check_appeal_how_missing(const Context& c, Findings& out) {
    const auto& ap = c.el.appeal;
    if (!ap.present || ap.no_appeal || ap.how || !c.el.requires_reasoning ||
        !c.el.checklist.scope_note.empty())  // a missing part is claimed only when the outcome is certain
        return;
    report(out, "appeal-how-missing", Severity::warning,
           "Klagevejledningen siger ikke, hvordan man klager (forvaltningslovens § 25, stk. 1: fremgangsmåden).",
           "Skriv f.eks. \"Du kan klage skriftligt, på e-mail, via Digital Post eller ved at ringe til os.\"", ap.first);
}

}  // namespace klartjek::rules
