#include "rules/legal-reasoning-missing.hpp"

namespace klartjek::rules {

void check_legal_reasoning_missing(const Context& c, Findings& out) {
    if (c.el.checklist.at("reasoning").status != legal::Status::missing) return;
    report(out, "legal-reasoning-missing", Severity::error,
           "Afgørelsen har ingen begrundelse. Når borgeren ikke får fuldt medhold, skal afgørelsen begrundes "
           "(forvaltningslovens § 22) med de regler, hensyn og oplysninger, den bygger på (§ 24).",
           "Tilføj et afsnit \"Begrundelse\": hvilke oplysninger I har lagt vægt på, og hvorfor betingelserne (ikke) er opfyldt.",
           anchor(c));
}

}  // namespace klartjek::rules
