// The command line in Danish: CLI11's labels, its parse errors re-worded (the flag named kept),
// and the man page and bash completion generated from the same CLI11 definitions.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace klartjek::cli {

// CLI11's own words ("Usage", "OPTIONS", "REQUIRED" …) in Danish, on the formatter that every
// subcommand shares. Call before adding subcommands.
void danish_formatter(CLI::App& app);

// One Danish line for a CLI11 parse error, naming the flag or argument it is about.
std::string parse_error_da(const CLI::ParseError& e);

// The subcommand the error belongs to ("check"), empty for the top level.
std::string failed_subcommand(const CLI::App& app);

// troff man page (section 1) and a bash completion script from the definitions in `app`.
std::string man_page(const CLI::App& app, const std::string& version);
std::string bash_completion(const CLI::App& app);

}  // namespace klartjek::cli
