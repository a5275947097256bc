// klartjek command line: parses flags, calls the library, prints. Exit codes: 0 nothing at the
// fail level, 1 findings at or above it, 2 the tool could not do its job for some input.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include "core/error.hpp"
#include "core/pipeline.hpp"
#include "audit/runner.hpp"
#include "eval/eval.hpp"
#include "lexicon/lexicon.hpp"
#include "plain/spelling.hpp"
#include "report/check.hpp"
#include "report/extract_json.hpp"
#include "report/formats.hpp"
#include "report/show.hpp"
#include "rules/registry.hpp"
#include "text/cpr.hpp"

using namespace klartjek;

namespace {

struct Common {
    std::vector<std::string> files;
    std::string format = "text";
    std::string out;
    std::string fail_on = "error";
    std::string min_level = "info";  // check: lowest level shown (--min-level, --quiet)
    bool quiet = false;
    std::string password;
    std::string lexicons;
    std::vector<std::string> only;
    std::string words;
    bool page_images = true;
    bool show_cpr = false;
    std::string labels;
    double min = 0;
};

// --show-cpr also shows file names unmasked; set once after parsing.
bool g_show_names = false;

// A file name as printed: digit runs that may be CPR numbers masked (text::mask_file_name).
std::string shown(const std::string& file) {
    if (file == "-") return "<stdin>";
    return g_show_names ? file : text::mask_file_name(file);
}

void print_error(const std::string& file, const std::string& msg) {
    std::cerr << "klartjek: " << shown(file) << ": " << (g_show_names ? msg : text::mask_file_name(msg)) << "\n";
}

std::string diag_location(const std::string& file, const Finding& f, const Analysis& a) {
    std::string loc = shown(file);
    if (f.end > f.begin) {
        auto l = a.text.locate(f.begin);
        return fmt::format("{}:{}:{}", loc, l.page, l.line);
    }
    if (!f.pages.empty()) return fmt::format("{}:{}", loc, f.pages.front());
    return loc;
}

// What the reports show: CPR masking, page images, the lowest level shown.
report::TextOptions text_options(const Common& c) {
    report::TextOptions t{c.show_cpr, c.page_images};
    t.min_level = c.quiet ? Severity::error : parse_severity(c.min_level).value_or(Severity::info);
    return t;
}

// Opens --out or standard output.
struct Output {
    std::ofstream file;
    std::ostream* os = &std::cout;
    bool open(const std::string& path) {
        if (path.empty()) return true;
        file.open(path, std::ios::binary);
        os = &file;
        return static_cast<bool>(file);
    }
};

// Runs `per_file` on every input; a file that cannot be read is reported and skipped.
template <typename F, typename E = void (*)(const std::string&, const std::string&)>
int for_each_file(const Common& c, bool rules, F&& per_file, nlohmann::ordered_json* errors_into = nullptr,
                  E on_error = [](const std::string&, const std::string&) {}) {
    auto fail = parse_severity(c.fail_on);
    if (!fail) {
        std::cerr << "klartjek: --fail-on skal være error/fejl, warning/advarsel eller info\n";
        return 2;
    }
    AnalyseOptions opt;
    opt.extract.password = c.password;
    opt.rules = rules;
    if (!c.only.empty()) {
        for (const auto& id : c.only)
            if (!rules::find(id)) {
                std::cerr << "klartjek: ukendt regel: " << id << " (se 'klartjek rules')\n";
                return 2;
            }
        opt.only = &c.only;
    }
    bool failed = false, findings = false;
    for (const auto& path : c.files) {
        try {
            Analysis a = analyse_file(path, opt);
            for (const auto& f : a.findings)
                if (f.severity >= *fail) findings = true;
            per_file(path, a);
        } catch (const InputError& e) {
            failed = true;
            print_error(path, e.what());
            if (errors_into) errors_into->push_back({{"file", g_show_names || path == "-" ? path : text::mask_file_name(path)}, {"error", e.what()}});
            on_error(path, e.what());
        } catch (const std::exception& e) {
            failed = true;
            print_error(path, std::string("intern fejl: ") + e.what());
            if (errors_into) errors_into->push_back({{"file", g_show_names || path == "-" ? path : text::mask_file_name(path)},
                                    {"error", "intern fejl: " + (g_show_names ? std::string(e.what()) : text::mask_file_name(e.what()))}});
            on_error(path, "intern fejl: " + (g_show_names ? std::string(e.what()) : text::mask_file_name(e.what())));
        }
    }
    if (failed) return 2;
    return findings ? 1 : 0;
}

int run_extract(const Common& c) {
    Output o;
    if (!o.open(c.out)) return std::cerr << "klartjek: kan ikke skrive til " << shown(c.out) << "\n", 2;
    report::TextOptions topt = text_options(c);
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    nlohmann::ordered_json errors = nlohmann::ordered_json::array();
    int rc = for_each_file(
        c, false,
        [&](const std::string& path, const Analysis& a) {
            if (c.format == "json") {
                if (c.files.size() == 1) *o.os << report::dump_lines(report::extract_json(a, topt));
                else all.push_back(report::extract_json(a, topt));
                return;
            }
            for (const auto& f : a.findings)
                std::cerr << diag_location(path, f, a) << ": " << severity_name_da(f.severity) << ": " << f.message << " ["
                          << f.rule << "]\n";
            if (c.files.size() > 1) *o.os << "==> " << shown(path) << " <==\n";
            *o.os << report::visible_text(a, topt) << "\n";
        },
        &errors);
    if (c.format == "json") {
        for (auto& e : errors) e["schema"] = "klartjek.extract/1";
        if (c.files.size() == 1 && !errors.empty()) *o.os << report::dump_lines(errors[0]);
        if (c.files.size() > 1) {
            for (auto& e : errors) all.push_back(e);
            *o.os << all.dump(1) << "\n";
        }
    }
    return rc;
}

int run_check_html(const Common& c);
int run_check_multi(const Common& c);

int run_check(const Common& c) {
    if (c.format == "html") return run_check_html(c);
    if (c.format == "sarif" || c.format == "csv" || c.format == "jsonl") return run_check_multi(c);
    Output o;
    if (!o.open(c.out)) return std::cerr << "klartjek: kan ikke skrive til " << shown(c.out) << "\n", 2;
    report::TextOptions topt = text_options(c);
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    nlohmann::ordered_json errors = nlohmann::ordered_json::array();
    bool first = true;
    std::size_t letters = 0, unreadable = 0;
    report::Counts total{0, 0, 0};
    int rc = for_each_file(
        c, true,
        [&](const std::string&, const Analysis& a) {
            if (c.format == "json") {
                if (c.files.size() == 1) *o.os << report::dump_lines(report::check_json(a, topt));
                else all.push_back(report::check_json(a, topt));
                return;
            }
            if (!first) *o.os << "\n";
            first = false;
            *o.os << report::check_text(a, topt);
            ++letters;
            auto n = report::count_findings(a);
            for (int i = 0; i < 3; ++i) total[i] += n[i];
        },
        &errors, [&](const std::string&, const std::string&) { ++unreadable; });
    // Text ends with one line over all letters.
    if (c.format == "text" && (letters || unreadable))
        *o.os << "\n" << report::summary_line_da(letters + unreadable, total, unreadable, topt.min_level) << "\n";
    if (c.format == "json") {
        for (auto& e : errors) e["schema"] = "klartjek.check/1";
        if (c.files.size() == 1 && !errors.empty()) *o.os << report::dump_lines(errors[0]);
        if (c.files.size() > 1) {
            for (auto& e : errors) all.push_back(e);
            *o.os << all.dump(1) << "\n";
        }
    }
    return rc;
}

// SARIF (one log), CSV (one row per letter) and JSON Lines (one object per letter, streamed).
int run_check_multi(const Common& c) {
    Output o;
    if (!o.open(c.out)) return std::cerr << "klartjek: kan ikke skrive til " << shown(c.out) << "\n", 2;
    report::TextOptions topt = text_options(c);
    std::vector<std::unique_ptr<Analysis>> kept;  // SARIF needs every letter at the end
    if (c.format == "csv") *o.os << report::csv_header();
    int rc = for_each_file(c, true, [&](const std::string&, const Analysis& a) {
        if (c.format == "jsonl") {
            *o.os << report::check_json(a, topt).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
            o.os->flush();
        } else if (c.format == "csv") {
            *o.os << report::csv_row(a, topt);
        } else {
            kept.push_back(std::make_unique<Analysis>(a));
        }
    }, nullptr, [&](const std::string& file, const std::string& error) {
        if (c.format == "jsonl")
            *o.os << nlohmann::ordered_json{{"schema", "klartjek.check/1"}, {"file", report::display_file(file, topt)}, {"error", error}}.dump() << "\n";
        else if (c.format == "csv")
            *o.os << report::csv_error_row(file, error, topt);
    });
    if (c.format == "sarif") {
        std::vector<const Analysis*> ptrs;
        for (const auto& k : kept) ptrs.push_back(k.get());
        *o.os << report::sarif(ptrs, topt).dump(1) << "\n";
    }
    return rc;
}

// One self-contained HTML page per letter: to standard output or --out FILE for one letter,
// into --out DIR (as NAME.html) for several.
int run_check_html(const Common& c) {
    namespace fs = std::filesystem;
    report::TextOptions topt = text_options(c);
    bool to_dir = c.files.size() > 1 || (!c.out.empty() && (c.out.back() == '/' || fs::is_directory(c.out)));
    if (to_dir && c.out.empty()) {
        std::cerr << "klartjek: HTML for flere breve kræver --out MAPPE\n";
        return 2;
    }
    if (to_dir) {
        std::error_code ec;
        fs::create_directories(c.out, ec);
        if (ec) return std::cerr << "klartjek: kan ikke oprette mappen " << shown(c.out) << "\n", 2;
    }
    std::set<std::string> used;  // masked names can collide: "010190-1234.pdf", "020290-1234.pdf"
    return for_each_file(c, true, [&](const std::string& path, const Analysis& a) {
        std::string page = report::html(a, topt, path);
        if (!to_dir && c.out.empty()) {
            std::cout << page;
            return;
        }
        std::string target = c.out;
        if (to_dir) {
            std::string stem = fs::path(path == "-" ? "stdin" : path).stem().string();
            if (!c.show_cpr)
                for (char& ch : stem = text::mask_file_name(stem))
                    if (ch == '*') ch = 'x';
            std::string name = stem + ".html";
            for (int n = 2; !used.insert(name).second; ++n) name = stem + "-" + std::to_string(n) + ".html";
            target = (fs::path(c.out) / name).string();
        }
        std::ofstream f(target, std::ios::binary);
        if (!f) throw std::runtime_error("kan ikke skrive " + (c.show_cpr ? target : text::mask_file_name(target)));
        f << page;
    });
}

int run_rules(const Common& c) {
    if (c.format == "json") {
        auto j = nlohmann::ordered_json::array();
        for (const auto& r : rules::registry())
            j.push_back({{"id", r.id}, {"severity", severity_name(r.severity)}, {"description", r.description}, {"source", r.source}});
        std::cout << j.dump(1) << "\n";
        return 0;
    }
    if (c.format == "markdown") {
        std::cout << "| regel | niveau | hvad | kilde |\n|---|---|---|---|\n";
        for (const auto& r : rules::registry())
            std::cout << "| `" << r.id << "` | " << severity_name_da(r.severity) << " | " << r.description << " | " << r.source << " |\n";
        return 0;
    }
    for (const auto& r : rules::registry())
        std::cout << fmt::format("{:<34} {:<9} {}  ({})\n", r.id, severity_name_da(r.severity), r.description, r.source);
    return 0;
}

int run_eval(const Common& c) {
    eval::Result r;
    try {
        r = eval::evaluate(c.labels);
    } catch (const std::exception& e) {
        std::cerr << "klartjek: " << e.what() << "\n";
        return 2;
    }
    if (c.format == "json") std::cout << eval::format_json(r).dump(1) << "\n";
    else std::cout << eval::format_text(r);
    if (c.min > 0)
        for (const auto& [k, v] : r.elements)
            if (v.precision() < c.min || v.recall() < c.min) {
                std::cerr << fmt::format("klartjek: {} under {:.2f} (præcision {:.3f}, recall {:.3f})\n", k, c.min, v.precision(), v.recall());
                return 1;
            }
    return r.failures.empty() ? 0 : 2;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"klartjek — tjek af afgørelsesbreve (Danish municipal decision letters)"};
    app.set_version_flag("--version", std::string("klartjek 0.2.0"));
    app.require_subcommand(1);
    Common c;
    app.add_option("--lexicons", c.lexicons, "directory whose lexicon files replace the built-in ones");

