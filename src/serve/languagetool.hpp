// LanguageTool's HTTP API (v2) on top of klartjek's analysis: what `klartjek serve` answers on
// POST /v2/check and GET /v2/languages, so LibreOffice Writer's LanguageTool remote checker and
// other LanguageTool clients show klartjek's findings while a letter is being written.
//
// Pure functions (no network, no printing): the server parses the HTTP form into fields and
// hands them here. Offsets in the answer are UTF-16 code units of the submitted text, as
// LanguageTool (Java) counts them; markup of the `data` field is counted but not checked.
#pragma once

#include "config/config.hpp"

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/types.hpp"

namespace klartjek::serve {

// A request LanguageTool would refuse: HTTP status and the (plain text) message it answers with.
class LtError : public std::runtime_error {
public:
    LtError(int status, const std::string& msg) : std::runtime_error(msg), status(status) {}
    int status;
};

// The text to check and where each of its bytes came from in the submitted text.
struct LtText {
    std::string checked;                   // plain text handed to the analysis (markup left out)
    std::string submitted;                 // everything submitted, markup included (offsets count it)
    std::vector<std::uint32_t> to_submitted;  // checked byte offset → submitted byte offset (size checked+1)
};

// Builds the text from form field `text`, or from `data` ({"annotation":[{"text":…},{"markup":…,
// "interpretAs":…}]}). Throws LtError(400) for a missing/invalid field, invalid UTF-8, or a
// language other than da, da-DK or auto.
LtText lt_parse(const std::multimap<std::string, std::string>& fields);

// Runs the analysis on the text and answers in LanguageTool's response shape. Findings without a
// place in the text (a missing part of the whole letter) are left out: a LanguageTool client
// checks a paragraph at a time and can only underline. A text of one paragraph (what LibreOffice
// sends) gets only the findings about a passage (spelling, plain language, CPR, template
// leftovers, references); a whole letter also gets those about its parts. CPR numbers are
// masked in the context and sentence strings.
nlohmann::ordered_json lt_check(const LtText& t, const lexicon::Lexicons& lex, const config::Config* config = nullptr);

// GET /v2/languages.
nlohmann::ordered_json lt_languages();

// Decodes an application/x-www-form-urlencoded body ('+' is a space, %XX a byte).
std::multimap<std::string, std::string> parse_urlencoded(std::string_view body);

// UTF-16 code units before each byte offset of `s` (size s.size()+1); a byte inside a
// multi-byte character counts as its start.
std::vector<std::uint32_t> utf16_prefix(std::string_view s);

// Byte offsets of the normalised text mapped back into `input`, the text it was extracted from:
// `begin[o]` for a range starting at o, `end[o]` for a range ending at o (both size text+1).
struct OffsetMap {
    std::vector<std::uint32_t> begin, end;
};
OffsetMap map_to_input(const NormalizedText& n, std::string_view input);

}  // namespace klartjek::serve
