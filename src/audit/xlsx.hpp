// letters.xlsx of an audit (libxlsxwriter): one sheet per table — Breve (every letter), Krav, Bestemmelser,
// Kommuner — with counts, LIX and shares as numbers (shares formatted as percentages), so a
// spreadsheet can sum and sort them. Like letters.csv it holds no letter text.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "audit/store.hpp"

namespace klartjek::audit {

// Throws std::runtime_error with a Danish message when the file cannot be written.
void write_letters_xlsx(const std::string& path, const nlohmann::ordered_json& summary, const std::vector<StoredLetter>& letters);

}  // namespace klartjek::audit
