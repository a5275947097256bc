// index.html of a batch audit, rendered from summary.json ("klartjek.audit-summary/1") in the
// style of Ankestyrelsen's handicapsagsbarometer (shared/domain.md §3): how many letters meet each
// requirement, split by outcome, provision, municipality and month, plus readability and the most
// frequent findings. The page is Danish, self-contained (inline CSS and SVG, no scripts, nothing
// fetched), works in print, and never shows letter text.
//
// Every string from the JSON comes from documents or file names and goes through esc(); missing or
// mistyped fields show as "–" instead of throwing.
#include "audit/summary_html.hpp"

#include <fmt/format.h>
#include <unicode/coll.h>
#include <unicode/locid.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>
#include <memory>
#include <optional>
#include <string_view>
#include <tuple>
#include <vector>

#include "legal/elements.hpp"
#include "rules/registry.hpp"
#include "text/utf8.hpp"

namespace klartjek::audit {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kSchema = "klartjek.audit-summary/1";
constexpr std::string_view kNbsp = "\xC2\xA0";      // U+00A0 between number and unit
constexpr std::string_view kMinus = "\xE2\x88\x92";  // U+2212 minus sign
constexpr std::string_view kDash = "\xE2\x80\x93";   // U+2013: no value / not applicable

// Groups with fewer applicable letters than this get a muted share: the figure is uncertain.
constexpr long long kFewLetters = 20;

// ---------------------------------------------------------------------------------------------
// Escaping

bool is_bidi_control(char32_t c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F ||
           c == 0x061C;
}

// Escapes for HTML text and attribute values alike: & < > " ' become entities; bidirectional
// controls (which could reorder what the reader sees) become visible "[U+202E]"; other control
// characters and invalid UTF-8 become U+FFFD.
std::string esc(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 16);
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t start = i;
        const char32_t c = text::next_codepoint(s, i);
        switch (c) {
            case '&': out += "&amp;"; continue;
            case '<': out += "&lt;"; continue;
            case '>': out += "&gt;"; continue;
            case '"': out += "&quot;"; continue;
            case '\'': out += "&#39;"; continue;
            default: break;
        }
        if (is_bidi_control(c))
            out += fmt::format("[U+{:04X}]", static_cast<unsigned>(c));
        else if (c == 0xFFFD || (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F)
            out += "\xEF\xBF\xBD";
        else
            out.append(s.substr(start, i - start));
    }
    return out;
}

// A report path from the JSON as a relative href ("letters/a.html"), or nothing when it is not a
// plain relative path (a scheme, an absolute path or ".." would point outside the audit folder).
std::optional<std::string> relative_href(std::string_view path) {
    if (path.empty() || path.front() == '/' || path.find(':') != std::string_view::npos ||
        path.find('\\') != std::string_view::npos)
        return std::nullopt;
    std::size_t seg = 0;
    while (seg <= path.size()) {
        std::size_t end = path.find('/', seg);
        if (end == std::string_view::npos) end = path.size();
        std::string_view part = path.substr(seg, end - seg);
        if (part == ".." || part.empty()) return std::nullopt;
        seg = end + 1;
    }
    std::string out;
    for (unsigned char c : path) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
            c == '_' || c == '~' || c == '/')
            out += static_cast<char>(c);
        else
            out += fmt::format("%{:02X}", c);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Reading the JSON without throwing

const Json& at(const Json& j, const char* key) {
    static const Json null;
    if (!j.is_object()) return null;
    auto it = j.find(key);
    return it == j.end() ? null : *it;
}

std::optional<double> number(const Json& j) {
    if (!j.is_number()) return std::nullopt;
    const double v = j.get<double>();
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

std::optional<long long> count(const Json& j) {
    if (j.is_number_unsigned()) {
        const auto u = j.get<unsigned long long>();
        return u > static_cast<unsigned long long>(std::numeric_limits<long long>::max()) ? std::nullopt
                                                                                          : std::optional<long long>(static_cast<long long>(u));
    }
    if (j.is_number_integer()) return j.get<long long>();
    if (auto v = number(j); v && std::fabs(*v) < 9e18) return std::llround(*v);
    return std::nullopt;
}

std::string string(const Json& j) { return j.is_string() ? j.get<std::string>() : std::string(); }

// ---------------------------------------------------------------------------------------------
// Danish number formatting: "1.000", "91,8 %", "−3,0"

std::string group_thousands(std::string_view digits) {
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
        out += digits[i];
    }
    return out;
}

std::string fmt_int(long long v) {
    const unsigned long long u = v < 0 ? 0ULL - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
    return (v < 0 ? std::string(kMinus) : std::string()) + group_thousands(std::to_string(u));
}

std::string fmt_int(std::optional<long long> v) { return v ? fmt_int(*v) : std::string(kDash); }

std::string fmt_dec(double v, int decimals) {
    const std::string s = fmt::format("{:.{}f}", std::fabs(v), decimals);
    const bool negative = v < 0 && s.find_first_not_of("0.") != std::string::npos;  // no "−0,0"
    const auto dot = s.find('.');
    std::string out = group_thousands(s.substr(0, dot));
    if (dot != std::string::npos) out += "," + s.substr(dot + 1);
    return (negative ? std::string(kMinus) : std::string()) + out;
}

std::string fmt_dec(std::optional<double> v, int decimals) { return v ? fmt_dec(*v, decimals) : std::string(kDash); }

// n / total as a share, or nothing when either is unknown or the total is zero.
std::optional<double> ratio(std::optional<long long> n, long long total) {
    std::optional<double> out;
    if (n && total > 0) out.emplace(static_cast<double>(*n) / static_cast<double>(total));
    return out;
}

// A share in [0,1] as a Danish percentage with one decimal.
std::string fmt_pct(double share) { return fmt_dec(share * 100.0, 1) + std::string(kNbsp) + "%"; }
std::string fmt_pct(std::optional<double> share) { return share ? fmt_pct(*share) : std::string(kDash); }

// Width for inline CSS: always with a decimal point, clamped to 0–100.
std::string css_percent(double share) { return fmt::format("{:.1f}%", std::clamp(share * 100.0, 0.0, 100.0)); }

// The change in percentage points between two shares, computed from the values as shown (one
// decimal) so the arrow never contradicts the two percentages next to it.
std::string change_html(std::optional<double> now, std::optional<double> before) {
    if (!now || !before) return fmt::format("<span class=\"na\">{}</span>", kDash);
    auto shown = [](double share) { return std::round(share * 1000.0) / 10.0; };
    const double d = std::round((shown(*now) - shown(*before)) * 10.0) / 10.0;
    if (d > 0) return "<span class=\"up\">\xE2\x86\x91 +" + fmt_dec(d, 1) + "</span>";
    if (d < 0) return "<span class=\"down\">\xE2\x86\x93 " + fmt_dec(d, 1) + "</span>";
    return "<span class=\"same\">\xE2\x86\x92 " + fmt_dec(0.0, 1) + "</span>";
}

// ---------------------------------------------------------------------------------------------
// Dates: "2026-11-23T10:00:00Z" → "23. november 2026 kl. 10.00 UTC"

constexpr const char* kMonths[] = {"januar", "februar", "marts",     "april",   "maj",      "juni",
                                   "juli",   "august",  "september", "oktober", "november", "december"};

struct Stamp {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    std::string zone;             // "UTC", "UTC+01:00" or "" (local time of unknown zone)
    std::optional<long long> utc;  // seconds since the epoch when the zone is known
};

std::optional<Stamp> parse_stamp(const std::string& s) {
    Stamp t;
    int n = 0;
    if (std::sscanf(s.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &t.year, &t.month, &t.day, &t.hour, &t.minute, &t.second, &n) != 6 ||
        n != 19)
        return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{t.year}, std::chrono::month{static_cast<unsigned>(t.month)},
                                          std::chrono::day{static_cast<unsigned>(t.day)}};
    if (!ymd.ok() || t.hour > 23 || t.minute > 59 || t.second > 60 || t.hour < 0 || t.minute < 0 || t.second < 0)
        return std::nullopt;
    std::string_view tail = std::string_view(s).substr(static_cast<std::size_t>(n));
    if (!tail.empty() && tail.front() == '.') {  // fractional seconds
        tail.remove_prefix(1);
        while (!tail.empty() && tail.front() >= '0' && tail.front() <= '9') tail.remove_prefix(1);
    }
    const long long local = std::chrono::sys_days(ymd).time_since_epoch().count() * 86400LL + t.hour * 3600LL +
                            t.minute * 60LL + t.second;
    int oh = 0, om = 0;
    if (tail == "Z" || tail == "+00:00") {
        t.zone = "UTC";
        t.utc = local;
    } else if (tail.size() == 6 && (tail[0] == '+' || tail[0] == '-') &&
               std::sscanf(std::string(tail.substr(1)).c_str(), "%2d:%2d", &oh, &om) == 2) {
        t.zone = "UTC" + std::string(tail);
        t.utc = local - (tail[0] == '+' ? 1 : -1) * (oh * 3600LL + om * 60LL);
    } else if (!tail.empty()) {
        return std::nullopt;
    }
    return t;
}

