// The word bag both sample tests compare with: the words of a text as a multiset.
#pragma once

#include <map>
#include <sstream>
#include <string>

#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace klartjek::testing {

// Words for comparison: white-space separated, outer punctuation stripped, ligatures folded,
// footnote markers ("[^1]" in the source, superscript digits in our text) removed.
inline std::map<std::string, int> bag(std::string s) {
    std::string clean;
    for (std::size_t i = 0; i < s.size();) {
        if (s.compare(i, 2, "[^") == 0) {
            auto e = s.find(']', i);
            if (e != std::string::npos) {
                i = e + 1;
                continue;
            }
        }
        std::size_t start = i;
        char32_t c = text::next_codepoint(s, i);
        if (c == 0xB9 || c == 0xB2 || c == 0xB3 || (c >= 0x2070 && c <= 0x2079)) continue;
        clean += s.substr(start, i - start);
    }
    clean = text::normalize_word(clean);
    std::map<std::string, int> out;
    std::istringstream in(clean);
    std::string w;
    while (in >> w) {
        // Strip ASCII punctuation and « » at both ends.
        bool changed = true;
        while (changed && !w.empty()) {
            changed = false;
            for (const char* q : {"\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E"}) {
                std::string qs(q);
                if (w.size() >= qs.size() && w.compare(0, qs.size(), qs) == 0) w.erase(0, qs.size()), changed = true;
                if (w.size() >= qs.size() && w.compare(w.size() - qs.size(), qs.size(), qs) == 0)
                    w.erase(w.size() - qs.size()), changed = true;
            }
            if (!w.empty() && std::string(".,;:!?()\"'[]").find(w.front()) != std::string::npos) w.erase(0, 1), changed = true;
            if (!w.empty() && std::string(".,;:!?()\"'[]").find(w.back()) != std::string::npos) w.pop_back(), changed = true;
        }
        if (!w.empty()) ++out[w];
    }
    return out;
}


}  // namespace klartjek::testing
