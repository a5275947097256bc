// Small UTF-8 helpers shared by the pipeline. Character classes come from ICU.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/types.hpp"

namespace klartjek::text {

// Decodes the code point at `i` and advances `i`. Invalid bytes give U+FFFD and advance by one.
char32_t next_codepoint(std::string_view s, std::size_t& i);
// Decodes the code point that ends just before `i` and moves `i` back to its first byte.
char32_t prev_codepoint(std::string_view s, std::size_t& i);
void append_utf8(std::string& out, char32_t cp);

// Index of the first invalid byte, or npos when `s` is valid UTF-8.
std::size_t first_invalid_utf8(std::string_view s);

bool is_letter(char32_t c);
bool is_upper(char32_t c);
bool is_lower(char32_t c);
bool is_digit(char32_t c);
bool is_space(char32_t c);

// Characters in valid UTF-8 (bytes that are not continuation bytes).
std::size_t count_codepoints(std::string_view s);
char32_t first_codepoint(std::string_view s);
char32_t last_codepoint(std::string_view s);

// ¹ ² ³ and U+2070–U+2079: the digits of a footnote mark.
inline bool is_superscript_digit(char32_t c) { return c == 0x00B9 || c == 0x00B2 || c == 0x00B3 || (c >= 0x2070 && c <= 0x2079); }
std::string to_lower(std::string_view s);

// Whether a word is an icon set before a line's words, decoration and no word of the text: a
// bracketed token of one to three characters ("[i]", "[📅]", "[☀]") or symbols from U+2000 up with no
// letter or digit ("📌", "☎"). A tick box or check mark ("[x]", "[✓]", "☒", "✅", "✘") states a
// result and is no icon; ASCII punctuation ("-", "*", "§") is none either.
bool is_icon_word(std::string_view w);
// The bytes of the icons, and the spaces after each, that open `s` ("[☀] Hej Louise" → 5 + 1).
std::size_t icon_prefix(std::string_view s);

// Adds the characters of an extracted string to the quality counters.
void count_quality(std::string_view s, ExtractQuality& q);

}  // namespace klartjek::text
