#include "plain/readability.hpp"

#include <re2/re2.h>

#include <cmath>

#include <set>

#include "lexicon/lexicon.hpp"
#include "lexicon/patterns.hpp"
#include "plain/phrases.hpp"
#include "text/segment.hpp"
#include "text/utf8.hpp"

namespace klartjek::plain {

double Lix::value() const {
    if (empty()) return 0;
    return static_cast<double>(words) / static_cast<double>(sentences) +
           100.0 * static_cast<double>(long_words) / static_cast<double>(words);
}

const char* lix_band(double raw) {
    // The band of the value as shown (rounded), so "LIX 35" is never labelled "let".
    const double lix = std::round(raw);
    if (lix < 25) return "meget let";
    if (lix < 35) return "let";
    if (lix < 45) return "middel";
    if (lix < 55) return "svær";
    return "meget svær";
}

std::size_t letters(std::string_view w) {
    std::size_t i = 0, n = 0;
    while (i < w.size())
        if (text::is_letter(text::next_codepoint(w, i))) ++n;
    return n;
}

namespace {

void add_words(Lix& l, std::string_view text, const std::vector<WordToken>& words, std::uint32_t base) {
    for (const auto& w : words) {
        ++l.words;
        if (w.kind != WordKind::number && letters(text.substr(w.begin - base, w.end - w.begin)) > 6) ++l.long_words;
    }
}

}  // namespace

Lix lix_of_text(std::string_view text, const lexicon::Lexicons& lex) {
    Lix l;
    for (auto [b, e] : text::split_sentences(text, lex)) {
        ++l.sentences;
        add_words(l, text, text::split_words(text.substr(b, e - b), b), 0);
    }
    return l;
}

std::size_t sentence_words(const Segmentation& seg, const Sentence& s) {
    auto lo = std::lower_bound(seg.words.begin(), seg.words.end(), s.begin,
                               [](const WordToken& w, std::uint32_t b) { return w.begin < b; });
    std::size_t n = 0;
    for (auto it = lo; it != seg.words.end() && it->end <= s.end; ++it) ++n;
    return n;
}

std::vector<bool> running_sentences(const NormalizedText& t, const Segmentation& seg, const legal::Elements& el) {
    std::vector<bool> out(seg.sentences.size(), false);
    const auto& st = el.structure;
    for (std::size_t k = 0; k < seg.sentences.size(); ++k) {
        const auto& s = seg.sentences[k];
        const auto& p = t.paragraphs[s.paragraph];
        if (p.zone != Zone::body || p.kind != ParaKind::text) continue;
        if (s.paragraph < st.para_section.size()) {
            auto sec = st.para_section[s.paragraph];
            if (sec == structure::Section::appendix || sec == structure::Section::closing) continue;
            if (st.quoted[s.paragraph]) continue;  // the law's wording: the caseworker cannot change it
        }
        char last = t.text[s.end - 1];
        bool terminal = last == '.' || last == '!' || last == '?' || last == ':' || last == ')' ||
                        static_cast<unsigned char>(last) >= 0x80;
        out[k] = (terminal && sentence_words(seg, s) >= 2) || sentence_words(seg, s) >= 6;
    }
    return out;
}

std::pair<std::size_t, std::size_t> find_passive(std::string_view s, const lexicon::Lexicons& lexicons) {
    struct Patterns {
        std::set<std::string> s_forms, deponents, not_participles;
        std::unique_ptr<RE2> blive, modal;
        explicit Patterns(const lexicon::Lexicons& lexicons) {
            const auto& lex = lexicons.file("plain_language.txt");
            for (const auto& w : lex.section("s-passive")) s_forms.insert(text::to_lower(w));
            for (const auto& w : lex.section("deponent")) deponents.insert(text::to_lower(w));
            if (lex.has_section("not-passive-es"))
                for (const auto& w : lex.section("not-passive-es")) deponents.insert(text::to_lower(w));
            if (lex.has_section("not-participle"))
                for (const auto& w : lex.section("not-participle")) not_participles.insert(text::to_lower(w));
            RE2::Options o;
            o.set_case_sensitive(false);
            blive = std::make_unique<RE2>(lexicon::latin_letters(
                R"((?:^|[^\pL])(blive|bliver|blev|blevet)(?:[^\pL]|$))"), o);
            modal = std::make_unique<RE2>(lexicon::latin_letters(
                R"((?:^|[^\pL])(kan|skal|vil|må|bør|kunne|skulle|ville|måtte|burde)\s+(?:ikke\s+)?((?:\pL+\s+){0,2}?)(\pL{3,}es)(?:[^\pL]|$))"), o);
        }
    };
    const auto& p = lexicons.compiled<Patterns>("plain/passive", [](const lexicon::Lexicons& l) { return Patterns(l); });
    // Finite s-forms from the lexicon, word by word.
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && !text::is_letter(text::first_codepoint(s.substr(i)))) {
            std::size_t j = i;
            text::next_codepoint(s, j);
            i = j;
        }
        std::size_t b = i;
        while (i < s.size()) {
            std::size_t j = i;
            if (!text::is_letter(text::next_codepoint(s, j))) break;
            i = j;
        }
        if (i > b) {
            std::string w = text::to_lower(s.substr(b, i - b));
            if (p.s_forms.count(w) && !p.deponents.count(w)) return {b, i};
        }
    }
    re2::StringPiece in(s.data(), s.size()), m[4];
    if (p.modal->Match(in, 0, s.size(), RE2::UNANCHORED, m, 4)) {
        std::string verb = text::to_lower(std::string(m[3].data(), m[3].size()));
        if (!p.deponents.count(verb))
            return {static_cast<std::size_t>(m[3].data() - s.data()), static_cast<std::size_t>(m[3].data() - s.data() + m[3].size())};
    }
    // blive + past participle: every form of "blive", and the first of the next three words that
    // ends in -t/-et and is not an adjective or pronoun from the lexicon ("det bliver svært").
    std::size_t pos = 0;
    while (pos < s.size() && p.blive->Match(in, pos, s.size(), RE2::UNANCHORED, m, 4)) {
        std::size_t after = static_cast<std::size_t>(m[1].data() - s.data()) + m[1].size();
        pos = after;
        std::size_t i = after;
        for (int k = 0; k < 3 && i < s.size(); ++k) {
            while (i < s.size() && s[i] == ' ') ++i;
            std::size_t b = i;
            while (i < s.size()) {
                std::size_t j = i;
                if (!text::is_letter(text::next_codepoint(s, j))) break;
                i = j;
            }
            if (i == b) break;
            std::string w = text::to_lower(s.substr(b, i - b));
            bool participle = w.size() >= 4 && (w.back() == 't') && !p.not_participles.count(w);
            if (participle) return {static_cast<std::size_t>(m[1].data() - s.data()), i};
        }
    }
    return {0, 0};
}

