#include "text/normalize.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <set>

#include "extract/layout.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/patterns.hpp"
#include "legal/cue_lexicon.hpp"
#include <re2/re2.h>
#include <memory>
#include <stdexcept>
#include "text/utf8.hpp"

namespace klartjek::text {

namespace {

// The last code point of `s` before any superscript digits that end it (a footnote mark).
char32_t last_codepoint_before_notes(std::string_view s) {
    std::size_t i = s.size();
    while (i > 0) {
        char32_t c = prev_codepoint(s, i);
        if (!is_superscript_digit(c)) return c;
    }
    return 0;
}

const char32_t kSuperscriptDigits[] = {0x2070, 0x00B9, 0x00B2, 0x00B3, 0x2074, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079};

void append_folded(std::string& out, char32_t c) {
    switch (c) {
        case 0xFB00: out += "ff"; return;
        case 0xFB01: out += "fi"; return;
        case 0xFB02: out += "fl"; return;
        case 0xFB03: out += "ffi"; return;
        case 0xFB04: out += "ffl"; return;
        case 0xFB05:
        case 0xFB06: out += "st"; return;
        case 0x00AD:  // soft hyphen
        case 0x200B:
        case 0x2060:
        case 0xFEFF: return;
        case 0x2010:
        case 0x2011: out += '-'; return;
        case 0x00A0:
        case 0x2007:
        case 0x2009:
        case 0x202F:
        case '\t':
        case '\n':
        case '\r': out += ' '; return;
        default: break;
    }
    if ((c < 0x20) || (c >= 0x7F && c < 0xA0)) c = 0xFFFD;
    append_utf8(out, c);
}

struct Dehyphenation {
    std::set<std::string> keep_before, keep_after_prefix;
    std::set<std::string> ordinal_followers;
    static const Dehyphenation& get(const lexicon::Lexicons& lexicons) {
        return lexicons.compiled<Dehyphenation>("normalize/dehyphenation", [](const lexicon::Lexicons& lexicons) {
            Dehyphenation r;
            const auto& lex = lexicons.file("dehyphenation.txt");
            for (const auto& s : lex.section("keep-before")) r.keep_before.insert(s);
            for (const auto& s : lex.section("keep-after-prefix")) r.keep_after_prefix.insert(s);
            for (const auto& s : lexicons.file("abbreviations.txt").section("ordinal-followers"))
                r.ordinal_followers.insert(s);
            return r;
        });
    }
};

bool ends_with_hyphen(std::string_view raw) {
    if (raw.size() < 2) return false;
    char32_t last = last_codepoint(raw);
    return last == '-' || last == 0x00AD || last == 0x2010;
}

bool is_terminal(char32_t c) { return c == '.' || c == '!' || c == '?' || c == ':'; }

std::string strip_trailing_punct(std::string s) {
    while (!s.empty() && (s.back() == ',' || s.back() == '.' || s.back() == ';' || s.back() == ')')) s.pop_back();
    return s;
}

bool all_upper_letters(std::string_view s) {
    std::size_t i = 0, letters = 0;
    while (i < s.size()) {
        char32_t c = next_codepoint(s, i);
        if (!is_letter(c)) continue;
        if (!is_upper(c)) return false;
        ++letters;
    }
    return letters >= 2;
}

// How two lines' boundary words are joined.
enum class Join { space, none, drop_hyphen, keep_hyphen };

Join join_lines(std::string_view prev_raw, std::string_view next_norm, const lexicon::Lexicons& lex) {
    if (!ends_with_hyphen(prev_raw)) return Join::space;
    char32_t last = last_codepoint(prev_raw);
    if (last == 0x00AD) return Join::drop_hyphen;
    std::size_t i = prev_raw.size();
    prev_codepoint(prev_raw, i);  // the hyphen
    std::size_t j = i;
    char32_t before = j ? prev_codepoint(prev_raw, j) : 0;
    char32_t first = first_codepoint(next_norm);
    if (is_digit(before) && is_digit(first)) return Join::keep_hyphen;  // "2021-" + "2024"
    if (!is_letter(before) || !is_lower(first)) return Join::space;
    const auto& d = Dehyphenation::get(lex);
    std::string next_word = strip_trailing_punct(to_lower(next_norm));
    if (d.keep_before.count(next_word)) return Join::space;  // "social- og sundhedsområdet"
    // The part of the word before the hyphen (after any earlier hyphen).
    std::string_view head = prev_raw.substr(0, i);
    auto dash = head.rfind('-');
    std::string_view prefix = dash == std::string_view::npos ? head : head.substr(dash + 1);
    std::size_t k = 0, letters = 0;
    while (k < prefix.size()) {
        next_codepoint(prefix, k);
        ++letters;
    }
    if (letters == 1 || d.keep_after_prefix.count(to_lower(prefix)) || all_upper_letters(prefix))
        return Join::keep_hyphen;  // "e-mail", "CPR-nummer"
    return Join::drop_hyphen;
}

// "Kære Birthe" and "Hej Jonas" open the letter; they are not headings.
// "Begr.", "Klagevejl.:" alone on a line: a caseworker's abbreviated section heading
// (abbreviations.txt [heading-abbreviations]), whose dot is no full stop.
bool abbreviated_heading(const std::vector<const PLine*>& lines, const lexicon::Lexicons& lex) {
    if (lines.size() != 1 || lines.front()->words.size() != 1) return false;
    const auto& words = lex.compiled<std::set<std::string>>("normalize/heading-abbreviations", [](const lexicon::Lexicons& lex) {
        std::set<std::string> s;
        for (const auto& w : lex.file("abbreviations.txt").section("heading-abbreviations")) s.insert(to_lower(w));
        return s;
    });
    std::string w = to_lower(lines.front()->words.front().text);
    if (!w.empty() && w.back() == ':') w.pop_back();
    return words.count(w) > 0;
}

// Whether a line holds a full sentence followed by another ("Vi kan ikke dække udgiften.
// Begrundelsen er denne:"): a word of three letters or more ending in a full stop or an
// exclamation mark, not an abbreviation (abbreviations.txt [never-final], [ambiguous]), before a
// word with a capital. Such a line is running text, not a heading; "Bilag 1. Klagevejledning",
// "Afgørelse vedr. Hjælpemidler", "Kapitel XII. Klagevejledning" (a Roman numeral) and "Afgørelse om
// rollator. Sagsnr. 2025-1234" (a label after the stop) stay headings.
bool holds_sentence_break(const PLine& line, const lexicon::Lexicons& lex) {
    const auto& abbreviations = lex.compiled<std::set<std::string>>("normalize/sentence-abbreviations", [](const lexicon::Lexicons& lex) {
        std::set<std::string> s;
        for (const char* sec : {"never-final", "ambiguous"})
            for (const auto& w : lex.file("abbreviations.txt").section(sec)) s.insert(to_lower(w));
        return s;
    });
    for (std::size_t i = 0; i + 1 < line.words.size(); ++i) {
        std::string_view w = line.words[i].text;
        if (w.size() < 4 || (w.back() != '.' && w.back() != '!')) continue;
        std::string_view core = w.substr(0, w.size() - 1);
        std::size_t at = 0, letters = 0;
        bool only_letters = true;
        while (at < core.size()) {
            char32_t c = next_codepoint(core, at);
            if (is_letter(c)) ++letters;
            else only_letters = false;
        }
        if (!only_letters || letters < 3 || abbreviations.count(to_lower(std::string(w)))) continue;
        if (core.find_first_not_of("IVXLC") == std::string_view::npos) continue;  // "XII."
        std::string_view next = line.words[i + 1].text;
        if (!next.empty() && (next.back() == '.' || next.back() == ':')) continue;  // "Sagsnr.", "Dato:"
        if (is_upper(first_codepoint(next))) return true;
    }
    return false;
}

bool is_salutation(std::string_view first_word, const lexicon::Lexicons& lex) {
    const auto& words = lex.compiled<std::set<std::string>>("normalize/salutation", [](const lexicon::Lexicons& lex) {
        std::set<std::string> s;
        for (const auto& w : lex.file("sections.txt").section("salutation")) s.insert(w);
        return s;
    });
    return words.count(to_lower(first_word)) > 0;
}

bool is_list_start(const PLine& line, const lexicon::Lexicons& lex) {
    if (line.words.empty()) return false;
    std::string_view w = line.words[0].text;
    static const std::set<std::string_view> bullets = {"•", "▪", "◦", "·", "●", "-", "–", "*", "○", "■", "□", "➢", "►"};
    if (bullets.count(w)) return line.words.size() > 1;
    // "1)", "a)", "1.", "a." followed by text — but "1. januar" is a date, not a list.
    std::size_t n = w.size();
    if (n < 2 || n > 3) return false;
    char end = w[n - 1];
    if (end != ')' && end != '.') return false;
    std::string_view body = w.substr(0, n - 1);
    bool digits = std::all_of(body.begin(), body.end(), [](char c) { return c >= '0' && c <= '9'; });
    bool letter = body.size() == 1 && ((body[0] >= 'a' && body[0] <= 'h') || (body[0] >= 'A' && body[0] <= 'H'));
    if (!digits && !letter) return false;
    if (line.words.size() < 2) return false;
    if (end == '.') {
        std::string next = to_lower(line.words[1].text);
        if (Dehyphenation::get(lex).ordinal_followers.count(strip_trailing_punct(next)) ||
            Dehyphenation::get(lex).ordinal_followers.count(next))
            return false;
        // "a. Du …" is a list; "a. b. c." style abbreviations are not worth guessing.
    }
    return true;
}

double line_extent(const PLine& l, bool geometric) {
    if (geometric) return l.box.x1;
    double n = 0;
    for (const auto& w : l.words) n += static_cast<double>(w.text.size()) + 1;
    return n;
}

std::string line_string(const PLine& l) {
    std::string s;
    for (const auto& w : l.words) s += (s.empty() ? "" : " ") + w.text;
    return s;
}

// An address or contact block: a few short lines without sentences. Each line is its own item,
// so "Skovbrynet 7" is not read as part of a sentence with the name above it.
// A plain-text table: at least two lines with column gaps (two or more spaces or a tab), half the
// lines or more having one. Each row is then a paragraph of its own, so rows are read one by one.
// A gap after a full stop does not count (old typing puts two spaces between sentences).
bool is_table_like(const PBlock& block) {
    if (block.lines.size() < 2) return false;
    std::size_t rows = 0, any = 0;
    for (const auto& l : block.lines) {
        bool gap = false, cell_gap = false;
        for (std::size_t i = 1; i < l.words.size(); ++i) {
            if (!l.words[i].column_gap_before) continue;
            gap = true;
            char32_t prev = last_codepoint(l.words[i - 1].text);
            if (prev != '.' && prev != '!' && prev != '?' && prev != ':') cell_gap = true;
        }
        any += gap;
        rows += cell_gap;
    }
    return rows >= 2 && 2 * any >= block.lines.size();
}

bool is_address_like(const PPage& page, const PBlock& block, bool geometric, const lexicon::Lexicons& lex) {
    if (block.lines.size() < 2 || block.lines.size() > 16) return false;
    std::size_t full_stops = 0, contact = 0;
    for (const auto& l : block.lines) {
        std::string text;
        for (const auto& w : l.words) text += (text.empty() ? "" : " ") + w.text;
        if (layout::is_contact_line(text, lex)) ++contact;
        if (l.words.empty() || l.words.size() > 6) return false;
        double chars = 0;
        for (const auto& w : l.words) chars += static_cast<double>(w.text.size()) + 1;
        if (geometric ? l.box.width() > 0.45 * page.width : chars > 45) return false;
        char32_t end = last_codepoint(l.words.back().text);
        if (end == ',') return false;
        if (end == '.' || end == '!' || end == '?' || end == ':') ++full_stops;
        if (is_list_start(l, lex)) return false;
    }
    return full_stops <= 1 && contact > 0 && (block.lines.size() <= 4 || contact * 4 >= block.lines.size());
}

class Builder {
public:
    Builder(float body_size, const lexicon::Lexicons& lex) : body_size_(body_size), lex_(lex) {}

