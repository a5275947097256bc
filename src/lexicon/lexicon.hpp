// Lexicons are plain UTF-8 text files in lexicons/: one entry a line, `#` starts a comment,
// `[name]` starts a section, `key = value` lines hold thresholds. The files are embedded in the
// binary at build time; a directory given at run time replaces them file by file.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace klartjek::lexicon {

class LexiconFile {
public:
    static LexiconFile parse(std::string_view name, std::string_view content);

    const std::string& name() const { return name_; }
    // Entries of a section, in file order. Throws std::runtime_error if the section is missing.
    const std::vector<std::string>& section(const std::string& section) const;
    bool has_section(const std::string& section) const { return sections_.count(section) > 0; }
    // `key = value` number from a section. Throws if missing or not a number.
    double number(const std::string& section, const std::string& key) const;

private:
    std::string name_;
    std::map<std::string, std::vector<std::string>> sections_;
};

// A lexicon line without leading and trailing spaces, tabs and carriage returns.
std::string trim(std::string_view s);

// Replaces the embedded lexicons with the files of a directory (files missing there stay embedded).
void set_override_directory(const std::string& dir);

// The named file (e.g. "abbreviations.txt"), parsed once per process and cached.
const LexiconFile& get(const std::string& file);

}  // namespace klartjek::lexicon
