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
    std::string_view source;       // the legal source
    void (*fn)(const Context&, Findings&);
};

const std::vector<RuleInfo>& registry();  // sorted by id
const RuleInfo* find(std::string_view id);
// Runs every rule (or only the named ones) and returns their findings.
std::vector<Finding> run(const Context& c, const std::vector<std::string>* only = nullptr);

}  // namespace klartjek::rules
