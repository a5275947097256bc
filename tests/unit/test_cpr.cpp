// CPR numbers across layout: the matcher runs on the whole normalised text, so a number that a
// line, cell, column or paragraph break cuts is still found, and what cannot be decided is
// masked. Regression cases are named after the layout that broke them (issue 11).
#include <doctest/doctest.h>

#include <string>

#include "text/cpr.hpp"

using namespace klartjek;

namespace {

std::string masked(std::string s) {
    text::mask_cpr(s, lexicon::embedded());
    return s;
}

std::size_t numbers(const std::string& s) { return text::find_cpr(s, lexicon::embedded()).size(); }

}  // namespace

TEST_CASE("cpr: plain forms (domain.md §6.1)") {
    CHECK(numbers("CPR-nr.: 010190-1234") == 1);
    CHECK(numbers("Martin Friis, cpr.nr. 0903911846") == 1);
    CHECK(numbers("personnummer 030451 2318") == 1);
    CHECK(numbers("CPR 010164-2327 (1. januar, ikke modulus 11)") == 1);
    CHECK(numbers("dato 310290-1234") == 0);  // 31 February
    CHECK(numbers("290200-4000") == 1);       // 2000 is a leap year (digit 7 = 4: 2000-2036)
    CHECK(numbers("290200-1000") == 0);       // 1900 is not
    CHECK(numbers("J.nr. 150223-4411") == 0);
    CHECK(numbers("Sagsnr.: 110324-0087") == 0);
    CHECK(numbers("tlf. 010190-1234") == 0);
    CHECK(numbers("cpr.nr. 010190-1234\nsagsnr. 020290-1234") == 1);
}

TEST_CASE("cpr: wrapped after the hyphen (sidebar)") {
    // In one paragraph the line join keeps the hyphen; across a paragraph break it stays apart.
    CHECK(masked("Barn: Anna, cpr.nr. 010190-\n\n1234 og mere") == "Barn: Anna, cpr.nr. ******-\n\n**** og mere");
    CHECK(numbers("Barn: Anna, cpr.nr. 010190-\n\n1234") == 1);
    CHECK(masked("cpr.nr. 010190\n\n-1234") == "cpr.nr. ******\n\n-****");
}

TEST_CASE("cpr: wrapped near the hyphen") {
    CHECK(masked("cpr 010190-12\n34") == "cpr ******-**\n**");
    CHECK(masked("cpr 0101\n90-1234") == "cpr ****\n**-****");
    CHECK(numbers("cpr 010190-12\n34") == 1);
}

TEST_CASE("cpr: space instead of the hyphen") {
    CHECK(masked("Nummer 040490 4567 her.") == "Nummer ****** **** her.");
    CHECK(masked("Nummer 040490\xC2\xA0" "4567") == "Nummer ******\xC2\xA0****");
    CHECK(masked("040490 \xE2\x80\x93 4567") == "****** \xE2\x80\x93 ****");  // en dash
}

TEST_CASE("cpr: table cell edge") {
    CHECK(masked("| 050590- | 5678 |") == "| ******- | **** |");
    CHECK(masked("CPR-nr. | 050590-5678 |") == "CPR-nr. | ******-**** |");
    CHECK(masked("050590\t5678") == "******\t****");
}

TEST_CASE("cpr: column edge moves the serial away") {
    // The date half ends its column; the serial turns up later in reading order.
    std::string t = "Barn: cpr.nr. 060690-\n\nAfgørelse om hjælp efter § 86.\n\n7890 ligger i den anden spalte.";
    CHECK(masked(t) == "Barn: cpr.nr. ******-\n\nAfgørelse om hjælp efter § 86.\n\n**** ligger i den anden spalte.");
}

TEST_CASE("cpr: docx run split") {
    CHECK(masked("cpr 0101 90-1234") == "cpr **** **-****");
    CHECK(numbers("cpr 0101 90-1234") == 1);
}

TEST_CASE("cpr: header, footer and footnote lines") {
    CHECK(masked("Side 2 af 3 · CPR 070790-1111") == "Side 2 af 3 · CPR ******-****");
    CHECK(masked("1 Barnets cpr.nr. er 080890-2222.") == "1 Barnets cpr.nr. er ******-****.");
}

TEST_CASE("cpr: undecided fragments are masked, case numbers may be") {
    CHECK(masked("Sagsnr. 24-0303901234") == "Sagsnr. 24-**********");  // masked, not counted
    CHECK(numbers("Sagsnr. 24-0303901234") == 0);
    CHECK(masked("CPR 020290") == "CPR ******");
    // Not a date: left alone.
    CHECK(masked("Sagsnr. 24-118734\n\n17.09.2024") == "Sagsnr. 24-118734\n\n17.09.2024");
    CHECK(masked("Tlf. 12 34 56 78\n\n7400 Herning") == "Tlf. 12 34 56 78\n\n7400 Herning");
    CHECK(masked("§§ 83-84, 1. juni 2024, 3.500 kr.") == "§§ 83-84, 1. juni 2024, 3.500 kr.");
}

TEST_CASE("cpr: file names") {
    CHECK(text::mask_file_name("breve/Barn 010190_1234.pdf") == "breve/Barn ******_****.pdf");
    CHECK(text::mask_file_name("0101901234.pdf") == "**********.pdf");
    CHECK(text::mask_file_name("03-koebenhavn-ledsagelse-afslag.pdf") == "03-koebenhavn-ledsagelse-afslag.pdf");
    CHECK(text::mask_file_name("-") == "<stdin>");
}

TEST_CASE("cpr: hostile digit runs stay linear") {
    std::string t;
    for (int i = 0; i < 200000; ++i) t += "01 ";
    CHECK(text::scan_cpr(t, lexicon::embedded()).numbers.empty());
    std::string d(1 << 20, '7');
    CHECK(text::scan_cpr(d, lexicon::embedded()).mask.empty());
}
