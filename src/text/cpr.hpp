// CPR numbers (personnumre): found as a leak detector, not a validator (shared/domain.md §6.1).
//
// The matcher works on the whole normalised text, not line by line: it collects every run of
// digits and joins neighbouring runs whose gap is only white space, line or paragraph breaks,
// hyphens/dashes or a table bar ("010190-" + "1234" on the next line, "010190 1234", "0101" +
// "90-1234", a number split by a table cell or column edge). Two results:
//   - `numbers`: what is decided to be a CPR number (valid date with the century table, no
//     modulus 11, not after sagsnr., j.nr., konto … context). The privacy-cpr rule and `eval`
//     count these.
//   - `mask`: everything that must not reach any output. A superset of `numbers`: every joined
//     10-digit run that starts with a possible date whatever its context, a dangling date half
//     ("010190-" at the end of a line, cell or paragraph) and the 4-digit serial that follows it
//     elsewhere, a "-1234" serial half, and digits right after a CPR context word. A masked case
//     number is harmless; a leaked CPR number is not.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/segment.hpp"

namespace klartjek::text {

struct CprScan {
    std::vector<Range> numbers;  // sorted, non-overlapping
    std::vector<Range> mask;     // sorted, non-overlapping; covers every range in `numbers`
};

CprScan scan_cpr(std::string_view text, const lexicon::Lexicons& lex);

// Byte ranges of the CPR numbers decided in `text` (scan_cpr(text).numbers).
std::vector<Range> find_cpr(std::string_view text, const lexicon::Lexicons& lex);

// Replaces every digit inside `ranges` by '*'; byte offsets do not change.
void mask_ranges(std::string& text, const std::vector<Range>& ranges);

// Masks everything scan_cpr(text).mask covers ("******-****"); byte offsets do not change.
void mask_cpr(std::string& text, const lexicon::Lexicons& lex);

// A file or path name as it may be shown or stored: every run of six or more digits (joined
// across '-', '_', '.', and white space) is masked, because a name has no context to decide by
// ("Barn 010190_1234.pdf", "0101901234.pdf", "2024-05-01 afslag.pdf" → "****-**-** afslag.pdf").
// "-" (standard input) is shown as "<stdin>".
std::string mask_file_name(std::string_view name);

}  // namespace klartjek::text
