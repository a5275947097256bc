#include "text/utf8.hpp"

#include <unicode/uchar.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace klartjek::text {

char32_t next_codepoint(std::string_view s, std::size_t& i) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    if (c < 0x80) {
        ++i;
        return c;
    }
    int len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = c & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
        unsigned char cc = b(i + k);
        if ((cc & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
        ++i;
        return 0xFFFD;
    }
    i += len;
    return cp;
}

char32_t prev_codepoint(std::string_view s, std::size_t& i) {
    if (i == 0) return 0;
    std::size_t start = i - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80 && i - start < 4) --start;
    std::size_t j = start;
    char32_t cp = next_codepoint(s, j);
    if (j != i) {  // not a clean sequence: step back one byte only
        i = i - 1;
        return 0xFFFD;
    }
    i = start;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::size_t first_invalid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t start = i;
        char32_t cp = next_codepoint(s, i);
        if (cp == 0xFFFD) {
            // A literal U+FFFD is valid; an invalid sequence advanced by exactly one byte.
            if (!(i - start == 3 && static_cast<unsigned char>(s[start]) == 0xEF)) return start;
        }
    }
    return std::string_view::npos;
}

bool is_letter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }
bool is_upper(char32_t c) { return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c)); }
bool is_lower(char32_t c) { return u_islower(static_cast<UChar32>(c)); }
bool is_digit(char32_t c) { return u_isdigit(static_cast<UChar32>(c)); }
bool is_space(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)); }

char32_t first_codepoint(std::string_view s) {
    if (s.empty()) return 0;
    std::size_t i = 0;
    return next_codepoint(s, i);
}

char32_t last_codepoint(std::string_view s) {
    std::size_t i = s.size();
    return prev_codepoint(s, i);
}

std::string to_lower(std::string_view s) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    u.toLower(icu::Locale("da"));
    std::string out;
    u.toUTF8String(out);
    return out;
}

namespace {
// A box or a mark that ticks or crosses: "☒ Bevilget", "[x] Afslag", "✘ Elektrisk plejeseng Nej"
// state a result, they are no decoration.
bool check_mark(char32_t c) {
    return c == 'x' || c == 'X' || c == ' ' || (c >= 0x2610 && c <= 0x2612) || (c >= 0x2713 && c <= 0x2718) || c == 0x274C ||
           c == 0x274E || c == 0x2705 || c == 0x25A0 || c == 0x25A1;
}
}  // namespace

bool is_icon_word(std::string_view w) {
    if (w.empty()) return false;
    if (w.front() == '[' && w.back() == ']' && w.size() >= 3) {
        const std::string_view inner = w.substr(1, w.size() - 2);
        const std::size_t n = count_codepoints(inner);
        return n >= 1 && n <= 3 && !(n == 1 && check_mark(first_codepoint(inner)));
    }
    std::size_t i = 0;
    while (i < w.size()) {
        const char32_t c = next_codepoint(w, i);
        if (c < 0x2000 || is_letter(c) || is_digit(c) || check_mark(c)) return false;
    }
    return true;
}

std::size_t icon_prefix(std::string_view s) {
    std::size_t at = 0;
    while (at < s.size()) {
        const std::size_t end = std::min(s.find(' ', at), s.size());
        if (end == s.size() || !is_icon_word(s.substr(at, end - at))) break;
        at = end;
        while (at < s.size() && s[at] == ' ') ++at;
    }
    return at;
}

void count_quality(std::string_view s, ExtractQuality& q) {
    std::size_t i = 0;
    while (i < s.size()) {
        char32_t c = next_codepoint(s, i);
        ++q.chars;
        if (c == 0xFFFD) ++q.replacement_chars;
        else if ((c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000) ++q.private_use_chars;
        else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c < 0xA0)) ++q.control_chars;
    }
}

std::size_t count_codepoints(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

}  // namespace klartjek::text