std::string fmt_date(const Stamp& t) { return fmt::format("{}. {} {}", t.day, kMonths[t.month - 1], t.year); }

std::string fmt_stamp(const Stamp& t) {
    return fmt::format("{} kl. {:02}.{:02}{}", fmt_date(t), t.hour, t.minute, t.zone.empty() ? "" : " " + t.zone);
}

// <time> element for a JSON timestamp; unparseable values are shown as they are (escaped).
std::string time_html(const Json& j, bool date_only = false) {
    const std::string raw = string(j);
    if (raw.empty()) return std::string(kDash);
    auto t = parse_stamp(raw);
    if (!t) return esc(raw);
    return "<time datetime=\"" + esc(raw) + "\">" + esc(date_only ? fmt_date(*t) : fmt_stamp(*t)) + "</time>";
}

std::string fmt_duration(long long seconds) {
    if (seconds < 60) return fmt::format("{}{}s", seconds, kNbsp);
    const long long minutes = (seconds + 30) / 60;
    if (minutes < 60) return fmt::format("{}{}min.", minutes, kNbsp);
    return fmt::format("{}{}t {}{}min.", minutes / 60, kNbsp, minutes % 60, kNbsp);
}

// "2024-05" → "maj 2024"; other group names (e.g. "(ukendt dato)") unchanged.
std::string month_label(const std::string& key) {
    int y = 0, m = 0, n = 0;
    if (key.size() == 7 && std::sscanf(key.c_str(), "%4d-%2d%n", &y, &m, &n) == 2 && n == 7 && m >= 1 && m <= 12)
        return fmt::format("{} {}", kMonths[m - 1], y);
    return key;
}

// ---------------------------------------------------------------------------------------------
// Sorting group names the Danish way (Æ, Ø, Å after Z, "Aa" as "Å"; "§ 41" before "§ 100")

// "(ukendt dato)", "(ukendt afsender)": groups for letters where the value was not found.
bool is_placeholder(const std::string& key) { return !key.empty() && key.front() == '('; }

// Group names in Danish order, placeholder groups last.
std::vector<std::string> sorted_keys(const Json& object) {
    std::vector<std::string> keys;
    if (!object.is_object()) return keys;
    for (auto it = object.begin(); it != object.end(); ++it) keys.push_back(it.key());
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> coll(icu::Collator::createInstance(icu::Locale("da"), status));
    if (coll && U_SUCCESS(status)) coll->setAttribute(UCOL_NUMERIC_COLLATION, UCOL_ON, status);
    if (!coll || U_FAILURE(status)) {
        std::sort(keys.begin(), keys.end(), [](const std::string& a, const std::string& b) {
            return is_placeholder(a) != is_placeholder(b) ? is_placeholder(b) : a < b;
        });
        return keys;
    }
    std::sort(keys.begin(), keys.end(), [&](const std::string& a, const std::string& b) {
        if (is_placeholder(a) != is_placeholder(b)) return is_placeholder(b);
        UErrorCode st = U_ZERO_ERROR;
        const UCollationResult r = coll->compareUTF8(a, b, st);
        if (U_FAILURE(st) || r == UCOL_EQUAL) return a < b;
        return r == UCOL_LESS;
    });
    return keys;
}

// ---------------------------------------------------------------------------------------------
// Requirement shares

struct Requirement {
    std::string id, label;
};

// The table columns: the requirements in summary order, then any id seen only in the splits.
std::vector<Requirement> requirement_columns(const Json& summary) {
    std::vector<Requirement> out;
    auto known = [&](const std::string& id) {
        return std::any_of(out.begin(), out.end(), [&](const Requirement& r) { return r.id == id; });
    };
    const Json& reqs = at(summary, "requirements");
    if (reqs.is_array())
        for (const auto& r : reqs) {
            std::string id = string(at(r, "id"));
            if (id.empty() || known(id)) continue;
            std::string label = string(at(r, "label"));
            out.push_back({id, label.empty() ? id : label});
        }
    for (const char* split : {"by_outcome", "by_provision", "by_municipality", "by_month"}) {
        const Json& groups = at(summary, split);
        if (!groups.is_object()) continue;
        for (const auto& g : groups) {
            const Json& rs = at(g, "requirements");
            if (!rs.is_object()) continue;
            for (auto it = rs.begin(); it != rs.end(); ++it)
                if (!known(it.key())) out.push_back({it.key(), it.key()});
        }
    }
    return out;
}

struct Share {
    std::optional<long long> met, applicable;
    std::optional<double> share;  // empty when the requirement does not apply
};

Share share_of(const Json& r) {
    Share s{count(at(r, "met")), count(at(r, "applicable")), number(at(r, "share"))};
    if (s.applicable && *s.applicable <= 0)
        s.share.reset();
    else if (!s.share && s.met && s.applicable)
        s.share = static_cast<double>(*s.met) / static_cast<double>(*s.applicable);
    return s;
}

std::string bar_html(double share) {
    return "<span class=\"bar\" aria-hidden=\"true\"><span style=\"width:" + css_percent(share) + "\"></span></span>";
}

// One cell of a split table: share, count and a small bar; "–" when the requirement does not apply.
std::string share_cell(const Json& r) {
    const Share s = share_of(r);
    if (!s.share) return fmt::format("<td class=\"num na\">{}</td>", kDash);
    const bool few = s.applicable && *s.applicable < kFewLetters;
    std::string cell = fmt::format("<td class=\"num{}\"><span class=\"pct\">{}</span>", few ? " few" : "", fmt_pct(s.share));
    if (s.met && s.applicable)
        cell += fmt::format("<span class=\"cnt\">{} af {}</span>", fmt_int(*s.met), fmt_int(*s.applicable));
    return cell + bar_html(*s.share) + "</td>";
}

// ---------------------------------------------------------------------------------------------
// LIX

struct Band {
    const char* name;
    double below;  // upper bound (exclusive)
    const char* range;
    const char* color;
};

// shared/domain.md §4.1; colours have at least 3:1 contrast against white.
constexpr Band kBands[] = {{"meget let", 25, "\xE2\x89\xA4 24", "#2e7d32"},
                           {"let", 35, "25\xE2\x80\x93" "34", "#6b8e23"},
                           {"middel", 45, "35\xE2\x80\x93" "44", "#b7791f"},
                           {"svær", 55, "45\xE2\x80\x93" "54", "#c2410c"},
                           {"meget svær", std::numeric_limits<double>::infinity(), "\xE2\x89\xA5 55", "#8e1b14"}};
constexpr double kBandBoundaries[] = {25, 35, 45, 55};

const Band& band_of(double lix) {
    for (const auto& b : kBands)
        if (lix < b.below) return b;
    return kBands[4];
}

// The band name of a value as shown with one decimal.
const char* band_name(double lix) { return band_of(std::round(lix * 10.0) / 10.0).name; }

struct Bin {
    double from, to;
    long long count;
};

std::vector<Bin> lix_bins(const Json& lix) {
    std::vector<Bin> bins;
    const Json& js = at(lix, "bins");
    if (!js.is_array()) return bins;
    for (const auto& b : js) {
        auto from = number(at(b, "from")), to = number(at(b, "to"));
        auto n = count(at(b, "count"));
        if (from && to && *to > *from) bins.push_back({*from, *to, n ? std::max(0LL, *n) : 0});
    }
    std::stable_sort(bins.begin(), bins.end(), [](const Bin& a, const Bin& b) { return a.from < b.from; });
    return bins;
}

std::string bin_label(const Bin& b) { return fmt::format("{}\xE2\x80\x93{}", fmt_dec(b.from, 0), fmt_dec(b.to, 0)); }

