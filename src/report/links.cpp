#include "report/links.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <vector>

#include "legal/acts.hpp"
#include "legal/sources.hpp"
#include "report/formats.hpp"

namespace klartjek::report {

namespace {

// A normalised reference (statute.hpp, StatuteRef::normalized, and the rule sources): the law id,
// "§" or "§§", numbers with letter suffixes, lists and ranges, then stk., nr. and pkt.
std::string ref_pattern(const std::map<std::string, std::string>& urls) {
    std::vector<std::string> laws;
    for (const auto& [law, url] : urls) laws.push_back(law);
    std::sort(laws.begin(), laws.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    std::string alt;
    for (const auto& l : laws) alt += (alt.empty() ? "" : "|") + RE2::QuoteMeta(l);
    const std::string num = R"([0-9]{1,3}(?: [a-h]\b)?)";
    return "(" + alt + ") §§? " + num + "(?:(?:-|–| og | eller |, )" + num + ")*" +
           R"((?:, stk\. [0-9]+(?:(?:-| og )[0-9]+)?)?(?:, nr\. [0-9]+)?(?:, [0-9]+\. pkt\.)?)";
}

bool word_byte(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80; }

}  // namespace

std::string external_link(std::string_view url, std::string_view text_html) {
    return "<a href=\"" + html_escape(url) + "\" rel=\"noopener noreferrer\">" + std::string(text_html) + "</a>";
}

RefLinker::RefLinker(const lexicon::Lexicons& lex) : RefLinker(legal::act_urls(lex)) {}

RefLinker::RefLinker(std::map<std::string, std::string> act_urls) : urls_(std::move(act_urls)) {
    if (!urls_.empty()) re_ = std::make_unique<RE2>(ref_pattern(urls_));
}

RefLinker::~RefLinker() = default;
RefLinker::RefLinker(RefLinker&&) noexcept = default;

std::string RefLinker::link(std::string_view escaped) const {
    if (!re_ || !re_->ok()) return std::string(escaped);
    std::string out;
    std::size_t pos = 0, copied = 0;
    re2::StringPiece m[2];
    while (pos < escaped.size() && re_->Match(escaped, pos, escaped.size(), RE2::UNANCHORED, m, 2)) {
        const std::size_t b = static_cast<std::size_t>(m[0].data() - escaped.data());
        const std::size_t e = b + m[0].size();
        // A law id inside a word ("ABL" in "TABL", "BL" in "ÆBL") is no reference.
        if (b > 0 && word_byte(static_cast<unsigned char>(escaped[b - 1]))) {
            pos = b + 1;
            continue;
        }
        auto it = urls_.find(std::string(m[1].data(), m[1].size()));
        out.append(escaped.substr(copied, b - copied));
        out += "<a class=\"law\" href=\"" + html_escape(it->second) + "\" rel=\"noopener noreferrer\">";
        out.append(escaped.substr(b, e - b));
        out += "</a>";
        copied = pos = e;
    }
    out.append(escaped.substr(copied));
    return out;
}

std::string RefLinker::source(std::string_view source, std::string_view url) const {
    const std::string esc = html_escape(source);
    if (url.empty()) return link(esc);
    for (const auto* s : legal::sources::all) {
        if (s->url != url) continue;
        const std::string name = html_escape(s->name);
        auto at = esc.find(name);
        if (at == std::string::npos) break;
        return link(std::string_view(esc).substr(0, at)) + external_link(url, name) +
               link(std::string_view(esc).substr(at + name.size()));
    }
    return link(esc) + " (" + external_link(url, "kilde") + ")";
}

}  // namespace klartjek::report