    auto add_common = [&](CLI::App* s) {
        s->add_option("files", c.files, "PDF or text files; - reads standard input")->required();
        s->add_option("--out", c.out, "write to this file instead of standard output");
        s->add_option("--fail-on", c.fail_on, "lowest severity that gives exit code 1: error, warning or info");
        s->add_option("--password", c.password, "password for an encrypted PDF");
        s->add_flag("--show-cpr", c.show_cpr, "print CPR numbers unmasked (they are masked by default)");
    };
    auto* ex = app.add_subcommand("extract", "Print the normalised text of letters (text) or the full extraction (json)");
    add_common(ex);
    ex->add_option("--format", c.format, "text or json")->check(CLI::IsMember({"text", "json"}));

    auto* ck = app.add_subcommand("check", "Check letters for the legally required parts");
    add_common(ck);
    ck->add_option("--format", c.format, "text, json, jsonl, sarif, csv or html")
        ->check(CLI::IsMember({"text", "json", "jsonl", "sarif", "csv", "html"}));
    ck->add_flag("!--no-page-images", c.page_images, "HTML: leave out the page thumbnails (much faster)");
    ck->add_option("--words", c.words, "a file of extra accepted words for the spelling check (one per line)");
    ck->add_option("--only", c.only, "run only these rules (ids from 'klartjek rules')");
    auto* min_level = ck->add_option("--min-level", c.min_level, "lowest level shown: error, warning or info")
                          ->check(CLI::IsMember({"error", "warning", "info", "fejl", "advarsel"}));
    ck->add_flag("--quiet,-q", c.quiet, "show errors only (= --min-level error)")->excludes(min_level);

