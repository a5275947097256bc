// `klartjek extract --format json`: the analysed text with offsets, boxes and quality signals.
// Documented in README.md ("Extract JSON"); schema id "klartjek.extract/1".
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/pipeline.hpp"

namespace klartjek::report {

struct TextOptions {
    bool show_cpr = false;
    bool page_images = true;  // HTML: render page thumbnails (the costly part of a report)
    // Text, JSON, HTML and SARIF show only findings at this level or above (`check --min-level`);
    // counts and the exit code still come from all findings.
    Severity min_level = Severity::info;
    bool show_suppressed = false;  // text: list the suppressed findings with their reasons
    // HTML: a link back to the page the report belongs to (the audit's "../index.html"); none when empty.
    std::string back_link;
};

nlohmann::ordered_json extract_json(const Analysis& a, const TextOptions& opt);
nlohmann::ordered_json finding_json(const Finding& f, const Analysis& a);

// Pretty at the top levels, one array element per line: readable and diff-friendly.
std::string dump_lines(const nlohmann::ordered_json& j);

// The file name as stored in JSON: "-" for standard input, runs of six or more digits masked
// (text::mask_file_name) unless asked.
std::string json_file_name(const std::string& name, const TextOptions& opt);

// The normalised text as shown to users (CPR numbers masked unless asked).
std::string visible_text(const Analysis& a, const TextOptions& opt);

}  // namespace klartjek::report
