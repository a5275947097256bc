// CPR numbers (personnumre): found as a leak detector, not a validator (shared/domain.md §6.1).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/segment.hpp"

namespace klartjek::text {

// Byte ranges of CPR numbers in `text`: DDMMYY[-| ]SSSS with a valid date (century from the
// 7th digit), no modulus-11 requirement, not preceded by case/account/phone context.
std::vector<Range> find_cpr(std::string_view text);

// Replaces the digits of every CPR number with '*' ("******-****"); byte offsets do not change.
void mask_cpr(std::string& text);

}  // namespace klartjek::text
