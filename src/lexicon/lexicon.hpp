// Lexicons are plain UTF-8 text files in lexicons/: one entry a line, `#` starts a comment,
// `[name]` starts a section, `key = value` lines hold thresholds. The files are embedded in the
// binary at build time; a directory given at run time replaces them file by file.
//
// All of them together are one value, `Lexicons`: loaded and checked once (every pattern compiled,
// every inline example run, see check.hpp), then passed to the analysis by reference. What a
// consumer compiles from it (an RE2::Set, a word list) is memoised inside that value, so two
// Lexicons values in one process never share what either compiled.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <typeindex>
#include <utility>
#include <vector>

#include "lexicon/check.hpp"

namespace klartjek::lexicon {

class LexiconFile {
public:
    static LexiconFile parse(std::string_view name, std::string_view content);

    const std::string& name() const { return name_; }
    // Entries of a section, in file order. Throws std::runtime_error if the section is missing.
    const std::vector<std::string>& section(const std::string& section) const;
    // The 1-based line of each entry of `section(s)`, same order.
    const std::vector<int>& lines(const std::string& section) const;
    bool has_section(const std::string& section) const { return sections_.count(section) > 0; }
    // Every section's name, sorted.
    std::vector<std::string> section_names() const {
        std::vector<std::string> v;
        for (const auto& [name, sec] : sections_) v.push_back(name);
        return v;
    }
    // `key = value` number from a section. Throws if missing or not a number.
    double number(const std::string& section, const std::string& key) const;
    // The `key = value` entries of a section (a map section: law ids, § renumbering), in file
    // order; entries without '=' are left out.
    std::vector<std::pair<std::string, std::string>> pairs(const std::string& section) const;

private:
    struct Section {
        std::vector<std::string> entries;
        std::vector<int> lines;
    };
    const Section& find(const std::string& section) const;
    std::string name_;
    std::map<std::string, Section> sections_;
};

// A lexicon line without leading and trailing spaces, tabs and carriage returns.
std::string trim(std::string_view s);

// A lexicon folder that cannot be used: every problem with its file and line (check.hpp).
class LexiconError : public std::runtime_error {
public:
    LexiconError(std::string dir, std::vector<LexiconProblem> problems);
    const std::string& directory() const { return dir_; }
    const std::vector<LexiconProblem>& problems() const { return problems_; }

private:
    std::string dir_;
    std::vector<LexiconProblem> problems_;
};

class Lexicons {
public:
    // The embedded lexicons, with the files of `dir` in place of theirs (files `dir` lacks stay
    // embedded). `dir` is checked first, as `klartjek lexicons check` does; throws LexiconError
    // with every problem when it cannot be used (a folder that does not exist included).
    static Lexicons load(const std::optional<std::string>& dir = std::nullopt);

    Lexicons(Lexicons&&) noexcept;
    Lexicons& operator=(Lexicons&&) noexcept;
    Lexicons(const Lexicons&) = delete;
    Lexicons& operator=(const Lexicons&) = delete;
    ~Lexicons();

    // The named file (e.g. "abbreviations.txt"). Throws std::runtime_error for a name klartjek
    // does not know.
    const LexiconFile& file(std::string_view name) const;
    const LexiconFile& operator[](std::string_view name) const { return file(name); }
    // The folder the files came from; empty for the embedded lexicons alone.
    const std::string& directory() const { return dir_; }

    // What a consumer builds from these lexicons (compiled patterns, word sets), built on first
    // use by `build(*this)` and kept as long as this value lives. `key` names the consumer
    // ("structure/sections"); one key holds one type. Thread-safe; `build` may itself call
    // compiled() for another key.
    template <typename T, typename Build>
    const T& compiled(std::string_view key, Build&& build) const {
        if (const void* p = find_compiled(key, typeid(T))) return *static_cast<const T*>(p);
        auto made = std::make_shared<T>(build(*this));
        return *static_cast<const T*>(store_compiled(key, typeid(T), std::move(made)));
    }

    // The same for a type built from the lexicons alone (`T(const Lexicons&)`), built in place:
    // for what cannot be moved (a Hunspell handle behind a mutex).
    template <typename T>
    const T& compiled(std::string_view key) const {
        if (const void* p = find_compiled(key, typeid(T))) return *static_cast<const T*>(p);
        auto made = std::make_shared<const T>(*this);
        return *static_cast<const T*>(store_compiled(key, typeid(T), std::move(made)));
    }

private:
    Lexicons();
    const void* find_compiled(std::string_view key, std::type_index type) const;
    const void* store_compiled(std::string_view key, std::type_index type, std::shared_ptr<const void> value) const;

    struct Cache;
    std::string dir_;
    std::map<std::string, LexiconFile, std::less<>> files_;
    std::unique_ptr<Cache> cache_;
};

// The embedded lexicons, loaded once: the default for tests and callers that name no folder.
// `--lexicons` never changes it; it loads a Lexicons value of its own.
const Lexicons& embedded();

}  // namespace klartjek::lexicon
