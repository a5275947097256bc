#include "core/types.hpp"

#include <algorithm>
#include <map>

namespace klartjek {

void Box::unite(const Box& o) {
    if (o.empty() && !(o.x0 || o.y0 || o.x1 || o.y1)) return;
    if (empty() && !(x0 || y0 || x1 || y1)) {
        *this = o;
        return;
    }
    x0 = std::min(x0, o.x0);
    y0 = std::min(y0, o.y0);
    x1 = std::max(x1, o.x1);
    y1 = std::max(y1, o.y1);
}

const char* zone_name(Zone z) {
    switch (z) {
        case Zone::body: return "body";
        case Zone::header: return "header";
        case Zone::footer: return "footer";
        case Zone::letterhead: return "letterhead";
        case Zone::footnote: return "footnote";
    }
    return "body";
}

const char* para_kind_name(ParaKind k) {
    switch (k) {
        case ParaKind::text: return "text";
        case ParaKind::heading: return "heading";
        case ParaKind::list_item: return "list-item";
    }
    return "text";
}

float PLine::font_size() const {
    // The size that covers most characters; superscripts and odd glyphs don't count.
    std::map<float, std::size_t> weight;
    for (const auto& w : words)
        if (!w.superscript) weight[w.font_size] += w.text.size();
    float best = 0;
    std::size_t best_n = 0;
    for (auto [size, n] : weight)
        if (n > best_n) best = size, best_n = n;
    return best;
}

bool PLine::bold() const {
    bool any = false;
    for (const auto& w : words) {
        if (w.superscript) continue;
        if (!w.bold) return false;
        any = true;
    }
    return any;
}

std::size_t PPage::word_count() const {
    std::size_t n = 0;
    for (const auto& b : blocks)
        for (const auto& l : b.lines) n += l.words.size();
    return n;
}

const char* severity_name(Severity s) {
    switch (s) {
        case Severity::info: return "info";
        case Severity::warning: return "warning";
        case Severity::error: return "error";
    }
    return "info";
}

const char* severity_name_da(Severity s) {
    switch (s) {
        case Severity::info: return "info";
        case Severity::warning: return "advarsel";
        case Severity::error: return "fejl";
    }
    return "info";
}

std::optional<Severity> parse_severity(const std::string& s) {
    if (s == "info") return Severity::info;
    if (s == "warning" || s == "advarsel") return Severity::warning;
    if (s == "error" || s == "fejl") return Severity::error;
    return std::nullopt;
}

namespace {

// Characters (UTF-8 lead bytes) in text[begin, end).
int chars_between(const std::string& text, std::uint32_t begin, std::uint32_t end) {
    int n = 0;
    for (std::uint32_t i = begin; i < end && i < text.size(); ++i) n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    return n;
}

}  // namespace

std::string NormalizedText::letter_text(std::uint32_t begin, std::uint32_t end) const {
    end = std::min<std::uint32_t>(end, static_cast<std::uint32_t>(text.size()));
    if (begin >= end) return {};
    std::string out;
    std::uint32_t at = begin;
    for (const auto& [b, e] : annotations) {
        if (e <= at) continue;
        if (b >= end) break;
        if (b > at) out.append(text, at, b - at);
        at = std::max(at, e);
        if (at >= end) break;
    }
    if (at < end) out.append(text, at, end - at);
    if (out.size() == end - begin) return out;
    // Where an annotation was cut out: no doubled or edge spaces ("senest [BLH: …] 4 uger").
    std::string tidy;
    for (char ch : out)
        if (ch != ' ' || (!tidy.empty() && tidy.back() != ' ')) tidy += ch;
    while (!tidy.empty() && tidy.back() == ' ') tidy.pop_back();
    return tidy;
}

SourceLocation NormalizedText::locate(std::uint32_t offset) const {
    if (spans.empty()) return {};
    auto it = std::upper_bound(spans.begin(), spans.end(), offset,
                               [](std::uint32_t o, const Span& s) { return o < s.begin; });
    if (it != spans.begin()) --it;
    SourceLocation l{it->page, it->line, it->box};
    const std::uint32_t at = std::max(offset, it->begin);
    if (it->column > 0) {  // a text file: the source position of the word, plus the characters into it
        l.source_line = it->source_line;
        l.column = it->column + chars_between(text, it->begin, at);
        return l;
    }
    // Otherwise count from the first span of this line (a Word paragraph, a PDF line).
    auto first = it;
    while (first != spans.begin() && std::prev(first)->page == it->page && std::prev(first)->line == it->line) --first;
    l.source_line = it->line;
    l.column = 1 + chars_between(text, first->begin, at);
    return l;
}

std::vector<SourceLocation> NormalizedText::boxes(std::uint32_t begin, std::uint32_t end) const {
    std::vector<SourceLocation> out;
    auto it = std::upper_bound(spans.begin(), spans.end(), begin,
                               [](std::uint32_t o, const Span& s) { return o < s.begin; });
    if (it != spans.begin()) --it;
    for (; it != spans.end() && it->begin < std::max(end, begin + 1); ++it) {
        if (it->end <= begin && it->begin < begin) continue;
        if (!out.empty() && out.back().page == it->page && out.back().line == it->line) {
            out.back().box.unite(it->box);
        } else {
            out.push_back({it->page, it->line, it->box});
        }
    }
    return out;
}

}  // namespace klartjek
