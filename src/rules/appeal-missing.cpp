#include "rules/appeal-missing.hpp"

namespace klartjek::rules {

void check_appeal_missing(const Context& c, Findings& out) {
    const auto& v = c.el.checklist.at("appeal_guidance");
    // A decision that speaks of complaining where klartjek recognised no guidance: say so at info
    // level rather than claim that the guidance is missing.
    if (v.status == legal::Status::uncertain && c.el.appeal.trace.found && !c.el.appeal.present &&
        c.el.checklist.scope_note.empty() && c.el.requires_reasoning) {
        report(out, "appeal-missing", Severity::info,
               "klartjek kunne ikke genkende en klagevejledning, men brevet taler om at klage eller være uenig her. Tjek, at brevet siger, at man kan "
               "klage, hvor og hvordan, og at fristen er 4 uger (forvaltningslovens § 25, stk. 1; retssikkerhedslovens §§ 66-67).",
               "Skriv klagevejledningen samlet under en overskrift som \"Klagevejledning\" eller \"Hvis du vil klage\".",
               c.el.appeal.trace);
        return;
    }
    if (v.status != legal::Status::missing) return;
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
