// Lexicons as one value (src/lexicon/lexicon.hpp): loaded and checked once, passed to the
// analysis, and owning what is compiled from it. Two values in one process never share compiled
// patterns or thresholds, whichever is used first; a folder with a broken line is refused naming
// that file and line.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "core/pipeline.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/patterns.hpp"

#include <re2/re2.h>

using namespace klartjek;
namespace fs = std::filesystem;

namespace {

const char* kLetter =
    "Aarhus Kommune\n\nDato: 3. juni 2024\n\nAfgørelse om ledsagelse\n\nKære Anne\n\n"
    "Du får bevilget 15 timers ledsagelse om måneden efter servicelovens § 97, stk. 1. "
    "I tilfælde af ændringer i din situation skal du give os besked.\n\n"
    "Vi har lagt vægt på, at du ikke kan færdes alene uden for hjemmet.\n\n"
    "Du kan klage inden 4 uger efter, at du har modtaget afgørelsen. Klagen sendes til kommunen.\n\n"
    "Med venlig hilsen\nAarhus Kommune\n";

std::string embedded_text(const std::string& name) {
    for (const auto& [n, data] : lexicon::embedded_files())
        if (n == name) return std::string(data);
    FAIL("no embedded lexicon " << name);
    return {};
}

// A lexicon folder of its own, removed at the end of the test.
struct TempDir {
    fs::path path;
    explicit TempDir(const std::string& tag)
        : path(fs::temp_directory_path() / ("klartjek-lexicons-" + tag + "-" + std::to_string(getpid()))) {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    void write(const std::string& name, const std::string& text) const { std::ofstream(path / name, std::ios::binary) << text; }
};

// officialese.txt without the "i tilfælde af" entry, and long_sentence_info = 8.
void write_changed(const TempDir& d) {
    std::istringstream in(embedded_text("officialese.txt"));
    std::string line, kept;
    while (std::getline(in, line))
        if (line.find("\\bi tilfælde af\\b") == std::string::npos) kept += line + "\n";
    d.write("officialese.txt", kept);
    std::string plain = embedded_text("plain_language.txt");
    auto at = plain.find("long_sentence_info = 30");
    REQUIRE(at != std::string::npos);
    plain.replace(at, std::string("long_sentence_info = 30").size(), "long_sentence_info = 8");
    d.write("plain_language.txt", plain);
}

std::size_t count(const Analysis& a, const std::string& rule) {
    return static_cast<std::size_t>(std::count_if(a.findings.begin(), a.findings.end(), [&](const Finding& f) { return f.rule == rule; }));
}

Analysis analyse(const lexicon::Lexicons& lex) {
    AnalyseOptions opt;
    opt.lexicons = &lex;
    return analyse_document(extract::extract_text(kLetter, "brev.txt"), opt);
}

}  // namespace

TEST_CASE("two Lexicons values in one process give their own findings, in either order") {
    TempDir dir("changed");
    write_changed(dir);

    // The changed folder first, before the embedded lexicons compile anything for this text …
    const auto changed = lexicon::Lexicons::load(dir.path.string());
    CHECK(changed.directory() == dir.path.string());
    Analysis c1 = analyse(changed);
    CHECK(count(c1, "plain-officialese") == 0);
    CHECK(count(c1, "plain-sentence-long") == 4);

    // … then the embedded ones: their own patterns and thresholds, not the changed folder's.
    Analysis e1 = analyse(lexicon::embedded());
    CHECK(count(e1, "plain-officialese") == 1);
    CHECK(count(e1, "plain-sentence-long") == 0);

    // And a changed value loaded after the embedded ones have compiled everything.
    const auto again = lexicon::Lexicons::load(dir.path.string());
    Analysis c2 = analyse(again);
    CHECK(count(c2, "plain-officialese") == 0);
    CHECK(count(c2, "plain-sentence-long") == 4);
    CHECK(count(analyse(lexicon::embedded()), "plain-officialese") == 1);

    // The analysis records which lexicons it was read with.
    CHECK(c2.lexicons == &again);
    CHECK(e1.lexicons == &lexicon::embedded());
    // Without any: the embedded lexicons.
    CHECK(count(analyse_document(extract::extract_text(kLetter, "brev.txt")), "plain-officialese") == 1);
}

TEST_CASE("what a consumer compiles belongs to the Lexicons value") {
    TempDir dir("compiled");
    write_changed(dir);
    const auto a = lexicon::Lexicons::load(dir.path.string());
    const auto b = lexicon::Lexicons::load(dir.path.string());
    int built = 0;
    auto make = [&](const lexicon::Lexicons& l) {
        ++built;
        return l.file("plain_language.txt").number("thresholds", "long_sentence_info");
    };
    const double& x = a.compiled<double>("test/threshold", make);
    CHECK(x == 8);
    CHECK(&a.compiled<double>("test/threshold", make) == &x);  // built once per value
    CHECK(built == 1);
    CHECK(b.compiled<double>("test/threshold", make) == 8);  // another value builds its own
    CHECK(built == 2);
    CHECK(lexicon::embedded().compiled<double>("test/threshold", make) == 30);
    CHECK_THROWS_AS(a.compiled<int>("test/threshold", [](const lexicon::Lexicons&) { return 1; }), std::logic_error);
    // A file the folder lacks stays embedded.
    CHECK(a.file("outcome.txt").section("grant") == lexicon::embedded().file("outcome.txt").section("grant"));
    CHECK_THROWS(a.file("ukendt.txt"));
}

TEST_CASE("entries keep the line they were read from") {
    const auto& f = lexicon::embedded().file("officialese.txt");
    const auto& entries = f.section("officialese");
    const auto& lines = f.lines("officialese");
    REQUIRE(entries.size() == lines.size());
    REQUIRE(!entries.empty());
    std::istringstream in(embedded_text("officialese.txt"));
    std::vector<std::string> all;
    for (std::string l; std::getline(in, l);) all.push_back(l);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        REQUIRE(lines[i] >= 1);
        REQUIRE(static_cast<std::size_t>(lines[i]) <= all.size());
        CHECK(lexicon::trim(all[lines[i] - 1]) == entries[i]);
    }
    // A map section as key = value pairs.
    auto via = lexicon::embedded().file("barnets_lov.txt").pairs("via-bl90");
    CHECK(!via.empty());
    for (const auto& [k, v] : via) CHECK((!k.empty() && !v.empty()));
}

