#pragma once
#include <nlohmann/json.hpp>
#include <string>
namespace klartjek::audit {
// index.html of an audit: a self-contained page (inline CSS and SVG; no scripts, no external
// resources) rendered from summary.json. Never contains letter text.
std::string summary_html(const nlohmann::ordered_json& summary);
}
