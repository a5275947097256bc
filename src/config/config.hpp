// A user's configuration: `.klartjek.toml`, found like `.editorconfig` (the nearest file in the
// letter's folder or its parents), or named with --config. It tunes what klartjek reports, never
// what it understands: the checklist verdict stays the same; rule levels, thresholds of the
// plain-language rules, accepted words and the municipality's own approved appeal wording change
// which findings are shown and at which level.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/types.hpp"
#include "lexicon/lexicon.hpp"

namespace re2 {
class RE2;
}

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

// `[[suppress]]`: findings of `rule` (exact id or a prefix ending in `*`) that the unit has
// looked at and accepts, with a required reason. Optionally only those whose excerpt matches the
// RE2 pattern `text`, or the one finding with `fingerprint` (shown in JSON and SARIF output).
struct Suppression {
    std::string rule;
    std::string text;         // RE2 pattern, searched in the finding's excerpt (CPR numbers masked)
    std::string fingerprint;
    std::string reason, who, date;
    Origin origin;
    std::shared_ptr<const re2::RE2> re;  // `text` compiled
    bool matches(const Finding& f, std::string_view excerpt) const;
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
    std::vector<std::string> areas;               // [profile] områder: "social" and/or "other" (legal::area_id)
    Origin areas_origin;
    std::vector<Suppression> suppress;             // [[suppress]] entries

    bool empty() const { return file.empty(); }
    // The level a finding of `rule` gets: nullopt when the rule is off; `standard` when unset.
    std::optional<Severity> level(std::string_view rule, Severity standard) const;
    // The setting that decides `rule`, or nullptr.
    const RuleSetting* setting(std::string_view rule) const;
    // A threshold of `lex`'s plain_language.txt [thresholds], overridden when configured.
    double threshold(const std::string& key, const lexicon::Lexicons& lex) const;
};

// The thresholds a configuration may change (keys of lexicons/plain_language.txt [thresholds]
// that a rule reads), in display order.
const std::vector<std::string>& tunable_thresholds();

// Parses TOML text; `name` is the file name used in messages. Thresholds are checked against
// `lex`'s defaults. Throws ConfigError.
Config parse(std::string_view toml, const std::string& name, const lexicon::Lexicons& lex);
// Reads and parses a file. Throws ConfigError (also when it cannot be read).
Config load(const std::string& path, const lexicon::Lexicons& lex);
// The nearest `.klartjek.toml` in the folder of `letter` or its parents ("-": the working
// folder); nullopt when there is none.
std::optional<std::string> discover(const std::string& letter);

// Which configuration each letter gets: the named file (--config), none (--no-config), or the
// nearest `.klartjek.toml` (each file parsed once). Throws ConfigError for a file that cannot
// be used.
class Resolver {
public:
    Resolver() = default;
    Resolver(std::string file, bool none, const lexicon::Lexicons& lex);
    // nullptr when the letter has no configuration.
    const Config* for_letter(const std::string& letter);

private:
    std::string file_;
    bool none_ = false;
    const lexicon::Lexicons* lex_ = nullptr;  // nullptr: lexicon::embedded()
    std::map<std::string, Config> cache_;
};

// Applies the configuration to one letter's findings: rules off are removed, levels changed,
// accepted words and allowed phrases dropped; when the letter holds the approved appeal wording
// verbatim (spaces and case aside), findings that say the guidance is missing or incomplete are
// dropped and one info finding says the approved wording was recognised.
// `area` is the letter's legal area (legal::area_id: "social", "other", "ukendt"); a letter of an
// area the unit does not work in (`[profile] områder`) gets one info finding saying so.
// `at_begin`/`at_end` is where the area shows (the § or word that places the letter).
void apply(const Config& cfg, const NormalizedText& text, std::vector<Finding>& findings, std::string_view area = {},
           std::uint32_t at_begin = 0, std::uint32_t at_end = 0);

// A suppression file (`--suppressions`): only `[[suppress]]` entries, checked as in
// .klartjek.toml. Throws ConfigError.
std::vector<Suppression> parse_suppressions(std::string_view toml, const std::string& name);
std::vector<Suppression> load_suppressions(const std::string& path);

// Moves the findings that a suppression matches from `findings` to `suppressed` (the first
// matching suppression gives the reason). `excerpt` is the finding's text as the patterns see it.
template <typename ExcerptFn>
void suppress(const std::vector<Suppression>& list, std::vector<Finding>& findings, std::vector<SuppressedFinding>& suppressed,
              ExcerptFn&& excerpt) {
    if (list.empty()) return;
    std::vector<Finding> kept;
    for (auto& f : findings) {
        const Suppression* hit = nullptr;
        std::string ex = excerpt(f);
        for (const auto& s : list)
            if (s.matches(f, ex)) {
                hit = &s;
                break;
            }
        if (!hit) {
            kept.push_back(std::move(f));
            continue;
        }
        suppressed.push_back({std::move(f), hit->reason, hit->origin.text(), hit->who, hit->date, false});
    }
    findings = std::move(kept);
}

// The effective configuration as TOML, each value with a comment saying where it came from.
std::string describe(const Config& cfg, const lexicon::Lexicons& lex);

}  // namespace klartjek::config
