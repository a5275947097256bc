// klartjek command line: parses flags, calls the library, prints. Exit codes: 0 nothing at the
// fail level, 1 findings at or above it, 2 the tool could not do its job for some input.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <set>

#include "cli/danish.hpp"
#include "config/baseline.hpp"
#include "config/config.hpp"
#include "core/danish.hpp"
#include "core/error.hpp"
#include "core/inputs.hpp"
#include "klartjek_version.hpp"
#include "core/pipeline.hpp"
#include "audit/runner.hpp"
#include "eval/eval.hpp"
#include "lexicon/check.hpp"
#include "lexicon/lexicon.hpp"
#include "plain/spelling.hpp"
#include "report/check.hpp"
#include "report/extract_json.hpp"
#include "report/formats.hpp"
#include "report/show.hpp"
#include "legal/outcome_model.hpp"
#include "legal/sources.hpp"
#include "rules/registry.hpp"
#include "serve/server.hpp"
#include "text/cpr.hpp"

#include <csignal>
#include <unistd.h>
#include <pthread.h>
#include <thread>

using namespace klartjek;

namespace {

struct Common {
    std::vector<std::string> files;
    std::string format = "text";
    std::string out;
    std::string fail_on = "error";
    std::string min_level = "info";  // check: lowest level shown (--min-level, --quiet)
    std::string csv_dialect = "rfc4180";  // check --format csv: rfc4180 or excel-da
    bool quiet = false;
    std::string password;
    std::string lexicons;  // --lexicons DIR
    // The lexicons every command reads with: loaded once in main() (--lexicons, else embedded).
    const lexicon::Lexicons* lex = nullptr;
    std::vector<std::string> only;
    std::string words;
    bool page_images = true;
    bool show_cpr = false;
    std::string labels;
    double min = 0;
    std::string config;      // --config FILE
    bool no_config = false;  // --no-config
    bool use_config = false; // check: each letter's .klartjek.toml (extract and eval ignore it)
    std::string baseline;        // --baseline FILE: show only findings it does not know
    std::string write_baseline;  // --write-baseline FILE: record the current findings
    std::string suppressions;    // --suppressions FILE: [[suppress]] entries
    bool show_suppressed = false;
    std::vector<std::string> include, exclude;  // check: --include/--exclude globs
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
    if (f.end > f.begin) return loc + ":" + location_short(a, f.begin);
    if (!f.pages.empty()) return fmt::format("{}:{}", loc, f.pages.front());
    return loc;
}

// A file-system error in Danish (the library's text is English): the path and what went wrong.
std::string filesystem_error_da(const std::filesystem::filesystem_error& e) {
    std::string why;
    switch (e.code().value()) {
        case ENOENT: why = "findes ikke"; break;
        case EACCES: case EPERM: why = "ingen adgang"; break;
        case ENOSPC: why = "disken er fuld"; break;
        case EEXIST: why = "findes allerede"; break;
        case ENOTDIR: why = "en del af stien er ikke en mappe"; break;
        case EISDIR: why = "er en mappe"; break;
        case EROFS: why = "kan kun læses"; break;
        default: why = "fejl nr. " + std::to_string(e.code().value()); break;
    }
    std::string path = e.path1().string();
    return (g_show_names ? path : text::mask_file_name(path)) + ": " + why;
}

// What the reports show: CPR masking, page images, the lowest level shown.
report::TextOptions text_options(const Common& c) {
    report::TextOptions t;
    t.show_cpr = c.show_cpr;
    t.page_images = c.page_images;
    t.min_level = c.quiet ? Severity::error : parse_severity(c.min_level).value_or(Severity::info);
    t.show_suppressed = c.show_suppressed;
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
    opt.lexicons = c.lex;
    opt.extract.password = c.password;
    opt.extract.lexicons = c.lex;
    opt.rules = rules;
    if (!c.only.empty()) {
        for (const auto& id : c.only)
            if (!rules::find(id)) {
                std::cerr << "klartjek: ukendt regel: " << id << " (se 'klartjek rules')\n";
                return 2;
            }
        opt.only = &c.only;
    }
    // A missing or broken baseline or suppression file stops here, before any letter (exit 2).
    std::optional<baseline::Baseline> known;
    if (!c.baseline.empty()) opt.baseline = &known.emplace(baseline::load(c.baseline));
    std::vector<config::Suppression> suppressions;
    if (!c.suppressions.empty()) {
        suppressions = config::load_suppressions(c.suppressions);
        opt.suppressions = &suppressions;
    }
    std::vector<baseline::Entry> entries;
    bool failed = false, findings = false;
    config::Resolver configs;
    if (c.use_config) configs = config::Resolver(c.config, c.no_config, *c.lex);  // a bad --config: exit 2 here
    std::set<std::string> config_errors;  // each broken .klartjek.toml said once
    for (const auto& path : c.files) {
        try {
            if (c.use_config) opt.config = configs.for_letter(path);
            Analysis a = analyse_file(path, opt);
            for (const auto& f : a.findings)
                if (f.severity >= *fail) findings = true;
            if (!c.write_baseline.empty())
                for (auto& e : baseline::entries(a)) entries.push_back(std::move(e));
            per_file(path, a);
        } catch (const config::ConfigError& e) {
            failed = true;
            if (config_errors.insert(e.what()).second)
                std::cerr << "klartjek: " << (g_show_names ? std::string(e.what()) : text::mask_file_name(e.what())) << "\n";
            if (errors_into) errors_into->push_back({{"file", g_show_names || path == "-" ? path : text::mask_file_name(path)},
                                                     {"error", "konfigurationen kan ikke bruges"}});
            on_error(path, "konfigurationen kan ikke bruges");
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
    if (!c.write_baseline.empty()) {
        std::ofstream out(c.write_baseline, std::ios::binary);
        out << baseline::to_json(entries, baseline::now_iso()).dump(1) << "\n";
        if (!out) {
            std::cerr << "klartjek: kan ikke skrive basislinjen til " << shown(c.write_baseline) << "\n";
            return 2;
        }
        std::cerr << "klartjek: basislinjen med " << report::plural_da(entries.size(), "fund", "fund") << " er skrevet til "
                  << shown(c.write_baseline) << "\n";
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

int run_check(Common c) {
    // Folders are searched (recursively) and narrowed by --include/--exclude, as in `audit`.
    CollectOptions copt;
    copt.filter = PathFilter(c.include, c.exclude);
    copt.keep_missing = true;  // one line on stderr for it, and the other letters are checked
    InputFiles input = collect_inputs(c.files, copt);
    if (input.files.empty()) throw std::runtime_error(no_letters_message(input, c.files));
    for (const auto& [why, n] : input.skipped)
        std::cerr << fmt::format("klartjek: {} {} sprunget over: {}\n", n, n == 1 ? "fil" : "filer", why);
    c.files = std::move(input.files);
    if (c.format == "html") return run_check_html(c);
    if (c.format == "sarif" || c.format == "csv" || c.format == "jsonl") return run_check_multi(c);
    Output o;
    if (!o.open(c.out)) return std::cerr << "klartjek: kan ikke skrive til " << shown(c.out) << "\n", 2;
    report::TextOptions topt = text_options(c);
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    nlohmann::ordered_json errors = nlohmann::ordered_json::array();
    bool first = true;
    std::size_t letters = 0, unreadable = 0, known = 0, suppressed = 0;
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
            known += a.known.size();
            suppressed += a.suppressed.size();
        },
        &errors, [&](const std::string&, const std::string&) { ++unreadable; });
    // Text ends with one line over all letters.
    if (c.format == "text" && (letters || unreadable))
        *o.os << "\n" << report::summary_line_da(letters + unreadable, total, unreadable, topt.min_level, known, suppressed,
                                                      topt.show_suppressed)
               << "\n";
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
    const auto dialect = report::csv_dialect(c.csv_dialect);
    if (c.format == "csv") *o.os << report::csv_header(dialect);
    int rc = for_each_file(c, true, [&](const std::string&, const Analysis& a) {
        if (c.format == "jsonl") {
            *o.os << report::check_json(a, topt).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
            o.os->flush();
        } else if (c.format == "csv") {
            *o.os << report::csv_row(a, topt, dialect);
        } else {
            kept.push_back(std::make_unique<Analysis>(a));
        }
    }, nullptr, [&](const std::string& file, const std::string& error) {
        if (c.format == "jsonl")
            *o.os << nlohmann::ordered_json{{"schema", "klartjek.check/1"}, {"file", report::display_file(file, topt)}, {"error", error}}.dump() << "\n";
        else if (c.format == "csv")
            *o.os << report::csv_error_row(file, error, topt, dialect);
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

// A rule's source in Markdown: the guidance it names is a link to its address.
std::string source_markdown(const rules::RuleInfo& r) {
    std::string s(r.source);
    if (r.source_url.empty()) return s;
    const auto* src = legal::sources::by_url(r.source_url);
    auto at = src ? s.find(src->name) : std::string::npos;
    if (at == std::string::npos) return s + " ([kilde](" + std::string(r.source_url) + "))";
    return s.substr(0, at) + "[" + std::string(src->name) + "](" + std::string(r.source_url) + ")" + s.substr(at + src->name.size());
}

int run_rules(const Common& c) {
    if (c.format == "json") {
        auto j = nlohmann::ordered_json::array();
        for (const auto& r : rules::registry()) {
            nlohmann::ordered_json e = {{"id", r.id}, {"severity", severity_name(r.severity)}, {"description", r.description}, {"source", r.source}};
            if (!r.source_url.empty()) e["source_url"] = r.source_url;
            j.push_back(e);
        }
        std::cout << j.dump(1) << "\n";
        return 0;
    }
    if (c.format == "markdown") {
        std::cout << "| regel | niveau | hvad | kilde |\n|---|---|---|---|\n";
        for (const auto& r : rules::registry())
            std::cout << "| `" << r.id << "` | " << severity_name_da(r.severity) << " | " << r.description << " | " << source_markdown(r) << " |\n";
        return 0;
    }
    for (const auto& r : rules::registry())
        std::cout << fmt::format("{:<34} {:<9} {}  ({}{}{})\n", r.id, severity_name_da(r.severity), r.description, r.source,
                                 r.source_url.empty() ? "" : " · ", r.source_url);
    return 0;
}

int run_eval(const Common& c) {
    eval::Result r;
    try {
        r = eval::evaluate(c.labels, *c.lex);
    } catch (const std::exception& e) {
        std::cerr << "klartjek: " << e.what() << "\n";
        return 2;
    }
    if (c.format == "json") std::cout << eval::format_json(r).dump(1) << "\n";
    else std::cout << eval::format_text(r);
    if (c.min > 0)
        for (const auto& [k, v] : r.elements)
            if (v.precision() < c.min || v.recall() < c.min) {
                std::cerr << fmt::format("klartjek: {} under {} (præcision {}, recall {})\n", k, decimal_da(c.min, 2), decimal_da(v.precision(), 3),
                                         decimal_da(v.recall(), 3));
                return 1;
            }
    return r.failures.empty() ? 0 : 2;
}

// `klartjek serve`: the server runs on this thread; SIGINT/SIGTERM are blocked in every thread
// and taken by a sigwait thread, which stops the server (no work in a signal handler).
int run_serve(const serve::Options& opt) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);  // before any thread starts, so all inherit it
    std::signal(SIGPIPE, SIG_IGN);
    serve::Server server(opt);
    try {
        server.bind();
    } catch (const std::exception& e) {
        std::cerr << "klartjek: " << e.what() << "\n";
        return 2;
    }
    std::string host = opt.host.find(':') != std::string::npos ? "[" + opt.host + "]" : opt.host;
    std::cout << "klartjek serve: http://" << host << ":" << server.port() << "/  (LanguageTool-API: http://" << host << ":"
              << server.port() << "/v2; stop med Ctrl+C)" << std::endl;
    std::thread watcher([&] {
        int sig = 0;
        sigwait(&set, &sig);
        server.stop();
    });
    bool ok = server.run();
    pthread_kill(watcher.native_handle(), SIGTERM);  // ends the sigwait if run() ended on its own
    watcher.join();
    return ok ? 0 : 2;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"klartjek tjekker kommunale afgørelsesbreve: lovpligtige dele, klagevejledning og klart sprog"};
    app.name("klartjek");
    cli::danish_formatter(app);
    app.option_defaults()->group("Tilvalg");  // before the help flag, which subcommands copy
    app.set_help_flag("-h,--help", "vis denne hjælp og afslut");
    app.set_version_flag("--version", std::string("klartjek ") + KLARTJEK_VERSION, "vis versionsnummeret og afslut");
    app.require_subcommand(1);
    app.footer("Eksempler:\n"
               "  klartjek check brev.pdf\n"
               "  klartjek audit breve/ --out rapport\n"
               "Skriv 'klartjek KOMMANDO --help' for at få hjælp til en kommando.");
    Common c;
    app.add_option("--lexicons", c.lexicons, "mappe med leksikonfiler, der erstatter de indbyggede")->type_name("MAPPE");

    auto levels = [] { return CLI::IsMember({"error", "warning", "info", "fejl", "advarsel"}); };
    auto add_common = [&](CLI::App* s) {
        s->add_option("FIL", c.files, "PDF-, Word- (.docx) eller tekstfiler; - læser fra standardinput")->required()->type_name("");
        s->add_option("--out", c.out, "skriv til denne fil i stedet for standardoutput")->type_name("FIL");
        s->add_option("--fail-on", c.fail_on, "laveste niveau, der giver slutkode 1 (standard: fejl)")
            ->type_name("NIVEAU")->check(levels());
        s->add_option("--password", c.password, "adgangskode til en krypteret PDF-fil")->type_name("KODE");
        s->add_flag("--show-cpr", c.show_cpr, "vis CPR-numre og filnavne umaskeret (de skjules ellers)");
    };
    auto* ex = app.add_subcommand("extract", "Vis brevenes normaliserede tekst (text) eller hele udtrækket (json)");
    ex->group("Kommandoer");
    add_common(ex);
    ex->add_option("--format", c.format, "uddataformat")->type_name("FORMAT")->check(CLI::IsMember({"text", "json"}));
    ex->footer("Eksempler:\n  klartjek extract brev.pdf\n  klartjek extract --format json brev.docx > brev.json");

    auto* ck = app.add_subcommand("check", "Tjek brevene for de lovpligtige dele og klart sprog");
    ck->group("Kommandoer");
    add_common(ck);
    ck->add_option("--format", c.format, "uddataformat; html skriver én side pr. brev")
        ->type_name("FORMAT")->check(CLI::IsMember({"text", "json", "jsonl", "sarif", "csv", "html"}));
    bool no_page_images = false, audit_no_page_images = false;
    ck->add_flag("--no-page-images", no_page_images, "HTML: udelad sidebillederne (meget hurtigere)");
    auto csv_dialects = CLI::IsMember({"rfc4180", "excel-da"});
    ck->add_option("--csv-dialect", c.csv_dialect,
                   "CSV: rfc4180 (komma, decimalpunktum; standard) eller excel-da (semikolon, decimalkomma, UTF-8-BOM til dansk Excel)")
        ->type_name("DIALEKT")->check(csv_dialects);
    ck->add_option("--words", c.words, "fil med ekstra godkendte ord til stavekontrollen (ét pr. linje)")->type_name("FIL");
    auto add_config = [&](CLI::App* s, std::string& file, bool& none) {
        auto* cf = s->add_option("--config", file, "brug denne konfigurationsfil (ellers den nærmeste .klartjek.toml)")->type_name("FIL");
        s->add_flag("--no-config", none, "brug ingen konfigurationsfil")->excludes(cf);
    };
    add_config(ck, c.config, c.no_config);
    auto add_suppressions = [&](CLI::App* s, std::string& file) {
        s->add_option("--suppressions", file, "fil med [[suppress]]-punkter: fund, enheden har godkendt, med en begrundelse")
            ->type_name("FIL");
    };
    ck->add_option("--baseline", c.baseline, "vis kun fund, der ikke står i denne basislinje (slutkoden tæller kun nye fund)")
        ->type_name("FIL");
    ck->add_option("--write-baseline", c.write_baseline, "skriv brevenes nuværende fund som basislinje til denne fil")
        ->type_name("FIL");
    add_suppressions(ck, c.suppressions);
    ck->add_flag("--show-suppressed", c.show_suppressed, "vis de undertrykte fund med deres begrundelse");
    ck->add_option("--only", c.only, "kør kun disse regler (id'er fra 'klartjek rules')")->type_name("REGEL");
    auto* min_level = ck->add_option("--min-level", c.min_level, "vis kun fund på dette niveau og derover (slutkoden tæller alle)")
                          ->type_name("NIVEAU")->check(levels());
    ck->add_flag("--quiet,-q", c.quiet, "vis kun fejl (= --min-level fejl)")->excludes(min_level);
    ck->get_option("FIL")->description("PDF-, Word- (.docx) eller tekstfiler eller mapper (gennemsøges); - læser fra standardinput");
    auto add_globs = [&](CLI::App* s, std::vector<std::string>& include, std::vector<std::string>& exclude) {
        s->add_option("--include", include, "tag kun filer, hvis sti (i forhold til mappen) passer til MØNSTER; * ** ? (gentag for flere)")
            ->type_name("MØNSTER")->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
        s->add_option("--exclude", exclude, "udelad filer, hvis sti passer til MØNSTER; vinder over --include (gentag for flere)")
            ->type_name("MØNSTER")->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    };
    add_globs(ck, c.include, c.exclude);
    ck->footer("Eksempler:\n  klartjek check brev.pdf\n  klartjek check --quiet breve/*.pdf\n"
               "  klartjek check breve/ --include '*.docx' --exclude 'kladder/**'\n"
               "  klartjek check --format html --out rapport.html brev.pdf\n"
               "  klartjek check --write-baseline kendte.json breve/*.pdf\n"
               "  klartjek check --baseline kendte.json --suppressions godkendt.toml breve/*.pdf\n"
               "Niveauer: error/fejl, warning/advarsel, info.");

    auto* rl = app.add_subcommand("rules", "Vis reglerne: id, niveau, beskrivelse og retskilde");
    rl->group("Kommandoer");
    rl->add_option("--format", c.format, "uddataformat")->type_name("FORMAT")->check(CLI::IsMember({"text", "json", "markdown"}));
    rl->footer("Eksempel:\n  klartjek rules --format markdown");

    audit::Options aopt;
    auto* au = app.add_subcommand("audit", "Tjek mange breve i isolerede arbejdsprocesser; resultater i SQLite, oversigt i en mappe");
    au->group("Kommandoer");
    au->add_option("INDDATA", aopt.inputs, "mapper (gennemsøges), filer eller @liste.txt med én sti pr. linje")->required()->type_name("");
    au->add_option("--out", aopt.out_dir, "mappe til index.html, summary.json, letters.csv og letters/*.html")->required()->type_name("MAPPE");
    au->add_option("--jobs,-j", aopt.jobs, "antal arbejdsprocesser (standard: antal kerner)")
        ->type_name("ANTAL")->check(CLI::Range(0, 256).description("0-256"));
    au->add_option("--db", aopt.db, "SQLite-database (standard: MAPPE/audit.sqlite); del den for at sammenligne")->type_name("FIL");
    au->add_option("--timeout", aopt.timeout_seconds, "sekunder pr. brev, før arbejdsprocessen stoppes")
        ->type_name("SEKUNDER")->check(CLI::Range(1, 86400).description("1-86400"));
    au->add_option("--memory-mb", aopt.memory_mb, "grænse for hukommelse pr. arbejdsproces i MiB (0: ingen)")
        ->type_name("MIB")->check(CLI::Range(0L, 1L << 20).description("0-1048576"));
    au->add_option("--fail-on", aopt.fail_on, "laveste niveau, der giver slutkode 1 (standard: fejl)")->type_name("NIVEAU")->check(levels());
    au->add_option("--csv-dialect", aopt.csv_dialect,
                   "letters.csv: rfc4180 (komma, decimalpunktum; standard) eller excel-da (semikolon, decimalkomma, UTF-8-BOM)")
        ->type_name("DIALEKT")->check(csv_dialects);
    au->add_flag("--no-page-images", audit_no_page_images, "udelad sidebillederne i brevenes rapporter (meget hurtigere)");
    au->add_flag("--show-cpr", aopt.show_cpr, "vis CPR-numre umaskeret i brevenes rapporter");
    add_config(au, aopt.config_file, aopt.no_config);
    au->add_option("--baseline", aopt.baseline_file, "tæl kun fund, der ikke står i denne basislinje (fx sidste måneds)")
        ->type_name("FIL");
    au->add_option("--write-baseline", aopt.write_baseline, "skriv alle brevenes nuværende fund som basislinje til denne fil")
        ->type_name("FIL");
    add_suppressions(au, aopt.suppressions_file);
    add_globs(au, aopt.include, aopt.exclude);
    au->footer("Eksempler:\n  klartjek audit breve/ --out rapport --jobs 2\n"
               "  klartjek audit maj/ --out rapport-maj --baseline april.json --write-baseline maj.json\n"
               "  klartjek audit breve/ --out rapport --include '**/*.pdf' --exclude 'arkiv/**'");
    std::vector<std::string> dbs;
    std::string report_out;
    auto* rp = app.add_subcommand("report", "Én samlet oversigt fra en eller flere audit-databaser");
    rp->group("Kommandoer");
    rp->add_option("--db", dbs, "en SQLite-database fra audit (gentag for flere)")->required()->type_name("FIL");
    rp->add_option("--out", report_out, "mappe til oversigten")->required()->type_name("MAPPE");
    rp->footer("Eksempel:\n  klartjek report --db a/audit.sqlite --db b/audit.sqlite --out samlet");

    auto* ev = app.add_subcommand("eval", "Mål præcision og recall mod en etiketfil (JSON)");
    ev->group("Kommandoer");
    ev->add_option("ETIKETFIL", c.labels, "etiketfil (JSON); brevenes stier er relative til den")->required()->type_name("");
    ev->add_option("--format", c.format, "uddataformat")->type_name("FORMAT")->check(CLI::IsMember({"text", "json"}));
    ev->add_option("--min", c.min, "slutkode 1, når et elements præcision eller recall er under dette tal (0,95 eller 0.95)")
        ->type_name("TAL")
        ->transform([](std::string v) {
            std::replace(v.begin(), v.end(), ',', '.');  // Danish decimal comma
            return v;
        });
    ev->footer("Eksempel:\n  klartjek eval samples/labels.json --min 0,95");

    serve::Options sopt;
    auto* sv = app.add_subcommand("serve", "Lokal webside, JSON-API og LanguageTool-API (se README)");
    sv->group("Kommandoer");
    sv->add_option("--host", sopt.host, "adressen, der lyttes på (standard 127.0.0.1: kun denne computer)")->type_name("ADRESSE");
    sv->add_option("--port", sopt.port, "port (standard 8089; 0: en ledig port)")->type_name("PORT")->check(CLI::Range(0, 65535).description("0-65535"));
    sv->add_option("--workers", sopt.workers, "forespørgsler, der behandles samtidig (standard 2)")->type_name("ANTAL")->check(CLI::Range(1, 256).description("1-256"));
    sv->add_option("--max-bytes", sopt.max_bytes, "største forespørgsel i bytes (standard 52428800)")
        ->type_name("BYTES")
        ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 32).description("1-4294967296"));
    sv->add_option("--timeout-seconds", sopt.timeout_seconds, "tidsgrænse pr. forespørgsel i sekunder (standard 30)")
        ->type_name("SEKUNDER")
        ->check(CLI::Range(1, 3600).description("1-3600"));
    sv->add_option("--words", c.words, "en fil med ekstra godkendte ord til stavekontrollen (ét pr. linje)")->type_name("FIL");
    std::string serve_config;
    bool serve_no_config = false;
    add_config(sv, serve_config, serve_no_config);
    std::string serve_suppressions;
    add_suppressions(sv, serve_suppressions);
    sv->footer("Eksempel:\n  klartjek serve --port 8089\n  (LibreOffice: LanguageTool-server http://127.0.0.1:8089/v2)");

    std::string lexicon_dir;
    auto* lx = app.add_subcommand("lexicons", "Leksikonfiler: kontrollér en mappe, før den bruges med --lexicons");
    lx->group("Kommandoer");
    lx->require_subcommand(1);
    auto* lxc = lx->add_subcommand("check", "Kontrollér alle leksikonfiler i en mappe (mønstre, eksempler, tal, sektioner)");
    lxc->add_option("MAPPE", lexicon_dir, "mappen med leksikonfiler (*.txt)")->required()->type_name("");
    std::vector<std::string> model_files;
    auto* lxm = lx->add_subcommand("model-text", "Vis den tekst, resultatmodellen læser i hvert brev (til træning, én linje pr. brev)");
    lxm->add_option("FIL", model_files, "brevene")->required()->type_name("");
    lx->footer("Eksempel:\n  klartjek lexicons check lexicons/");
    lxc->footer("Eksempel:\n  klartjek lexicons check lexicons/");

    std::string config_letter;
    auto* cg = app.add_subcommand("config", "Vis den konfiguration, et brev får, og hvor hver værdi kommer fra");
    cg->group("Kommandoer");
    cg->add_option("FIL", config_letter, "brevet (eller mappen), hvis konfiguration skal vises (standard: denne mappe)")->type_name("");
    std::string config_file;
    bool config_none = false;
    add_config(cg, config_file, config_none);
    cg->footer("Eksempler:\n  klartjek config breve/brev.pdf\n  klartjek config --config kommune.toml\n"
               "Konfigurationsfilen .klartjek.toml findes i brevets mappe eller en mappe over den (se README).");

    // Generated from the definitions above (CMake runs them for the man page and completion).
    auto* hm = app.add_subcommand("help-man", "man-side (troff) til standardoutput");
    hm->group("");
    std::string shell;
    auto* co = app.add_subcommand("completion", "udfyldningsskript til skallen");
    co->group("");
    co->add_option("SKAL", shell, "bash")->required()->check(CLI::IsMember({"bash"}));

    // Subcommands copy the help flag before the option defaults: put it in the same group.
    for (CLI::App* s : app.get_subcommands([](CLI::App*) { return true; }))
        if (s->get_help_ptr()) s->get_help_ptr()->group("Tilvalg");

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForVersion&) {
        std::cout << "klartjek " << KLARTJEK_VERSION << "\n";
        return 0;
    } catch (const CLI::Success& e) {
        return app.exit(e);  // --help: CLI11 prints it (in Danish) to stdout
    } catch (const CLI::ParseError& e) {
        std::string sub = cli::failed_subcommand(app);
        std::string message = cli::parse_error_da(e);
        if (sub == "lexicons" && message.rfind("vælg en kommando", 0) == 0) message = "vælg en kommando: check";
        // "klartjek bogus" and "klartjek --frobnicate" end as "a subcommand is required": name
        // what was given instead.
        auto rest = app.remaining();
        if (sub.empty() && dynamic_cast<const CLI::RequiredError*>(&e) && !rest.empty())
            message = rest[0].rfind('-', 0) == 0 ? "ukendt tilvalg: " + rest[0]
                                                  : "ukendt kommando: " + rest[0] + " (vælg extract, check, rules, audit, report, eval, serve, config eller lexicons)";
        std::cerr << "klartjek: " << message << "\n"
                  << "Skriv 'klartjek " << (sub.empty() ? "" : sub + " ") << "--help' for at få hjælp.\n";
        return 2;
    }
    g_show_names = c.show_cpr || aopt.show_cpr;
    c.page_images = !no_page_images;
    aopt.page_images = !audit_no_page_images;
    try {
        if (hm->parsed()) return std::cout << cli::man_page(app, KLARTJEK_VERSION), 0;
        if (co->parsed()) return std::cout << cli::bash_completion(app), 0;
        if (lxm->parsed()) {
            // FILE <tab> TEXT, one line a letter: what tests/corpus/train-outcome-model.py trains on.
            int rc = 0;
            for (const auto& f : model_files) {
                try {
                    AnalyseOptions o;
                    o.lexicons = c.lex;
                    o.extract.lexicons = c.lex;
                    Analysis a = analyse_file(f, o);
                    std::cout << f << '\t' << legal::model_text(a.text, a.segments, a.elements.structure) << '\n';
                } catch (const std::exception& e) {
                    std::cerr << "klartjek: " << f << ": " << e.what() << "\n";
                    rc = 2;
                }
            }
            return rc;
        }
        if (lxc->parsed()) {
            std::error_code ec;
            if (!std::filesystem::is_directory(lexicon_dir, ec)) {
                std::cerr << "klartjek: " << lexicon_dir
                          << (std::filesystem::exists(lexicon_dir, ec) ? ": er ikke en mappe" : ": mappen findes ikke") << "\n";
                return 2;
            }
            auto r = lexicon::check_directory(lexicon_dir);
            for (const auto& p : r.problems) std::cout << p.text() << "\n";
            if (!r.ok()) {
                std::cout << r.problems.size() << (r.problems.size() == 1 ? " fejl" : " fejl") << " i " << lexicon_dir << "\n";
                return 2;
            }
            std::cout << r.files << (r.files == 1 ? " fil, " : " filer, ") << r.patterns << " mønstre og " << r.examples
                      << " eksempler i orden\n";
            return 0;
        }
        // The lexicons, loaded once before any letter is read and passed to every command: the
        // embedded files, or --lexicons DIR checked and loaded in their place.
        std::optional<lexicon::Lexicons> loaded;
        if (!c.lexicons.empty()) {
            std::error_code ec;
            if (!std::filesystem::is_directory(c.lexicons, ec)) {
                std::cerr << "klartjek: --lexicons: " << (g_show_names ? c.lexicons : text::mask_file_name(c.lexicons))
                          << (std::filesystem::exists(c.lexicons, ec) ? ": er ikke en mappe" : ": mappen findes ikke") << "\n";
                return 2;
            }
            // Checked once at start-up: a broken pattern is one line with its file and line, not an
            // internal error per letter.
            try {
                loaded.emplace(lexicon::Lexicons::load(c.lexicons));
            } catch (const lexicon::LexiconError& e) {
                for (const auto& p : e.problems()) std::cerr << "klartjek: --lexicons: " << p.text() << "\n";
                return 2;
            }
        }
        const lexicon::Lexicons& lexicons = loaded ? *loaded : lexicon::embedded();
        c.lex = &lexicons;
        aopt.lexicons = &lexicons;
        sopt.lexicons = &lexicons;
        if (cg->parsed()) {
            config::Resolver r(config_file, config_none, lexicons);
            // A folder names itself: its own .klartjek.toml counts.
            std::string where = config_letter.empty() ? "-" : config_letter;
            std::error_code ec;
            if (std::filesystem::is_directory(where, ec)) where = (std::filesystem::path(where) / "x").string();
            const config::Config* cfg = r.for_letter(where);
            std::cout << config::describe(cfg ? *cfg : config::Config{}, lexicons);
            return 0;
        }
        if (ex->parsed()) return run_extract(c);
        if (!c.words.empty()) plain::add_user_words(c.words, lexicons);
        c.use_config = ck->parsed();
        if (ck->parsed()) return run_check(c);
        if (rl->parsed()) return run_rules(c);
        if (ev->parsed()) return run_eval(c);
        auto to_stderr = [](const std::string& line) { std::cerr << line << "\n"; };
        if (au->parsed()) {
            // The progress line only on a terminal: "  12/300 breve · 4,1 pr. sekund · ca. 70 s tilbage · 0 fejlede",
            // ended by a newline before the first message.
            auto line_open = std::make_shared<bool>(false);
            aopt.on_message = [line_open](const std::string& line) {
                if (*line_open) std::cerr << "\n";
                *line_open = false;
                std::cerr << line << "\n";
            };
            if (isatty(STDERR_FILENO) != 0)
                aopt.on_progress = [line_open](const audit::Progress& p) {
                    std::string eta = p.letters_per_second > 0
                                          ? fmt::format("{:.0f} s", static_cast<double>(p.total - p.done) / p.letters_per_second)
                                          : "?";
                    std::cerr << fmt::format("\r  {}/{} breve · {} pr. sekund · ca. {} tilbage · {} fejlede   ", p.done, p.total,
                                             decimal_da(p.letters_per_second, 1), eta, p.failed)
                              << std::flush;
                    *line_open = true;
                };
            int rc = audit::run_audit(aopt);
            if (*line_open) std::cerr << "\n";
            return rc;
        }
        if (rp->parsed()) return audit::run_report(dbs, report_out, to_stderr);
        if (sv->parsed()) {
            config::Resolver r(serve_config, serve_no_config, lexicons);
            if (const config::Config* cfg = r.for_letter("-")) sopt.config = *cfg;
            if (!serve_suppressions.empty()) {
                if (!sopt.config) sopt.config = config::Config{};
                for (auto& s : config::load_suppressions(serve_suppressions)) sopt.config->suppress.push_back(std::move(s));
            }
            return run_serve(sopt);
        }
    } catch (const InputError& e) {
        std::cerr << "klartjek: " << (g_show_names ? std::string(e.what()) : text::mask_file_name(e.what())) << "\n";
        return 2;
    } catch (const std::filesystem::filesystem_error& e) {
        std::cerr << "klartjek: " << filesystem_error_da(e) << "\n";
        return 2;
    } catch (const std::runtime_error& e) {  // klartjek's own errors are runtime_errors in Danish
        std::cerr << "klartjek: " << (g_show_names ? std::string(e.what()) : text::mask_file_name(e.what())) << "\n";
        return 2;
    } catch (const std::bad_alloc&) {
        std::cerr << "klartjek: intern fejl: ikke nok hukommelse\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "klartjek: intern fejl: " << (g_show_names ? std::string(e.what()) : text::mask_file_name(e.what())) << "\n";
        return 2;
    }
    return 2;
}