// A step of 1, 2 or 5 × 10^k giving about four grid lines up to `max`.
long long nice_step(long long max) {
    if (max <= 4) return 1;
    const double raw = static_cast<double>(max) / 4.0;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * mag >= raw) return std::max(1LL, std::llround(m * mag));
    return std::llround(10 * mag);
}

// Histogram with one bar per bin in equal slots (the last bin is often open-ended, e.g. 70–100),
// bars coloured by band, the band boundaries dashed and the median marked.
std::string lix_svg(const std::vector<Bin>& bins, std::optional<double> median, long long letters) {
    constexpr double W = 760, H = 330, x0 = 64, x1 = W - 16, y0 = 58, y1 = H - 62;
    const double slot = (x1 - x0) / static_cast<double>(bins.size());
    const double gap = std::min(6.0, slot / 5);  // between bars
    long long max = 0;
    for (const auto& b : bins) max = std::max(max, b.count);
    const long long step = nice_step(max);
    // Headroom above the tallest bar for its count, clear of the median label.
    const long long want = max + max / 12 + 1;
    const long long top = std::max(step, (want + step - 1) / step * step);
    auto y_of = [&](double v) { return y1 - v / static_cast<double>(top) * (y1 - y0); };
    // A LIX value's position: linear inside the bin that holds it.
    auto x_of = [&](double v) {
        if (v <= bins.front().from) return x0;
        for (std::size_t i = 0; i < bins.size(); ++i)
            if (v < bins[i].to || i + 1 == bins.size())
                return x0 + (static_cast<double>(i) + std::clamp((v - bins[i].from) / (bins[i].to - bins[i].from), 0.0, 1.0)) * slot;
        return x1;
    };

    std::string s = fmt::format(
        "<svg viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" role=\"img\" aria-labelledby=\"lix-title\">",
        W, H);
    s += fmt::format("<title id=\"lix-title\">Histogram over LIX for {} breve, fordelt på {} intervaller{}</title>",
                     fmt_int(letters), bins.size(), median ? ", median " + fmt_dec(*median, 1) : "");

    // Band strip across the top with the band names.
    const double lo = bins.front().from, hi = bins.back().to;
    double band_from = lo;
    for (const auto& b : kBands) {
        const double band_to = std::min(b.below, hi);
        if (band_to > band_from) {
            const double bx0 = x_of(band_from), bx1 = x_of(band_to);
            s += fmt::format("<rect x=\"{:.1f}\" y=\"26\" width=\"{:.1f}\" height=\"8\" fill=\"{}\"/>", bx0, bx1 - bx0, b.color);
            s += fmt::format("<text x=\"{:.1f}\" y=\"18\" text-anchor=\"middle\" class=\"band\">{}</text>", (bx0 + bx1) / 2, b.name);
        }
        band_from = std::max(band_from, b.below);
        if (band_from >= hi) break;
    }

    // Grid and y axis.
    for (long long v = 0; v <= top; v += step) {
        s += fmt::format("<line x1=\"{0:.1f}\" x2=\"{1:.1f}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\" class=\"{3}\"/>", x0, x1, y_of(static_cast<double>(v)),
                         v == 0 ? "axis" : "grid");
        s += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\" class=\"tick\">{}</text>", x0 - 8,
                         y_of(static_cast<double>(v)) + 4, fmt_int(v));
    }
    s += fmt::format("<text transform=\"translate(16 {:.1f}) rotate(-90)\" text-anchor=\"middle\" class=\"axis-title\">Antal breve</text>",
                     (y0 + y1) / 2);

    // Bars with their counts.
    for (std::size_t i = 0; i < bins.size(); ++i) {
        const Bin& b = bins[i];
        const Band& band = band_of((b.from + b.to) / 2);
        const double bx = x0 + static_cast<double>(i) * slot + gap / 2, by = y_of(static_cast<double>(b.count));
        s += fmt::format("<rect class=\"bin\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\">"
                         "<title>LIX {}: {} breve ({})</title></rect>",
                         bx, by, slot - gap, y1 - by, band.color, bin_label(b), fmt_int(b.count), band.name);
        if (b.count > 0)
            s += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" class=\"count\">{}</text>", bx + (slot - gap) / 2,
                             by - 5, fmt_int(b.count));
    }

    // x axis: bin edges, band boundaries in bold on a dashed line.
    auto is_boundary = [](double v) {
        return std::any_of(std::begin(kBandBoundaries), std::end(kBandBoundaries), [&](double b) { return std::fabs(b - v) < 1e-9; });
    };
    for (std::size_t i = 0; i <= bins.size(); ++i) {
        const double v = i < bins.size() ? bins[i].from : bins.back().to;
        if (is_boundary(v)) continue;
        s += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" class=\"tick\">{}</text>", x0 + static_cast<double>(i) * slot,
                         y1 + 18, fmt_dec(v, 0));
    }
    for (double v : kBandBoundaries) {
        if (v <= lo || v >= hi) continue;
        const double bx = x_of(v);
        s += fmt::format("<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"34\" y2=\"{1:.1f}\" class=\"boundary\"/>", bx, y1 + 4);
        s += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" class=\"tick strong\">{}</text>", bx, y1 + 18, fmt_dec(v, 0));
    }
    s += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" class=\"axis-title\">LIX</text>", (x0 + x1) / 2, y1 + 44);

    if (median && *median >= lo && *median <= hi) {
        const double mx = x_of(*median);
        s += fmt::format("<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1:.1f}\" y2=\"{2:.1f}\" class=\"median\"/>", mx, y0 - 12, y1);
        s += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" class=\"median-label\">median {}</text>", mx + 5, y0 - 2, fmt_dec(*median, 1));
    }
    return s + "</svg>";
}

// ---------------------------------------------------------------------------------------------
// Page parts

