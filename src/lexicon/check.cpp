#include "lexicon/check.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "lexicon/lexicon.hpp"
#include "lexicon/patterns.hpp"

namespace klartjek::lexicon {

namespace {

std::vector<std::string> split_bars(const std::string& line) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (true) {
        auto bar = line.find(" | ", pos);
        out.push_back(trim(std::string_view(line).substr(pos, bar == std::string::npos ? std::string::npos : bar - pos)));
        if (bar == std::string::npos) break;
        pos = bar + 3;
    }
    return out;
}

// A line that is meant as a pattern: it uses RE2 syntax.
bool looks_like_pattern(const std::string& s) {
    return s.find("\\b") != std::string::npos || s.find("\\p") != std::string::npos || s.find('(') != std::string::npos ||
           s.find('[') != std::string::npos || s.find('^') == 0 || s.find("\\d") != std::string::npos;
}

// The sections of a lexicon text, in order.
std::set<std::string> sections_of(std::string_view content) {
    std::set<std::string> out;
    std::istringstream in{std::string(content)};
    std::string raw;
    while (std::getline(in, raw)) {
        std::string line = trim(raw);
        if (line.size() > 2 && line.front() == '[' && line.back() == ']') out.insert(line.substr(1, line.size() - 2));
    }
    return out;
}

}  // namespace

std::string LexiconProblem::text() const { return file + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + what; }

namespace {

// RE2 explains in English; what is wrong, in Danish.
std::string re2_error_da(const RE2& re) {
    switch (re.error_code()) {
        case RE2::ErrorMissingParen: return "en parentes mangler";
        case RE2::ErrorUnexpectedParen: return "en parentes for meget";
        case RE2::ErrorMissingBracket: return "en ']' mangler";
        case RE2::ErrorBadEscape: return "ugyldig \\-sekvens";
        case RE2::ErrorTrailingBackslash: return "'\\' til sidst";
        case RE2::ErrorRepeatArgument: return "en gentagelse uden noget at gentage";
        case RE2::ErrorRepeatSize: return "ugyldigt antal gentagelser";
        case RE2::ErrorRepeatOp: return "ugyldig gentagelse";
        case RE2::ErrorBadCharRange: return "ugyldigt tegninterval";
        case RE2::ErrorBadCharClass: return "ugyldig tegnklasse";
        case RE2::ErrorBadUTF8: return "ugyldig UTF-8";
        case RE2::ErrorBadPerlOp: return "ugyldig (?…)-konstruktion (RE2 kender ikke lookahead/lookbehind)";
        case RE2::ErrorBadNamedCapture: return "ugyldigt gruppenavn";
        case RE2::ErrorPatternTooLarge: return "mønsteret er for stort";
        default: return "ugyldigt mønster";
    }
}

}  // namespace

