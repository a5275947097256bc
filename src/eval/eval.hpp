// `klartjek eval LABELS.json`: accuracy of the element recognition and the rules against a
// labelled folder in the schema of shared/design.md §7.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lexicon/lexicon.hpp"

namespace klartjek::eval {

struct Counts {
    int tp = 0, fp = 0, fn = 0, tn = 0;
    double precision() const { return tp + fp ? static_cast<double>(tp) / (tp + fp) : 1.0; }
    double recall() const { return tp + fn ? static_cast<double>(tp) / (tp + fn) : 1.0; }
};

struct Disagreement {
    std::string file, what, expected, got;
};

struct Result {
    std::map<std::string, Counts> elements;  // element name → counts
    std::map<std::string, Counts> rules;     // rule (or rule group) → counts
    std::vector<Disagreement> disagreements;
    std::vector<std::pair<std::string, std::string>> failures;  // file, error
    int letters = 0;
};

// Throws std::runtime_error when the labels file cannot be read or is not in the schema.
Result evaluate(const std::string& labels_path, const lexicon::Lexicons& lex);

std::string format_text(const Result& r);
nlohmann::ordered_json format_json(const Result& r);

}  // namespace klartjek::eval
