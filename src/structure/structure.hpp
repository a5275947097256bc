// Structure of a letter: sections from headings (or from content where a letter has none), the
// subject line, the letter's date and the sender municipality.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/types.hpp"
#include "lexicon/lexicon.hpp"

namespace klartjek::structure {

enum class Section { none, result, reasoning, facts, legal_basis, citizen, appeal, appendix, closing, other };
const char* section_name(Section s);

struct LetterDate {
    int year = 0, month = 0, day = 0;
    std::uint32_t begin = 0, end = 0;
    bool found() const { return year > 0; }
    std::string iso() const;
    bool before(int y, int m, int d) const;
};

struct Structure {
    std::vector<Section> para_section;  // per paragraph; none for page furniture
    std::vector<bool> appeal;           // paragraph belongs to the appeal guidance
    // A long paragraph that is mostly the decision and ends with the guidance (a dense one-page
    // letter without headings): the byte offset where its guidance starts; 0 when none. The
    // paragraph itself stays main text.
    std::vector<std::uint32_t> appeal_from;
    // Whether the text at `offset` of paragraph `para` is appeal guidance.
    bool in_appeal(std::size_t para, std::uint32_t offset) const {
        return para < appeal.size() && (appeal[para] || (appeal_from[para] && offset >= appeal_from[para]));
    }
    // Paragraph quotes statute text ("§ 112. Kommunalbestyrelsen skal …", "Stk. 2.", or any text
    // without the letter's own voice under a heading that names a law or opens an appendix).
    // Its references count as cited; it is never reasoning, guidance or the citizen's views, and
    // it gets no plain-language findings (the caseworker cannot change the law's wording).
    std::vector<bool> quoted;
    // Paragraph heads a section: a heading, or a short numbered item naming a known section
    // ("4. Resultat", "2) Begrundelse") that plain text cannot mark as a heading by its font.
    std::vector<bool> heading;
    std::optional<std::size_t> subject; // paragraph index of the subject line
    std::optional<std::size_t> salutation;  // the "Kære ..." line
    LetterDate date;
    std::string municipality;
    // Body text paragraphs (zone body, kind text or list item) outside appeal guidance,
    // appendices and the closing: where outcome, reasoning and statements are read.
    bool is_main_text(std::size_t para) const;
    const NormalizedText* text = nullptr;
};

// `seg`: the letter's sentences (ICU, text::segment); where guidance starts inside a paragraph is
// counted in them.
Structure analyse(const NormalizedText& text, const Segmentation& seg, const lexicon::Lexicons& lex);

// Parses a Danish date anywhere in `s` ("7. maj 2024", "07.05.2024", "2024-05-07").
std::optional<LetterDate> find_date(std::string_view s);

}  // namespace klartjek::structure
