// `klartjek check`: compiler-style diagnostics in Danish and the element checklist (text), or
// elements and findings (JSON, schema "klartjek.check/1").
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/pipeline.hpp"
#include "report/extract_json.hpp"

namespace klartjek::report {

std::string check_text(const Analysis& a, const TextOptions& opt);
nlohmann::ordered_json check_json(const Analysis& a, const TextOptions& opt);
nlohmann::ordered_json elements_json(const Analysis& a, const TextOptions& opt);
nlohmann::ordered_json readability_json(const plain::Readability& r);

// Normalised references of the letter as labels list them: resolved, unique, a bare paragraph
// dropped when the same paragraph is also cited with stk. or nr.
std::vector<std::string> provision_refs(const legal::StatuteScan& scan);
std::vector<std::string> outdated_refs(const legal::Elements& el);

// One line of document text for a message, CPR numbers masked, at most `max` bytes.
std::string excerpt(const Analysis& a, std::uint32_t begin, std::uint32_t end, const TextOptions& opt, std::size_t max = 160);

}  // namespace klartjek::report