    NormalizedText out;

    void run(const Document& doc) {
        for (const auto& page : doc.pages) {
            // In plain text a blank line is the writer's own paragraph break: a paragraph continues
            // into the next block only across a page break (a form feed, or a page's footer and
            // header lines in text copied out of a PDF). On a PDF page a block can be a piece of a
            // column that a sidebar or a figure cut.
            bool page_break = &page != &doc.pages.front();
            for (const auto& block : page.blocks) {
                if (block.zone == Zone::body && block.kind) {
                    given_block(page, block);
                    page_break = false;
                } else if (block.zone == Zone::body) {
                    may_continue_ = doc.kind == SourceKind::pdf || page_break;
                    body_block(page, block, doc.kind == SourceKind::pdf);
                    page_break = false;
                } else {
                    furniture_block(page, block);
                    page_break = true;
                }
            }
        }
        close();
    }

private:
    float body_size_;
    const lexicon::Lexicons& lex_;
    bool open_ = false;
    bool table_rows_ = false;  // adding the rows of a plain-text table: record where cells start
    bool may_continue_ = true;  // the next body block may continue the open paragraph (see run())
    Paragraph cur_;
    std::string last_raw_;      // raw text of the last word appended (for de-hyphenation)
    std::vector<std::pair<const PPage*, const PBlock*>> deferred_;

