// klartjek command line: parses flags, calls the library, prints. Exit codes: 0 nothing at the
// fail level, 1 findings at or above it, 2 the tool could not do its job for some input.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <fstream>
#include <iostream>

#include "core/error.hpp"
#include "core/pipeline.hpp"
#include "eval/eval.hpp"
#include "lexicon/lexicon.hpp"
#include "report/check.hpp"
#include "report/extract_json.hpp"
#include "rules/registry.hpp"

using namespace klartjek;

namespace {

struct Common {
    std::vector<std::string> files;
    std::string format = "text";
    std::string out;
    std::string fail_on = "error";
    std::string password;
    std::string lexicons;
    std::vector<std::string> only;
    bool show_cpr = false;
    std::string labels;
    double min = 0;
};

void print_error(const std::string& file, const std::string& msg) {
    std::cerr << "klartjek: " << (file == "-" ? "<stdin>" : file) << ": " << msg << "\n";
}

std::string diag_location(const std::string& file, const Finding& f, const Analysis& a) {
    std::string loc = file == "-" ? "<stdin>" : file;
    if (f.end > f.begin) {
        auto l = a.text.locate(f.begin);
        return fmt::format("{}:{}:{}", loc, l.page, l.line);
    }
    if (!f.pages.empty()) return fmt::format("{}:{}", loc, f.pages.front());
    return loc;
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
template <typename F>
int for_each_file(const Common& c, bool rules, F&& per_file, nlohmann::ordered_json* errors_into = nullptr) {
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
            if (errors_into) errors_into->push_back({{"file", path}, {"error", e.what()}});
        } catch (const std::exception& e) {
            failed = true;
            print_error(path, std::string("intern fejl: ") + e.what());
            if (errors_into) errors_into->push_back({{"file", path}, {"error", std::string("intern fejl: ") + e.what()}});
        }
    }
    if (failed) return 2;
    return findings ? 1 : 0;
}

int run_extract(const Common& c) {
    Output o;
    if (!o.open(c.out)) return std::cerr << "klartjek: kan ikke skrive til " << c.out << "\n", 2;
    report::TextOptions topt{c.show_cpr};
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
            if (c.files.size() > 1) *o.os << "==> " << path << " <==\n";
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

int run_check(const Common& c) {
    Output o;
    if (!o.open(c.out)) return std::cerr << "klartjek: kan ikke skrive til " << c.out << "\n", 2;
    report::TextOptions topt{c.show_cpr};
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    nlohmann::ordered_json errors = nlohmann::ordered_json::array();
    bool first = true;
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
        },
        &errors);
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
    ck->add_option("--format", c.format, "text or json")->check(CLI::IsMember({"text", "json"}));
    ck->add_option("--only", c.only, "run only these rules (ids from 'klartjek rules')");

    auto* rl = app.add_subcommand("rules", "List the rules: id, severity, description, legal source");
    rl->add_option("--format", c.format, "text, json or markdown")->check(CLI::IsMember({"text", "json", "markdown"}));

    auto* ev = app.add_subcommand("eval", "Measure precision and recall against a labels file (shared/design.md §7)");
    ev->add_option("labels", c.labels, "labels JSON file; letter paths are relative to it")->required();
    ev->add_option("--format", c.format, "text or json")->check(CLI::IsMember({"text", "json"}));
    ev->add_option("--min", c.min, "exit 1 when an element's precision or recall is below this");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    try {
        if (!c.lexicons.empty()) lexicon::set_override_directory(c.lexicons);
        if (ex->parsed()) return run_extract(c);
        if (ck->parsed()) return run_check(c);
        if (rl->parsed()) return run_rules(c);
        if (ev->parsed()) return run_eval(c);
    } catch (const std::exception& e) {
        std::cerr << "klartjek: " << e.what() << "\n";
        return 2;
    }
    return 2;
}
