#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.hpp"

namespace klartjek::rules {

struct RuleInfo {
    std::string_view id;
    Severity severity;
    std::string_view description;  // Danish, one line
    // Where the rule comes from, as a reader can look it up: the law and §, or the guidance by
    // authority and title (never a file of klartjek's); "klartjeks eget valg" where it is ours.
    std::string_view source;
    std::string_view source_url;   // the named guidance's address (legal/sources.hpp), or ""
    void (*fn)(const Context&, Findings&);
};

const std::vector<RuleInfo>& registry();  // sorted by id
const RuleInfo* find(std::string_view id);
// Runs every rule (or only the named ones) and returns their findings.
std::vector<Finding> run(const Context& c, const std::vector<std::string>* only = nullptr);

}  // namespace klartjek::rules