Readability measure(const NormalizedText& t, const Segmentation& seg, const legal::Elements& el, const lexicon::Lexicons& lexicons,
                    double long_info) {
    Readability r;
    const auto& lex = lexicons.file("plain_language.txt");
    if (long_info < 0) long_info = lex.number("thresholds", "long_sentence_info");
    auto running = running_sentences(t, seg, el);
    std::string_view text(t.text);
    for (std::size_t k = 0; k < seg.sentences.size(); ++k) {
        if (!running[k]) continue;
        const auto& s = seg.sentences[k];
        auto lo = std::lower_bound(seg.words.begin(), seg.words.end(), s.begin,
                                   [](const WordToken& w, std::uint32_t b) { return w.begin < b; });
        std::vector<WordToken> words;
        for (auto it = lo; it != seg.words.end() && it->end <= s.end; ++it) words.push_back(*it);
        bool reasoning = el.structure.para_section[s.paragraph] == structure::Section::reasoning;
        ++r.body.sentences;
        add_words(r.body, text, words, 0);
        if (reasoning) {
            ++r.reasoning.sentences;
            add_words(r.reasoning, text, words, 0);
        }
        if (static_cast<double>(words.size()) > long_info) ++r.long_sentences;
        if (find_passive(text.substr(s.begin, s.end - s.begin), lexicons).second > 0) ++r.passive_sentences;
        r.officialese_hits += phrases(lexicons, "officialese.txt", "officialese").find(text.substr(s.begin, s.end - s.begin)).size();
    }
    r.words = r.body.words;
    r.sentences = r.body.sentences;
    r.average_sentence = r.sentences ? static_cast<double>(r.words) / static_cast<double>(r.sentences) : 0;
    r.passive_share = r.sentences ? static_cast<double>(r.passive_sentences) / static_cast<double>(r.sentences) : 0;
    return r;
}

}  // namespace klartjek::plain
