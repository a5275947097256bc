// Every flagging lexicon entry carries a sentence it must flag and one it must not; this runs
// them all, pattern by pattern, exactly as the rules compile them.
#include <doctest/doctest.h>

#include <re2/re2.h>

#include <map>
#include <set>
#include <string>

#include "lexicon/lexicon.hpp"
#include "legal/cue_lexicon.hpp"
#include "lexicon/patterns.hpp"
#include "plain/phrases.hpp"

using namespace klartjek;

namespace {

void check_section(const std::string& file, const std::string& section, std::size_t min_entries) {
    const auto& set = plain::phrases(lexicon::embedded(), file, section);
    CAPTURE(file);
    CAPTURE(section);
    CHECK(set.entries().size() >= min_entries);
    RE2::Options o;
    o.set_case_sensitive(false);
    for (const auto& e : set.entries()) {
        CAPTURE(e.pattern);
        REQUIRE_FALSE(e.flag_example.empty());
        REQUIRE_FALSE(e.not_flag_example.empty());
        RE2 re(lexicon::unicode_boundaries(e.pattern), o);
        REQUIRE(re.ok());
        CAPTURE(e.flag_example);
        CHECK(RE2::PartialMatch(e.flag_example, re));
        CAPTURE(e.not_flag_example);
        CHECK_FALSE(RE2::PartialMatch(e.not_flag_example, re));
        // Through the compiled set as well: the rule sees what the example says.
        CHECK_FALSE(set.find(e.flag_example).empty());
        CHECK(!e.hint.empty());
    }
}

// The cue lexicons (PATTERN  # + must match  # - must not match): every example of every entry of
// `section`, each pattern compiled as the reading compiles it; `required` = every entry has both.
std::size_t check_cue_examples(const char* file, const char* section, bool required) {
    std::size_t checked = 0;
    for (const auto& e : legal::cue_entries(lexicon::embedded().file(file), section)) {
        CAPTURE(file);
        CAPTURE(section);
        CAPTURE(e.pattern);
        if (required) {
            CHECK(!e.must_match.empty());
            CHECK(!e.must_not_match.empty());
        }
        RE2::Options o;
        o.set_case_sensitive(false);
        o.set_log_errors(false);
        RE2 re(lexicon::unicode_boundaries(e.pattern), o);
        REQUIRE(re.ok());
        for (const auto& m : e.must_match) {
            CHECK_MESSAGE(RE2::PartialMatch(m, re), m);
            ++checked;
        }
        for (const auto& m : e.must_not_match) {
            CHECK_MESSAGE(!RE2::PartialMatch(m, re), m);
            ++checked;
        }
    }
    return checked;
}

}  // namespace

TEST_CASE("lexicon examples: officialese (at least 80 entries)") { check_section("officialese.txt", "officialese", 80); }

TEST_CASE("lexicon examples: plain-language phrase sections") {
    for (const char* s : {"long-opening", "connectors", "third-person", "impersonal-sender", "impersonal-kommune", "double-negation",
                          "nominal-style"})
        check_section("plain_language.txt", s, 3);
}

TEST_CASE("lexicon examples: legal terms carry an explanation a caseworker can paste in") {
    const auto& terms = plain::phrases(lexicon::embedded(), "plain_language.txt", "legal-terms");
    CHECK(terms.entries().size() >= 20);
    for (const auto& e : terms.entries()) {
        CAPTURE(e.pattern);
        CHECK(e.hint.size() > 20);
    }
}

TEST_CASE("lexicon examples: template leftovers (lexicons/template.txt), each pattern alone and as the rule compiles it") {
    std::size_t checked = 0;
    for (const char* section : {"placeholder", "help-text"}) {
        CHECK(legal::cue_entries(lexicon::embedded().file("template.txt"), section).size() >= 5);
        checked += check_cue_examples("template.txt", section, true);
    }
    CHECK(checked >= 40);
}

TEST_CASE("lexicon examples: scope cues (lexicons/scope.txt), every entry") {
    std::size_t checked = 0;
    for (const char* section : {"partshoering", "partshoering-subject", "kvittering", "kvittering-subject", "orientering", "andet-brev", "decision",
                                "decision-not", "decision-weak", "decision-subject", "other-area", "social-topic", "not-a-decision"})
        checked += check_cue_examples("scope.txt", section, true);
    CHECK(checked > 60);
}