TEST_CASE("a folder with a broken pattern is refused with its file and line") {
    TempDir dir("broken");
    std::string outcome = embedded_text("outcome.txt");
    // Line numbers count from 1; the broken pattern goes on the line after the last one.
    int line = static_cast<int>(std::count(outcome.begin(), outcome.end(), '\n')) + (outcome.empty() || outcome.back() == '\n' ? 1 : 2);
    if (!outcome.empty() && outcome.back() != '\n') outcome += "\n";
    outcome += "\\b(vi (stopper|standser)\\b\n";
    dir.write("outcome.txt", outcome);
    try {
        (void)lexicon::Lexicons::load(dir.path.string());
        FAIL("a broken folder was loaded");
    } catch (const lexicon::LexiconError& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].file == "outcome.txt");
        CHECK(e.problems()[0].line == line);
        CHECK(e.problems()[0].text() ==
              "outcome.txt:" + std::to_string(line) + ": mønsteret kan ikke bruges (en parentes mangler): \\b(vi (stopper|standser)\\b");
        CHECK(std::string(e.what()) == e.problems()[0].text());
    }
    // A folder that does not exist is refused too.
    CHECK_THROWS_AS(lexicon::Lexicons::load((dir.path / "mangler").string()), lexicon::LexiconError);
    // The embedded lexicons are untouched by the refused folder.
    CHECK(count(analyse(lexicon::embedded()), "plain-officialese") == 1);
}

TEST_CASE("an outcome model whose settings or weights cannot be used is refused with its file and line") {
    TempDir dir("model");
    std::string model = embedded_text("outcome_model.txt");
    const auto at = model.find("fill = 0.6");
    REQUIRE(at != std::string::npos);
    model.replace(at, 10, "fill = -5");
    dir.write("outcome_model.txt", model);
    try {
        (void)lexicon::Lexicons::load(dir.path.string());
        FAIL("a broken model was loaded");
    } catch (const lexicon::LexiconError& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].file == "outcome_model.txt");
        CHECK(e.problems()[0].what.find("mellem 0 og 1") != std::string::npos);
    }
    // A weight row with four numbers, and one with a weight no model of these letters has.
    std::string rows = embedded_text("outcome_model.txt");
    rows += "ekstra_ord 0.1 0.2 0.3 0.4\nandet_ord 0.1 0.2 0.3 0.4 1e308\n";
    dir.write("outcome_model.txt", rows);
    try {
        (void)lexicon::Lexicons::load(dir.path.string());
        FAIL("a broken model was loaded");
    } catch (const lexicon::LexiconError& e) {
        CHECK(e.problems().size() == 2);
    }
    // Near miss: the embedded model as it is loads.
    dir.write("outcome_model.txt", embedded_text("outcome_model.txt"));
    CHECK_NOTHROW((void)lexicon::Lexicons::load(dir.path.string()));
}

// "\pL" is spelled as a few letter ranges wherever a pattern says it (lexicon/patterns.hpp): outside a
// class it becomes a class, inside a class its ranges; an escaped backslash before "pL" is no class.
TEST_CASE("latin_letters: \\pL becomes the Latin, Greek and Cyrillic letters, inside and outside a character class") {
    const std::string letters =
        R"(A-Za-z\x{AA}\x{B5}\x{BA}\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}\x{370}-\x{3FF}\x{400}-\x{52F}\x{1E00}-\x{1EFF})";
    CHECK(lexicon::latin_letters(R"(\pL+)") == "[" + letters + "]+");
    CHECK(lexicon::latin_letters(R"((?:^|[^\pL\d]))") == "(?:^|[^" + letters + R"(\d]))");
    CHECK(lexicon::latin_letters(R"([]\pL])") == "[]" + letters + "]");
    CHECK(lexicon::latin_letters(R"(\\pL)") == R"(\\pL)");
    CHECK(lexicon::latin_letters(R"(\p{Lu}\pN)") == R"(\p{Lu}\pN)");
    // What it means for text: Danish and other Latin letters, Greek and Cyrillic are letters (a
    // citizen's name fills a name slot), other scripts are not.
    const RE2 word(lexicon::latin_letters(R"(^\pL+$)"));
    CHECK(RE2::FullMatch("Ærø", word));
    CHECK(RE2::FullMatch("Łukasz", word));
    CHECK(RE2::FullMatch("søgte", word));
    CHECK(RE2::FullMatch("Ειρήνη", word));
    CHECK(RE2::FullMatch("Олена", word));
    CHECK(RE2::FullMatch("Nguyễn", word));
    CHECK_FALSE(RE2::FullMatch("東京", word));
    CHECK_FALSE(RE2::FullMatch("to ord", word));
}
