#include "rules/legal-scope.hpp"

namespace klartjek::rules {

void check_legal_scope(const Context& c, Findings& out) {
    const auto& sc = c.el.scope;
    const auto& note = c.el.checklist.scope_note;
    // An unreadable letter already has its extraction finding; nothing more to say.
    if (!sc.readable || note.empty()) return;
    legal::Evidence where = sc.type != legal::DocType::afgoerelse ? sc.type_evidence
                            : sc.area != legal::Area::social      ? sc.area_evidence
                                                                  : legal::Evidence{};
    if (!where.found) where = anchor(c);
    report(out, "legal-scope", Severity::info, note,
           sc.type == legal::DocType::afgoerelse && sc.area == legal::Area::social
               ? "Kontrollér selv klagevejledning, lovgrundlag og begrundelse, eller skriv resultatet tydeligt øverst i brevet."
               : "",
           where);
}

}  // namespace klartjek::rules