const char kStyle[] = R"CSS(
:root{--fg:#1b1b1b;--mut:#575757;--line:#dcdfe4;--soft:#f4f6f9;--accent:#1f3a5f;--link:#0b57a4;--up:#1e6b35;--down:#b3261e;--bar:#2f5f98}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:#fff}
.wrap{max-width:1200px;margin:0 auto;padding:0 1.5rem}
header.top{background:var(--accent);color:#fff;padding:1.4rem 0 1.2rem}
.kicker{margin:0;font-size:.85rem;letter-spacing:.06em;text-transform:uppercase;color:#d5deea}
h1{font-size:1.8rem;line-height:1.25;margin:.15rem 0 .8rem}
dl.meta{display:flex;flex-wrap:wrap;gap:.4rem 2.2rem;margin:0}
dl.meta div{min-width:8rem}dl.meta dt{font-size:.8rem;color:#d5deea}dl.meta dd{margin:0;font-weight:600}
nav.toc{border-bottom:1px solid var(--line);background:var(--soft)}
nav.toc ol{list-style:none;margin:0;padding:.55rem 0;display:flex;flex-wrap:wrap;gap:.2rem 1.3rem;font-size:.92rem}
a{color:var(--link)}a:focus-visible{outline:3px solid #000;outline-offset:2px}
main{padding-bottom:2rem}
section{margin:2.2rem 0 0}
h2{font-size:1.3rem;margin:0 0 .7rem;padding-bottom:.3rem;border-bottom:2px solid var(--accent)}
h3{font-size:1.05rem;margin:1.4rem 0 .4rem}
p.lead{margin:.2rem 0 1rem;max-width:52rem}
.note{background:var(--soft);border-left:4px solid var(--accent);padding:.7rem 1rem;margin:1.4rem 0 0;max-width:60rem}
.warn{background:#fdf0ef;border-left-color:var(--down)}
.stats{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:.8rem;margin:1.2rem 0 0}
.stat{border:1px solid var(--line);border-radius:6px;padding:.7rem 1rem}
.stat .v{display:block;font-size:1.65rem;font-weight:700;line-height:1.2;font-variant-numeric:tabular-nums}
.stat .l{display:block;color:var(--mut);font-size:.88rem}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.94rem}
caption{caption-side:top;text-align:left;color:var(--mut);font-size:.9rem;padding:0 0 .5rem}
th,td{padding:.45rem .65rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:var(--soft);border-bottom:2px solid #b9c0ca;font-weight:600;vertical-align:bottom}
tbody th{font-weight:600}
tbody tr:nth-child(even){background:#fafbfc}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
thead th.num{white-space:normal}
table.split{table-layout:fixed;min-width:60rem}table.split col.group{width:12rem}table.split col.letters{width:5.5rem}
table.split tbody th{overflow-wrap:anywhere}
table.split td.num,table.split th.num{padding-left:1.1rem}
.pct{font-weight:600}.cnt{display:block;color:var(--mut);font-size:.86em}
.few .pct{font-weight:400;font-style:italic;color:var(--mut)}
.na{color:var(--mut)}
.bar{display:block;height:5px;min-width:3.5rem;margin-top:.3rem;background:#e2e6ec;border-radius:3px;overflow:hidden}
.bar>span{display:block;height:100%;background:var(--bar)}
.up{color:var(--up);font-weight:600}.down{color:var(--down);font-weight:600}.same{color:var(--mut)}
table.reqs td,table.reqs th{padding:.6rem .8rem}table.reqs .pct{font-size:1.05rem}table.reqs .bar{min-width:9rem}
.cap::first-letter{text-transform:uppercase}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.86em;background:var(--soft);padding:.05rem .35rem;border-radius:3px}
.file{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em;word-break:break-all}
.desc{color:var(--mut);font-size:.88rem;font-weight:400}
.sev{display:inline-block;padding:0 .5rem;border-radius:999px;font-size:.8rem;font-weight:600;border:1px solid}
.sev-error{color:#8e1b14;background:#fdecea;border-color:#eeb4ae}
.sev-warning{color:#7a4500;background:#fff4e0;border-color:#efc98a}
.sev-info{color:#1f4e79;background:#e8f0fa;border-color:#b3c9e4}
.chart{margin:1rem 0 0}.chart svg{display:block;width:100%;max-width:760px;height:auto}
.chart text{font-size:12px;fill:var(--fg)}.chart .tick{fill:var(--mut)}.chart .strong{font-weight:700;fill:var(--fg)}
.chart .band{font-size:12.5px;font-weight:600}.chart .count{font-size:11px;fill:var(--mut)}
.chart .axis-title{font-size:12.5px;fill:var(--mut)}
.chart .grid{stroke:#e6e9ee}.chart .axis{stroke:#8a929c}
.chart .boundary{stroke:#39414b;stroke-width:1.2;stroke-dasharray:4 3}
.chart .median{stroke:var(--fg);stroke-width:2}.chart .median-label{font-size:12px;font-weight:700}
table.bands th,table.bands td{white-space:nowrap;padding:.45rem .5rem}
.lixgrid{display:grid;grid-template-columns:minmax(0,5fr) minmax(25rem,2fr);gap:1rem 2rem;align-items:start}
@media(max-width:1100px){.lixgrid{grid-template-columns:1fr}}
.swatch{display:inline-block;width:.85em;height:.85em;border-radius:2px;margin-right:.45em;vertical-align:-.08em}
details{margin:.8rem 0 0}summary{cursor:pointer;color:var(--link)}
p.empty{color:var(--mut);font-style:italic}
.bars{margin:1rem 0 .4rem}.bars svg{max-width:760px}.bars .lbl{font-size:12.5px}.bars .val{font-size:12px;fill:var(--mut)}
.bars rect.bg{fill:#e2e6ec}.bars rect.fg{fill:var(--bar)}
.sortlabel{font-weight:600;margin-right:.4rem}#breve>input{margin:0 .2rem 0 .7rem;vertical-align:middle}
#breve>input:focus-visible+label{outline:3px solid #000;outline-offset:2px}
table.letters .file{font-size:.82em}
#sort-navn:checked~.scroll tbody,#sort-kommune:checked~.scroll tbody,#sort-lix:checked~.scroll tbody{display:flex;flex-direction:column}
#sort-navn:checked~.scroll tr,#sort-kommune:checked~.scroll tr,#sort-lix:checked~.scroll tr{display:grid;
 grid-template-columns:3.2rem minmax(14rem,4fr) minmax(7rem,1.4fr) minmax(8rem,1.6fr) 4rem 6.8rem 4rem 4rem 6.5rem}
#sort-navn:checked~.scroll tbody tr{order:var(--n)}#sort-kommune:checked~.scroll tbody tr{order:var(--k)}
#sort-lix:checked~.scroll tbody tr{order:var(--l)}
nav.groups ul{display:flex;flex-wrap:wrap;gap:.2rem 1.1rem;list-style:none;padding:0;margin:.2rem 0 .6rem;font-size:.92rem}
section.group{margin-top:1.4rem}section.group:target h3{background:#fff4c2}
footer{border-top:1px solid var(--line);color:var(--mut);font-size:.85rem;padding:1rem 0 2rem;margin-top:2.5rem}
@media print{
 @page{margin:14mm}
 html{font-size:10pt}body{font-size:1rem}
 header.top{background:none;color:#000;border-bottom:2px solid #000;padding:0 0 .6rem}
 .kicker,dl.meta dt{color:#333}
 nav.toc,details,nav.groups,#breve>input,#breve>label,.sortlabel{display:none}
 section.drill section.group{break-before:page}
 #breve,#breve-udfald,#breve-kommune{break-before:page}
 .wrap{max-width:none;padding:0}
 .scroll{overflow:visible}
 section{margin-top:1.2rem}
 h2,h3{break-after:avoid}
 tr,.stat,figure{break-inside:avoid}
 thead{display:table-header-group}
 table.split{min-width:0;font-size:8pt}table.split col.group{width:7.5rem}table.split col.letters{width:3.3rem}
 table.split th,table.split td,table.split td.num,table.split th.num{padding:.3rem .3rem}
 table.split thead th{font-size:7pt;padding:.3rem .1rem;overflow-wrap:anywhere}.bar{min-width:0}
 a{color:inherit;text-decoration:none}
 .bar,.bar>span,.swatch,svg,.sev{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
)CSS";

std::string stat_html(const std::string& value, const std::string& label) {
    return "<div class=\"stat\"><span class=\"v\">" + value + "</span><span class=\"l\">" + label + "</span></div>";
}

std::string header_html(const Json& summary, const std::string& audit_name) {
    const Json& audit = at(summary, "audit");
    const Json& prev = at(summary, "previous_audit");
    std::string h = "<header class=\"top\"><div class=\"wrap\">"
                    "<p class=\"kicker\">klartjek \xC2\xB7 Kvalitetsmåling af afgørelsesbreve</p>";
    h += "<h1>" + audit_name + "</h1><dl class=\"meta\">";
    auto item = [&](const char* dt, const std::string& dd) { h += "<div><dt>" + std::string(dt) + "</dt><dd>" + dd + "</dd></div>"; };
    item("Startet", time_html(at(audit, "started")));
    item("Afsluttet", time_html(at(audit, "finished")));
    auto started = parse_stamp(string(at(audit, "started"))), finished = parse_stamp(string(at(audit, "finished")));
    if (started && finished && started->utc && finished->utc && *finished->utc >= *started->utc)
        item("Varighed", fmt_duration(*finished->utc - *started->utc));
    if (prev.is_object()) {
        const Json& pid = at(prev, "id");
        std::string name = pid.is_string() ? esc(string(pid)) : fmt_int(count(pid));
        std::string finished_prev = at(prev, "finished").is_string() ? " (afsluttet " + time_html(at(prev, "finished"), true) + ")" : "";
        item("Sammenlignes med", "audit nr. " + name + finished_prev);
    } else {
        item("Sammenlignes med", "ingen tidligere audit");
    }
    return h + "</dl></div></header>\n";
}

// An anchor for a group ("kommune-koebenhavns-kommune"): ASCII letters and digits, æ ø å spelt
// out, everything else a hyphen. Unique per page through `used`.
std::string slug(const std::string& prefix, const std::string& key, std::vector<std::string>& used) {
    std::string out = prefix + "-";
    std::size_t i = 0;
    while (i < key.size()) {
        const char32_t c = text::next_codepoint(key, i);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += static_cast<char>(c);
        else if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
        else if (c == U'æ' || c == U'Æ') out += "ae";
        else if (c == U'ø' || c == U'Ø') out += "oe";
        else if (c == U'å' || c == U'Å') out += "aa";
        else if (out.back() != '-') out += '-';
    }
    while (out.back() == '-') out.pop_back();
    std::string id = out;
    for (int n = 2; std::find(used.begin(), used.end(), id) != used.end(); ++n) id = out + "-" + std::to_string(n);
    used.push_back(id);
    return id;
}

// Anchors of the drill-down sections, shared by the split tables that link to them.
struct Anchors {
    std::vector<std::pair<std::string, std::string>> outcome, municipality;  // key -> id
    static std::string find(const std::vector<std::pair<std::string, std::string>>& v, const std::string& key) {
        for (const auto& [k, id] : v)
            if (k == key) return id;
        return {};
    }
};

Anchors make_anchors(const Json& summary) {
    Anchors a;
    if (!at(summary, "letters").is_array()) return a;  // an older summary: no letter list to drill into
    std::vector<std::string> used;
    for (const auto& k : sorted_keys(at(summary, "by_outcome"))) a.outcome.push_back({k, slug("udfald", k, used)});
    for (const auto& k : sorted_keys(at(summary, "by_municipality"))) a.municipality.push_back({k, slug("kommune", k, used)});
    return a;
}

// A group's requirements taken together: met and applicable summed over the requirements.
Share overall_share(const Json& group) {
    long long met = 0, applicable = 0;
    const Json& reqs = at(group, "requirements");
    if (reqs.is_object())
        for (const auto& r : reqs) {
            met += count(at(r, "met")).value_or(0);
            applicable += count(at(r, "applicable")).value_or(0);
        }
    Share s{met, applicable, std::nullopt};
    if (applicable > 0) s.share = static_cast<double>(met) / static_cast<double>(applicable);
    return s;
}

struct BarRow {
    std::string label;
    Share share;
};

// A horizontal bar chart (inline SVG, no script, no external resource): one bar per row with the
// share and "n af m" after it; rows without a share are left out.
std::string bars_svg(const std::string& id, const std::string& title, const std::vector<BarRow>& rows_in) {
    std::vector<const BarRow*> rows;
    for (const auto& r : rows_in)
        if (r.share.share) rows.push_back(&r);
    if (rows.empty()) return {};
    constexpr double W = 760, label_w = 250, bar_x = 260, bar_w = 330, row_h = 24, top = 8;
    const double H = top + row_h * static_cast<double>(rows.size()) + 22;
    std::string s = fmt::format("<figure class=\"chart bars\"><svg viewBox=\"0 0 {0} {1:.0f}\" width=\"{0}\" height=\"{1:.0f}\" role=\"img\" "
                                "aria-labelledby=\"{2}-t\"><title id=\"{2}-t\">{3}</title>",
                                W, H, id, esc(title));
    for (double v : {0.0, 0.25, 0.5, 0.75, 1.0}) {
        const double x = bar_x + v * bar_w;
        s += fmt::format("<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1:.1f}\" y2=\"{2:.1f}\" class=\"{3}\"/>", x, top - 2,
                         H - 18, v == 0.0 ? "axis" : "grid");
        s += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" class=\"tick\">{}{}%</text>", x, H - 4,
                         fmt_dec(v * 100, 0), kNbsp);
    }
    double y = top;
    for (const BarRow* r : rows) {
        const double w = std::clamp(*r->share.share, 0.0, 1.0) * bar_w;
        std::string label = r->label;
        if (text::count_codepoints(label) > 38) {  // cut at a code point, with an ellipsis
            std::size_t i = 0;
            for (int k = 0; k < 37; ++k) text::next_codepoint(label, i);
            label = label.substr(0, i) + "\xE2\x80\xA6";
        }
        s += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\" class=\"lbl\">{}</text>", label_w, y + 16, esc(label));
        s += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"14\" class=\"bg\"/>", bar_x, y + 5, bar_w);
        s += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"14\" class=\"fg\"><title>{}: {}</title></rect>", bar_x,
                         y + 5, w, esc(r->label), fmt_pct(r->share.share));
        std::string n = r->share.met && r->share.applicable ? " (" + fmt_int(*r->share.met) + " af " + fmt_int(*r->share.applicable) + ")" : "";
        s += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" class=\"val\">{}{}</text>", bar_x + bar_w + 8, y + 16, fmt_pct(r->share.share), n);
        y += row_h;
    }
    return s + "</svg></figure>";
}


std::string requirements_html(const Json& summary, const std::string& prev_name) {
    std::string s = "<section id=\"krav\" aria-labelledby=\"krav-h\"><h2 id=\"krav-h\">Krav til afgørelsen</h2>"
                    "<p class=\"lead\">Andelen af analyserede breve, der opfylder hvert krav. Et brev tæller kun med ved de krav, "
                    "der gælder for det – fx skal en fuld bevilling ikke begrundes.</p>";
    const Json& reqs = at(summary, "requirements");
    if (!reqs.is_array() || reqs.empty()) return s + "<p class=\"empty\">Ingen krav i opsummeringen.</p></section>\n";
    s += "<div class=\"scroll\"><table class=\"reqs\"><caption>Opfyldte krav i denne audit";
    s += prev_name.empty() ? " (ingen tidligere audit at sammenligne med)" : " sammenlignet med " + prev_name;
    s += "</caption><thead><tr><th scope=\"col\">Krav</th><th scope=\"col\" class=\"num\">Opfyldt</th>"
         "<th scope=\"col\" class=\"num\">Andel</th><th scope=\"col\" class=\"num\">Forrige audit</th>"
         "<th scope=\"col\" class=\"num\">Ændring<br>(procentpoint)</th></tr></thead><tbody>";
    for (const auto& r : reqs) {
        const Share sh = share_of(r);
        const std::optional<double> prev = number(at(r, "previous_share"));
        std::string label = string(at(r, "label"));
        if (label.empty()) label = string(at(r, "id"));
        s += "<tr><th scope=\"row\">" + esc(label) + "</th>";
        if (sh.share) {
            std::string counts = sh.met && sh.applicable ? fmt_int(*sh.met) + " af " + fmt_int(*sh.applicable) + " breve" : std::string(kDash);
            s += "<td class=\"num\">" + counts + "</td><td class=\"num\"><span class=\"pct\">" + fmt_pct(sh.share) + "</span>" +
                 bar_html(*sh.share) + "</td>";
        } else {
            s += fmt::format("<td class=\"num na\">ikke relevant for nogen breve</td><td class=\"num na\">{}</td>", kDash);
        }
        s += "<td class=\"num\">" + fmt_pct(prev) + "</td><td class=\"num\">" + change_html(sh.share, prev) + "</td></tr>";
    }
    s += "</tbody></table></div>";
    std::vector<BarRow> rows;
    for (const auto& r : reqs) {
        std::string label = string(at(r, "label"));
        rows.push_back({label.empty() ? string(at(r, "id")) : label, share_of(r)});
    }
    return s + bars_svg("diagram-krav", "Andel af brevene, der opfylder hvert krav", rows) + "</section>\n";
}

struct Split {
    const char* key;
    const char* anchor;
    const char* title;
    const char* group;  // header of the group column
    const char* caption;
    bool months = false;
    bool capitalise = false;
};

// A group's key as a reader sees it: outcomes in Danish ("ophoer" → "ophør eller nedsættelse"),
// months by name, other keys (municipalities, provisions) as they are.
std::string group_label(const Split& sp, const std::string& key) {
    if (sp.months) return month_label(key);
    if (std::string_view(sp.key) == "by_outcome")
        if (auto o = legal::parse_outcome(key)) return legal::outcome_da(*o);
    return key;
}

const char* kOverallCaption = "Andel opfyldte krav, alle krav lagt sammen";

std::string split_html(const Json& summary, const Split& sp, const std::vector<Requirement>& columns, const Anchors& anchors) {
    std::string s = fmt::format("<section id=\"{0}\" aria-labelledby=\"{0}-h\"><h2 id=\"{0}-h\">{1}</h2>", sp.anchor, sp.title);
    const Json& groups = at(summary, sp.key);
    const auto keys = sorted_keys(groups);
    if (keys.empty()) return s + "<p class=\"empty\">Ingen data.</p></section>\n";
    const std::string_view key_name(sp.key);
    const auto* drill = key_name == "by_outcome" ? &anchors.outcome : key_name == "by_municipality" ? &anchors.municipality : nullptr;
    if (key_name == "by_provision" || key_name == "by_municipality") {
        std::vector<BarRow> rows;
        for (const auto& key : keys) rows.push_back({group_label(sp, key), overall_share(at(groups, key.c_str()))});
        s += bars_svg(std::string("diagram-") + sp.anchor, std::string(kOverallCaption) + " – " + sp.group, rows);
        s += std::string("<p class=\"desc\">Diagrammet viser for hver ") + (key_name == "by_provision" ? "bestemmelse" : "kommune") +
             " andelen af de krav, der gælder for brevene, som er opfyldt (alle krav lagt sammen). Tabellen viser hvert krav for sig.</p>";
    }
    s += fmt::format("<div class=\"scroll\"><table class=\"split\"><caption>{}. Hver celle viser andelen af breve, der opfylder kravet, og "
                     "under den antallet ud af de breve, kravet gælder for. En streg ({}) betyder, at kravet ikke gælder for nogen "
                     "breve i gruppen. Kursiv: under {} breve – andelen er usikker.</caption>",
                     sp.caption, kDash, kFewLetters);
    s += "<colgroup><col class=\"group\"><col class=\"letters\">";
    for (std::size_t i = 0; i < columns.size(); ++i) s += "<col>";
    s += "</colgroup>";
    s += fmt::format("<thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">Breve</th>", sp.group);
    for (const auto& c : columns) s += "<th scope=\"col\" class=\"num\">" + esc(c.label) + "</th>";
    s += "</tr></thead><tbody>";
    for (const auto& key : keys) {
        const Json& g = at(groups, key.c_str());
        const Json& reqs = at(g, "requirements");
        std::string name = esc(group_label(sp, key));
        if (drill) {
            const std::string id = Anchors::find(*drill, key);
            if (!id.empty()) name = "<a href=\"#" + id + "\">" + name + "</a>";
        }
        s += fmt::format("<tr><th scope=\"row\"{}>{}</th><td class=\"num\">{}</td>", sp.capitalise ? " class=\"cap\"" : "", name,
                         fmt_int(count(at(g, "letters"))));
        for (const auto& c : columns) s += share_cell(at(reqs, c.id.c_str()));
        s += "</tr>";
    }
    return s + "</tbody></table></div></section>\n";
}

std::string lix_html(const Json& summary) {
    const Json& lix = at(summary, "lix");
    std::string s = "<section id=\"laesbarhed\" aria-labelledby=\"laesbarhed-h\"><h2 id=\"laesbarhed-h\">Læsbarhed</h2>"
                    "<p class=\"lead\">LIX måler, hvor svær en tekst er at læse, ud fra sætningslængde og andelen af lange ord. "
                    "Tallene gælder brødteksten i brevene.</p>";
    const auto mean = number(at(lix, "mean")), median = number(at(lix, "median"));
    const auto letters = count(at(lix, "letters"));
    auto band = [](std::optional<double> v) { return v ? std::string(" (") + band_name(*v) + ")" : std::string(); };
    s += "<div class=\"stats\">";
    s += stat_html(fmt_dec(mean, 1), "Gennemsnitlig LIX" + band(mean));
    s += stat_html(fmt_dec(median, 1), "Median-LIX" + band(median));
    s += stat_html(fmt_pct(number(at(summary, "long_sentence_share"))), "Andel lange sætninger");
    s += stat_html(fmt_dec(number(at(summary, "officialese_per_1000_words")), 1), "Kancellisprog pr. 1.000 ord");
    s += stat_html(fmt_pct(number(at(summary, "passive_share_mean"))), "Andel passive sætninger (gennemsnit pr. brev)");
    s += "</div>";

    const auto bins = lix_bins(lix);
    s += "<div class=\"lixgrid\"><div><h3>Fordeling af LIX</h3>";
    if (bins.empty()) {
        s += "<p class=\"empty\">Ingen LIX-tal.</p>";
    } else {
        long long total = 0;
        for (const auto& b : bins) total += b.count;
        s += "<figure class=\"chart\">" + lix_svg(bins, median, letters.value_or(total)) + "</figure>";
        s += "<details><summary>Tal for hvert LIX-interval</summary><table class=\"bins\"><caption>Antal breve pr. LIX-interval"
             "</caption><thead><tr><th scope=\"col\">LIX</th><th scope=\"col\">Bånd</th><th scope=\"col\" class=\"num\">Breve</th>"
             "</tr></thead><tbody>";
        for (const auto& b : bins)
            s += "<tr><td>" + bin_label(b) + "</td><td>" + band_of((b.from + b.to) / 2).name + "</td><td class=\"num\">" +
                 fmt_int(b.count) + "</td></tr>";
        s += "</tbody></table></details>";
    }
    s += "</div><div>";

    const Json& bands = at(lix, "bands");
    s += "<h3>LIX-bånd</h3><div class=\"scroll\"><table class=\"bands\"><caption>Breve fordelt på de fem danske LIX-bånd"
         "</caption><thead><tr><th scope=\"col\">Bånd</th><th scope=\"col\">LIX</th><th scope=\"col\" class=\"num\">Breve</th>"
         "<th scope=\"col\" class=\"num\">Andel</th></tr></thead><tbody>";
    long long band_total = 0;
    for (const auto& b : kBands) band_total += count(at(bands, b.name)).value_or(0);
    const long long denominator = letters.value_or(band_total);
    for (const auto& b : kBands) {
        const auto n = count(at(bands, b.name));
        const std::optional<double> share = ratio(n, denominator);
        s += fmt::format("<tr><th scope=\"row\"><span class=\"swatch\" style=\"background:{}\" aria-hidden=\"true\"></span>{}</th>"
                         "<td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                         b.color, b.name, b.range, fmt_int(n), fmt_pct(share));
    }
    return s + "</tbody></table></div></div></div></section>\n";
}

std::string severity_html(const std::string& sev) {
    if (sev == "error") return "<span class=\"sev sev-error\">fejl</span>";
    if (sev == "warning") return "<span class=\"sev sev-warning\">advarsel</span>";
    if (sev == "info") return "<span class=\"sev sev-info\">info</span>";
    return sev.empty() ? std::string(kDash) : esc(sev);
}

std::string top_rules_html(const Json& summary, std::optional<long long> analysed) {
    std::string s = "<section id=\"regler\" aria-labelledby=\"regler-h\"><h2 id=\"regler-h\">Hyppigste fund</h2>";
    const Json& rules = at(summary, "top_rules");
    if (!rules.is_array() || rules.empty()) return s + "<p class=\"empty\">Ingen fund.</p></section>\n";
    s += "<div class=\"scroll\"><table class=\"rules\"><caption>De regler, der slog ud i flest breve</caption><thead><tr>"
         "<th scope=\"col\">Regel</th><th scope=\"col\">Alvorlighed</th><th scope=\"col\" class=\"num\">Breve</th>"
         "<th scope=\"col\" class=\"num\">Andel af breve</th><th scope=\"col\" class=\"num\">Fund</th></tr></thead><tbody>";
    for (const auto& r : rules) {
        const std::string id = string(at(r, "rule"));
        const auto letters = count(at(r, "letters"));
        std::string cell = "<code>" + esc(id) + "</code>";
        if (const auto* info = rules::find(id)) cell += "<div class=\"desc\">" + esc(info->description) + "</div>";
        const std::optional<double> share = analysed ? ratio(letters, *analysed) : std::nullopt;
        s += "<tr><th scope=\"row\">" + cell + "</th><td>" + severity_html(string(at(r, "severity"))) + "</td><td class=\"num\">" +
             fmt_int(letters) + "</td><td class=\"num\">" + fmt_pct(share) + "</td><td class=\"num\">" +
             fmt_int(count(at(r, "findings"))) + "</td></tr>";
    }
    return s + "</tbody></table></div></section>\n";
}

std::string worst_letters_html(const Json& summary) {
    std::string s = "<section id=\"breve\" aria-labelledby=\"breve-h\"><h2 id=\"breve-h\">Breve med flest fejl</h2>";
    const Json& worst = at(summary, "worst_letters");
    if (!worst.is_array() || worst.empty()) return s + "<p class=\"empty\">Ingen breve med fejl eller advarsler.</p></section>\n";
    s += "<div class=\"scroll\"><table class=\"worst\"><caption>Brevene med flest fejl og derefter flest advarsler. "
         "Filnavnet linker til brevets egen rapport.</caption><thead><tr><th scope=\"col\" class=\"num\">Nr.</th>"
         "<th scope=\"col\">Brev</th><th scope=\"col\" class=\"num\">Fejl</th><th scope=\"col\" class=\"num\">Advarsler</th>"
         "</tr></thead><tbody>";
    int rank = 0;
    for (const auto& w : worst) {
        const std::string file = string(at(w, "file"));
        const auto href = relative_href(string(at(w, "report")));
        const std::string name = "<span class=\"file\">" + (file.empty() ? std::string(kDash) : esc(file)) + "</span>";
        s += fmt::format("<tr><td class=\"num\">{}</td><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>", ++rank,
                         href ? "<a href=\"" + esc(*href) + "\">" + name + "</a>" : name + " <span class=\"desc\">(ingen rapport)</span>", fmt_int(count(at(w, "errors"))),
                         fmt_int(count(at(w, "warnings"))));
    }
    return s + "</tbody></table></div></section>\n";
}

// One letter as a table row: name linked to its report (when there is one), outcome, sender,
// counts, LIX and the requirements met. `order` holds its rank in each sort order (CSS `order`).
std::string letter_row(const Json& l, std::size_t rank, const std::string& order, bool full) {
    const std::string file = string(at(l, "file"));
    const auto href = relative_href(string(at(l, "report")));
    const std::string name = "<span class=\"file\">" + (file.empty() ? std::string(kDash) : esc(file)) + "</span>";
    long long met = 0, applicable = 0;
    const Json& reqs = at(l, "requirements");
    if (reqs.is_object())
        for (const auto& v : reqs)
            if (v.is_boolean()) {
                ++applicable;
                met += v.get<bool>();
            }
    std::string s = "<tr" + (order.empty() ? std::string() : " style=\"" + order + "\"") + "><td class=\"num\">" + std::to_string(rank) +
                    "</td><th scope=\"row\">" +
                    (href ? "<a href=\"" + esc(*href) + "\">" + name + "</a>" : name + " <span class=\"desc\">(ingen rapport)</span>") + "</th>";
    if (full) {
        const std::string outcome = string(at(l, "outcome"));
        auto o = legal::parse_outcome(outcome);
        s += "<td class=\"cap\">" + esc(o ? legal::outcome_da(*o) : outcome) + "</td><td>" + esc(string(at(l, "municipality"))) + "</td>";
    }
    s += "<td class=\"num\">" + fmt_int(count(at(l, "errors"))) + "</td><td class=\"num\">" + fmt_int(count(at(l, "warnings"))) +
         "</td><td class=\"num\">" + fmt_int(count(at(l, "infos"))) + "</td><td class=\"num\">" + fmt_dec(number(at(l, "lix")), 1) +
         "</td><td class=\"num\">" + (applicable ? fmt_int(met) + " af " + fmt_int(applicable) : std::string(kDash)) + "</td></tr>";
    return s;
}

std::string letters_head(bool full) {
    return std::string("<thead><tr><th scope=\"col\" class=\"num\">Nr.</th><th scope=\"col\">Brev</th>") +
           (full ? "<th scope=\"col\">Udfald</th><th scope=\"col\">Kommune</th>" : "") +
           "<th scope=\"col\" class=\"num\">Fejl</th><th scope=\"col\" class=\"num\">Advarsler</th><th scope=\"col\" class=\"num\">Info</th>"
           "<th scope=\"col\" class=\"num\">LIX</th><th scope=\"col\" class=\"num\">Krav opfyldt</th></tr></thead>";
}

// Every analysed letter, most errors first. Radio buttons before the table re-sort it without
// scripts: each row carries its rank in every order as a CSS variable, and `:checked ~` turns the
// rows into a flex column ordered by the chosen one (the page as served is a plain table).
std::string all_letters_html(const Json& summary) {
    std::string s = "<section id=\"breve\" aria-labelledby=\"breve-h\"><h2 id=\"breve-h\">Alle breve</h2>";
    const Json& letters = at(summary, "letters");
    if (!letters.is_array() || letters.empty()) return s + "<p class=\"empty\">Ingen analyserede breve.</p></section>\n";
    const std::size_t n = letters.size();
    std::vector<std::size_t> by_name(n), by_municipality(n), by_lix(n);
    for (std::size_t i = 0; i < n; ++i) by_name[i] = by_municipality[i] = by_lix[i] = i;
    auto str = [&](std::size_t i, const char* k) { return string(at(letters[i], k)); };
    std::stable_sort(by_name.begin(), by_name.end(), [&](auto a, auto b) { return str(a, "file") < str(b, "file"); });
    std::stable_sort(by_municipality.begin(), by_municipality.end(), [&](auto a, auto b) {
        return std::make_tuple(is_placeholder(str(a, "municipality")) ? std::string("\x7f") : str(a, "municipality"), str(a, "file")) <
               std::make_tuple(is_placeholder(str(b, "municipality")) ? std::string("\x7f") : str(b, "municipality"), str(b, "file"));
    });
    std::stable_sort(by_lix.begin(), by_lix.end(), [&](auto a, auto b) {
        return number(at(letters[a], "lix")).value_or(-1) > number(at(letters[b], "lix")).value_or(-1);
    });
    std::vector<std::size_t> rank_name(n), rank_mun(n), rank_lix(n);
    for (std::size_t r = 0; r < n; ++r) {
        rank_name[by_name[r]] = r;
        rank_mun[by_municipality[r]] = r;
        rank_lix[by_lix[r]] = r;
    }
    s += fmt::format("<p class=\"lead\">Alle {} analyserede breve. Navnet linker til brevets egen rapport. Listen er sorteret efter flest "
                     "fejl, derefter advarsler og info; vælg en anden rækkefølge herunder.</p>",
                     fmt_int(static_cast<long long>(n)));
    s += "<span class=\"sortlabel\">Sortér efter:</span>"
         "<input type=\"radio\" name=\"sort\" id=\"sort-alvor\" checked><label for=\"sort-alvor\">flest fejl</label>"
         "<input type=\"radio\" name=\"sort\" id=\"sort-navn\"><label for=\"sort-navn\">filnavn</label>"
         "<input type=\"radio\" name=\"sort\" id=\"sort-kommune\"><label for=\"sort-kommune\">kommune</label>"
         "<input type=\"radio\" name=\"sort\" id=\"sort-lix\"><label for=\"sort-lix\">højeste LIX</label>";
    s += "<div class=\"scroll\"><table class=\"letters sortable\"><caption>Alle breve med antal fund, LIX og opfyldte krav</caption>" +
         letters_head(true) + "<tbody>";
    for (std::size_t i = 0; i < n; ++i)
        s += letter_row(letters[i], i + 1, fmt::format("--n:{};--k:{};--l:{}", rank_name[i], rank_mun[i], rank_lix[i]), true);
    return s + "</tbody></table></div></section>\n";
}

// Drill-down: one section per outcome or municipality with its letters, anchored from the tables.
std::string drill_html(const Json& summary, const char* id, const char* title, const char* field,
                       const std::vector<std::pair<std::string, std::string>>& anchors, bool outcome) {
    std::string s = fmt::format("<section id=\"{0}\" class=\"drill\" aria-labelledby=\"{0}-h\"><h2 id=\"{0}-h\">{1}</h2>", id, title);
    const Json& letters = at(summary, "letters");
    if (!letters.is_array() || anchors.empty()) return s + "<p class=\"empty\">Ingen breve.</p></section>\n";
    s += "<nav class=\"groups\" aria-label=\"" + std::string(title) + "\"><ul>";
    for (const auto& [key, anchor] : anchors) {
        auto o = outcome ? legal::parse_outcome(key) : std::nullopt;
        s += "<li><a href=\"#" + anchor + "\">" + esc(o ? legal::outcome_da(*o) : key) + "</a></li>";
    }
    s += "</ul></nav>";
    for (const auto& [key, anchor] : anchors) {
        auto o = outcome ? legal::parse_outcome(key) : std::nullopt;
        std::string rows;
        std::size_t k = 0;
        for (const auto& l : letters)
            if (string(at(l, field)) == key) rows += letter_row(l, ++k, "", false);
        s += fmt::format("<section id=\"{}\" class=\"group\"><h3{}>{} <span class=\"desc\">({} {})</span></h3>", anchor,
                         outcome ? " class=\"cap\"" : "", esc(o ? legal::outcome_da(*o) : key), fmt_int(static_cast<long long>(k)),
                         k == 1 ? "brev" : "breve");
        s += "<div class=\"scroll\"><table class=\"letters\">" + letters_head(false) + "<tbody>" + rows + "</tbody></table></div></section>";
    }
    return s + "</section>\n";
}

std::string failures_html(const Json& summary) {
    std::string s = "<section id=\"fejlede\" aria-labelledby=\"fejlede-h\"><h2 id=\"fejlede-h\">Filer, der ikke kunne analyseres</h2>";
    const Json& failures = at(summary, "failures");
    // Files that are recognisably not letters (audit skips them): counts and reasons only.
    const Json& skipped = at(summary, "skipped");
    if (skipped.is_object() && count(at(skipped, "files")) > 0) {
        s += "<p>" + fmt_int(count(at(skipped, "files"))) + " filer blev sprunget over, fordi de ikke er breve:</p><ul class=\"skipped\">";
        const Json& reasons = at(skipped, "reasons");
        if (reasons.is_array())
            for (const auto& r : reasons) s += "<li>" + fmt_int(count(at(r, "files"))) + " × " + esc(string(at(r, "reason"))) + "</li>";
        s += "</ul>";
    }
    if (auto excluded = count(at(summary, "excluded")); excluded && *excluded > 0)
        s += "<p>" + fmt_int(*excluded) + (*excluded == 1 ? " fil blev" : " filer blev") + " udeladt af --include/--exclude.</p>";
    if (!failures.is_array() || failures.empty()) return s + "<p class=\"empty\">Alle filer blev analyseret.</p></section>\n";
    s += "<div class=\"scroll\"><table class=\"failures\"><caption>Filerne indgår ikke i tallene ovenfor</caption><thead><tr>"
         "<th scope=\"col\">Fil</th><th scope=\"col\">Årsag</th></tr></thead><tbody>";
    for (const auto& f : failures) {
        const std::string file = string(at(f, "file")), reason = string(at(f, "reason"));
        s += "<tr><th scope=\"row\"><span class=\"file\">" + (file.empty() ? std::string(kDash) : esc(file)) + "</span></th><td>" +
             (reason.empty() ? std::string(kDash) : esc(reason)) + "</td></tr>";
    }
    return s + "</tbody></table></div></section>\n";
}

std::string id_text(const Json& id) { return id.is_string() ? esc(string(id)) : fmt_int(count(id)); }

}  // namespace

std::string summary_html(const nlohmann::ordered_json& summary) {
    const Json& audit = at(summary, "audit");
    const Json& prev = at(summary, "previous_audit");
    const std::string audit_name = "Audit nr. " + id_text(at(audit, "id"));
    const std::string prev_name = prev.is_object() ? "audit nr. " + id_text(at(prev, "id")) : std::string();
    const auto analysed = count(at(audit, "analysed"));
    const auto columns = requirement_columns(summary);

    std::string out;
    out.reserve(64 * 1024);
    out += "<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<meta name=\"referrer\" content=\"no-referrer\">";
    out += "<title>" + audit_name + " \xE2\x80\x93 kvalitetsmåling af afgørelsesbreve</title>";
    out += std::string("<style>") + kStyle + "</style></head><body>\n";
    out += header_html(summary, audit_name);
    out += "<nav class=\"toc\" aria-label=\"Indhold\"><div class=\"wrap\"><ol>"
           "<li><a href=\"#krav\">Krav</a></li><li><a href=\"#udfald\">Udfald</a></li><li><a href=\"#bestemmelse\">Bestemmelse</a></li>"
           "<li><a href=\"#kommune\">Kommune</a></li><li><a href=\"#maaned\">Måned</a></li><li><a href=\"#laesbarhed\">Læsbarhed</a></li>"
           "<li><a href=\"#regler\">Hyppigste fund</a></li><li><a href=\"#breve\">Alle breve</a></li>"
           "<li><a href=\"#breve-udfald\">Breve efter udfald</a></li><li><a href=\"#breve-kommune\">Breve efter kommune</a></li>"
           "<li><a href=\"#fejlede\">Fejlede filer</a></li></ol></div></nav>\n";
    out += "<main class=\"wrap\">";

    out += "<div class=\"stats\">";
    out += stat_html(fmt_int(count(at(audit, "inputs"))), "filer i alt");
    out += stat_html(fmt_int(analysed), "breve analyseret");
    out += stat_html(fmt_int(count(at(audit, "failed"))), "filer kunne ikke analyseres");
    {
        const auto& na = at(audit, "not_assessed");
        out += stat_html(fmt_int(count(at(na, "unreadable"))), "kunne ikke vurderes (ingen læsbar tekst)");
        out += stat_html(fmt_int(count(at(na, "not_decision"))), "er ikke afgørelser");
        out += stat_html(fmt_int(count(at(na, "other_area"))), "hører under et andet retsområde");
        out += stat_html(fmt_int(count(at(na, "uncertain"))), "usikre (ikke talt med i kravene)");
    }
    if (count(at(audit, "baselined")) > 0) out += stat_html(fmt_int(count(at(audit, "baselined"))), "kendte fund skjult af basislinjen");
    if (count(at(audit, "suppressed")) > 0) out += stat_html(fmt_int(count(at(audit, "suppressed"))), "fund undertrykt med en begrundelse");
    out += "</div>";
    if (string(at(summary, "schema")) != kSchema)
        out += "<p class=\"note warn\">Opsummeringen har et ukendt format (" + esc(string(at(summary, "schema"))) +
               "); nogle tal kan mangle.</p>";
    out += "<p class=\"note\">Tallene er automatiske tegn fundet i brevteksten – fx om der henvises til en lovregel, og om der er "
           "klagevejledning. De er ikke en juridisk vurdering som i Ankestyrelsens handicapsagsbarometer, men peger på, hvor "
           "brevene bør læses nærmere.</p>";

    if (const Json& merge = at(summary, "merge"); merge.is_object()) {
        out += "<p class=\"note\">Samlet fra " + fmt_int(count(at(merge, "stores"))) + " audit-databaser med " +
               fmt_int(count(at(merge, "letters_in_stores"))) + " breve i alt. ";
        const auto several = count(at(merge, "in_several_stores")).value_or(0);
        if (several > 0)
            out += fmt_int(several) + (several == 1 ? " brev" : " breve") + " med samme indhold fandtes i flere databaser og tælles kun én gang; "
                   "det nyeste resultat gælder (fra den audit, der sluttede sidst).";
        else
            out += "Intet brev fandtes i mere end én database.";
        if (const auto missing = count(at(merge, "reports_missing")).value_or(0); missing > 0)
            out += " " + fmt_int(missing) + (missing == 1 ? " brevrapport" : " brevrapporter") + " blev ikke fundet og er ikke linket.";
        out += "</p>";
    }
    out += requirements_html(summary, prev_name);
    const Split splits[] = {
        {"by_outcome", "udfald", "Efter afgørelsens udfald", "Udfald", "Opfyldte krav efter afgørelsens udfald", false, true},
        {"by_provision", "bestemmelse", "Efter bestemmelse", "Bestemmelse", "Opfyldte krav efter den bestemmelse, der er truffet afgørelse efter. "
                                                                          "Et brev kan henvise til flere bestemmelser"},
        {"by_municipality", "kommune", "Efter kommune", "Kommune", "Opfyldte krav efter afsenderkommune"},
        {"by_month", "maaned", "Efter måned", "Måned", "Opfyldte krav efter brevets dato", true},
    };
    const Anchors anchors = make_anchors(summary);
    for (const auto& sp : splits) out += split_html(summary, sp, columns, anchors);
    out += lix_html(summary);
    out += top_rules_html(summary, analysed);
    out += at(summary, "letters").is_array() ? all_letters_html(summary) : worst_letters_html(summary);  // older summaries: the 20 worst
    if (at(summary, "letters").is_array()) {
        out += drill_html(summary, "breve-udfald", "Breve efter udfald", "outcome", anchors.outcome, true);
        out += drill_html(summary, "breve-kommune", "Breve efter kommune", "municipality", anchors.municipality, false);
    }
    out += failures_html(summary);
    out += "</main>\n<footer><div class=\"wrap\">Lavet af klartjek ud fra summary.json (" + esc(string(at(summary, "schema"))) + ")";
    const Json& stores = at(audit, "stores");
    if (stores.is_array() && !stores.empty()) {
        std::string list;
        for (const auto& st : stores)
            if (st.is_string()) list += (list.empty() ? "" : ", ") + esc(string(st));
        if (!list.empty()) out += ". Datagrundlag: " + list;
    }
    out += ". Siden indeholder ingen brevtekst \xE2\x80\x93 kun tal, filnavne og regler.</div></footer>\n</body></html>\n";
    return out;
}

}  // namespace klartjek::audit
