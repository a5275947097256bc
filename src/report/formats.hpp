// Output formats for `check`, all fed by the same Analysis (findings, elements, readability):
// JSON (check.cpp), JSON Lines, SARIF 2.1.0, CSV (one row per letter) and annotated HTML.
// Every string that came from a document is escaped for its format, and CPR numbers are masked
// unless TextOptions::show_cpr.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "core/pipeline.hpp"
#include "report/extract_json.hpp"

namespace klartjek::report {

// The file name as shown in reports: CPR numbers in it masked unless asked.
std::string display_file(const std::string& name, const TextOptions& opt);

// SARIF 2.1.0 log for several letters (one run, one result per finding).
nlohmann::ordered_json sarif(const std::vector<const Analysis*>& letters, const TextOptions& opt);

// CSV: a header line and one row per letter (RFC 4180 quoting; cells that a spreadsheet would
// read as a formula are prefixed with an apostrophe).
std::string csv_header();
std::string csv_row(const Analysis& a, const TextOptions& opt);
// A failed letter: the row says why.
std::string csv_error_row(const std::string& file, const std::string& error, const TextOptions& opt);

// Self-contained annotated HTML page for one letter (no network, no scripts needed).
// `pdf_path` (may be empty) is read again to render page thumbnails.
std::string html(const Analysis& a, const TextOptions& opt, const std::string& pdf_path);

std::string html_escape(std::string_view s);

}  // namespace klartjek::report
