// Which files a command works on: folders searched recursively, files, @lists, narrowed by
// --include/--exclude globs, with files that are recognisably not letters skipped and counted.
// Shared by `check` and `audit`, so both read a folder the same way.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace klartjek {

// --include / --exclude: globs matched against a file's path relative to the folder given on the
// command line (a file named directly or in a @list: its path as written). `*` and `?` stay within
// one folder level, `**` crosses levels (`**/` also matches no folder at all), everything else is
// literal. A glob without `/` matches the file name at any depth (as in .gitignore): `*.pdf` is
// `**/*.pdf`. With includes, a file must match one of them; a file matching an exclude is dropped.
class PathFilter {
public:
    PathFilter();
    // Throws std::runtime_error with a Danish message for an empty glob.
    PathFilter(const std::vector<std::string>& include, const std::vector<std::string>& exclude);
    ~PathFilter();
    PathFilter(PathFilter&&) noexcept;
    PathFilter& operator=(PathFilter&&) noexcept;

    bool selects(std::string_view relative_path) const;
    bool empty() const { return include_.empty() && exclude_.empty(); }

private:
    std::vector<std::unique_ptr<re2::RE2>> include_, exclude_;
};

// A glob as an RE2 pattern (anchored by the caller); exposed for the tests.
std::string glob_to_re2(std::string_view glob);

struct InputFiles {
    std::vector<std::string> files;            // sorted, each once
    long long found = 0;                       // files seen before the filters
    long long excluded = 0;                    // left out by --include/--exclude
    std::map<std::string, long long> skipped;  // recognisably not letters, by the Danish reason
    long long skipped_total() const;
};

struct CollectOptions {
    PathFilter filter;
    // Skip what is recognisably not a letter (HTML, code, images, .klartjek.toml …) also among the
    // files named directly; otherwise only files found in folders are skipped (a named file that
    // is not a letter gets its own error from the analysis).
    bool skip_named_files = false;
    // Pass a named file that does not exist on (its analysis says so, and the others go on)
    // instead of stopping with an error.
    bool keep_missing = false;
};

// Expands folders (recursively; every regular file: the content decides, never the name), files,
// `-` (standard input, kept as is) and @list.txt (one path a line, # comments). Throws
// std::runtime_error with a Danish message for a missing input or list.
InputFiles collect_inputs(const std::vector<std::string>& inputs, const CollectOptions& opt);

// The Danish sentence for inputs that gave no letter at all (an empty folder, everything excluded
// or skipped): what was found and why none of it is a letter.
std::string no_letters_message(const InputFiles& in, const std::vector<std::string>& inputs);

}  // namespace klartjek
