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
        a.readability = plain::measure(a.text, a.segments, a.elements);
        rules::Context ctx{a.text, a.segments, a.elements, running, a.readability};
        auto found = rules::run(ctx, opt.only);
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

Analysis analyse_file(const std::string& path, const AnalyseOptions& opt) {
    return analyse_document(extract::extract_file(path, opt.extract), opt);
}

}  // namespace klartjek
