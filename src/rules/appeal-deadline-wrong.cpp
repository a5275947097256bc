#include "rules/appeal-deadline-wrong.hpp"

namespace klartjek::rules {

void check_appeal_deadline_wrong(const Context& c, Findings& out) {
    const auto& ap = c.el.appeal;
    if (!ap.present || !ap.deadline || ap.deadline_ok || !c.el.requires_reasoning) return;
    report(out, "appeal-deadline-wrong", Severity::error,
           "Klagefristen er angivet som " + *ap.deadline + ". Fristen for at klage over sociale afgørelser er 4 uger "
           "(retssikkerhedslovens § 67). En forkert frist kan få borgeren til at klage for sent eller give op.",
           "Ret fristen til \"4 uger efter, at du har modtaget afgørelsen\".", ap.deadline_at);
}

}  // namespace klartjek::rules
