#include "rules/appeal-deadline-start.hpp"

namespace klartjek::rules {

void check_appeal_deadline_start(const Context& c, Findings& out) {
    const auto& ap = c.el.appeal;
    if (!c.el.requires_reasoning || !ap.present || !ap.from_letter_date.found) return;
    report(out, "appeal-deadline-start", Severity::warning,
           "Klagefristen regnes her fra brevets dato. Den løber fra det tidspunkt, borgeren har modtaget afgørelsen "
           "(retssikkerhedslovens § 67).",
           "Skriv \"inden 4 uger efter, at du har modtaget afgørelsen\".", ap.from_letter_date);
}

}  // namespace klartjek::rules
