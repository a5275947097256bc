#include "report/show.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace klartjek::report {

std::vector<const Finding*> shown_findings(const Analysis& a, const TextOptions& opt) {
    std::vector<const Finding*> out;
    for (const auto& f : a.findings)
        if (f.severity >= opt.min_level) out.push_back(&f);
    std::stable_sort(out.begin(), out.end(), [](const Finding* x, const Finding* y) {
        if (x->severity != y->severity) return x->severity > y->severity;
        return x->begin < y->begin;
    });
    return out;
}

const char* rule_family(std::string_view rule) {
    for (std::string_view p : {"legal-", "appeal-", "template-"})
        if (rule.substr(0, p.size()) == p) return "jura";
    for (std::string_view p : {"plain-", "spell-"})
        if (rule.substr(0, p.size()) == p) return "sprog";
    return "andet";
}

const char* family_da(std::string_view family) {
    if (family == "jura") return "Jura";
    if (family == "sprog") return "Sprog";
    return "Andet";
}

Counts count_findings(const Analysis& a) {
    Counts c{0, 0, 0};
    for (const auto& f : a.findings) ++c[static_cast<int>(f.severity)];
    return c;
}

std::string plural_da(std::size_t n, const char* one, const char* many) { return fmt::format("{} {}", n, n == 1 ? one : many); }

std::string counts_da(const Counts& c) {
    return plural_da(c[2], "fejl", "fejl") + ", " + plural_da(c[1], "advarsel", "advarsler") + ", " + plural_da(c[0], "info", "info");
}

std::string summary_line_da(std::size_t letters, const Counts& c, std::size_t unreadable, Severity min_level,
                            std::size_t known, std::size_t suppressed, bool suppressed_shown) {
    std::string s = plural_da(letters, "brev", "breve") + ": " + counts_da(c);
    if (unreadable) s += fmt::format(" ({} kunne ikke læses)", unreadable);
    if (min_level == Severity::error) s += " · viser kun fejl";
    else if (min_level == Severity::warning) s += " · viser fejl og advarsler";
    if (known) s += fmt::format(" · {} kendte fund skjult af basislinjen", known);
    if (suppressed) s += fmt::format(" · {} fund undertrykt{}", suppressed, suppressed_shown ? "" : " (se --show-suppressed)");
    return s;
}

}  // namespace klartjek::report
