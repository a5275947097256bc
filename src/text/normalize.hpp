// Positioned document → one normalised UTF-8 text with an offset map back to page, line and box.
//
// What normalisation does: Unicode NFC; ligatures (ﬁ, ﬂ …) unfolded; soft hyphens, zero-width
// characters and control characters removed (controls become U+FFFD so nothing can reach a
// terminal); special spaces become plain spaces; end-of-line hyphenation joined when the hyphen
// only split a word; lines joined into paragraphs, and paragraphs continued across columns and
// pages; headings and list items kept as paragraphs of their own; page furniture (running
// headers, footers, letterhead, footnotes) kept as separate paragraphs with their zone, never
// spliced into a body paragraph.
#pragma once

#include <string>
#include <string_view>

#include "core/types.hpp"
#include "lexicon/lexicon.hpp"

namespace klartjek::text {

NormalizedText normalize(const Document& doc, const lexicon::Lexicons& lex);

// Normalises one extracted string (NFC, ligatures, soft hyphens, spaces, controls).
std::string normalize_word(std::string_view s);

// The cells of a paragraph that is a table row (NormalizedText::cell_starts), each trimmed of
// spaces; one cell when the paragraph is no table row.
std::vector<std::string> table_cells(const NormalizedText& t, const Paragraph& p);

}  // namespace klartjek::text
