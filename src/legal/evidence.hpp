// A piece of text that shows an element: the byte range of its sentence in the normalised text.
#pragma once

#include <cstdint>

namespace klartjek::legal {

struct Evidence {
    bool found = false;
    std::uint32_t begin = 0, end = 0;
    void set(std::uint32_t b, std::uint32_t e) {
        if (!found) found = true, begin = b, end = e;
    }
};

}  // namespace klartjek::legal
