#include "audit/hash.hpp"

#include <cstdint>
#include <fmt/format.h>

namespace klartjek::audit {

std::string content_hash(std::string_view b) {
    std::uint64_t h1 = 0xcbf29ce484222325ULL, h2 = 0x84222325cbf29ce4ULL ^ b.size();
    for (unsigned char c : b) {
        h1 = (h1 ^ c) * 0x100000001b3ULL;
        h2 = (h2 + c) * 0x9E3779B97F4A7C15ULL;
        h2 ^= h2 >> 29;
    }
    auto mix = [](std::uint64_t x) {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdULL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53ULL;
        return x ^ (x >> 33);
    };
    return fmt::format("{:016x}{:016x}", mix(h1), mix(h2 ^ b.size()));
}

}  // namespace klartjek::audit
