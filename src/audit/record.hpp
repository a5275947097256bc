// What the audit keeps about one letter: the elements, readability figures and finding counts —
// never the letter's text (domain.md §6.2).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/pipeline.hpp"

namespace klartjek::audit {

// The stored result of one analysed letter ("klartjek.audit-letter/1").
nlohmann::ordered_json letter_record(const Analysis& a, const std::string& path, const std::string& report);

// The requirements counted in the summary (the barometer's items a letter can show).
struct Requirement {
    const char* id;
    const char* label;
};
const std::vector<Requirement>& requirements();

// Whether a requirement applies to a letter record, and whether it is met.
bool applies(const nlohmann::ordered_json& rec, const std::string& requirement);
bool met(const nlohmann::ordered_json& rec, const std::string& requirement);

}  // namespace klartjek::audit