// Every pattern section of the cue lexicons that drive error-level rules (outcome, appeal, legal
// cues, document type, sections): each entry carries a must-match and a must-not-match example.
// The plain lists (law abbreviations, salutation words) are not patterns and are left out.
TEST_CASE("lexicon examples: every entry of the cue lexicons (outcome, appeal, legal_cues, scope, sections)") {
    const std::map<std::string, std::set<std::string>> lists = {
        {"scope.txt", {"social-laws", "weak-social-laws", "frame-laws"}}, {"sections.txt", {"salutation"}}};
    std::size_t checked = 0, entries = 0;
    for (const char* file : {"outcome.txt", "appeal.txt", "legal_cues.txt", "scope.txt", "sections.txt"}) {
        const auto& lf = lexicon::embedded().file(file);
        CHECK(lf.section_names().size() >= 5);
        for (const auto& section : lf.section_names()) {
            auto it = lists.find(file);
            if (it != lists.end() && it->second.count(section)) continue;
            if (section == "thresholds") continue;  // numbers ("name = value"), not patterns
            entries += legal::cue_entries(lf, section).size();
            checked += check_cue_examples(file, section.c_str(), true);
        }
    }
    CHECK(entries >= 480);  // 491 on 2026-12-03
    CHECK(checked >= 2 * entries);
}

// Whether a lexicon pattern, rewritten as the lexicons are, matches somewhere in `text`.
static bool boundary_hit(const char* pattern, const char* text) {
    RE2::Options o;
    o.set_case_sensitive(false);
    RE2 re(lexicon::unicode_boundaries(pattern), o);
    REQUIRE(re.ok());
    return RE2::PartialMatch(text, re);
}

// lexicon::unicode_boundaries: a \b next to a group whose alternatives end or start with a
// non-ASCII letter is the Unicode-aware boundary even when the alternative holds a space, and a
// trailing boundary right before a literal space does not eat that space.
TEST_CASE("lexicon: word boundaries next to groups with æ, ø, å") {
    CHECK(boundary_hit(R"(\bhar (set på|lagt til grund)\b)", "Vi har set på din sag igen."));
    CHECK(boundary_hit(R"(\bhar (set på|lagt til grund)\b)", "Vi har lagt til grund, at du bor alene."));
    CHECK_FALSE(boundary_hit(R"(\bhar (set på|lagt til grund)\b)", "Vi har set påskeferien som en undtagelse."));
    CHECK(boundary_hit(R"(\b(vægt på)\b din)", "Vi har lagt vægt på din lægeerklæring."));
    CHECK_FALSE(boundary_hit(R"(\b(vægt på)\b din)", "Vi har lagt vægt påny din lægeerklæring."));
    CHECK(boundary_hit(R"(\b(ålborg|aalborg) kommune\b)", "Ålborg Kommune har bevilget hjælpen."));
    CHECK_FALSE(boundary_hit(R"(\b(ålborg|aalborg) kommune\b)", "Nordålborg Kommune har bevilget hjælpen."));
}

// An ASCII word next to æ, ø, å in the text: RE2's own \b takes a non-ASCII letter for a
// boundary, so "de" was found in "både" and "Område" and "for" in "forældre". A boundary at the
// pattern's start or end is the Unicode-aware one; a footnote's superscript digit is a boundary.
TEST_CASE("lexicon: an ASCII word is not found inside a word with æ, ø, å") {
    const char* said = R"(\b(du|(?-i:I)|de)\b(?:[^.]|\d\.){0,40}\b(fortalte|oplyste|skrev)\b)";
    CHECK(boundary_hit(said, "Ved mødet fortalte du os, at du ikke kan komme, og det skrev du også."));
    CHECK(boundary_hit(said, "De oplyste ved mødet, at de ikke kan komme."));
    CHECK_FALSE(boundary_hit(said, "Hjemmeplejen i Område Vest oplyste, at personalet ikke kan løfte."));
    CHECK_FALSE(boundary_hit(said, "Både lægen og fysioterapeuten skrev, at du kan gå 200 meter."));
    CHECK(boundary_hit(R"(\bfor\b)", "Det er godt for dig."));
    CHECK_FALSE(boundary_hit(R"(\bfor\b)", "Dine forældre har søgt."));
    CHECK(boundary_hit(R"(\bpartshøring\b)", "Vi sendte dig en partshøring² den 3. marts."));
    // A boundary right before a literal separator, or after a gap, still matches.
    CHECK(boundary_hit(R"(\b(godkende|dække)\b[^.]{0,80}\b, men ikke\b)", "Vi kan godkende udgiften til materialer, men ikke udgiften til håndværkere."));
    CHECK(boundary_hit(R"(^[^.]*?\b(er det|det er) (vores|udvalgets) vurdering,? at\s+)", "Det er udvalgets vurdering, at du ikke er i målgruppen."));
}
