#include "lexicon/patterns.hpp"

#include <cctype>
#include <stdexcept>

namespace klartjek::lexicon {

namespace {

// The letters of Latin script: ASCII, Latin-1 (ª, µ, º, À–Ö, Ø–ö, ø–ÿ) and Latin Extended-A/B (ł, ő …).
#define KLARTJEK_LATIN_LETTERS R"(A-Za-z\x{AA}\x{B5}\x{BA}\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F})"

// The word characters a Unicode-aware boundary looks at: digits, "_" and the Latin letters (æ, ø, å,
// é, ü, ł …). A superscript digit is a footnote's marker ("… en partshøring²"), a boundary like any
// punctuation. Not \pL\pN: those classes compile to large UTF-8 automata, and with some 1,500
// boundaries in the lexicons they made up half of the start-up time. A letter of another script next
// to a Danish word counts as a boundary, which changes no Danish match.
constexpr std::string_view kWordChars = "0-9_" KLARTJEK_LATIN_LETTERS;

// What a pattern's \pL stands for (latin_letters): the Latin letters, and also Greek, Cyrillic and
// Latin Extended Additional, so a citizen's name in those letters ("Ειρήνη", "Олена", "Nguyễn")
// fills a name slot; a few ranges, cheap to compile.
constexpr std::string_view kLetters = KLARTJEK_LATIN_LETTERS R"(\x{370}-\x{3FF}\x{400}-\x{52F}\x{1E00}-\x{1EFF})";

#undef KLARTJEK_LATIN_LETTERS

bool non_ascii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

bool escaped(const std::string& p, std::size_t i) {
    std::size_t n = 0;
    while (i > 0 && p[i - 1] == '\\') --i, ++n;
    return n % 2 == 1;
}

// The index of the parenthesis that matches the one at `at`, searching in direction `dir` (+1 for
// an opening one, -1 for a closing one); escaped parentheses do not count. The pattern's edge
// when there is none.
std::size_t matching_paren(const std::string& p, std::size_t at, int dir) {
    int depth = 0;
    for (std::size_t k = at; k < p.size(); k += static_cast<std::size_t>(dir)) {
        if ((p[k] == '(' || p[k] == ')') && !escaped(p, k)) {
            depth += (p[k] == '(') == (dir > 0) ? 1 : -1;
            if (depth == 0) return k;
        }
        if (k == 0 && dir < 0) break;
    }
    return dir > 0 ? p.size() - 1 : 0;
}

}  // namespace

std::string latin_letters(std::string_view p) {
    std::string out;
    out.reserve(p.size());
    bool in_class = false;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        if (c == '\\' && i + 1 < p.size()) {
            if (p[i + 1] == 'p' && i + 2 < p.size() && p[i + 2] == 'L') {
                if (in_class) out += kLetters;
                else out.append("[").append(kLetters).append("]");
                i += 2;
                continue;
            }
            out += c;
            out += p[++i];
            continue;
        }
        out += c;
        if (!in_class && c == '[') {
            in_class = true;
            // "[]…]" and "[^]…]": a "]" right at the start is a literal.
            if (i + 1 < p.size() && p[i + 1] == '^') out += p[++i];
            if (i + 1 < p.size() && p[i + 1] == ']') out += p[++i];
        } else if (in_class && c == '[' && i + 1 < p.size() && p[i + 1] == ':') {
            const std::size_t end = p.find(":]", i + 2);  // a POSIX class "[:alpha:]" inside a class
            if (end != std::string_view::npos) {
                out.append(p.substr(i + 1, end + 2 - (i + 1)));
                i = end + 1;
            }
        } else if (in_class && c == ']') {
            in_class = false;
        }
    }
    return out;
}

