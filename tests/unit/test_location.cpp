// Locations as editors read them (issue 13, item 5): "file:line:column:" for text and Word
// letters, line and column 1-based, the column in characters; PDFs keep "page:line".
#include <doctest/doctest.h>

#include <algorithm>
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

TEST_CASE("text pasted from a web page: <br> breaks lines, &nbsp; is a space, the columns stay the file's") {
    const std::string src =
        "Kære Thomas,<br><br>Vi har besluttet at bevilge hjælp efter servicelovens §&nbsp;97.<br>\n"
        "<strong>Hvorfor?</strong><br>Du kan ikke færdes alene &amp; har brug for ledsagelse.<br>\n"
        "Første linje<br>anden linje af samme afsnit,\n"
        "<br>og en tredje linje af samme afsnit.\n"
        "<br>\n"
        "Med venlig hilsen<br>\n";
    Analysis a = text_letter(src);
    CHECK(a.text.text.find("<br>") == std::string::npos);
    CHECK(a.text.text.find("<strong>") == std::string::npos);
    CHECK(a.text.text.find("§ 97") != std::string::npos);
    CHECK(a.text.text.find("alene & har") != std::string::npos);
    CHECK(location_short(a, at(a, "Vi har")) == "1:21");  // after "Kære Thomas,<br><br>"
    CHECK(location_short(a, at(a, "97")) == "1:82");      // "&nbsp;" counts as the six characters it is in the file
    CHECK(location_short(a, at(a, "Hvorfor")) == "2:9");
    CHECK(location_short(a, at(a, "Du kan")) == "2:30");
    // The Danish location names the file's line too: the pieces of a line share its number.
    CHECK(location_da(a, at(a, "Du kan")) == "side 1, linje 2");
    std::vector<std::string> paras;
    for (const auto& p : a.text.paragraphs) paras.push_back(a.text.text.substr(p.begin, p.end - p.begin));
    REQUIRE(paras.size() >= 4);
    // "<br><br>" is a paragraph break ...
    CHECK(paras[0] == "Kære Thomas,");
    // ... a single "<br>", inside a line or opening one, a line break within the paragraph ...
    CHECK(std::count_if(paras.begin(), paras.end(), [](const std::string& p) {
              return p.find("Første linje anden linje af samme afsnit, og en tredje linje af samme afsnit.") != std::string::npos;
          }) == 1);
    // ... and a line of only "<br>" a blank line: the closing is a paragraph of its own.
    CHECK(paras.back() == "Med venlig hilsen");
    CHECK(std::count_if(a.findings.begin(), a.findings.end(), [](const Finding& f) { return f.rule == "extract-html-leftovers"; }) == 1);
}

TEST_CASE("text with web-page markup: placeholders, addresses in <…>, '<' and unknown references stay as written") {
    Analysis a = text_letter(
        "Kære <<Borgers navn>><br>\nSkriv til <post@kommune.dk>, hvis a < b &foo; gælder. Pris: 100&nbsp;kr.&#150;ca.\n");
    CHECK(a.text.text.find("<<Borgers navn>>") != std::string::npos);
    CHECK(a.text.text.find("<post@kommune.dk>") != std::string::npos);
    CHECK(a.text.text.find("a < b &foo; gælder") != std::string::npos);
    CHECK(a.text.text.find("100 kr.–ca.") != std::string::npos);  // &#150; is Windows-1252's en dash
    // Without "<br>", "</p>" or "&nbsp;" in the file nothing is read as markup.
    Analysis b = text_letter("Kære <<Borgers navn>>\n\nDu får <b>ikke</b> hjælp, og a &amp; b gælder.\n");
    CHECK(b.text.text.find("<b>ikke</b>") != std::string::npos);
    CHECK(b.text.text.find("&amp;") != std::string::npos);
    CHECK(std::none_of(b.findings.begin(), b.findings.end(), [](const Finding& f) { return f.rule == "extract-html-leftovers"; }));
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
