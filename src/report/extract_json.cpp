#include "report/extract_json.hpp"

#include <cmath>

#include "text/cpr.hpp"

namespace klartjek::report {

namespace {

double r2(double v) { return std::round(v * 100.0) / 100.0; }

nlohmann::ordered_json box_json(const SourceLocation& l) {
    return nlohmann::ordered_json::array({l.page, l.line, r2(l.box.x0), r2(l.box.y0), r2(l.box.x1), r2(l.box.y1)});
}

}  // namespace

std::string json_file_name(const std::string& name, const TextOptions& opt) {
    return opt.show_cpr || name == "-" ? name : text::mask_file_name(name);
}

std::string visible_text(const Analysis& a, const TextOptions& opt) {
    std::string t = a.text.text;
    if (!opt.show_cpr) text::mask_ranges(t, a.cpr.mask);
    return t;
}

nlohmann::ordered_json finding_json(const Finding& f, const Analysis& a) {
    nlohmann::ordered_json j;
    j["rule"] = f.rule;
    j["severity"] = severity_name(f.severity);
    j["message"] = f.message;
    if (!f.suggestion.empty()) j["suggestion"] = f.suggestion;
    j["pages"] = f.pages;
    if (f.end > f.begin) {
        j["begin"] = f.begin;
        j["end"] = f.end;
        auto boxes = nlohmann::ordered_json::array();
        for (const auto& l : a.text.boxes(f.begin, f.end)) boxes.push_back(box_json(l));
        j["boxes"] = boxes;
    }
    return j;
}

nlohmann::ordered_json extract_json(const Analysis& a, const TextOptions& opt) {
    nlohmann::ordered_json j;
    j["schema"] = "klartjek.extract/1";
    j["file"] = json_file_name(a.document.name, opt);
    j["kind"] = a.document.kind == SourceKind::pdf ? "pdf" : a.document.kind == SourceKind::docx ? "docx" : "text";
    const auto& q = a.document.quality;
    j["quality"] = {{"encrypted", q.encrypted},
                    {"pdf_errors", q.pdf_errors},
                    {"pages_without_text", q.pages_without_text},
                    {"chars", q.chars},
                    {"replacement_chars", q.replacement_chars},
                    {"private_use_chars", q.private_use_chars},
                    {"control_chars", q.control_chars}};
    if (!q.decoded_as.empty()) j["quality"]["decoded_as"] = q.decoded_as;
    auto findings = nlohmann::ordered_json::array();
    for (const auto& f : a.findings) findings.push_back(finding_json(f, a));
    j["findings"] = findings;

    auto pages = nlohmann::ordered_json::array();
    for (const auto& p : a.document.pages) {
        std::size_t lines = 0;
        for (const auto& b : p.blocks) lines += b.lines.size();
        pages.push_back({{"page", p.number}, {"width", r2(p.width)}, {"height", r2(p.height)},
                         {"lines", lines}, {"words", p.word_count()}});
    }
    j["pages"] = pages;
    j["text"] = visible_text(a, opt);

    auto paras = nlohmann::ordered_json::array();
    for (const auto& p : a.text.paragraphs) {
        auto loc = a.text.locate(p.begin);
        paras.push_back({{"begin", p.begin}, {"end", p.end}, {"zone", zone_name(p.zone)},
                         {"kind", para_kind_name(p.kind)}, {"page", loc.page}, {"line", loc.line}});
    }
    j["paragraphs"] = paras;

    auto sents = nlohmann::ordered_json::array();
    for (const auto& s : a.segments.sentences) {
        auto loc = a.text.locate(s.begin);
        auto boxes = nlohmann::ordered_json::array();
        for (const auto& l : a.text.boxes(s.begin, s.end)) boxes.push_back(box_json(l));
        sents.push_back({{"begin", s.begin}, {"end", s.end}, {"paragraph", s.paragraph},
                         {"page", loc.page}, {"line", loc.line}, {"boxes", boxes}});
    }
    j["sentences"] = sents;

    auto words = nlohmann::ordered_json::array();
    for (const auto& w : a.segments.words)
        words.push_back({w.begin, w.end, w.kind == WordKind::letters ? "l" : w.kind == WordKind::number ? "n" : "m"});
    j["words"] = words;
    return j;
}

std::string dump_lines(const nlohmann::ordered_json& j) {
    if (!j.is_object()) return j.dump();
    std::string out = "{\n";
    std::size_t i = 0;
    for (auto it = j.begin(); it != j.end(); ++it, ++i) {
        out += "  " + nlohmann::ordered_json(it.key()).dump() + ": ";
        const auto& v = it.value();
        if (v.is_array() && !v.empty() && (v[0].is_object() || v[0].is_array())) {
            out += "[\n";
            for (std::size_t k = 0; k < v.size(); ++k) {
                out += "    " + v[k].dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
                out += k + 1 < v.size() ? ",\n" : "\n";
            }
            out += "  ]";
        } else {
            out += v.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
        }
        out += i + 1 < j.size() ? ",\n" : "\n";
    }
    out += "}\n";
    return out;
}

}  // namespace klartjek::report
