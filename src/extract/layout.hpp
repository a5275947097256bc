// Geometry → reading order. Words become line fragments (split at column-sized gaps), fragments
// become blocks, blocks are ordered by a recursive XY-cut that keeps columns and sidebars apart,
// and blocks get zones (running header/footer, letterhead, footnote, body).
#pragma once

#include <string_view>
#include <vector>

#include "core/types.hpp"
#include "lexicon/lexicon.hpp"

namespace klartjek::layout {

struct Params {
    double fragment_gap_em = 1.2;
    double min_gutter = 8;
    double header_band = 0.10;
    double footer_band = 0.10;
    static Params from_lexicon(const lexicon::Lexicons& lex);
};

PPage build_page(int number, double width, double height, std::vector<PWord> words, const Params& p);

// Needs every page: running headers and footers are recognised by repetition across pages.
void assign_zones(Document& doc, const Params& p, const lexicon::Lexicons& lex);

// Plain text copied out of a PDF keeps each page's running footer and header as lines of their own,
// often in the middle of a sentence ("… Vi følger op på" / "Kalundborg Kommune · … Side 2 af 3" /
// "Sagsnr. …  Dato 20. juni 2024" / "støtten i december 2024."). A one-line block that ends in a
// page number, and the one-line case-reference or repeated lines right around it, become footer
// and header zone; a paragraph cut in two by them (no full stop before, a small letter after) is
// joined again. Pages separated by form feeds get the zones but are never joined.
void mark_text_page_breaks(Document& doc, const lexicon::Lexicons& lex);
// Plain text: contact lines of a sidebar read between a paragraph's lines go to a block of their own.
void separate_sidebar_lines(Document& doc, const lexicon::Lexicons& lex);

// A line of contact data: address with postcode, phone, e-mail, case numbers, a date.
bool is_contact_line(std::string_view line, const lexicon::Lexicons& lex);

// The dominant (character-weighted) font size of the document's words.
float body_font_size(const Document& doc);

}  // namespace klartjek::layout
