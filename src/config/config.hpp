// A user's configuration: `.klartjek.toml`, found like `.editorconfig` (the nearest file in the
// letter's folder or its parents), or named with --config. It tunes what klartjek reports, never
// what it understands: the checklist verdict stays the same; rule levels, thresholds of the
// plain-language rules, accepted words and the municipality's own approved appeal wording change
// which findings are shown and at which level.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/types.hpp"

namespace klartjek::config {

// Where a value was set: "<file>:<line>", or empty for klartjek's own default.
struct Origin {
    std::string file;
    int line = 0;
    std::string text() const { return file.empty() ? std::string() : file + ":" + std::to_string(line); }
};

// A configuration that cannot be used: the message is Danish and starts with "<file>:<line>: ".
struct ConfigError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// `"rule-id" = "off" | "info" | "warning" | "error"` (Danish "fra", "advarsel", "fejl" too); a key
// ending in `*` is a prefix ("plain-*"). The most specific key wins: an exact id before the longest
// prefix.
struct RuleSetting {
    std::string key;               // as written
    std::optional<Severity> level;  // nullopt: off
    Origin origin;
};

struct Threshold {
    double value = 0;
    Origin origin;
};

struct Config {
    std::string file;  // the file read ("" when none)
    std::string raw;   // its text (the audit keys its cache by letter + configuration)
    std::vector<RuleSetting> rules;
    std::map<std::string, Threshold> thresholds;  // key of lexicons/plain_language.txt [thresholds]
    std::vector<std::string> accept_words;        // [words] accept: never a spelling finding
    Origin accept_origin;
    std::vector<std::string> officialese_allow;   // [officialese] allow: phrases the unit accepts
    Origin allow_origin;
    std::vector<std::string> appeal_texts;         // [profile] klagevejledning: approved wording(s)
    Origin appeal_origin;
    std::vector<std::string> municipality;        // [profile] kommune: the unit's name(s)
    Origin municipality_origin;

    bool empty() const { return file.empty(); }
    // The level a finding of `rule` gets: nullopt when the rule is off; `standard` when unset.
    std::optional<Severity> level(std::string_view rule, Severity standard) const;
    // The setting that decides `rule`, or nullptr.
    const RuleSetting* setting(std::string_view rule) const;
    // A threshold of lexicons/plain_language.txt [thresholds], overridden when configured.
    double threshold(const std::string& key) const;
};

// The thresholds a configuration may change (keys of lexicons/plain_language.txt [thresholds]
// that a rule reads), in display order.
const std::vector<std::string>& tunable_thresholds();

// Parses TOML text; `name` is the file name used in messages. Throws ConfigError.
Config parse(std::string_view toml, const std::string& name);
// Reads and parses a file. Throws ConfigError (also when it cannot be read).
Config load(const std::string& path);
// The nearest `.klartjek.toml` in the folder of `letter` or its parents ("-": the working
// folder); nullopt when there is none.
std::optional<std::string> discover(const std::string& letter);

// Which configuration each letter gets: the named file (--config), none (--no-config), or the
// nearest `.klartjek.toml` (each file parsed once). Throws ConfigError for a file that cannot
// be used.
class Resolver {
public:
    Resolver() = default;
    Resolver(std::string file, bool none);
    // nullptr when the letter has no configuration.
    const Config* for_letter(const std::string& letter);

private:
    std::string file_;
    bool none_ = false;
    std::map<std::string, Config> cache_;
};

// Applies the configuration to one letter's findings: rules off are removed, levels changed,
// accepted words and allowed phrases dropped; when the letter holds the approved appeal wording
// verbatim (spaces and case aside), findings that say the guidance is missing or incomplete are
// dropped and one info finding says the approved wording was recognised.
void apply(const Config& cfg, const NormalizedText& text, std::vector<Finding>& findings);

// The effective configuration as TOML, each value with a comment saying where it came from.
std::string describe(const Config& cfg);

}  // namespace klartjek::config
