// Baselines: the findings a unit already knows about, recorded once (`--write-baseline`) so that
// later runs (`--baseline`) show only what is new. A finding is recognised by a fingerprint that
// survives edits elsewhere in the letter: rule id + its excerpt (lower case, white space
// collapsed, digits kept, CPR numbers masked) + the letter's identity (its masked file name
// without folder) + an occurrence index for the same text twice — never lines or offsets.
#pragma once

#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/types.hpp"
#include "text/segment.hpp"

namespace klartjek {
struct Analysis;
}

namespace klartjek::baseline {

inline constexpr const char* kSchema = "klartjek.baseline/1";

// A baseline file that cannot be used: one Danish sentence naming the file.
struct BaselineError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Entry {
    std::string fingerprint, rule, excerpt, file;
};

struct Baseline {
    std::string file;                     // as given
    std::set<std::string> fingerprints;
    bool contains(const std::string& fp) const { return fingerprints.count(fp) > 0; }
};

// The letter's identity in a fingerprint: the file name without its folder, CPR-like digit runs
// masked ("<stdin>" for standard input). A letter moved to another folder (next month's batch)
// keeps it; the fingerprint never depends on the content outside the finding.
std::string letter_key(const std::string& document_name);

// The finding's text as fingerprints and suppression patterns see it: `mask` ranges (CPR) masked;
// `folded` also lower case with white space collapsed. Empty for a finding about the whole letter.
std::string finding_text(const std::string& text, const std::vector<text::Range>& mask, const Finding& f, bool folded);

// Sets Finding::fingerprint on every finding (the n-th finding with the same rule, text and letter
// gets occurrence index n).
void assign(std::vector<Finding>& findings, const std::string& text, const std::vector<text::Range>& mask,
            const std::string& document_name);

// Moves the findings whose fingerprint is in `b` from `findings` to `known`.
void apply(const Baseline& b, std::vector<Finding>& findings, std::vector<Finding>& known);

// Reads a baseline file. Throws BaselineError.
Baseline load(const std::string& path);

// The entries of one analysed letter: every finding shown or known (suppressed ones are not).
std::vector<Entry> entries(const Analysis& a);

// The file: {"schema", "klartjek", "created", "entries": [...]}, entries sorted by file, then
// in letter order.
nlohmann::ordered_json to_json(const std::vector<Entry>& entries, const std::string& created);

// The current UTC time, ISO 8601 (KLARTJEK_NOW overrides it for reproducible tests).
std::string now_iso();

}  // namespace klartjek::baseline
