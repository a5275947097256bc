#include "report/check.hpp"

#include <fmt/format.h>

#include <cmath>
#include <set>

#include "klartjek_version.hpp"
#include "rules/registry.hpp"
#include "report/show.hpp"
#include "text/cpr.hpp"
#include "text/utf8.hpp"

namespace klartjek::report {

namespace {

std::string location(const Analysis& a, std::uint32_t begin) { return location_da(a, begin); }

std::string display_name(const std::string& f, const TextOptions& opt) { return f == "-" ? "<stdin>" : json_file_name(f, opt); }

nlohmann::ordered_json loc_json(const Analysis& a, const legal::Evidence& e) {
    if (!e.found) return nullptr;
    auto l = a.text.locate(e.begin);
    nlohmann::ordered_json j = {{"page", l.page}, {"line", l.line}, {"begin", e.begin}, {"end", e.end}};
    if (a.document.kind == SourceKind::docx) j["paragraph"] = l.line;  // "afsnit N"; 0 in headers, footers, notes
    return j;
}

}  // namespace

std::string excerpt(const Analysis& a, std::uint32_t begin, std::uint32_t end, const TextOptions& opt, std::size_t max) {
    if (end <= begin || end > a.text.text.size()) return {};
    std::string s;
    if (opt.show_cpr) {
        s = a.text.text.substr(begin, end - begin);
    } else {
        // Masked from the scan of the whole letter, so a number that the excerpt's edge or a line,
        // cell or column break cuts is still masked.
        s = a.text.text.substr(begin, end - begin);
        std::vector<text::Range> local;
        for (auto [b, e] : a.cpr.mask)
            if (b < end && e > begin) local.push_back({b > begin ? b - begin : 0, std::min(e, end) - begin});
        text::mask_ranges(s, local);
    }
    for (char& ch : s)
        if (ch == '\n') ch = ' ';
    if (s.size() > max) {
        std::size_t cut = max;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
        s = s.substr(0, cut) + "…";
    }
    return s;
}

std::vector<std::string> provision_refs(const legal::StatuteScan& scan) {
    std::vector<std::string> out;
    std::set<std::string> seen, specific, with_nr;
    for (const auto& r : scan.refs)
        if (!r.law.empty() && (r.stk || r.nr)) {
            specific.insert(r.law + " § " + r.paragraph);
            if (r.stk && r.nr) with_nr.insert(r.law + " § " + r.paragraph + " stk. " + std::to_string(*r.stk));
        }
    for (const auto& r : scan.refs) {
        if (r.law.empty()) continue;
        std::string n = r.normalized();
        if (!r.stk && !r.nr && specific.count(r.law + " § " + r.paragraph)) continue;
        if (r.stk && !r.nr && !r.pkt && with_nr.count(r.law + " § " + r.paragraph + " stk. " + std::to_string(*r.stk))) continue;
        if (seen.insert(n).second) out.push_back(n);
    }
    return out;
}

std::vector<std::string> outdated_refs(const legal::Elements& el) {
    std::vector<std::string> out;
    std::set<std::string> seen, specific;
    // As in provision_refs: a § cited both bare and with its stk. is listed in the specific form only
    // ("efter servicelovens § 42" in the heading, "§ 42, stk. 1" in the text: one reference).
    for (std::size_t i : el.outdated) {
        const auto& r = el.statutes.refs[i];
        if (r.stk || r.nr) specific.insert(r.law + " § " + r.paragraph);
    }
    for (std::size_t i : el.outdated) {
        const auto& r = el.statutes.refs[i];
        if (!r.stk && !r.nr && specific.count(r.law + " § " + r.paragraph)) continue;
        std::string n = r.normalized();  // as specific as it is written: "SEL § 42, stk. 1"
        if (seen.insert(n).second) out.push_back(n);
    }
    return out;
}

nlohmann::ordered_json elements_json(const Analysis& a, const TextOptions& opt) {
    const auto& el = a.elements;
    nlohmann::ordered_json j;
    auto outcome = loc_json(a, el.result);
    auto items = nlohmann::ordered_json::array();
    for (const auto& item : el.items) {
        nlohmann::ordered_json j_item = {{"outcome", legal::outcome_id(item.outcome)}};
        j_item["applied"] = item.applied.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(item.applied);
        j_item["decided"] = item.decided.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(item.decided);
        j_item["at"] = loc_json(a, item.at);
        items.push_back(std::move(j_item));
    }
    const auto& mv = el.outcome_model;
    nlohmann::ordered_json model = nullptr;
    if (el.scope.readable)
        model = {{"value", legal::outcome_id(mv.outcome)},
                 {"probability", std::round(mv.probability * 1000) / 1000},
                 {"used", mv.used},
                 {"sentence_reading", legal::outcome_id(mv.used ? mv.cue_outcome : el.outcome)},
                 {"at", loc_json(a, mv.at)}};
    j["outcome"] = {{"value", legal::outcome_id(el.outcome)}, {"at", outcome}, {"items", items}, {"model", model}};
    j["requires_reasoning"] = el.requires_reasoning;
    auto refs = provision_refs(el.statutes);
    std::vector<std::string> unresolved;
    for (std::size_t i : el.unresolved) unresolved.push_back(el.statutes.refs[i].normalized());
    j["legal_basis"] = {{"present", el.legal_basis}, {"refs", refs}, {"unresolved", unresolved},
                        {"outdated", outdated_refs(el)}, {"generic_only", el.generic_basis.found && !el.legal_basis},
                        {"guidance_only", el.guidance_basis.found && !el.legal_basis}};
    j["reasoning"] = {{"present", el.reasoning()}, {"any", el.reasoning_any}, {"considerations", el.reasoning_weight},
                      {"facts", el.reasoning_facts}, {"facts_in_reasoning_section", el.reasoning_facts_in_section},
                      {"reasoning_section", el.reasoning_heading}, {"at", loc_json(a, el.reasoning_first)}};
    const auto& ap = el.appeal;
    j["appeal_guidance"] = {{"present", ap.present},
                            {"no_appeal", ap.no_appeal},
                            {"no_appeal_rule", ap.no_appeal_rule.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(ap.no_appeal_rule)},
                            {"deadline", ap.deadline ? nlohmann::ordered_json(*ap.deadline) : nlohmann::ordered_json(nullptr)},
                            {"deadline_ok", ap.deadline_ok},
                            {"from_receipt", ap.deadline.has_value() && !ap.from_letter_date.found},
                            {"via_municipality", ap.via_kommune},
                            {"direct_to_ankestyrelsen", ap.direct.found},
                            {"body_named", ap.body_named},
                            {"obsolete_body", !ap.obsolete.empty()},
                            {"how", ap.how},
                            {"route_correct", el.appeal_route_correct() ? nlohmann::ordered_json(*el.appeal_route_correct())
                                                                        : nlohmann::ordered_json(nullptr)},
                            {"at", loc_json(a, ap.first)}};
    j["citizen_statement"] = {{"present", el.citizen.found}, {"at", loc_json(a, el.citizen)}};
    j["letter_date"] = el.structure.date.found() ? nlohmann::ordered_json(el.structure.date.iso()) : nlohmann::ordered_json(nullptr);
    j["municipality"] = el.structure.municipality.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(el.structure.municipality);
    j["subject"] = el.structure.subject ? nlohmann::ordered_json(excerpt(a, a.text.paragraphs[*el.structure.subject].begin,
                                                                         a.text.paragraphs[*el.structure.subject].end, opt))
                                        : nlohmann::ordered_json(nullptr);
    j["child_case"] = el.child;
    j["helhedsvurdering"] = el.helhedsvurdering.found;
    j["period_stated"] = el.period.found;
    const auto& sc = el.scope;
    j["scope"] = {{"readable", sc.readable},
                  {"partly_readable", sc.partly_readable},
                  {"document_type", legal::doc_type_id(sc.type)},
                  {"document_type_certain", sc.type_certain},
                  {"document_type_at", loc_json(a, sc.type_evidence)},
                  {"legal_area", legal::area_id(sc.area)},
                  {"legal_area_certain", sc.area_certain},
                  {"legal_area_at", loc_json(a, sc.area_evidence)},
                  {"outcome_certain", el.outcome_certain},
                  {"note", el.checklist.scope_note}};
    return j;
}

nlohmann::ordered_json readability_json(const plain::Readability& r) {
    auto lix = [](const plain::Lix& l) {
        if (l.empty()) return nlohmann::ordered_json(nullptr);
        double v = std::round(l.value() * 10) / 10;
        return nlohmann::ordered_json{{"value", v}, {"band", plain::lix_band(v)}, {"words", l.words},
                                      {"sentences", l.sentences}, {"long_words", l.long_words}};
    };
    return {{"lix_body", lix(r.body)},
            {"lix_reasoning", lix(r.reasoning)},
            {"words", r.words},
            {"sentences", r.sentences},
            {"average_sentence_words", std::round(r.average_sentence * 10) / 10},
            {"long_sentences", r.long_sentences},
            {"passive_sentences", r.passive_sentences},
            {"passive_share", std::round(r.passive_share * 1000) / 1000},
            {"officialese_hits", r.officialese_hits},
            {"spelling_hits", r.spelling_hits}};
}

nlohmann::ordered_json check_json(const Analysis& a, const TextOptions& opt) {
    nlohmann::ordered_json j;
    j["schema"] = "klartjek.check/1";
    j["klartjek"] = KLARTJEK_VERSION;
    j["file"] = json_file_name(a.document.name, opt);
    j["elements"] = elements_json(a, opt);
    auto checklist = nlohmann::ordered_json::array();
    for (const auto& v : a.elements.checklist.items)
    {
        nlohmann::ordered_json c = {{"element", v.element}, {"status", legal::status_id(v.status)}, {"detail", v.detail},
                                    {"at", loc_json(a, v.evidence)}, {"source", v.source}};
        if (!v.source_url.empty()) c["source_url"] = v.source_url;
        checklist.push_back(c);
    }
    j["checklist"] = checklist;
    // Findings in the library's order (by position), filtered by --min-level; the summary counts all.
    auto one = [&](const Finding& f) {
        auto fj = finding_json(f, a);
        if (f.end > f.begin) {
            auto l = a.text.locate(f.begin);
            fj["page"] = l.page;
            fj["line"] = l.line;
            if (a.document.kind == SourceKind::docx) fj["paragraph"] = l.line;
            fj["excerpt"] = excerpt(a, f.begin, f.end, opt);
        }
        if (const auto* r = rules::find(f.rule)) {
            fj["source"] = r->source;
            if (!r->source_url.empty()) fj["source_url"] = r->source_url;
        }
        fj["fingerprint"] = f.fingerprint;
        return fj;
    };
    auto findings = nlohmann::ordered_json::array();
    for (const auto& f : a.findings) {
        if (f.severity < opt.min_level) continue;
        findings.push_back(one(f));
    }
    j["findings"] = findings;
    // Suppressed findings are never dropped silently: each with the reason and where it was given.
    auto suppressed = nlohmann::ordered_json::array();
    for (const auto& s : a.suppressed) {
        auto fj = one(s.finding);
        fj["reason"] = s.reason;
        fj["suppressed_by"] = opt.show_cpr ? s.origin : text::mask_file_name(s.origin);
        if (!s.who.empty()) fj["who"] = s.who;
        if (!s.date.empty()) fj["date"] = s.date;
        suppressed.push_back(fj);
    }
    j["suppressed"] = suppressed;
    j["readability"] = readability_json(a.readability);
    std::size_t counts[3] = {0, 0, 0};
    for (const auto& f : a.findings) ++counts[static_cast<int>(f.severity)];
    j["summary"] = {{"error", counts[2]}, {"warning", counts[1]}, {"info", counts[0]},
                    {"suppressed", a.suppressed.size()}, {"baselined", a.known.size()}};
    return j;
}

std::string check_text(const Analysis& a, const TextOptions& opt) {
    std::string out;
    const std::string file = display_name(a.document.name, opt);
    for (const Finding* fp : shown_findings(a, opt)) {
        const Finding& f = *fp;
        std::string where = file;
        if (f.end > f.begin) {
            where = file + ":" + location_short(a, f.begin);
        } else if (!f.pages.empty()) {
            where = fmt::format("{}:{}", file, f.pages.front());
        }
        out += fmt::format("{}: {}: {} [{}]\n", where, severity_name_da(f.severity), f.message, f.rule);
        if (f.end > f.begin) out += "    > " + excerpt(a, f.begin, f.end, opt) + "\n";
        if (!f.suggestion.empty()) out += "    forslag: " + f.suggestion + "\n";
    }
    if (opt.show_suppressed)
        for (const auto& sf : a.suppressed) {
            const Finding& f = sf.finding;
            std::string where = file;
            if (f.end > f.begin) where = file + ":" + location_short(a, f.begin);
            else if (!f.pages.empty()) where = fmt::format("{}:{}", file, f.pages.front());
            std::string origin = opt.show_cpr ? sf.origin : text::mask_file_name(sf.origin);
            out += fmt::format("{}: undertrykt: {} ({}) [{}]\n", where, sf.reason, origin, f.rule);
            if (f.end > f.begin) out += "    > " + excerpt(a, f.begin, f.end, opt) + "\n";
        }
    const auto& el = a.elements;
    auto at = [&](const legal::Evidence& e) { return e.found ? " (" + location(a, e.begin) + ")" : std::string(); };
    out += fmt::format("\nTjekliste for {}\n", file);
    out += fmt::format("  Dokument:                {}{}{}\n", el.scope.readable ? legal::doc_type_da(el.scope.type) : "kunne ikke læses",
                       el.scope.type_certain || !el.scope.readable ? "" : " (usikkert)",
                       el.scope.area == legal::Area::other ? std::string(" · andet retsområde") +
                                                                 (el.scope.area_law.empty() ? "" : " (" + el.scope.area_law + ")")
                                                           : std::string());
    if (!el.checklist.scope_note.empty()) out += "  " + el.checklist.scope_note + "\n";
    auto refs = provision_refs(el.statutes);
    std::string ref_list;
    for (std::size_t i = 0; i < refs.size() && i < 6; ++i) ref_list += (i ? ", " : "") + refs[i];
    if (refs.size() > 6) ref_list += fmt::format(" (+{})", refs.size() - 6);
    for (const auto& v : el.checklist.items) {
        std::string label = v.label_da + ":";
        std::size_t width = 0;
        for (unsigned char ch : label) width += (ch & 0xC0) != 0x80;
        if (width < 23) label.append(23 - width, ' ');
        std::string detail = v.element == "legal_basis" && el.legal_basis ? ref_list : v.detail;
        if (v.element == "outcome") {
            out += fmt::format("  {}{}{}\n", std::string("Afgørelse:               "), detail, at(v.evidence));
            continue;
        }
        if (detail.empty()) out += fmt::format("  {} {}{}\n", legal::status_mark(v.status), label, legal::status_da(v.status));
        else out += fmt::format("  {} {}{} [{}]{}\n", legal::status_mark(v.status), label, detail, legal::status_da(v.status), at(v.evidence));
    }
    out += fmt::format("  Brevets dato:            {}\n", el.structure.date.found() ? el.structure.date.iso() : "ikke fundet");
    const auto& r = a.readability;
    if (!r.body.empty()) {
        std::string reasoning = r.reasoning.empty() ? "" : fmt::format(" · begrundelsen {:.0f} ({})", r.reasoning.value(), plain::lix_band(r.reasoning.value()));
        std::string avg = decimal_da(r.average_sentence, 1);
        out += fmt::format("  Læsbarhed:               LIX {:.0f} ({}){} · {} ord · {} sætninger · {} ord pr. sætning · {} lange sætninger · "
                           "passiv {:.0f} % · {} papirord · {} stavefejl\n",
                           r.body.value(), plain::lix_band(r.body.value()), reasoning, r.words, r.sentences, avg,
                           r.long_sentences, r.passive_share * 100, r.officialese_hits, r.spelling_hits);
    }
    std::string hidden;
    if (!a.known.empty()) hidden += fmt::format(" · {} kendte skjult af basislinjen", a.known.size());
    if (!a.suppressed.empty()) hidden += fmt::format(" · {} undertrykt", a.suppressed.size());
    out += "  Fund:                    " + counts_da(count_findings(a)) + hidden + "\n";
    return out;
}

}  // namespace klartjek::report
