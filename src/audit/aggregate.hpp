// The barometer-style summary of an audit (schema "klartjek.audit-summary/1"), computed from the
// stored letter records only — so a summary built from several stores equals one built from one.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "audit/store.hpp"
#include "report/formats.hpp"

namespace klartjek::audit {

struct SummaryInput {
    nlohmann::ordered_json audit;              // id, started, finished, inputs, stores
    std::vector<StoredLetter> letters;         // sorted by path
    std::optional<std::vector<StoredLetter>> previous;  // the previous audit's letters, if any
    nlohmann::ordered_json previous_audit;     // id, finished (or null)
};

nlohmann::ordered_json summarise(const SummaryInput& in);

// letters.csv: one row per letter of the audit (no letter text), RFC 4180 with commas unless
// `audit --csv-dialect excel-da` asks for the Danish Excel dialect.
std::string letters_csv(const std::vector<StoredLetter>& letters, report::CsvDialect d = report::CsvDialect::rfc4180);
// letters-excel.csv: the same rows for a Danish Excel (UTF-8 BOM, semicolons, decimal comma).
std::string letters_excel_csv(const std::vector<StoredLetter>& letters);
// The rows of both (the first is the header), as text.
std::vector<std::vector<std::string>> letters_rows(const std::vector<StoredLetter>& letters);

}  // namespace klartjek::audit
