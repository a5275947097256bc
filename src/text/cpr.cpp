#include "text/cpr.hpp"

#include <re2/re2.h>

#include <algorithm>

#include "lexicon/lexicon.hpp"
#include "text/utf8.hpp"

namespace klartjek::text {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }
int num(std::string_view s, std::size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); }

// Full birth year from the two-digit year and the first serial digit (CPR-kontoret's table).
int full_year(int yy, int d7) {
    if (d7 <= 3) return 1900 + yy;
    if (d7 == 4 || d7 == 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
    return yy <= 57 ? 2000 + yy : 1800 + yy;
}

bool valid_date(int d, int m, int y) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1) return false;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    int limit = days[m - 1] + (m == 2 && leap ? 1 : 0);
    return d <= limit;
}

// DDMMYY that is a date in some century (29 February when YY is divisible by 4): enough to mask.
bool possible_date(std::string_view d6) { return valid_date(num(d6, 0), num(d6, 2), 2000 + num(d6, 4)); }

struct Group {
    std::size_t b, e;
    std::size_t len() const { return e - b; }
};

// What lies between two digit runs that may still belong to one number written across a line,
// paragraph, cell or column break: white space (also no-break and thin spaces), at most one
// hyphen, dash or minus, then at most one table bar.
const RE2& gap_pattern() {
    static const RE2 re(
        R"((?:\s|\x{00A0}|\x{2009}|\x{202F}){0,4})"
        R"((?:(?:-|\x{2010}|\x{2011}|\x{2012}|\x{2013}|\x{2014}|\x{2212})(?:\s|\x{00A0}|\x{2009}|\x{202F}){0,4})?)"
        R"((?:\|(?:\s|\x{00A0}|\x{2009}|\x{202F}){0,4})?)");
    return re;
}

const RE2& dash_pattern() {  // a dash, possibly followed by spaces, at the end of a piece of text
    static const RE2 re(R"((?:-|\x{2010}|\x{2011}|\x{2012}|\x{2013}|\x{2014}|\x{2212})[ \x{00A0}]*$)");
    return re;
}

const RE2& dash_start_pattern() {  // a dash or table bar, possibly after spaces, at the start
    static const RE2 re(R"(^[ \x{00A0}]*(?:-|\x{2010}|\x{2011}|\x{2012}|\x{2013}|\x{2014}|\x{2212}|\|))");
    return re;
}

struct Context {
    std::vector<std::string> yes, no;
    static const Context& get(const lexicon::Lexicons& lexicons) {
        return lexicons.compiled<Context>("cpr/context", [](const lexicon::Lexicons& lexicons) {
            Context r;
            const auto& lex = lexicons.file("privacy.txt");
            r.yes = lex.section("cpr-context");
            r.no = lex.section("not-cpr-context");
            return r;
        });
    }
};

bool contains_any(const std::string& s, const std::vector<std::string>& words) {
    for (const auto& w : words)
        if (s.find(w) != std::string::npos) return true;
    return false;
}

// The lower-cased 30 bytes before `at`; with `same_paragraph`, cut at the last line break.
std::string before(std::string_view text, std::size_t at, bool same_paragraph) {
    std::string_view w = text.substr(at >= 30 ? at - 30 : 0, at >= 30 ? 30 : at);
    if (same_paragraph)
        if (auto nl = w.rfind('\n'); nl != std::string_view::npos) w.remove_prefix(nl + 1);
    return to_lower(w);
}

void merge(std::vector<Range>& r) {
    std::sort(r.begin(), r.end());
    std::vector<Range> out;
    for (const auto& x : r) {
        if (!out.empty() && x.first <= out.back().second)
            out.back().second = std::max(out.back().second, x.second);
        else
            out.push_back(x);
    }
    r = std::move(out);
}

}  // namespace

