#include "audit/record.hpp"

#include <map>

#include "report/check.hpp"

namespace klartjek::audit {

nlohmann::ordered_json letter_record(const Analysis& a, const std::string& path, const std::string& report) {
    using J = nlohmann::ordered_json;
    const auto& el = a.elements;
    const auto& ap = el.appeal;
    std::map<std::string, std::pair<int, std::string>> rules;  // rule → (count, severity)
    int counts[3] = {0, 0, 0};
    for (const auto& f : a.findings) {
        auto& r = rules[f.rule];
        ++r.first;
        r.second = severity_name(f.severity);
        ++counts[static_cast<int>(f.severity)];
    }
    J rule_counts = J::object();
    for (const auto& [id, v] : rules) rule_counts[id] = {{"count", v.first}, {"severity", v.second}};
    const auto& r = a.readability;
    return {{"schema", "klartjek.audit-letter/1"},
            {"file", path},
            {"report", report},
            {"municipality", el.structure.municipality},
            {"date", el.structure.date.iso()},
            {"outcome", legal::outcome_id(el.outcome)},
            {"requires_reasoning", el.requires_reasoning},
            {"child_case", el.child},
            {"legal_basis", el.legal_basis},
            {"provisions", report::provision_refs(el.statutes)},
            {"outdated_refs", report::outdated_refs(el)},
            {"reasoning", el.reasoning()},
            {"appeal_guidance", ap.present},
            {"appeal_correct", ap.no_appeal || (ap.present && ap.deadline_ok && ap.route_correct() && !ap.from_letter_date.found)},
            {"citizen_statement", el.citizen.found},
            {"scope", {{"readable", el.scope.readable},
                       {"document_type", legal::doc_type_id(el.scope.type)},
                       {"legal_area", legal::area_id(el.scope.area)},
                       {"note", el.checklist.scope_note.empty() ? J(nullptr) : J(el.checklist.scope_note)}}},
            {"checklist", [&] {
                 J c = J::object();
                 for (const auto& v : el.checklist.items) c[v.element] = legal::status_id(v.status);
                 return c;
             }()},
            {"lix", r.body.empty() ? J(nullptr) : J(r.body.value())},
            {"words", r.words},
            {"sentences", r.sentences},
            {"long_sentences", r.long_sentences},
            {"passive_share", r.passive_share},
            {"officialese_hits", r.officialese_hits},
            {"errors", counts[2]},
            {"warnings", counts[1]},
            {"infos", counts[0]},
            {"baselined", a.known.size()},
            {"suppressed", a.suppressed.size()},
            {"rules", rule_counts}};
}

const std::vector<Requirement>& requirements() {
    static const std::vector<Requirement> r = {{"legal_basis", "Lovgrundlag"},
                                               {"reasoning", "Begrundelse"},
                                               {"appeal_guidance", "Klagevejledning"},
                                               {"appeal_correct", "Korrekt klagevejledning"},
                                               {"citizen_statement", "Borgerens synspunkter"},
                                               {"no_outdated_refs", "Ingen forældede henvisninger"}};
    return r;
}

namespace {
// The checklist element behind a barometer requirement.
std::string element_of(const std::string& req) {
    if (req == "appeal_correct") return "appeal_guidance";
    if (req == "no_outdated_refs") return "legal_basis";
    return req;
}
}  // namespace

// A requirement counts for a letter only when the checklist gave it a verdict (ok, missing,
// wrong): unreadable letters, non-decisions, other legal areas and uncertain ones stay out of the shares.
bool applies(const nlohmann::ordered_json& rec, const std::string& req) {
    if (rec.contains("checklist")) {
        std::string st = rec["checklist"].value(element_of(req), "not-applicable");
        if (req == "no_outdated_refs") return st != "not-applicable" && st != "uncertain" && rec.value("outcome", "") != "ikke-afgoerelse";
        return st == "ok" || st == "missing" || st == "wrong";
    }
    bool decision = rec.value("requires_reasoning", true);
    if (req == "no_outdated_refs") return rec.value("outcome", "") != "ikke-afgoerelse";
    return decision;
}

bool met(const nlohmann::ordered_json& rec, const std::string& req) {
    if (req == "no_outdated_refs") return rec["outdated_refs"].empty();
    if (rec.contains("checklist")) {
        std::string st = rec["checklist"].value(element_of(req), "not-applicable");
        return req == "appeal_guidance" ? (st == "ok" || st == "wrong") : st == "ok";
    }
    return rec.value(req, false);
}

}  // namespace klartjek::audit