    void start(Zone z, ParaKind k) {
        if (!out.text.empty()) out.text += "\n\n";
        cur_ = {static_cast<std::uint32_t>(out.text.size()), 0, z, k};
        open_ = true;
        last_raw_.clear();
    }

    void close() {
        if (open_) {
            while (!out.text.empty() && out.text.back() == ' ') out.text.pop_back();
            cur_.end = static_cast<std::uint32_t>(out.text.size());
            if (cur_.end > cur_.begin) out.paragraphs.push_back(cur_);
            else if (out.text.size() >= 2 && cur_.begin == out.text.size()) out.text.resize(out.text.size() - 2);
            open_ = false;
        }
        auto pending = std::move(deferred_);
        deferred_.clear();
        for (auto [page, block] : pending) emit_furniture(*page, *block);
    }

    void add_word(const PPage& page, const PLine& line, const PWord& w, Join join) {
        std::string norm = normalize_word(w.text);
        if (w.superscript) {
            std::string sup;
            for (char c : norm) {
                if (c >= '0' && c <= '9') append_utf8(sup, kSuperscriptDigits[c - '0']);
                else sup += c;
            }
            norm = sup;
            join = Join::none;
        }
        if (norm.empty()) return;
        if (out.text.size() > cur_.begin) {
            switch (join) {
                case Join::space: out.text += ' '; break;
                case Join::none: break;
                case Join::drop_hyphen: {
                    // Remove the hyphen that ends the text so far (ASCII '-' after normalisation,
                    // or nothing left when it was a soft hyphen).
                    if (!out.text.empty() && out.text.back() == '-') {
                        out.text.pop_back();
                        if (!out.spans.empty() && out.spans.back().end > out.text.size())
                            out.spans.back().end = static_cast<std::uint32_t>(out.text.size());
                    }
                    break;
                }
                case Join::keep_hyphen: break;
            }
        }
        Span s;
        s.begin = static_cast<std::uint32_t>(out.text.size());
        out.text += norm;
        s.end = static_cast<std::uint32_t>(out.text.size());
        s.page = page.number;
        s.line = line.number;
        s.box = w.box;
        s.source_line = line.source_line;
        s.column = w.column;
        out.spans.push_back(s);
        last_raw_ = w.text;
    }