CprScan scan_cpr(std::string_view text, const lexicon::Lexicons& lex) {
    static const RE2 run(R"(\d+)");
    const auto& ctx = Context::get(lex);
    CprScan out;

    std::vector<Group> g;
    re2::StringPiece input(text.data(), text.size()), m;
    for (std::size_t pos = 0; pos < text.size();) {
        if (!run.Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) break;
        std::size_t b = static_cast<std::size_t>(m.data() - text.data());
        g.push_back({b, b + m.size()});
        pos = b + m.size();
    }
    const std::size_t n = g.size();
    // join[k]: runs k and k+1 may be one number.
    // dashed[k]: that gap holds a hyphen or dash, which in a CPR number stands only after the date.
    static const RE2 dash(R"(-|\x{2010}|\x{2011}|\x{2012}|\x{2013}|\x{2014}|\x{2212})");
    std::vector<char> join(n, 0), dashed(n, 0);
    for (std::size_t k = 0; k + 1 < n; ++k) {
        std::string_view between = text.substr(g[k].e, g[k + 1].b - g[k].e);
        re2::StringPiece bp(between.data(), between.size());
        join[k] = between.size() <= 14 && RE2::FullMatch(bp, gap_pattern());
        dashed[k] = join[k] && RE2::PartialMatch(bp, dash);
    }
    auto digits_of = [&](std::size_t i, std::size_t j) {
        std::string d;
        for (std::size_t k = i; k <= j; ++k) d.append(text.substr(g[k].b, g[k].len()));
        return d;
    };
    auto add_mask = [&](std::size_t b, std::size_t e) {
        out.mask.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)});
    };
    auto dash_before = [&](std::size_t at) {
        std::string_view w = text.substr(at >= 8 ? at - 8 : 0, at >= 8 ? 8 : at);
        return RE2::PartialMatch(re2::StringPiece(w.data(), w.size()), dash_pattern());
    };

    std::size_t pending_need = 0, pending_until = 0;  // a dangling date half waits for its serial
    for (std::size_t i = 0; i < n; ++i) {
        // A serial half that a dangling date half is waiting for (moved by layout to a later line,
        // cell or column).
        if (pending_need && g[i].b > pending_until) pending_need = 0;
        if (pending_need && g[i].len() == pending_need && (i == 0 || !join[i - 1])) {
            add_mask(g[i].b, g[i].e);
            pending_need = 0;
            continue;
        }
        // Join runs from i until there are ten digits (at most four runs).
        std::size_t total = 0, j = i;
        bool dash_in_date = false;  // "24-118734" + "17": a case number, not a CPR number
        for (;; ++j) {
            total += g[j].len();
            if (total >= 10 || j + 1 >= n || !join[j] || j - i >= 3) break;
            if (dashed[j] && total != 6) dash_in_date = true;
        }
        if (total == 10 && !dash_in_date) {
            std::string d = digits_of(i, j);
            if (possible_date(d)) add_mask(g[i].b, g[j].e);
            bool strict = j - i <= 2 && valid_date(num(d, 0), num(d, 2), full_year(num(d, 4), d[6] - '0'));
            std::size_t b = g[i].b, e = g[j].e;
            // "24-0101901234", "1.0101901234", "0101901234-5" are parts of longer numbers.
            if (b > 0 && (text[b - 1] == '.' || text[b - 1] == '/' || text[b - 1] == '-')) strict = false;
            if (i > 0 && join[i - 1] && dash_before(b)) strict = false;
            if (e < text.size() && text[e] == '-') strict = false;
            if (strict) {
                std::string w = before(text, b, true);
                if (contains_any(w, ctx.no) && !contains_any(w, ctx.yes)) strict = false;
            }
            if (strict) {
                out.numbers.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)});
                i = j;
            }
            continue;
        }
        bool chain_start = i == 0 || !join[i - 1];
        bool after_cpr_word = chain_start && contains_any(before(text, g[i].b, true), ctx.yes);
        // A date half whose serial is not next to it: mask it and the serial that follows.
        if (g[i].len() == 6 && possible_date(text.substr(g[i].b, 6)) && total < 10) {
            std::size_t last_e = g[j].e;
            std::string_view after = text.substr(last_e, std::min<std::size_t>(8, text.size() - last_e));
            bool dangling = after.empty() || after.find('\n') != std::string_view::npos ||
                            RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), dash_start_pattern());
            if (dangling || after_cpr_word) {
                add_mask(g[i].b, last_e);
                pending_need = 10 - total;
                pending_until = last_e + 600;
                i = j;
                continue;
            }
        }
        // A serial half "-1234" at the start of a line or after a space, its date half elsewhere.
        if (g[i].len() == 4 && chain_start && dash_before(g[i].b)) {
            std::size_t at = g[i].b;
            while (at > 0 && text[at - 1] != '-' && text[at - 1] != '\n' && !digit(text[at - 1])) --at;
            if (at > 0 && text[at - 1] == '-') --at;
            if (at == 0 || text[at - 1] == ' ' || text[at - 1] == '\n' || (at >= 2 && text.substr(at - 2, 2) == "\xC2\xA0"))
                add_mask(g[i].b, g[i].e);
        }
        // Digits right after "CPR", "personnummer", "født": up to ten of them are masked.
        if (after_cpr_word) {
            add_mask(g[i].b, g[j].e);
            i = j;
        }
    }
    merge(out.mask);
    return out;
}

std::vector<Range> find_cpr(std::string_view text, const lexicon::Lexicons& lex) { return scan_cpr(text, lex).numbers; }

void mask_ranges(std::string& text, const std::vector<Range>& ranges) {
    for (auto [b, e] : ranges)
        for (auto i = b; i < e && i < text.size(); ++i)
            if (digit(text[i])) text[i] = '*';
}

void mask_cpr(std::string& text, const lexicon::Lexicons& lex) { mask_ranges(text, scan_cpr(text, lex).mask); }

std::string mask_file_name(std::string_view name) {
    if (name == "-") return "<stdin>";
    static const RE2 runs(R"(\d+(?:[-_.\s]+\d+)*)");
    std::string s(name);
    re2::StringPiece input(s.data(), s.size()), m;
    for (std::size_t pos = 0; pos < s.size();) {
        if (!runs.Match(input, pos, s.size(), RE2::UNANCHORED, &m, 1)) break;
        std::size_t b = static_cast<std::size_t>(m.data() - s.data()), e = b + m.size();
        std::size_t digits = 0;
        for (std::size_t k = b; k < e; ++k) digits += digit(s[k]);
        if (digits >= 6)
            for (std::size_t k = b; k < e; ++k)
                if (digit(s[k])) s[k] = '*';
        pos = e;
    }
    return s;
}

}  // namespace klartjek::text
