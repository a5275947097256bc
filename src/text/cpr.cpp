#include "text/cpr.hpp"

#include <re2/re2.h>

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

}  // namespace

std::vector<Range> find_cpr(std::string_view text) {
    static const RE2 candidate(R"((\d{6})[- ]?(\d{4}))");
    static const std::vector<std::string> yes = lexicon::get("privacy.txt").section("cpr-context");
    static const std::vector<std::string> no = lexicon::get("privacy.txt").section("not-cpr-context");
    std::vector<Range> out;
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece m;
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (!candidate.Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) break;
        std::size_t b = static_cast<std::size_t>(m.data() - text.data());
        std::size_t e = b + m.size();
        pos = b + 1;
        if (b > 0 && (digit(text[b - 1]) || text[b - 1] == '-' || text[b - 1] == '.' || text[b - 1] == '/')) continue;
        if (e < text.size() && (digit(text[e]) || text[e] == '-')) continue;
        std::string_view s = text.substr(b, e - b);
        std::string digits;
        for (char c : s)
            if (digit(c)) digits += c;
        int d = num(digits, 0), mo = num(digits, 2), yy = num(digits, 4);
        if (!valid_date(d, mo, full_year(yy, digits[6] - '0'))) continue;
        std::string_view window = text.substr(b >= 30 ? b - 30 : 0, b >= 30 ? 30 : b);
        if (auto nl = window.rfind('\n'); nl != std::string_view::npos) window.remove_prefix(nl + 1);
        std::string before = to_lower(window);
        bool cpr_word = false, other_word = false;
        for (const auto& w : yes)
            if (before.find(w) != std::string::npos) cpr_word = true;
        for (const auto& w : no)
            if (before.find(w) != std::string::npos) other_word = true;
        if (other_word && !cpr_word) continue;
        out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)});
        pos = e;
    }
    return out;
}

void mask_cpr(std::string& text) {
    for (auto [b, e] : find_cpr(text))
        for (auto i = b; i < e; ++i)
            if (digit(text[i])) text[i] = '*';
}

}  // namespace klartjek::text
