#include "audit/xlsx.hpp"

#include <xlsxwriter.h>

#include <cstdlib>
#include <stdexcept>

#include "audit/aggregate.hpp"
#include "audit/record.hpp"
#include "legal/checklist.hpp"
#include "legal/elements.hpp"

namespace klartjek::audit {

namespace {

using J = nlohmann::ordered_json;

// The checklist elements as columns of Breve, with the labels the per-letter report uses.
const std::vector<std::pair<const char*, const char*>>& checklist_columns() {
    static const std::vector<std::pair<const char*, const char*>> c = {
        {"outcome", "Afgørelse"}, {"legal_basis", "Lovgrundlag"}, {"reasoning", "Begrundelse"},
        {"appeal_guidance", "Klagevejledning"}, {"citizen_statement", "Borgerens synspunkter"}};
    return c;
}

// A stored status id ("ok", "missing", …) in the Danish of the reports ("i orden", "mangler", …).
std::string status_da(const std::string& id) {
    using legal::Status;
    for (Status s : {Status::ok, Status::missing, Status::wrong, Status::not_required, Status::uncertain, Status::not_applicable})
        if (id == legal::status_id(s)) return legal::status_da(s);
    return id;
}

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
        worksheet_freeze_panes(ws, 1, 0);  // the header row stays in view
        return ws;
    }
    // An autofilter over the header and every row written (called once a sheet is full).
    static void filter(lxw_worksheet* ws, int last_row, std::size_t columns) {
        worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(last_row), static_cast<lxw_col_t>(columns - 1));
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
    std::vector<std::string> header = {group, "Breve"};
    for (const auto& r : requirements()) header.push_back(std::string(r.label) + " (andel)");
    for (const auto& r : requirements()) header.push_back(std::string(r.label) + " (opfyldt af)");
    lxw_worksheet* ws = b.sheet(name, header);
    worksheet_set_column(ws, 0, 0, 34, nullptr);
    int row = 1;
    if (!groups.is_object()) return Book::filter(ws, 0, header.size());
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
    Book::filter(ws, row - 1, header.size());
}

}  // namespace

void write_letters_xlsx(const std::string& path, const J& summary, const std::vector<StoredLetter>& letters) {
    Book b(path);
    // Breve: one row per letter with Danish column names: the cells of letters.csv, except that the
    // checklist is one column per element with the reports' statuses ("i orden", "mangler",
    // "forkert", "ikke krævet", "usikker", "ikke relevant"); numbers as numbers.
    auto rows = letters_rows(letters);
    enum Kind { kText, kNumber, kDecimal };
    struct Column {
        const char* name;
        int csv;  // column of letters.csv, or -1 for a checklist element
        Kind kind = kText;
        const char* element = nullptr;
    };
    std::vector<Column> cols = {{"Fil", 0}, {"Status", 1}, {"Fejlårsag", 2}, {"Kommune", 3}, {"Dato", 4}, {"Udfald", 5}};
    for (const auto& [id, label] : checklist_columns()) cols.push_back({label, -1, kText, id});
    for (Column c : std::initializer_list<Column>{{"Korrekt klagevejledning", 9}, {"Forældede henvisninger", 11}, {"Paragraffer", 12},
                                                  {"Fejl", 13, kNumber}, {"Advarsler", 14, kNumber}, {"Info", 15, kNumber},
                                                  {"LIX", 16, kDecimal}, {"Rapport", 17}, {"Basislinje", 18, kNumber},
                                                  {"Undertrykt", 19, kNumber}})
        cols.push_back(c);
    std::vector<std::string> header;
    for (const auto& c : cols) header.emplace_back(c.name);
    lxw_worksheet* ws = b.sheet("Breve", header);
    worksheet_set_column(ws, 0, 0, 48, nullptr);
    worksheet_set_column(ws, 6, static_cast<lxw_col_t>(5 + checklist_columns().size()), 14, nullptr);
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& rec = letters[r - 1].record;
        const bool ok = letters[r - 1].status == "ok";
        for (std::size_t c = 0; c < cols.size(); ++c) {
            const Column& col = cols[c];
            const int row = static_cast<int>(r), cc = static_cast<int>(c);
            if (col.csv < 0) {
                if (ok && rec.contains("checklist")) text(ws, row, cc, status_da(rec["checklist"].value(col.element, "not-applicable")));
                continue;
            }
            std::string v = rows[r][static_cast<std::size_t>(col.csv)];
            if (col.csv == 1) v = ok ? "analyseret" : "fejlede";
            if (col.kind != kText && !v.empty()) number(ws, row, cc, std::strtod(v.c_str(), nullptr), col.kind == kDecimal ? b.dec_ : nullptr);
            else text(ws, row, cc, v);
        }
    }
    Book::filter(ws, static_cast<int>(rows.size()) - 1, cols.size());
    // Krav: the shares of the whole audit.
    ws = b.sheet("Krav", {"Krav", "Opfyldt", "Gælder for", "Andel", "Forrige audit"});
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
    Book::filter(ws, row - 1, 5);
    split_sheet(b, "Bestemmelser", "Bestemmelse", summary.value("by_provision", J::object()));
    split_sheet(b, "Kommuner", "Kommune", summary.value("by_municipality", J::object()));
    b.close(path);
}

}  // namespace klartjek::audit
