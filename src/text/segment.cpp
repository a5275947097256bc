#include "text/segment.hpp"

#include <unicode/brkiter.h>
#include <unicode/rbbi.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>

#include "lexicon/lexicon.hpp"
#include "text/utf8.hpp"

namespace klartjek::text {

namespace {

struct Abbreviations {
    std::set<std::string> never_final, ambiguous, ordinal_followers;
    static const Abbreviations& get(const lexicon::Lexicons& lexicons) {
        return lexicons.compiled<Abbreviations>("segment/abbreviations", [](const lexicon::Lexicons& lexicons) {
            Abbreviations r;
            const auto& lex = lexicons.file("abbreviations.txt");
            for (const auto& s : lex.section("never-final")) r.never_final.insert(to_lower(s));
            for (const auto& s : lex.section("ambiguous")) r.ambiguous.insert(to_lower(s));
            for (const auto& s : lex.section("ordinal-followers")) r.ordinal_followers.insert(to_lower(s));
            return r;
        });
    }
};

// ICU iterators are costly to create and not thread-safe: one clone per thread.
icu::BreakIterator& iterator(bool sentences) {
    thread_local std::unique_ptr<icu::BreakIterator> sent, word;
    auto& slot = sentences ? sent : word;
    if (!slot) {
        UErrorCode err = U_ZERO_ERROR;
        icu::Locale da("da", "DK");
        slot.reset(sentences ? icu::BreakIterator::createSentenceInstance(da, err)
                             : icu::BreakIterator::createWordInstance(da, err));
        if (U_FAILURE(err) || !slot) throw std::runtime_error("ICU break iterator unavailable");
    }
    return *slot;
}

struct Utf16Text {
    icu::UnicodeString u;
    std::vector<std::uint32_t> to_byte;  // UTF-16 index → byte offset
    explicit Utf16Text(std::string_view s) {
        std::size_t i = 0;
        while (i < s.size()) {
            std::size_t start = i;
            char32_t c = next_codepoint(s, i);
            u.append(static_cast<UChar32>(c));
            to_byte.push_back(static_cast<std::uint32_t>(start));
            if (c > 0xFFFF) to_byte.push_back(static_cast<std::uint32_t>(start));
        }
        to_byte.push_back(static_cast<std::uint32_t>(s.size()));
    }
};

bool is_opening(char32_t c) { return c == '(' || c == '[' || c == 0xAB || c == 0xBB || c == '"' || c == 0x201E || c == 0x201C || c == '\'' || c == 0x2018; }
bool is_closing(char32_t c) { return c == ')' || c == ']' || c == 0xBB || c == 0xAB || c == '"' || c == 0x201D || c == 0x201C || c == '\'' || c == 0x2019; }

std::string_view strip_opening(std::string_view t) {
    while (!t.empty()) {
        std::size_t i = 0;
        if (!is_opening(next_codepoint(t, i))) break;
        t.remove_prefix(i);
    }
    return t;
}

// The token (run of non-space characters) that ends at `end`, without opening brackets/quotes.
std::string_view token_before(std::string_view s, std::size_t end, std::size_t* start_out = nullptr) {
    while (end > 0 && (s[end - 1] == ' ')) --end;
    std::size_t start = end;
    while (start > 0 && s[start - 1] != ' ') --start;
    if (start_out) *start_out = start;
    return strip_opening(s.substr(start, end - start));
}

std::string_view token_after(std::string_view s, std::size_t begin) {
    while (begin < s.size() && s[begin] == ' ') ++begin;
    std::size_t end = begin;
    while (end < s.size() && s[end] != ' ') ++end;
    return strip_opening(s.substr(begin, end - begin));
}

std::string strip_closing(std::string_view t) {
    while (!t.empty()) {
        std::size_t i = t.size();
        char32_t c = prev_codepoint(t, i);
        if (!is_closing(c)) break;
        t = t.substr(0, i);
    }
    return std::string(t);
}

bool is_initial(std::string_view t) {
    // One capital letter and a dot: "K."
    std::size_t i = 0;
    if (t.empty()) return false;
    char32_t c = next_codepoint(t, i);
    return is_upper(c) && t.substr(i) == ".";
}

bool is_postcode(std::string_view t) {
    return t.size() == 4 && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool ends_with_number_dot(std::string_view t) {
    if (t.size() < 2 || t.back() != '.') return false;
    for (std::size_t i = 0; i + 1 < t.size(); ++i)
        if (!(t[i] >= '0' && t[i] <= '9')) return false;
    return true;
}

// Decides whether ICU's candidate break at byte `b` of `s` is a real sentence end.
bool keep_break(std::string_view s, std::size_t b, const lexicon::Lexicons& lex) {
    const auto& ab = Abbreviations::get(lex);
    std::size_t tok_start = 0;
    std::string_view tok = token_before(s, b, &tok_start);
    std::string_view next = token_after(s, b);
    if (tok.empty() || next.empty()) return true;
    char32_t next_first = first_codepoint(next);

    // "?" or "!" inside a quotation that the sentence goes on after: «Kan jeg klage?» spurgte du.
    if (is_lower(next_first)) return false;

    std::string word = to_lower(strip_closing(tok));
    bool closed = strip_closing(tok).size() != tok.size();
    if (!closed && word.size() > 1 && word.back() == '.') {
        if (ab.never_final.count(word)) return false;
        // "kr. 3.500", "pct. Beløbet": an ambiguous abbreviation ends a sentence only before a capital.
        if (ab.ambiguous.count(word)) return is_upper(next_first);
        // Abbreviations written with spaces: "bl. a.", "f. eks.", "d. v. s.".
        std::string combined = word;
        std::size_t pos = tok_start;
        for (int k = 0; k < 2 && pos > 0; ++k) {
            std::size_t prev_start = 0;
            std::string_view prev = token_before(s, pos, &prev_start);
            if (prev.empty() || prev.size() > 4 || prev.back() != '.') break;
            combined = to_lower(prev) + combined;
            if (ab.never_final.count(combined)) return false;
            pos = prev_start;
        }
        // Ordinals: "1. januar", "2. pkt." (normally lower case, but be safe for "1. Januar").
        if (ends_with_number_dot(word) && ab.ordinal_followers.count(to_lower(strip_closing(next))))
            return false;
        // Initials: "A. B. Hansen", "Sagsbehandler K. Jensen" — but not "5000 Odense C. Skriv".
        if (is_initial(tok) && is_upper(next_first)) {
            if (tok_start == 0 || is_initial(strip_closing(next))) return false;
            std::size_t prev_start = 0;
            std::string_view prev = token_before(s, tok_start, &prev_start);
            bool prev_capital = !prev.empty() && is_upper(first_codepoint(prev));
            bool after_postcode = prev_start > 0 && is_postcode(token_before(s, prev_start));
            if ((prev_capital || is_initial(prev)) && !after_postcode && prev.back() != '.') return false;
            if (is_initial(prev)) return false;
        }
    }
    return true;
}

}  // namespace

std::vector<Range> split_sentences(std::string_view p, const lexicon::Lexicons& lex) {
    std::vector<Range> out;
    if (p.empty()) return out;
    Utf16Text t(p);
    icu::BreakIterator& it = iterator(true);
    it.setText(t.u);
    std::vector<std::size_t> cuts;
    for (int32_t b = it.next(); b != icu::BreakIterator::DONE; b = it.next()) {
        std::size_t byte = t.to_byte[static_cast<std::size_t>(b)];
        if (byte >= p.size()) break;
        if (keep_break(p, byte, lex)) cuts.push_back(byte);
    }
    // ICU reads on past "… Vi" and ". § 100 giver" (no letter case to go by); a sentence can
    // start there too.
    for (std::size_t i = 0; i + 2 < p.size(); ++i) {
        std::size_t at = std::string_view::npos;
        if (p.compare(i, 4, "\xE2\x80\xA6 ") == 0) at = i + 4;           // "…" + space
        else if ((p[i] == '.' || p[i] == '?' || p[i] == '!') && p[i + 1] == ' ') at = i + 2;
        if (at == std::string_view::npos || at >= p.size()) continue;
        bool section = p.compare(at, 2, "\xC2\xA7") == 0;                 // "§"
        bool ellipsis_upper = p[i] != '.' && p[i] != '?' && p[i] != '!' && is_upper(first_codepoint(p.substr(at)));
        if ((section || ellipsis_upper) && keep_break(p, at, lex)) cuts.push_back(at);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    cuts.push_back(p.size());
    std::size_t start = 0;
    for (std::size_t c : cuts) {
        std::size_t b = start, e = c;
        while (b < e && (p[b] == ' ' || p[b] == '\n')) ++b;
        while (e > b && (p[e - 1] == ' ' || p[e - 1] == '\n')) --e;
        if (e > b) out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)});
        start = c;
    }
    return out;
}