    auto* rl = app.add_subcommand("rules", "List the rules: id, severity, description, legal source");
    rl->add_option("--format", c.format, "text, json or markdown")->check(CLI::IsMember({"text", "json", "markdown"}));

    audit::Options aopt;
    auto* au = app.add_subcommand("audit", "Audit many letters in isolated workers; results in SQLite; summary in OUT");
    au->add_option("inputs", aopt.inputs, "folders (recursive; every file, the content decides what is a letter), files, or @list.txt")->required();
    au->add_option("--out", aopt.out_dir, "output folder: index.html, summary.json, letters.csv, letters/*.html")->required();
    au->add_option("--jobs,-j", aopt.jobs, "worker processes (default: number of cores)")->check(CLI::Range(0, 256));
    au->add_option("--db", aopt.db, "SQLite store (default OUT/audit.sqlite); share it to compare audits");
    au->add_option("--timeout", aopt.timeout_seconds, "seconds per letter before its worker is stopped")->check(CLI::Range(1, 86400));
    au->add_option("--memory-mb", aopt.memory_mb, "address-space limit per worker in MiB (0: none)")->check(CLI::Range(0L, 1L << 20));
    au->add_option("--fail-on", aopt.fail_on, "lowest severity that gives exit code 1");
    au->add_flag("!--no-page-images", aopt.page_images, "leave the page thumbnails out of the per-letter reports (much faster)");
    au->add_flag("--show-cpr", aopt.show_cpr, "show CPR numbers unmasked in the per-letter reports");
    std::vector<std::string> dbs;
    std::string report_out;
    auto* rp = app.add_subcommand("report", "One summary from one or more audit stores (merge shards)");
    rp->add_option("--db", dbs, "a SQLite store (repeat for several)")->required();
    rp->add_option("--out", report_out, "output folder")->required();

    auto* ev = app.add_subcommand("eval", "Measure precision and recall against a labels file (shared/design.md §7)");
    ev->add_option("labels", c.labels, "labels JSON file; letter paths are relative to it")->required();
    ev->add_option("--format", c.format, "text or json")->check(CLI::IsMember({"text", "json"}));
    ev->add_option("--min", c.min, "exit 1 when an element's precision or recall is below this");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    g_show_names = c.show_cpr || aopt.show_cpr;
    try {
        if (!c.lexicons.empty()) lexicon::set_override_directory(c.lexicons);
        if (ex->parsed()) return run_extract(c);
        if (!c.words.empty()) plain::add_user_words(c.words);
        if (ck->parsed()) return run_check(c);
        if (rl->parsed()) return run_rules(c);
        if (ev->parsed()) return run_eval(c);
        if (au->parsed()) return audit::run_audit(aopt);
        if (rp->parsed()) return audit::run_report(dbs, report_out);
    } catch (const std::exception& e) {
        std::cerr << "klartjek: " << (g_show_names ? std::string(e.what()) : text::mask_file_name(e.what())) << "\n";
        return 2;
    }
    return 2;
}