    void add_line(const PPage& page, const PLine& line, bool first_in_paragraph) {
        for (std::size_t i = 0; i < line.words.size(); ++i) {
            const PWord& w = line.words[i];
            Join join = Join::space;
            if (i == 0) {
                join = first_in_paragraph ? Join::space : join_lines(last_raw_, normalize_word(w.text), lex_);
            } else {
                const PWord& prev = line.words[i - 1];
                double em = std::max(1.0f, std::max(prev.font_size, w.font_size));
                // Without geometry (DOCX) the source says it: no white space between the two.
                bool no_geometry = prev.box.empty() && w.box.empty();
                if (!prev.space_after && (no_geometry || w.box.x0 - prev.box.x1 < 0.15 * em)) join = Join::none;
            }
            const std::size_t spans_before = out.spans.size();
            add_word(page, line, w, join);
            if (table_rows_ && i > 0 && w.column_gap_before && out.spans.size() > spans_before)
                out.cell_starts.push_back(out.spans.back().begin);
        }
    }

    bool heading_by_font(const std::vector<const PLine*>& lines) const {
        if (body_size_ <= 0) return false;
        bool all_bold = true, all_big = true;
        for (const PLine* l : lines) {
            all_bold = all_bold && l->bold();
            all_big = all_big && l->font_size() >= body_size_ * 1.12f;
        }
        return all_bold || all_big;
    }