std::string unicode_boundaries(const std::string& pattern) {
    const std::string p = latin_letters(pattern);
    std::string out;
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (p[i] != '\\' || i + 1 >= p.size()) {
            out += p[i];
            continue;
        }
        if (p[i + 1] != 'b') {
            out += p[i];
            out += p[i + 1];
            ++i;
            continue;
        }
        // A \b next to an ASCII letter works as it is; only one next to a non-ASCII letter (or a
        // group that may end or start with one) needs the Unicode-aware, consuming form.
        // Look at the pattern token on each side (up to a space or the pattern's edge).
        std::size_t next = i + 2;
        bool before_nonascii = false, after_nonascii = false;
        for (std::size_t k = i; k-- > 0 && p[k] != ' ' && p[k] != '^';)
            if (non_ascii(p[k])) before_nonascii = true;
        for (std::size_t k = next; k < p.size() && p[k] != ' ' && !(p[k] == '\\' && k + 1 < p.size() && p[k + 1] == 'b'); ++k)
            if (non_ascii(p[k])) after_nonascii = true;
        // A group right before or after the boundary counts whole: in "(set på|lagt til grund)\b"
        // the alternative "set på" ends in a non-ASCII letter although the token scan above stops
        // at its space.
        if (i > 0 && p[i - 1] == ')') {
            const std::size_t open = matching_paren(p, i - 1, -1);
            for (std::size_t k = open; k < i; ++k)
                if (non_ascii(p[k])) before_nonascii = true;
        }
        if (next < p.size() && p[next] == '(') {
            const std::size_t close = matching_paren(p, next, +1);
            for (std::size_t k = next; k <= close && k < p.size(); ++k)
                if (non_ascii(p[k])) after_nonascii = true;
        }
        // A boundary right before a literal separator (", men", " og", "\\.") is the separator's own:
        // it is left out (consuming a character here would eat the separator).
        if (next < p.size() && (p[next] == ',' || p[next] == ';' || p[next] == ':' || p[next] == ' ' ||
                                p.compare(next, 2, "\\.") == 0)) {
            ++i;
            continue;
        }
        // At the pattern's very start, or at its end after a word, nothing else in the pattern needs
        // the neighbouring character, so the Unicode-aware form is used there even next to an ASCII
        // token: RE2's own \b takes æ, ø, å for a boundary, and "\\bde" found "de" in "både" and
        // "Område", "for\\b" found "for" in "forældre".
        const bool at_start = out.empty();
        const bool at_end = next == p.size() && !out.empty() &&
                            (std::isalnum(static_cast<unsigned char>(out.back())) || non_ascii(out.back()) || out.back() == ')');
        if (at_start || at_end) {
            out += at_start ? "(?:^|[^" + std::string(kWordChars) + "])" : "(?:[^" + std::string(kWordChars) + "]|$)";
            ++i;
            continue;
        }
        if (!out.empty() && out.back() != '(' && out.back() != '|' && !before_nonascii && !after_nonascii) {
            out += "\\b";
            ++i;
            continue;
        }
        bool leading = out.empty() || out.back() == '(' || out.back() == '|' || (!before_nonascii && after_nonascii);
        if (leading && !after_nonascii) {
            out += "\\b";
            ++i;
            continue;
        }
        if (!leading && !before_nonascii) {
            out += "\\b";
            ++i;
            continue;
        }
        // A trailing boundary followed by a gap pattern ("[^.]{0,40}", ".{0,9}", "\\s") is left out:
        // the gap supplies the separation, and consuming a character here could starve a leading
        // boundary right after the gap.
        std::string_view rest(p.data() + next, p.size() - next);
        if (!leading && (rest.rfind("[^", 0) == 0 || rest.rfind(".{", 0) == 0 || rest.rfind("\\s", 0) == 0 || rest.rfind(" ", 0) == 0)) {
            ++i;
            continue;
        }
        out += leading ? "(?:^|[^" + std::string(kWordChars) + "])" : "(?:[^" + std::string(kWordChars) + "]|$)";
        ++i;
        continue;
    }
    return out;
}

PatternSet::PatternSet(const std::vector<std::string>& patterns, bool case_sensitive) {
    re2::RE2::Options opt;
    opt.set_case_sensitive(case_sensitive);
    opt.set_log_errors(false);
    set_ = std::make_unique<re2::RE2::Set>(opt, re2::RE2::UNANCHORED);
    for (const auto& p : patterns) {
        std::string err;
        if (set_->Add(unicode_boundaries(p), &err) < 0) throw std::runtime_error("bad pattern '" + p + "': " + err);
        ++size_;
    }
    if (!set_->Compile()) throw std::runtime_error("pattern set does not compile");
}

bool PatternSet::matches(std::string_view text) const {
    if (size_ == 0) return false;
    return set_->Match(re2::StringPiece(text.data(), text.size()), nullptr);
}

std::vector<int> PatternSet::which(std::string_view text) const {
    std::vector<int> v;
    if (size_ != 0) set_->Match(re2::StringPiece(text.data(), text.size()), &v);
    return v;
}

}  // namespace klartjek::lexicon
