#include "klartjek_version.hpp"
#include "report/check.hpp"
#include "report/formats.hpp"
#include "report/show.hpp"
#include "rules/registry.hpp"
#include "text/cpr.hpp"

namespace klartjek::report {

std::string display_file(const std::string& name, const TextOptions& opt) {
    if (name == "-") return "<stdin>";
    return opt.show_cpr ? name : text::mask_file_name(name);
}

namespace {

const char* sarif_level(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::info: return "note";
    }
    return "note";
}

// Rule metadata for findings that do not come from the registry (extraction quality).
struct ExtraRule {
    const char* id;
    Severity sev;
    const char* text;
};
const ExtraRule kExtraction[] = {
    {"extract-no-text", Severity::error, "Sider uden tekst (scannede billeder)"},
    {"extract-garbled", Severity::error, "Teksten i PDF-filen kan ikke læses korrekt"},
    {"extract-encoding", Severity::warning, "Tekstfilen er ikke UTF-8"},
    {"extract-pdf-damaged", Severity::info, "PDF-filen har fejl i sin opbygning"},
    {"extract-html-leftovers", Severity::info, "Teksten indeholder HTML-koder"},
    {"extract-tracked-changes", Severity::info, "Word-dokumentet har ændringer, der ikke er godkendt"},
    {"config-appeal-approved", Severity::info, "Klagevejledningen er kommunens godkendte tekst (.klartjek.toml)"},
    {"config-area-outside", Severity::info, "Brevet hører til et retsområde, enheden ikke arbejder med (.klartjek.toml)"},
};

}  // namespace

nlohmann::ordered_json sarif(const std::vector<const Analysis*>& letters, const TextOptions& opt) {
    using J = nlohmann::ordered_json;
    J rules = J::array();
    for (const auto& r : rules::registry()) {
        J rule = {{"id", r.id},
                  {"name", r.id},
                  {"shortDescription", {{"text", r.description}}},
                  {"fullDescription", {{"text", std::string(r.description) + ". Kilde: " + std::string(r.source) + "."}}},
                  {"help", {{"text", "Kilde: " + std::string(r.source)}}}};
        if (!r.source_url.empty()) rule["helpUri"] = r.source_url;  // the guidance the source names
        rule["defaultConfiguration"] = {{"level", sarif_level(r.severity)}};
        rule["properties"] = {{"source", r.source}};
        rules.push_back(rule);
    }
    for (const auto& e : kExtraction)
        rules.push_back({{"id", e.id},
                         {"name", e.id},
                         {"shortDescription", {{"text", e.text}}},
                         {"fullDescription", {{"text", e.text}}},
                         {"help", {{"text", e.text}}},
                         {"defaultConfiguration", {{"level", sarif_level(e.sev)}}}});
    J results = J::array();
    J artifacts = J::array();
    for (const Analysis* a : letters) {
        std::string uri = display_file(a->document.name, opt);
        artifacts.push_back({{"location", {{"uri", uri}}}});
        // Shown findings (errors first, then by position), then the suppressed ones with the
        // standard `suppressions` property (kind inSource for a comment in the letter itself).
        std::vector<std::pair<const Finding*, const SuppressedFinding*>> all;
        for (const Finding* fp : shown_findings(*a, opt)) all.push_back({fp, nullptr});
        for (const auto& s : a->suppressed) all.push_back({&s.finding, &s});
        for (const auto& [fp, sup] : all) {
            const Finding& f = *fp;
            J region = J::object();
            if (f.end > f.begin) {
                auto l = a->text.locate(f.begin);
                // Text and Word: the line of the file (the paragraph in Word) and the column, as an
                // editor counts them. PDF: the line on the page; the page is in the properties.
                if (a->document.kind == SourceKind::pdf) {
                    region["startLine"] = std::max(1, l.line);
                } else {
                    region["startLine"] = std::max(1, l.source_line);
                    region["startColumn"] = std::max(1, l.column);
                }
                region["snippet"] = {{"text", excerpt(*a, f.begin, f.end, opt)}};
                region["properties"] = {{"page", l.page}, {"byteOffset", f.begin}, {"byteLength", f.end - f.begin}};
            } else {
                region["startLine"] = 1;
                if (!f.pages.empty()) region["properties"] = {{"page", f.pages.front()}};
            }
            J result = {{"ruleId", f.rule},
                        {"level", sarif_level(f.severity)},
                        {"message", {{"text", f.message + (f.suggestion.empty() ? "" : " Forslag: " + f.suggestion)}}},
                        {"locations", J::array({{{"physicalLocation", {{"artifactLocation", {{"uri", uri}}}, {"region", region}}}}})}};
            if (!f.fingerprint.empty()) result["partialFingerprints"] = {{"klartjek/v1", f.fingerprint}};
            if (sup) {
                J s = {{"kind", sup->in_source ? "inSource" : "external"}, {"status", "accepted"}, {"justification", sup->reason}};
                s["properties"] = {{"origin", opt.show_cpr ? sup->origin : text::mask_file_name(sup->origin)}};
                if (!sup->who.empty()) s["properties"]["who"] = sup->who;
                if (!sup->date.empty()) s["properties"]["date"] = sup->date;
                result["suppressions"] = J::array({s});
            }
            results.push_back(result);
        }
    }
    return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
            {"version", "2.1.0"},
            {"runs", J::array({{{"tool", {{"driver", {{"name", "klartjek"},
                                                      {"version", KLARTJEK_VERSION},
                                                      {"informationUri", "https://example.invalid/klartjek"},
                                                      {"language", "da"},
                                                      {"rules", rules}}}}},
                                {"artifacts", artifacts},
                                {"results", results}}})}};
}

}  // namespace klartjek::report
