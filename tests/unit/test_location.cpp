// Locations as editors read them (issue 13, item 5): "file:line:column:" for text and Word
// letters, line and column 1-based, the column in characters; PDFs keep "page:line".
#include <doctest/doctest.h>

#include <filesystem>

#include "core/pipeline.hpp"
#include "extract/extract.hpp"

using namespace klartjek;

namespace {

Analysis text_letter(const std::string& s) {
    AnalyseOptions opt;
    opt.rules = false;
    return analyse_document(extract::extract_text(s, "brev.txt"), opt);
}

std::uint32_t at(const Analysis& a, const std::string& needle) {
    auto p = a.text.text.find(needle);
    REQUIRE(p != std::string::npos);
    return static_cast<std::uint32_t>(p);
}

}  // namespace

TEST_CASE("text letters: line of the file and column in characters") {
    const std::string src =
        "Kære Åse\n"
        "\n"
        "\tVi har  besluttet, at du får hjælp.\n"
        "Første side slutter her.\fSide to begynder på samme linje.\n"
        "Æbler og pærer på linje fem.\n";
    Analysis a = text_letter(src);
    CHECK(location_short(a, at(a, "Åse")) == "1:6");
    CHECK(location_short(a, at(a, "Vi har")) == "3:2");          // after a tab
    CHECK(location_short(a, at(a, "besluttet")) == "3:10");      // after two spaces (a column gap)
    CHECK(location_short(a, at(a, "hjælp")) == "3:31");
    CHECK(location_short(a, at(a, "slutter")) == "4:13");        // "Første" is 6 characters, 7 bytes
    // A form feed starts page 2 but not a new line of the file.
    CHECK(location_short(a, at(a, "begynder")) == "4:34");
    CHECK(a.text.locate(at(a, "begynder")).page == 2);
    CHECK(location_short(a, at(a, "pærer")) == "5:10");
    // Into a word ("be|sluttet"): the characters before the offset count.
    CHECK(location_short(a, at(a, "sluttet")) == "3:12");
    // The Danish reading stays page and line on the page.
    CHECK(location_da(a, at(a, "begynder")) == "side 2, linje 1");
}

TEST_CASE("Word and PDF letters: paragraph and column; page and line") {
    const std::filesystem::path root = KLARTJEK_SOURCE_DIR;
    AnalyseOptions opt;
    opt.rules = false;
    Analysis d = analyse_file((root / "tests/inputs/docx/samples/09-kolding-socialpaedagogisk-stoette-afslag.docx").string(), opt);
    auto kolding = at(d, "Kolding Kommune");
    auto l = d.text.locate(kolding);
    CHECK(location_short(d, kolding) == std::to_string(l.line) + ":" + std::to_string(l.column));
    CHECK(l.column >= 1);
    // The second word of a paragraph is the first word and a space further in (in characters).
    const auto& p = d.text.paragraphs.at(3);
    auto sp = d.text.text.find(' ', p.begin);
    REQUIRE(sp < p.end);
    auto first = d.text.locate(p.begin), second = d.text.locate(static_cast<std::uint32_t>(sp + 1));
    REQUIRE(first.line == second.line);
    int chars = 0;
    for (auto i = p.begin; i <= sp; ++i) chars += (static_cast<unsigned char>(d.text.text[i]) & 0xC0) != 0x80;
    CHECK(first.column == 1);
    CHECK(second.column == first.column + chars);
    Analysis pdf = analyse_file((root / "samples/03-koebenhavn-ledsagelse-afslag.pdf").string(), opt);
    auto off = at(pdf, "Såfremt De ønsker at klage");
    auto pl = pdf.text.locate(off);
    CHECK(location_short(pdf, off) == std::to_string(pl.page) + ":" + std::to_string(pl.line));
    CHECK(location_short(pdf, off) == "1:43");
}