    static std::size_t word_count(const std::vector<const PLine*>& lines) {
        std::size_t n = 0;
        for (const PLine* l : lines) n += l->words.size();
        return n;
    }

    ParaKind classify(const std::vector<const PLine*>& lines) const {
        // "1. Afgørelse" in bold is a numbered heading, not a list item.
        if (is_list_start(*lines.front(), lex_))
            return lines.size() == 1 && heading_by_font(lines) && word_count(lines) <= 8 ? ParaKind::heading : ParaKind::list_item;
        const PLine& last = *lines.back();
        // A footnote mark after the full stop ("… og tørretumbler.¹") does not end the sentence:
        // the character before it does.
        std::string_view end_word = last.words.back().text;
        if (last.words.back().superscript && last.words.size() > 1) end_word = last.words[last.words.size() - 2].text;
        char32_t end = last_codepoint_before_notes(end_word);
        // An icon before the line's words ("[i] Sådan har vi regnet", "[☀] Hej Louise") is decoration: the
        // line starts with the word after it.
        std::size_t first_word = 0;
        while (first_word + 1 < lines.front()->words.size() && is_icon_word(lines.front()->words[first_word].text)) ++first_word;
        char32_t start = first_codepoint(lines.front()->words[first_word].text);
        std::size_t words = word_count(lines);
        bool clean_end = end != '.' && end != ',' && end != ';';
        // An emoji that ends a line of five words or more ends a sentence ("Tak for sidst til
        // opfølgningsmødet 🙂"); after a heading's few words it is decoration ("Klagevejledning 📌").
        if (lines.size() == 1 && last.words.size() > 5 && is_icon_word(last.words.back().text)) clean_end = false;
        if (abbreviated_heading(lines, lex_) && is_upper(start)) return ParaKind::heading;
        if (heading_by_font(lines) && words <= 15 && clean_end) return ParaKind::heading;
        if (lines.size() == 1 && words <= 10 && clean_end && end != '!' && (is_upper(start) || is_digit(start)) &&
            !holds_sentence_break(*lines.front(), lex_) &&
            (end != '?' || words <= 8) && !is_salutation(lines.front()->words[first_word].text, lex_) && !layout::is_contact_line(line_string(*lines.front()), lex_))
            return ParaKind::heading;
        return ParaKind::text;
    }

    // Whether the open paragraph continues in this block (a column or page break cut it).
    bool continues(const PLine& first) const {
        if (!may_continue_ || !open_ || cur_.zone != Zone::body || cur_.kind == ParaKind::heading) return false;
        if (is_list_start(first, lex_)) return false;
        std::string_view text(out.text.data() + cur_.begin, out.text.size() - cur_.begin);
        char32_t end = last_codepoint(text);
        if (is_terminal(end)) return false;
        char32_t start = first_codepoint(normalize_word(first.words.front().text));
        return is_lower(start) || ends_with_hyphen(last_raw_) || end == ',';
    }

