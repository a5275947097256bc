#include "core/pipeline.hpp"

#include "extract/quality.hpp"
#include "text/normalize.hpp"
#include "text/segment.hpp"

namespace klartjek {

Analysis analyse_document(Document doc) {
    Analysis a;
    a.document = std::move(doc);
    a.text = text::normalize(a.document);
    a.segments = text::segment(a.text);
    a.findings = extract::quality_findings(a.document);
    return a;
}

Analysis analyse_file(const std::string& path, const extract::Options& opt) {
    return analyse_document(extract::extract_file(path, opt));
}

}  // namespace klartjek
