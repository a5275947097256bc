// One verdict per required part of a decision letter, decided once here and only rendered by the
// reporters, the audit store and `eval` (so text, JSON, HTML and CSV never disagree).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "legal/evidence.hpp"

namespace klartjek::legal {

struct Elements;

enum class Status { ok, missing, wrong, not_required, uncertain, not_applicable };
const char* status_id(Status s);  // "ok", "missing", "wrong", "not-required", "uncertain", "not-applicable"
const char* status_da(Status s);  // "i orden", "mangler", "forkert", "ikke krævet", "usikker", "ikke relevant"
const char* status_mark(Status s);  // ✓ ✗ ✗ – ? –

struct Verdict {
    std::string element;   // "outcome", "legal_basis", "reasoning", "appeal_guidance", "citizen_statement"
    std::string label_da;  // "Afgørelse", "Lovgrundlag", …
    Status status = Status::uncertain;
    std::string detail;    // Danish: what was found or why it could not be decided
    Evidence evidence;
    // What requires the part, as a reader can look it up (the law and §, the guidance by name),
    // and the guidance's address ("" when none); the same for every letter.
    std::string source;
    std::string source_url;
};

struct Checklist {
    std::vector<Verdict> items;
    // Why the requirements were not assessed or are uncertain (Danish, empty when assessed).
    std::string scope_note;
    const Verdict& at(const std::string& element) const;
};

Checklist make_checklist(const Elements& el);

// The source of a checklist element ("outcome", "legal_basis", …): {name, url}.
struct ElementSource {
    std::string_view name;
    std::string_view url;
};
ElementSource element_source(const std::string& element);
// Every element the checklist can hold, in its order.
const std::vector<std::string>& checklist_elements();

}  // namespace klartjek::legal
