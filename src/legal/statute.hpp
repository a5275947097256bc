// Statute references in Danish letters (shared/domain.md §2.2): "servicelovens § 112, stk. 1",
// "§ 100 i lov om social service", "SEL § 97", "§§ 83-84", "§ 113 b", "§113b", "stk. 1 og 2",
// "§ 90, nr. 4, i barnets lov, jf. § 112 i serviceloven", references in footnotes, LBK/LOV numbers.
// Law names and abbreviations are lexicon data (lexicons/laws.txt).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"

namespace klartjek::legal {

struct StatuteRef {
    std::string law;        // canonical abbreviation: "SEL", "BL", "RSL", "FVL", "ÆL", "OFL", "DBL", "SUL" …; "" if unresolved
    std::string paragraph;  // "100", "83 a", "113 b" (letter suffix lower case, one space)
    std::optional<int> stk;
    std::optional<int> nr;
    std::optional<int> pkt;
    std::uint32_t begin = 0, end = 0;  // byte range of the whole reference in the scanned text
    bool law_named = false;            // the law is written in/next to the reference (not inferred)
    // The reference is to an executive order or guidance ("BEK", "VEJ", "bilbekendtgørelsen"), not
    // a law: it says nothing about the letter's legal area.
    bool instrument = false;
    // "SEL § 100, stk. 1, nr. 2" — law omitted when unresolved ("§ 100").
    std::string normalized() const;
};

// A law named without any paragraph in that mention: "efter serviceloven", "jf. barnets lov".
struct LawMention {
    std::string law;  // canonical abbreviation
    std::uint32_t begin = 0, end = 0;
};

// "LBK nr. 67 af 22/01/2024", "lovbekendtgørelse nr. 282 af 17. marts 2025", "LOV nr. 1651 af 30/12/2024",
// "BEK nr. …", "VEJ nr. …".
struct ActNumber {
    std::string type;  // "LBK", "LOV", "BEK", "VEJ"
    std::string number;
    std::string date;  // as written
    std::uint32_t begin = 0, end = 0;
};

struct StatuteScan {
    std::vector<StatuteRef> refs;          // in text order; one entry per paragraph/stk combination
    std::vector<LawMention> bare_laws;     // law names that are not part of a reference
    std::vector<ActNumber> acts;
};

// Scans a whole letter text. `default_law` is used for references without a law name when the
// letter's context makes one law unambiguous (the caller decides; "" = leave unresolved).
StatuteScan scan_statutes(std::string_view text, const lexicon::Lexicons& lex, const std::string& default_law = "");

}  // namespace klartjek::legal
