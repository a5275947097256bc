#include "audit/xlsx.hpp"

#include <xlsxwriter.h>

#include <cstdlib>
#include <stdexcept>

#include "audit/aggregate.hpp"
#include "audit/record.hpp"
#include "legal/elements.hpp"

namespace klartjek::audit {

namespace {

using J = nlohmann::ordered_json;

// Columns of letters.csv that hold numbers (fejl, advarsler, info, lix).
bool numeric_column(std::size_t col) { return col >= 13 && col <= 16; }

class Book {
public:
    explicit Book(const std::string& path) {
        lxw_workbook_options opt{};
        opt.constant_memory = LXW_FALSE;
        opt.tmpdir = nullptr;
        wb_ = workbook_new_opt(path.c_str(), &opt);
        if (!wb_) throw std::runtime_error("kan ikke skrive " + path);
        bold_ = workbook_add_format(wb_);
        format_set_bold(bold_);
        pct_ = workbook_add_format(wb_);
        format_set_num_format(pct_, "0.0%");
        dec_ = workbook_add_format(wb_);
        format_set_num_format(dec_, "0.0");
    }
    ~Book() {
        if (wb_) workbook_close(wb_);
    }
    void close(const std::string& path) {
        lxw_error rc = workbook_close(wb_);
        wb_ = nullptr;
        if (rc != LXW_NO_ERROR) throw std::runtime_error("kan ikke skrive " + path + " (" + lxw_strerror(rc) + ")");
    }
    lxw_worksheet* sheet(const char* name, const std::vector<std::string>& header) {
        lxw_worksheet* ws = workbook_add_worksheet(wb_, name);
        for (std::size_t c = 0; c < header.size(); ++c) worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), header[c].c_str(), bold_);
        worksheet_freeze_panes(ws, 1, 0);
        return ws;
    }
    lxw_format *bold_ = nullptr, *pct_ = nullptr, *dec_ = nullptr;

private:
    lxw_workbook* wb_ = nullptr;
};

void text(lxw_worksheet* ws, int row, int col, const std::string& s) {
    if (!s.empty()) worksheet_write_string(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), s.c_str(), nullptr);
}

void number(lxw_worksheet* ws, int row, int col, double v, lxw_format* f = nullptr) {
    worksheet_write_number(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), v, f);
}

// One row per group (provision or municipality): letters, then each requirement's share.
void split_sheet(Book& b, const char* name, const char* group, const J& groups) {
    std::vector<std::string> header = {group, "breve"};
    for (const auto& r : requirements()) header.push_back(std::string(r.label) + " (andel)");
    for (const auto& r : requirements()) header.push_back(std::string(r.label) + " (opfyldt af)");
    lxw_worksheet* ws = b.sheet(name, header);
    worksheet_set_column(ws, 0, 0, 34, nullptr);
    int row = 1;
    if (!groups.is_object()) return;
    for (auto it = groups.begin(); it != groups.end(); ++it, ++row) {
        text(ws, row, 0, it.key());
        number(ws, row, 1, it.value().value("letters", 0.0));
        const J& reqs = it.value().contains("requirements") ? it.value()["requirements"] : J::object();
        const int n = static_cast<int>(requirements().size());
        for (int i = 0; i < n; ++i) {
            const char* id = requirements()[static_cast<std::size_t>(i)].id;
            if (!reqs.contains(id)) continue;  // does not apply to any letter of the group: empty cell
            number(ws, row, 2 + i, reqs[id].value("share", 0.0), b.pct_);
            number(ws, row, 2 + n + i, reqs[id].value("applicable", 0.0));
        }
    }
}

}  // namespace

void write_letters_xlsx(const std::string& path, const J& summary, const std::vector<StoredLetter>& letters) {
    Book b(path);
    // Breve: the rows of letters.csv, numbers as numbers.
    auto rows = letters_rows(letters);
    lxw_worksheet* ws = b.sheet("Breve", rows.front());
    worksheet_set_column(ws, 0, 0, 48, nullptr);
    for (std::size_t r = 1; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const std::string& v = rows[r][c];
            if (numeric_column(c) && !v.empty()) number(ws, static_cast<int>(r), static_cast<int>(c), std::strtod(v.c_str(), nullptr), c == 16 ? b.dec_ : nullptr);
            else text(ws, static_cast<int>(r), static_cast<int>(c), v);
        }
    // Krav: the shares of the whole audit.
    ws = b.sheet("Krav", {"krav", "opfyldt", "gælder for", "andel", "forrige audit"});
    worksheet_set_column(ws, 0, 0, 30, nullptr);
    int row = 1;
    if (summary.contains("requirements"))
        for (const auto& r : summary["requirements"]) {
            text(ws, row, 0, r.value("label", std::string()));
            number(ws, row, 1, r.value("met", 0.0));
            number(ws, row, 2, r.value("applicable", 0.0));
            if (r.value("applicable", 0) > 0) number(ws, row, 3, r.value("share", 0.0), b.pct_);
            if (r.contains("previous_share") && r["previous_share"].is_number()) number(ws, row, 4, r["previous_share"].get<double>(), b.pct_);
            ++row;
        }
    split_sheet(b, "Bestemmelser", "bestemmelse", summary.value("by_provision", J::object()));
    split_sheet(b, "Kommuner", "kommune", summary.value("by_municipality", J::object()));
    b.close(path);
}

}  // namespace klartjek::audit