std::vector<WordToken> split_words(std::string_view s, std::uint32_t base) {
    std::vector<WordToken> out;
    if (s.empty()) return out;
    Utf16Text t(s);
    icu::BreakIterator& it = iterator(false);
    it.setText(t.u);
    int32_t start = it.first();
    for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
        if (it.getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;
        std::uint32_t b = t.to_byte[static_cast<std::size_t>(start)];
        std::uint32_t e = t.to_byte[static_cast<std::size_t>(end)];
        bool letters = false, digits = false;
        std::size_t i = b;
        while (i < e) {
            char32_t c = next_codepoint(s, i);
            if (is_letter(c)) letters = true;
            else if (is_digit(c)) digits = true;
        }
        if (!letters && !digits) continue;
        WordKind kind = letters && digits ? WordKind::mixed : letters ? WordKind::letters : WordKind::number;
        // A hyphenated compound is one word: "hjælpemiddel-ansøgning", "e-mail".
        if (!out.empty() && kind != WordKind::number && out.back().kind != WordKind::number &&
            out.back().end - base + 1 == b && s[b - 1] == '-') {
            out.back().end = base + e;
            if (kind != out.back().kind) out.back().kind = WordKind::mixed;
            continue;
        }
        out.push_back({base + b, base + e, kind});
    }
    return out;
}

Segmentation segment(const NormalizedText& text, const lexicon::Lexicons& lex) {
    Segmentation seg;
    std::string_view all(text.text);
    for (std::size_t i = 0; i < text.paragraphs.size(); ++i) {
        const Paragraph& p = text.paragraphs[i];
        std::string_view body = all.substr(p.begin, p.end - p.begin);
        if (p.kind != ParaKind::heading) {
            for (auto [b, e] : split_sentences(body, lex)) seg.sentences.push_back({p.begin + b, p.begin + e, i});
        } else {
            // A heading is one unit, whatever its punctuation.
            seg.sentences.push_back({p.begin, p.end, i});
        }
        auto words = split_words(body, p.begin);
        seg.words.insert(seg.words.end(), words.begin(), words.end());
    }
    return seg;
}

}  // namespace klartjek::text
