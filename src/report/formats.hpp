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

// CSV dialects (--csv-dialect): RFC 4180 (comma, decimal point; the default) and a Danish Excel
// (UTF-8 BOM, semicolons, decimal comma). Both end lines with CRLF.
enum class CsvDialect { rfc4180, excel_da };
// "rfc4180" or "excel-da"; anything else throws std::invalid_argument.
CsvDialect csv_dialect(const std::string& name);
// What a file in the dialect starts with (the BOM for Excel, which then reads UTF-8).
std::string csv_preamble(CsvDialect d);
// One CSV line (with CRLF) of `cells`: quoted where needed, cells that a spreadsheet would run as
// a formula prefixed with an apostrophe, and in the Excel dialect the '.' of the cells at
// `decimal_columns` (numbers) turned into a decimal comma. Shared by `check --format csv` and the
// audit's letters.csv / letters-excel.csv.
std::string csv_line(const std::vector<std::string>& cells, CsvDialect d, const std::vector<std::size_t>& decimal_columns = {});

// CSV: a header line and one row per letter (the preamble is part of the header).
std::string csv_header(CsvDialect d = CsvDialect::rfc4180);
std::string csv_row(const Analysis& a, const TextOptions& opt, CsvDialect d = CsvDialect::rfc4180);
// A failed letter: the row says why.
std::string csv_error_row(const std::string& file, const std::string& error, const TextOptions& opt,
                          CsvDialect d = CsvDialect::rfc4180);

// Self-contained annotated HTML page for one letter (no network, no scripts needed).
// `pdf_path` (may be empty) is read again to render page thumbnails.
std::string html(const Analysis& a, const TextOptions& opt, const std::string& pdf_path);

std::string html_escape(std::string_view s);

}  // namespace klartjek::report
