// Inline-expectation rule cases (tests/cases/README.md): each case file is a small letter with
// "#> EXPECT rule" markers; only the rule named by the folder runs, and anything unexpected fails.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/pipeline.hpp"
#include "rules/registry.hpp"

using namespace klartjek;
namespace fs = std::filesystem;

namespace {

struct Expectation {
    std::string rule;
    int line = 0;  // 0: anywhere
};

struct Case {
    std::string text;
    std::vector<Expectation> expected;
};

Case parse_case(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::string line;
    Case c;
    int n = 0, last_content = 0;
    while (std::getline(in, line)) {
        ++n;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.rfind("#>", 0) == 0) {
            std::istringstream ss(line.substr(2));
            std::string kind, rule;
            ss >> kind >> rule;
            if (kind == "EXPECT") c.expected.push_back({rule, last_content});
            else if (kind == "EXPECT-ANYWHERE") c.expected.push_back({rule, 0});
            else FAIL("unknown marker in " << file << ":" << n << ": " << line);
            c.text += "\n";
            continue;
        }
        if (line.rfind("#", 0) == 0) {
            c.text += "\n";
            continue;
        }
        if (line.find_first_not_of(" \t") != std::string::npos) last_content = n;
        c.text += line + "\n";
    }
    return c;
}

}  // namespace

TEST_CASE("rule cases: every case folder names a registered rule and every rule has cases") {
    fs::path dir = fs::path(KLARTJEK_SOURCE_DIR) / "tests" / "cases";
    std::set<std::string> folders;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.is_directory()) folders.insert(e.path().filename().string());
    for (const auto& f : folders) {
        CAPTURE(f);
        CHECK(rules::find(f) != nullptr);
    }
    for (const auto& r : rules::registry()) {
        CAPTURE(r.id);
        CHECK(folders.count(std::string(r.id)) == 1);
    }
}

TEST_CASE("rule cases: inline expectations") {
    fs::path dir = fs::path(KLARTJEK_SOURCE_DIR) / "tests" / "cases";
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::size_t flag_cases = 0, clean_cases = 0;
    for (const auto& file : files) {
        std::string rule = file.parent_path().filename().string();
        std::string name = rule + "/" + file.filename().string();
        SUBCASE(name.c_str()) {
            Case c = parse_case(file);
            (c.expected.empty() ? clean_cases : flag_cases)++;
            std::vector<std::string> only{rule};
            AnalyseOptions opt;
            opt.only = &only;
            Analysis a = analyse_document(extract::extract_text(c.text, name), opt);
            std::vector<Expectation> got;
            for (const auto& f : a.findings)
                if (f.rule == rule) got.push_back({f.rule, f.end > f.begin ? a.text.locate(f.begin).line : 0});
            // Match anywhere-expectations last, so located ones take their own lines first.
            std::vector<bool> used(got.size(), false);
            std::vector<std::string> problems;
            auto take = [&](const Expectation& e) {
                for (std::size_t i = 0; i < got.size(); ++i)
                    if (!used[i] && got[i].rule == e.rule && (e.line == 0 || got[i].line == e.line)) {
                        used[i] = true;
                        return true;
                    }
                return false;
            };
            for (const auto& e : c.expected)
                if (e.line != 0 && !take(e)) problems.push_back("missing " + e.rule + " at line " + std::to_string(e.line));
            for (const auto& e : c.expected)
                if (e.line == 0 && !take(e)) problems.push_back("missing " + e.rule + " anywhere");
            for (std::size_t i = 0; i < got.size(); ++i)
                if (!used[i]) problems.push_back("unexpected " + got[i].rule + " at line " + std::to_string(got[i].line));
            std::string report;
            for (const auto& p : problems) report += p + "; ";
            CAPTURE(report);
            CHECK(problems.empty());
        }
    }
    CHECK(files.size() >= 150);
}
