// What a report shows of a letter's findings, decided once for every format: the findings at
// TextOptions::min_level or above, errors first (fejl → advarsel → info), then by position.
// Also the Danish counting words every human-readable format uses.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "core/danish.hpp"
#include "core/pipeline.hpp"
#include "report/extract_json.hpp"

namespace klartjek::report {

// Findings as shown: severity at least opt.min_level, errors first, then by position in the
// letter (whole-letter findings first within a level); the library's order breaks ties.
std::vector<const Finding*> shown_findings(const Analysis& a, const TextOptions& opt);

// The family a rule belongs to, for filtering: "jura" (legal-*, appeal-*, template-*),
// "sprog" (plain-*, spell-*) or "andet" (extract-*, privacy-* and anything else).
const char* rule_family(std::string_view rule);
const char* family_da(std::string_view family);  // "Jura", "Sprog", "Andet"

// Findings per severity, indexed by static_cast<int>(Severity): {info, warning, error}.
using Counts = std::array<std::size_t, 3>;
Counts count_findings(const Analysis& a);

// "1 brev" / "2 breve", "1 fejl", "1 advarsel" / "2 advarsler", "3 info".
std::string plural_da(std::size_t n, const char* one, const char* many);
// "2 fejl, 1 advarsel, 14 info".
std::string counts_da(const Counts& c);
// The one line that ends a text report: "3 breve: 2 fejl, 1 advarsel, 14 info", plus the
// letters that could not be read and which levels are shown when not all are.
// Findings hidden by a baseline and suppressed ones are said at the end ("12 kendte fund skjult af
// basislinjen", "2 fund undertrykt (se --show-suppressed)").
std::string summary_line_da(std::size_t letters, const Counts& c, std::size_t unreadable, Severity min_level,
                            std::size_t known = 0, std::size_t suppressed = 0, bool suppressed_shown = false);

using klartjek::decimal_da;  // core/danish.hpp

}  // namespace klartjek::report
