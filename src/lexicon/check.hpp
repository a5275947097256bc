// Validates a lexicon folder before it replaces the embedded lexicons (`--lexicons DIR`,
// `klartjek lexicons check DIR`): every file is one klartjek reads, every section klartjek needs is
// there, every pattern compiles, every inline example ("PATTERN  # + must match  # - must not",
// "PATTERN | hint | must flag | must not flag") gives what it says, every threshold is a number.
// Problems carry the file and line and a Danish sentence.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <string>
#include <vector>

namespace klartjek::lexicon {

struct LexiconProblem {
    std::string file;  // file name inside the folder
    int line = 0;      // 1-based; 0 for the file as a whole
    std::string what;  // Danish
    std::string text() const;  // "file:line: what"
};

struct LexiconCheck {
    std::vector<LexiconProblem> problems;
    std::size_t files = 0, patterns = 0, examples = 0;
    bool ok() const { return problems.empty(); }
};

// Checks one lexicon file's text; `name` is its file name (e.g. "outcome.txt").
void check_file(const std::string& name, const std::string& content, LexiconCheck& into);
// Checks every `*.txt` of a folder. A folder that does not exist is one problem.
LexiconCheck check_directory(const std::string& dir);

// The embedded lexicons, name and text (generated at build time).
const std::vector<std::pair<std::string_view, std::string_view>>& embedded_files();

}  // namespace klartjek::lexicon
