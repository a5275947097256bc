#pragma once

#include <string>
#include <string_view>

namespace klartjek::audit {

// A 128-bit content fingerprint (two independent 64-bit FNV-1a/mix hashes, hex). It identifies a
// letter for resuming and de-duplication; it is not a cryptographic hash.
std::string content_hash(std::string_view bytes);

}  // namespace klartjek::audit
