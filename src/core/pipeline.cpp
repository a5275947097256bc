#include "core/pipeline.hpp"

#include <algorithm>

#include "extract/quality.hpp"
#include "rules/registry.hpp"
#include "text/normalize.hpp"
#include "text/segment.hpp"

namespace klartjek {

Analysis analyse_document(Document doc, const AnalyseOptions& opt) {
    Analysis a;
    a.document = std::move(doc);
    a.text = text::normalize(a.document);
    a.segments = text::segment(a.text);
    a.cpr = text::scan_cpr(a.text.text);
    a.findings = extract::quality_findings(a.document);
    if (opt.rules) {
        a.elements = legal::analyse(a.text, a.segments, a.findings);
        auto running = plain::running_sentences(a.text, a.segments, a.elements);
        if (opt.config && a.elements.structure.municipality.empty() && !opt.config->municipality.empty())
            a.elements.structure.municipality = opt.config->municipality.front();
        a.readability = plain::measure(a.text, a.segments, a.elements,
                                       opt.config ? opt.config->threshold("long_sentence_info") : -1);
        rules::Context ctx{a.text, a.segments, a.elements, running, a.readability, opt.config};
        auto found = rules::run(ctx, opt.only);
        if (opt.config) config::apply(*opt.config, a.text, found);
        std::stable_sort(found.begin(), found.end(), [](const Finding& x, const Finding& y) {
            if (x.begin != y.begin) return x.begin < y.begin;
            return x.rule < y.rule;
        });
        a.findings.insert(a.findings.end(), found.begin(), found.end());
        for (const auto& f : a.findings) {
            if (f.rule == "spell-unknown-word") ++a.readability.spelling_hits;
        }
    }
    return a;
}

namespace {

std::string docx_location(const Analysis& a, std::uint32_t offset) {
    auto l = a.text.locate(offset);
    if (l.line > 0) return "afsnit " + std::to_string(l.line);
    const auto& ps = a.text.paragraphs;
    auto it = std::upper_bound(ps.begin(), ps.end(), offset, [](std::uint32_t o, const Paragraph& p) { return o < p.begin; });
    Zone z = it == ps.begin() ? Zone::body : std::prev(it)->zone;
    switch (z) {
        case Zone::header: return "sidehovedet";
        case Zone::footer: return "sidefoden";
        case Zone::footnote: return "en fodnote";
        default: return "afsnit ?";
    }
}

}  // namespace

std::string location_da(const Analysis& a, std::uint32_t offset) {
    if (a.document.kind == SourceKind::docx) return docx_location(a, offset);
    auto l = a.text.locate(offset);
    return "side " + std::to_string(l.page) + ", linje " + std::to_string(l.line);
}

std::string location_short(const Analysis& a, std::uint32_t offset) {
    auto l = a.text.locate(offset);
    switch (a.document.kind) {
        case SourceKind::pdf: return std::to_string(l.page) + ":" + std::to_string(l.line);
        case SourceKind::text: return std::to_string(l.source_line) + ":" + std::to_string(l.column);
        case SourceKind::docx:
            if (l.line > 0) return std::to_string(l.line) + ":" + std::to_string(l.column);
            return docx_location(a, offset);  // header, footer or note: no paragraph number
    }
    return std::to_string(l.page) + ":" + std::to_string(l.line);
}

Analysis analyse_file(const std::string& path, const AnalyseOptions& opt) {
    return analyse_document(extract::extract_file(path, opt.extract), opt);
}

}  // namespace klartjek