void check_file(const std::string& name, const std::string& content, LexiconCheck& into) {
    ++into.files;
    auto problem = [&](int line, std::string what) { into.problems.push_back({name, line, std::move(what)}); };
    const std::string_view* embedded = nullptr;
    for (const auto& [n, data] : embedded_files())
        if (n == name) embedded = &data;
    if (!embedded) {
        problem(0, "ukendt leksikonfil: klartjek læser den ikke (se mappen lexicons/ for navnene)");
        return;
    }
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    auto compile = [&](int line, const std::string& pattern) -> std::unique_ptr<RE2> {
        ++into.patterns;
        auto re = std::make_unique<RE2>(unicode_boundaries(pattern), o);
        if (!re->ok()) {
            problem(line, "mønsteret kan ikke bruges (" + re2_error_da(*re) + "): " + pattern);
            return nullptr;
        }
        return re;
    };
    auto example = [&](int line, const RE2& re, const std::string& s, bool must) {
        ++into.examples;
        if (RE2::PartialMatch(s, re) != must)
            problem(line, std::string(must ? "eksemplet skal fanges, men gør det ikke: \"" : "eksemplet må ikke fanges, men gør det: \"") + s + "\"");
    };
    std::istringstream in(content);
    std::string raw, section;
    int n = 0;
    std::set<std::string> seen;
    int model_bias_rows = 0;              // outcome_model.txt
    std::set<std::string> model_settings;  // outcome_model.txt
    while (std::getline(in, raw)) {
        ++n;
        std::string line = trim(raw);
        if (line.empty() || line[0] == '#') continue;
        if (line.front() == '[') {
            if (line.back() != ']') {
                problem(n, "sektionsnavnet mangler ']': " + line);
                continue;
            }
            section = line.substr(1, line.size() - 2);
            seen.insert(section);
            continue;
        }
        if (name == "outcome_model.txt" && (section == "bias" || section == "weights")) {
            // The outcome model's weights: [bias] "w w w w w", [weights] "feature w w w w w".
            std::istringstream row(line);
            std::string feature;
            if (section == "weights") row >> feature;
            int numbers = 0;
            double v = 0;
            bool sane = true;
            while (row >> v) ++numbers, sane = sane && std::isfinite(v) && std::abs(v) <= 1000;
            if (numbers != 5 || !row.eof())
                problem(n, "skal være " + std::string(section == "weights" ? "et ord og " : "") + "fem tal (én vægt pr. resultat): " + line);
            else if (!sane)
                problem(n, "en vægt skal være et tal mellem -1000 og 1000: " + line);
            if (section == "bias") ++model_bias_rows;
            continue;
        }
        if (line.find(" | ") != std::string::npos) {  // PATTERN | hint | must flag | must not flag …
            auto f = split_bars(line);
            auto re = compile(n, f[0]);
            if (!re) continue;
            if (f.size() > 2 && !f[2].empty()) example(n, *re, f[2], true);
            if (f.size() > 3 && !f[3].empty()) example(n, *re, f[3], false);
            continue;
        }
        auto cut = line.find("  # ");
        if (cut != std::string::npos) {  // PATTERN  # + must match  # - must not match
            auto re = compile(n, trim(std::string_view(line).substr(0, cut)));
            while (re && cut != std::string::npos) {
                auto next = line.find("  # ", cut + 4);
                std::string part = line.substr(cut + 4, next == std::string::npos ? std::string::npos : next - cut - 4);
                if (part.rfind("+ ", 0) == 0) example(n, *re, trim(part.substr(2)), true);
                else if (part.rfind("- ", 0) == 0) example(n, *re, trim(part.substr(2)), false);
                cut = next;
            }
            continue;
        }
        static const RE2 setting(R"(^([a-z_]+)\s*=\s*(.*)$)");
        std::string key, value;
        if (RE2::FullMatch(line, setting, &key, &value)) {
            std::size_t used = 0;
            bool number = false;
            double x = 0;
            try {
                x = std::stod(value, &used);
                number = used == value.size();
            } catch (const std::exception&) {
            }
            if (!number) problem(n, key + " skal være et tal, ikke \"" + value + "\"");
            if (name == "outcome_model.txt" && section == "settings") {
                // The probabilities at which the model's reading stands in.
                model_settings.insert(key);
                if (number && !(x >= 0 && x <= 1)) problem(n, key + " skal være en sandsynlighed, et tal mellem 0 og 1: " + line);
            }
            continue;
        }
        if (looks_like_pattern(line)) compile(n, line);
    }
    for (const auto& s : sections_of(*embedded))
        if (!seen.count(s)) problem(n, "sektionen [" + s + "] mangler (klartjek bruger den)");
    if (name == "outcome_model.txt") {
        if (seen.count("bias") && model_bias_rows != 1) problem(0, "[bias] skal have præcis én linje med fem tal");
        for (const char* key : {"override", "override_certain", "fill"})
            if (seen.count("settings") && !model_settings.count(key))
                problem(0, std::string("[settings] mangler ") + key + " (klartjek bruger den)");
    }
}

LexiconCheck check_directory(const std::string& dir) {
    LexiconCheck out;
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        out.problems.push_back({dir, 0, fs::exists(dir, ec) ? "er ikke en mappe" : "mappen findes ikke"});
        return out;
    }
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.is_regular_file(ec) && e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    if (files.empty()) out.problems.push_back({dir, 0, "mappen indeholder ingen leksikonfiler (*.txt)"});
    for (const auto& p : files) {
        std::ifstream in(p, std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        check_file(p.filename().string(), ss.str(), out);
    }
    return out;
}

}  // namespace klartjek::lexicon
