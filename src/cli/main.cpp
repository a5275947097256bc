// klartjek command line: parses flags, calls the library, prints. Exit codes: 0 nothing at the
// fail level, 1 findings at or above it, 2 the tool could not do its job for some input.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <fstream>
#include <iostream>

#include "core/error.hpp"
#include "core/pipeline.hpp"
#include "lexicon/lexicon.hpp"
#include "report/extract_json.hpp"

using namespace klartjek;

namespace {

struct Common {
    std::vector<std::string> files;
    std::string format = "text";
    std::string out;
    std::string fail_on = "error";
    std::string password;
    std::string lexicons;
    bool show_cpr = false;
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

int run_extract(const Common& c) {
    auto fail = parse_severity(c.fail_on);
    if (!fail) {
        std::cerr << "klartjek: --fail-on skal være error/fejl, warning/advarsel eller info\n";
        return 2;
    }
    std::ofstream file_out;
    if (!c.out.empty()) {
        file_out.open(c.out, std::ios::binary);
        if (!file_out) {
            std::cerr << "klartjek: kan ikke skrive til " << c.out << "\n";
            return 2;
        }
    }
    std::ostream& out = c.out.empty() ? std::cout : file_out;
    report::TextOptions topt{c.show_cpr};
    extract::Options eopt{c.password};
    bool failed = false, findings = false;
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    for (const auto& path : c.files) {
        try {
            Analysis a = analyse_file(path, eopt);
            for (const auto& f : a.findings) {
                if (f.severity >= *fail) findings = true;
                if (c.format == "text")
                    std::cerr << diag_location(path, f, a) << ": " << severity_name_da(f.severity) << ": " << f.message
                              << " [" << f.rule << "]\n";
            }
            if (c.format == "json") {
                if (c.files.size() == 1) out << report::dump_lines(report::extract_json(a, topt));
                else all.push_back(report::extract_json(a, topt));
            } else {
                if (c.files.size() > 1) out << "==> " << path << " <==\n";
                out << report::visible_text(a, topt) << "\n";
            }
        } catch (const InputError& e) {
            failed = true;
            print_error(path, e.what());
            if (c.format == "json") {
                nlohmann::ordered_json err{{"schema", "klartjek.extract/1"}, {"file", path}, {"error", e.what()}};
                if (c.files.size() == 1) out << report::dump_lines(err);
                else all.push_back(err);
            }
        } catch (const std::exception& e) {
            failed = true;
            print_error(path, std::string("intern fejl: ") + e.what());
        }
    }
    if (c.format == "json" && c.files.size() > 1) out << all.dump(1) << "\n";
    out.flush();
    if (failed) return 2;
    return findings ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"klartjek — tjek af afgørelsesbreve (Danish municipal decision letters)"};
    app.set_version_flag("--version", std::string("klartjek 0.1.0"));
    app.require_subcommand(1);

    Common c;
    auto* ex = app.add_subcommand("extract", "Print the normalised text of letters (text) or the full extraction (json)");
    ex->add_option("files", c.files, "PDF or text files; - reads standard input")->required();
    ex->add_option("--format", c.format, "text or json")->check(CLI::IsMember({"text", "json"}));
    ex->add_option("--out", c.out, "write to this file instead of standard output");
    ex->add_option("--fail-on", c.fail_on, "lowest severity that gives exit code 1: error, warning or info");
    ex->add_option("--password", c.password, "password for an encrypted PDF");
    ex->add_flag("--show-cpr", c.show_cpr, "print CPR numbers unmasked (they are masked by default)");
    app.add_option("--lexicons", c.lexicons, "directory whose lexicon files replace the built-in ones");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    try {
        if (!c.lexicons.empty()) lexicon::set_override_directory(c.lexicons);
        if (ex->parsed()) return run_extract(c);
    } catch (const std::exception& e) {
        std::cerr << "klartjek: " << e.what() << "\n";
        return 2;
    }
    return 2;
}
