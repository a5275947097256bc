// `klartjek audit`: many letters in isolated worker processes, results in the SQLite store,
// a barometer-style summary at the end; and `klartjek report`, which merges several stores.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "lexicon/lexicon.hpp"

namespace klartjek::audit {

// How far an audit has come, after each letter.
struct Progress {
    std::size_t done = 0, total = 0, failed = 0;
    double letters_per_second = 0;
};

// Where the audit and the merge tell the user what happened: one Danish line each (no newline),
// e.g. "klartjek: 3 filer sprunget over: …". The library never prints; the CLI writes them to stderr.
using MessageSink = std::function<void(const std::string&)>;

struct Options {
    std::vector<std::string> inputs;  // folders (recursive), files, or @list.txt
    std::string out_dir;
    std::string db;                   // default: OUT/audit.sqlite
    int jobs = 0;                     // 0: number of cores
    int timeout_seconds = 30;         // per letter
    long memory_mb = 2048;            // per worker (address space)
    bool show_cpr = false;
    bool page_images = true;          // page thumbnails in the per-letter reports
    std::string fail_on = "error";
    std::string config_file;          // --config: one .klartjek.toml for every letter
    bool no_config = false;           // --no-config; else each letter's nearest .klartjek.toml
    std::string baseline_file;        // --baseline: count only findings it does not know
    std::string write_baseline;       // --write-baseline: every letter's current findings
    std::string suppressions_file;    // --suppressions: [[suppress]] entries for every letter
    std::vector<std::string> include, exclude;  // --include/--exclude globs (core/inputs.hpp)
    std::string csv_dialect = "rfc4180";        // --csv-dialect for letters.csv: rfc4180 or excel-da
    // The lexicons every letter is read with (loaded once at start-up, before the workers fork);
    // nullptr: lexicon::embedded().
    const lexicon::Lexicons* lexicons = nullptr;
    const lexicon::Lexicons& lex() const { return lexicons ? *lexicons : lexicon::embedded(); }
    MessageSink on_message;                               // nullptr: say nothing
    std::function<void(const Progress&)> on_progress;     // after each letter, and once at the end
};

// Returns the exit code: 0 nothing at the fail level, 1 findings, 2 some letter could not be
// analysed or the audit could not run, 130 interrupted (everything finished so far is saved).
// Inputs that give no letter at all (an empty folder, everything excluded or skipped) throw
// std::runtime_error with a Danish message before anything is written.
int run_audit(const Options& opt);

int run_report(const std::vector<std::string>& dbs, const std::string& out_dir, const MessageSink& on_message = {});

}  // namespace klartjek::audit
