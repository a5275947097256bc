#include "core/pipeline.hpp"

#include <algorithm>

#include <re2/re2.h>

#include "extract/quality.hpp"
#include "rules/registry.hpp"
#include "text/normalize.hpp"
#include "text/segment.hpp"

namespace klartjek {

namespace {

// "klartjek:ignore plain-passive — Standardformulering godkendt af jura": the rule id (or prefix
// with *) and the reason after a dash, en dash, em dash or colon.
void comment_suppressions(Analysis& a) {
    static const RE2 kIgnore(R"(^\s*klartjek:ignore\s+([a-z0-9-]+\*?)\s*(?:—|–|-|:)?\s*(.*?)\s*$)");
    for (const auto& c : a.document.ignore_comments) {
        std::string rule, reason;
        if (!RE2::FullMatch(c.text, kIgnore, &rule, &reason) || reason.empty()) continue;
        // The comment's anchor: the paragraphs it spans, as offsets of the normalised text.
        std::uint32_t begin = UINT32_MAX, end = 0;
        for (const auto& s : a.text.spans)
            if (s.line >= c.first && s.line <= c.last) begin = std::min(begin, s.begin), end = std::max(end, s.end);
        if (begin >= end) continue;
        config::Suppression s;
        s.rule = rule;
        s.reason = reason;
        std::vector<Finding> kept;
        for (auto& f : a.findings) {
            if (s.matches(f, {}) && f.begin < end && f.end > begin) {
                std::string where = c.first == c.last ? "afsnit " + std::to_string(c.first)
                                                      : "afsnit " + std::to_string(c.first) + "-" + std::to_string(c.last);
                a.suppressed.push_back({std::move(f), reason, baseline::letter_key(a.document.name) + ": kommentar i " + where, "", "", true});
            } else {
                kept.push_back(std::move(f));
            }
        }
        a.findings = std::move(kept);
    }
}

}  // namespace

// Fingerprints, then suppressions (the unit's reasons), then the baseline (what was known).
void triage(Analysis& a, const AnalyseOptions& opt) {
    baseline::assign(a.findings, a.text.text, a.cpr.mask, a.document.name);
    auto excerpt = [&](const Finding& f) { return baseline::finding_text(a.text.text, a.cpr.mask, f, false); };
    if (opt.config) config::suppress(opt.config->suppress, a.findings, a.suppressed, excerpt);
    if (opt.suppressions) config::suppress(*opt.suppressions, a.findings, a.suppressed, excerpt);
    comment_suppressions(a);
    if (opt.baseline) baseline::apply(*opt.baseline, a.findings, a.known);
}

Analysis analyse_document(Document doc, const AnalyseOptions& opt) {
    const lexicon::Lexicons& lex = opt.lex();
    Analysis a;
    a.lexicons = &lex;
    a.document = std::move(doc);
    a.text = text::normalize(a.document, lex);
    a.segments = text::segment(a.text, lex);
    a.cpr = text::scan_cpr(a.text.text, lex);
    a.findings = extract::quality_findings(a.document, lex);
    if (opt.rules) {
        a.elements = legal::analyse(a.text, a.segments, lex, a.findings);
        auto running = plain::running_sentences(a.text, a.segments, a.elements);
        if (opt.config && a.elements.structure.municipality.empty() && !opt.config->municipality.empty())
            a.elements.structure.municipality = opt.config->municipality.front();
        a.readability = plain::measure(a.text, a.segments, a.elements, lex,
                                       opt.config ? opt.config->threshold("long_sentence_info", lex) : -1);
        rules::Context ctx{a.text, a.segments, a.elements, running, a.readability, lex, opt.config};
        auto found = rules::run(ctx, opt.only);
        if (opt.config) {
            const auto& sc = a.elements.scope;
            config::apply(*opt.config, a.text, found, legal::area_id(sc.area), sc.area_evidence.found ? sc.area_evidence.begin : 0,
                          sc.area_evidence.found ? sc.area_evidence.end : 0);
        }
        std::stable_sort(found.begin(), found.end(), [](const Finding& x, const Finding& y) {
            if (x.begin != y.begin) return x.begin < y.begin;
            return x.rule < y.rule;
        });
        a.findings.insert(a.findings.end(), found.begin(), found.end());
        for (const auto& f : a.findings) {
            if (f.rule == "spell-unknown-word") ++a.readability.spelling_hits;
        }
    }
    triage(a, opt);
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
    extract::Options eo = opt.extract;
    eo.lexicons = &opt.lex();
    return analyse_document(extract::extract_file(path, eo), opt);
}

}  // namespace klartjek
