// Danish sentence segmentation on realistic letter paragraphs. The cases are data:
// tests/unit/segmentation_cases.txt (input paragraph, then the expected sentences).
#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <vector>

#include "text/segment.hpp"

using namespace klartjek;

namespace {

struct Case {
    std::string name, input;
    std::vector<std::string> expected;
};

std::vector<Case> load_cases() {
    std::ifstream in(std::string(KLARTJEK_SOURCE_DIR) + "/tests/unit/segmentation_cases.txt");
    REQUIRE(in);
    std::vector<Case> cases;
    std::string line;
    enum { none, input, expected } state = none;
    while (std::getline(in, line)) {
        if (line.rfind("=== ", 0) == 0) {
            cases.push_back({line.substr(4), "", {}});
            state = input;
            continue;
        }
        if (state == none || (line.rfind("#", 0) == 0 && state == expected)) continue;
        if (line == "---") {
            state = expected;
            continue;
        }
        if (state == input) cases.back().input = line;
        else if (!line.empty()) cases.back().expected.push_back(line);
    }
    return cases;
}

std::vector<std::string> sentences(const std::string& p) {
    std::vector<std::string> out;
    for (auto [b, e] : text::split_sentences(p, lexicon::embedded())) out.push_back(p.substr(b, e - b));
    return out;
}

}  // namespace

TEST_CASE("segmentation: Danish letter sentences from the case file") {
    auto cases = load_cases();
    CHECK(cases.size() >= 60);
    for (const auto& c : cases) {
        SUBCASE(c.name.c_str()) {
            CAPTURE(c.input);
            CHECK(sentences(c.input) == c.expected);
        }
    }
}

TEST_CASE("segmentation: a paragraph without a final stop is one sentence") {
    CHECK(sentences("Med venlig hilsen Mette K. Sørensen") == std::vector<std::string>{"Med venlig hilsen Mette K. Sørensen"});
}

TEST_CASE("segmentation: empty and blank input give no sentences") {
    CHECK(text::split_sentences("", lexicon::embedded()).empty());
    CHECK(text::split_sentences("   ", lexicon::embedded()).empty());
}

TEST_CASE("words: hyphenated compounds are one word, § is not a word, numbers are numbers") {
    std::string s = "Din hjælpemiddel-ansøgning efter § 112 blev sendt pr. e-mail den 12.09.2023.";
    auto words = text::split_words(s);
    std::vector<std::string> got;
    for (auto& w : words) got.push_back(s.substr(w.begin, w.end - w.begin));
    CHECK(got == std::vector<std::string>{"Din", "hjælpemiddel-ansøgning", "efter", "112", "blev", "sendt", "pr", "e-mail",
                                          "den", "12.09.2023"});
    CHECK(words[3].kind == WordKind::number);
    CHECK(words[1].kind == WordKind::letters);
}

TEST_CASE("words: offsets are byte offsets with a base") {
    std::string s = "Æble på øen";
    auto words = text::split_words(s, 100);
    REQUIRE(words.size() == 3);
    CHECK(words[0].begin == 100);
    CHECK(words[0].end == 105);  // "Æble": Æ is two bytes
    CHECK(words[2].begin == 100 + 10);  // "Æble" 5 + space + "på" 3 + space
}
