#pragma once

#include <stdexcept>
#include <string>

namespace klartjek {

// The one exception type at the library boundary: the input could not be processed at all.
// `what()` is a complete Danish sentence for the user (without the file name; the caller adds it).
class InputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace klartjek
