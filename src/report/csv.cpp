#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "report/check.hpp"
#include "report/formats.hpp"

namespace klartjek::report {

namespace {

std::string cell(std::string s, CsvDialect d) {
    // A spreadsheet runs cells that start with = + - @ (or a tab/CR) as formulas: keep them text.
    if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r'))
        s = "'" + s;
    // A comma is data in the semicolon dialect (the decimal comma), a delimiter in the other.
    bool quote = s.find_first_of(d == CsvDialect::excel_da ? ";\"\n\r" : ",\"\n\r;") != std::string::npos;
    if (!quote) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += "\"\"";
        else out += c;
    }
    return out + "\"";
}

std::string yesno(bool b) { return b ? "ja" : "nej"; }

std::string join(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : "; ") + x;
    return s;
}

// The number columns of the check row: lix and passiv_andel.
const std::vector<std::size_t> kDecimalColumns = {16, 21};
constexpr std::size_t kColumns = 27;

}  // namespace

CsvDialect csv_dialect(const std::string& name) {
    if (name == "rfc4180") return CsvDialect::rfc4180;
    if (name == "excel-da") return CsvDialect::excel_da;
    throw std::invalid_argument("ukendt CSV-dialekt: " + name + " (rfc4180 eller excel-da)");
}

std::string csv_preamble(CsvDialect d) { return d == CsvDialect::excel_da ? "\xEF\xBB\xBF" : ""; }

std::string csv_line(const std::vector<std::string>& cells, CsvDialect d, const std::vector<std::size_t>& decimal_columns) {
    const char sep = d == CsvDialect::excel_da ? ';' : ',';
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        std::string v = cells[i];
        if (d == CsvDialect::excel_da && std::find(decimal_columns.begin(), decimal_columns.end(), i) != decimal_columns.end())
            std::replace(v.begin(), v.end(), '.', ',');
        if (i) line += sep;
        line += cell(v, d);
    }
    return line + "\r\n";
}

std::string csv_header(CsvDialect d) {
    std::string names = "fil,kommune,dato,afgoerelse,kraever_begrundelse,lovgrundlag,begrundelse,klagevejledning,klagefrist,"
           "klagevej_korrekt,borgerens_synspunkter,foraeldede_henvisninger,paragraffer,fejl,advarsler,info,lix,lix_niveau,"
           "ord,saetninger,lange_saetninger,passiv_andel,papirord,stavefejl,dokumenttype,retsomraade,status";
    std::vector<std::string> cells;
    for (std::size_t start = 0;;) {
        auto comma = names.find(',', start);
        cells.push_back(names.substr(start, comma - start));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return csv_preamble(d) + csv_line(cells, d);
}

std::string csv_row(const Analysis& a, const TextOptions& opt, CsvDialect d) {
    const auto& el = a.elements;
    std::size_t counts[3] = {0, 0, 0};
    for (const auto& f : a.findings) ++counts[static_cast<int>(f.severity)];
    const auto& r = a.readability;
    std::vector<std::string> cells = {
        display_file(a.document.name, opt),
        el.structure.municipality,
        el.structure.date.iso(),
        legal::outcome_da(el.outcome),
        yesno(el.requires_reasoning),
        legal::status_da(el.checklist.at("legal_basis").status),
        legal::status_da(el.checklist.at("reasoning").status),
        legal::status_da(el.checklist.at("appeal_guidance").status),
        el.appeal.deadline ? *el.appeal.deadline : "",
        el.appeal_route_correct() ? yesno(*el.appeal_route_correct()) : "",
        legal::status_da(el.checklist.at("citizen_statement").status),
        join(outdated_refs(el)),
        join(provision_refs(el.statutes)),
        std::to_string(counts[2]),
        std::to_string(counts[1]),
        std::to_string(counts[0]),
        r.body.empty() ? "" : fmt::format("{:.1f}", r.body.value()),
        r.body.empty() ? "" : plain::lix_band(r.body.value()),
        std::to_string(r.words),
        std::to_string(r.sentences),
        std::to_string(r.long_sentences),
        fmt::format("{:.3f}", r.passive_share),
        std::to_string(r.officialese_hits),
        std::to_string(r.spelling_hits),
        legal::doc_type_da(el.scope.type),
        legal::area_da(el.scope.area),
        "ok"};
    return csv_line(cells, d, kDecimalColumns);
}

std::string csv_error_row(const std::string& file, const std::string& error, const TextOptions& opt, CsvDialect d) {
    std::vector<std::string> cells(kColumns);
    cells.front() = display_file(file, opt);
    cells.back() = "fejl: " + error;
    return csv_line(cells, d);
}

}  // namespace klartjek::report