    void body_block(const PPage& page, const PBlock& block, bool geometric) {
        // Group the block's lines into paragraphs.
        std::vector<std::vector<const PLine*>> groups;
        double right = 0;
        for (const auto& l : block.lines) right = std::max(right, line_extent(l, geometric));
        double left = geometric ? block.box.x0 : 0;
        const bool address = is_address_like(page, block, geometric, lex_);
        const bool table = !address && is_table_like(block);
        const bool per_line = address || table;
        for (std::size_t i = 0; i < block.lines.size(); ++i) {
            const PLine& l = block.lines[i];
            if (l.words.empty()) continue;
            bool fresh = groups.empty();
            if (!fresh) {
                const PLine& prev = *groups.back().back();
                char32_t prev_end = last_codepoint(prev.words.back().text);
                bool prev_short = line_extent(prev, geometric) < left + 0.8 * (right - left);
                bool font_change = geometric && (prev.bold() != l.bold() ||
                                                 std::abs(prev.font_size() - l.font_size()) > 0.12f * std::max(1.0f, l.font_size()));
                // "… efter servicelovens §" + "96. Vi har …": a number after "§" or "stk." continues the sentence.
                std::string prev_last = to_lower(prev.words.back().text);
                bool reference_wrap = prev_last == "§" || prev_last == "§§" || prev_last == "stk." || prev_last == "nr." ||
                                      prev_last == "kr." || prev_last == "jf.";
                // A short first line without a full stop above longer lines is a heading run into
                // its paragraph ("Klagevejledning" directly above the text in a plain-text letter).
                // Also a numbered one ("1. Afgørelse" above "Kommunen finder ikke grundlag …").
                // Not a numbered point wrapped mid-sentence ("1. Du får hjælp til rengøring" above "hver
                // 14. dag …"): the text below starts with a capital.
                const bool numbered_title = prev.words.size() >= 2 && is_list_start(prev, lex_) &&
                                            is_digit(first_codepoint(prev.words.front().text)) &&
                                            is_upper(first_codepoint(prev.words[1].text)) && is_upper(first_codepoint(l.words.front().text));
                bool heading_line = !geometric && groups.back().size() == 1 && i == 1 && prev.words.size() <= 8 &&
                                    !is_terminal(prev_end) && prev_end != ',' && line_extent(prev, false) < 0.6 * right &&
                                    (is_upper(first_codepoint(prev.words.front().text)) || numbered_title);
                fresh = per_line || heading_line || (is_list_start(l, lex_) && !reference_wrap) || font_change ||
                        (prev_short && is_terminal(prev_end));
            }
            if (fresh) groups.push_back({});
            groups.back().push_back(&l);
        }
        for (std::size_t g = 0; g < groups.size(); ++g) {
            const auto& lines = groups[g];
            // Lines of an address or contact block are items, not headings.
            ParaKind kind = per_line ? ParaKind::text : classify(lines);
            bool cont = g == 0 && kind != ParaKind::heading && continues(*lines.front());
            if (!cont) {
                close();
                start(Zone::body, kind);
            }
            table_rows_ = table;
            for (std::size_t i = 0; i < lines.size(); ++i) add_line(page, *lines[i], i == 0 && !cont);
            table_rows_ = false;
            if (kind == ParaKind::heading) close();
        }
    }

    // A block whose source said what it is (a DOCX paragraph): one paragraph of that kind, its
    // lines (soft line breaks) joined, except an address block, whose lines are items as in a PDF.
    void given_block(const PPage& page, const PBlock& block) {
        close();
        bool per_line = *block.kind == ParaKind::text && is_address_like(page, block, false, lex_);
        bool first = true;
        // A row of a Word table read as one line (its cells marked by column gaps).
        table_rows_ = *block.kind == ParaKind::text && block.lines.size() == 1;
        for (const auto& l : block.lines) {
            if (l.words.empty()) continue;
            if (per_line || first) {
                close();
                start(Zone::body, *block.kind);
            }
            add_line(page, l, per_line || first);
            first = false;
        }
        table_rows_ = false;
        close();
    }

    void furniture_block(const PPage& page, const PBlock& block) {
        if (open_) deferred_.push_back({&page, &block});
        else emit_furniture(page, block);
    }

