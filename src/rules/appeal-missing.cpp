#include "rules/appeal-missing.hpp"

namespace klartjek::rules {

void check_appeal_missing(const Context& c, Findings& out) {
    if (c.el.checklist.at("appeal_guidance").status != legal::Status::missing) return;
    legal::Evidence where;
    for (auto it = c.segments.sentences.rbegin(); it != c.segments.sentences.rend(); ++it)
        if (c.text.paragraphs[it->paragraph].zone == Zone::body) {
            where.set(it->begin, it->end);
            break;
        }
    report(out, "appeal-missing", Severity::error,
           "Brevet har ingen klagevejledning. En afgørelse, der ikke giver fuldt medhold, skal oplyse, hvor og hvordan man "
           "klager, og fristen (forvaltningslovens § 25, stk. 1; retssikkerhedslovens §§ 66-67).",
           "Tilføj: \"Du kan klage over afgørelsen. Klagen skal være modtaget hos os inden 4 uger efter, at du har modtaget "
           "afgørelsen. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi klagen til Ankestyrelsen.\"",
           where);
}

}  // namespace klartjek::rules
