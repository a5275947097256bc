// Numbers as Danish text shows them.
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <string>

namespace klartjek {

// A number with a Danish decimal comma: 26.2 → "26,2".
inline std::string decimal_da(double v, int decimals) {
    std::string s = fmt::format("{:.{}f}", v, decimals);
    std::replace(s.begin(), s.end(), '.', ',');
    return s;
}

}  // namespace klartjek