    void emit_furniture(const PPage& page, const PBlock& block) {
        // Each line of a letterhead, header or footer is an item of its own; a footnote is a paragraph.
        bool per_line = block.zone != Zone::footnote;
        bool first = true;
        for (const auto& l : block.lines) {
            if (l.words.empty()) continue;
            // In a footnote block each note starts with its number: "2 Barnets lov § 83."
            const std::string& w0 = l.words.front().text;
            bool new_note = !per_line && !first && w0.size() <= 3 &&
                            std::all_of(w0.begin(), w0.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (per_line || first || new_note) {
                if (open_) {
                    while (!out.text.empty() && out.text.back() == ' ') out.text.pop_back();
                    cur_.end = static_cast<std::uint32_t>(out.text.size());
                    if (cur_.end > cur_.begin) out.paragraphs.push_back(cur_);
                    open_ = false;
                }
                start(block.zone, ParaKind::text);
            }
            add_line(page, l, per_line || first || new_note);
            first = false;
        }
        if (open_) {
            cur_.end = static_cast<std::uint32_t>(out.text.size());
            if (cur_.end > cur_.begin) out.paragraphs.push_back(cur_);
            open_ = false;
        }
    }
};

}  // namespace

std::string normalize_word(std::string_view s) {
    std::string folded;
    folded.reserve(s.size());
    std::size_t i = 0;
    bool ascii = true;
    while (i < s.size()) {
        char32_t c = next_codepoint(s, i);
        if (c >= 0x80) ascii = false;
        append_folded(folded, c);
    }
    if (ascii) return folded;
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
    if (U_FAILURE(err)) return folded;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(folded.data(), static_cast<int32_t>(folded.size())));
    if (nfc->isNormalized(u, err) && U_SUCCESS(err)) return folded;
    err = U_ZERO_ERROR;
    icu::UnicodeString n = nfc->normalize(u, err);
    if (U_FAILURE(err)) return folded;
    std::string out;
    n.toUTF8String(out);
    return out;
}

namespace {

// The draft annotations of the text (NormalizedText::annotations), in text order, without overlaps.
std::vector<std::pair<std::uint32_t, std::uint32_t>> find_annotations(const std::string& text, const lexicon::Lexicons& lex) {
    const auto& pats = lex.compiled<std::vector<std::unique_ptr<RE2>>>("normalize/annotations", [](const lexicon::Lexicons& l) {
        std::vector<std::unique_ptr<RE2>> v;
        RE2::Options o;
        o.set_case_sensitive(false);
        o.set_log_errors(false);
        for (const auto& p : legal::cue_patterns(l.file("template.txt"), "annotation")) {
            v.push_back(std::make_unique<RE2>(lexicon::unicode_boundaries(p), o));
            if (!v.back()->ok()) throw std::runtime_error("lexicons/template.txt: bad pattern '" + p + "'");
        }
        return v;
    });
    std::vector<std::pair<std::uint32_t, std::uint32_t>> hits;
    if (text.find('[') == std::string::npos) return hits;
    for (const auto& re : pats) {
        re2::StringPiece input(text), m;
        std::size_t pos = 0;
        while (pos < text.size() && re->Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
            const auto b = static_cast<std::size_t>(m.data() - text.data());
            const auto e = b + m.size();
            // A pattern starts at its "[", which the boundary rewrite may have taken a character before.
            const auto open = text.find('[', b);
            // Inside one paragraph only, as the rule template-leftover reports it.
            if (open < e && text.find('\n', open) >= e) hits.push_back({static_cast<std::uint32_t>(open), static_cast<std::uint32_t>(e)});
            pos = e > pos ? e : pos + 1;
        }
    }
    std::sort(hits.begin(), hits.end());
    std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
    for (const auto& h : hits) {
        if (!out.empty() && h.first < out.back().second) out.back().second = std::max(out.back().second, h.second);
        else out.push_back(h);
    }
    return out;
}

}  // namespace

NormalizedText normalize(const Document& doc, const lexicon::Lexicons& lex) {
    Builder b(layout::body_font_size(doc), lex);
    b.run(doc);
    b.out.annotations = find_annotations(b.out.text, lex);
    return std::move(b.out);
}

std::vector<std::string> table_cells(const NormalizedText& t, const Paragraph& p) {
    std::vector<std::string> out;
    auto push = [&](std::uint32_t a, std::uint32_t b) {
        while (a < b && t.text[a] == ' ') ++a;
        while (b > a && t.text[b - 1] == ' ') --b;
        out.push_back(t.text.substr(a, b - a));
    };
    std::uint32_t from = p.begin;
    for (auto it = std::upper_bound(t.cell_starts.begin(), t.cell_starts.end(), p.begin); it != t.cell_starts.end() && *it < p.end; ++it) {
        push(from, *it);
        from = *it;
    }
    push(from, p.end);
    return out;
}

}  // namespace klartjek::text
