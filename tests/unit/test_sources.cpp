// Sources a reader can open (issue 13, item 3): every rule and checklist line names its real
// source (the law and §, or the guidance by authority and title), never a file of klartjek's or
// a tag of its domain brief; a named guidance carries its address; normalised references in the
// HTML report link to the consolidated act on Retsinformation.
#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>

#include "core/pipeline.hpp"
#include "extract/extract.hpp"
#include "legal/acts.hpp"
#include "legal/checklist.hpp"
#include "legal/sources.hpp"
#include "report/formats.hpp"
#include "report/links.hpp"
#include "rules/registry.hpp"

using namespace klartjek;

namespace {

// What a reader cannot open: klartjek's own files and the tags of its domain brief
// ("domain.md", "lexicons/…", "S16", "KV-08", "PL-05", "REF-08", "STR-03", "OUT-02", "§4.2").
const RE2 kInternal(
    R"((?i)domain\.md|design\.md|readme|\.(?:md|txt|cpp|hpp|json)\b|\blexicons?/|\bsrc/|\btests/|\bS[0-9]{1,2}\b|)"
    R"(\b(?:KV|PL|REF|STR|OUT)-[0-9]+\b|§[0-9]+\.[0-9])");
const RE2 kUrl(R"(https://[a-z0-9.-]+\.[a-z]{2,}/\S*)");

// The source names a guidance exactly as legal/sources.hpp spells it, and that is where the
// address leads.
void check_source(const std::string& who, std::string_view source, std::string_view url) {
    INFO(who << ": " << source);
    CHECK_FALSE(source.empty());
    CHECK_FALSE(RE2::PartialMatch(source, kInternal));
    if (url.empty()) return;
    CHECK(RE2::FullMatch(url, kUrl));
    const auto* named = legal::sources::by_url(url);
    REQUIRE(named != nullptr);
    CHECK(source.find(named->name) != std::string_view::npos);
}

Analysis text_letter(const std::string& s) { return analyse_document(extract::extract_text(s, "brev.txt")); }

}  // namespace

TEST_CASE("sources: every rule names a real source, never an internal file") {
    CHECK(RE2::PartialMatch("RSL § 60; domain.md KV-08", kInternal));  // the pattern bites
    CHECK(RE2::PartialMatch("Ankestyrelsen (S16)", kInternal));
    CHECK(RE2::PartialMatch("Hunspell + lexicons/spelling_da.txt", kInternal));
    CHECK_FALSE(RE2::PartialMatch("FVL § 24, stk. 1; RSL §§ 66-67", kInternal));
    for (const auto& r : rules::registry()) check_source(std::string(r.id), r.source, r.source_url);
}

TEST_CASE("sources: every checklist element names a real source with its address") {
    for (const auto& id : legal::checklist_elements()) {
        auto s = legal::element_source(id);
        CHECK_FALSE(s.url.empty());
        check_source("checklist " + id, s.name, s.url);
    }
    // The verdicts carry them, whatever the letter.
    Analysis a = text_letter("Afgørelse\n\nDu får afslag på hjælp efter serviceloven § 100.\n");
    REQUIRE(a.elements.checklist.items.size() == legal::checklist_elements().size());
    for (const auto& v : a.elements.checklist.items) {
        CHECK(v.source == legal::element_source(v.element).name);
        CHECK(v.source_url == legal::element_source(v.element).url);
    }
}

TEST_CASE("sources: every named guidance has an address, and no two share one") {
    for (const auto* s : legal::sources::all) {
        INFO(s->name);
        CHECK_FALSE(RE2::PartialMatch(s->name, kInternal));
        CHECK(RE2::FullMatch(s->url, kUrl));
        CHECK(legal::sources::by_url(s->url) == s);
    }
}

TEST_CASE("acts: the consolidated acts are Retsinformation ELI addresses from the known consolidations") {
    const auto acts = legal::act_urls(lexicon::embedded());
    CHECK(acts.at("SEL") == "https://www.retsinformation.dk/eli/lta/2024/909");  // LBK nr. 909 af 03/07/2024
    CHECK(acts.at("BL") == "https://www.retsinformation.dk/eli/lta/2025/282");   // LBK nr. 282 af 17/03/2025
    CHECK(acts.at("RSL") == "https://www.retsinformation.dk/eli/lta/2024/261");  // LBK nr. 261 af 13/03/2024
    CHECK(acts.at("FVL") == "https://www.retsinformation.dk/eli/lta/2014/433");  // LBK nr. 433 af 22/04/2014
    CHECK(acts.at("ÆL") == "https://www.retsinformation.dk/eli/lta/2024/1651");  // LOV nr. 1651 af 30/12/2024
    CHECK(acts.size() == 5);  // no act without a known number
    CHECK(legal::act_url("OFL", lexicon::embedded()).empty());
}

TEST_CASE("acts: normalised references become links, other text does not") {
    const report::RefLinker l({{"SEL", "https://www.retsinformation.dk/eli/lta/2024/909"},
                               {"ÆL", "https://www.retsinformation.dk/eli/lta/2024/1651"}});
    const std::string sel = "<a class=\"law\" href=\"https://www.retsinformation.dk/eli/lta/2024/909\" rel=\"noopener noreferrer\">";
    CHECK(l.link("SEL § 97, stk. 1") == sel + "SEL § 97, stk. 1</a>");
    CHECK(l.link("SEL § 113 b, SEL §§ 83-84 og ") ==
          sel + "SEL § 113 b</a>, " + sel + "SEL §§ 83-84</a> og ");
    CHECK(l.link("jf. ÆL § 10.").find("eli/lta/2024/1651\" rel=\"noopener noreferrer\">ÆL § 10</a>.") != std::string::npos);
    CHECK(l.link("OFL § 7 og SUL § 140") == "OFL § 7 og SUL § 140");  // no act in the table: no link
    CHECK(l.link("XSEL § 1") == "XSEL § 1");                           // not a law id
    CHECK(l.link("serviceloven § 97") == "serviceloven § 97");         // not normalised
}

TEST_CASE("html: a SEL reference links to the act, a law without an act gets no link") {
    Analysis a = analyse_file("samples/03-koebenhavn-ledsagelse-afslag.pdf");
    const std::string h = report::html(a, {}, "");
    CHECK(h.find("<a class=\"law\" href=\"https://www.retsinformation.dk/eli/lta/2024/909\" rel=\"noopener noreferrer\">SEL § 97, stk. 1</a>") !=
          std::string::npos);
    // The CSP still allows no script, and the report has none.
    CHECK(h.find("default-src 'none'") != std::string::npos);
    CHECK(h.find("<script") == std::string::npos);
    // The guidance behind a finding is a link too.
    CHECK(h.find("href=\"https://ast.dk/for-borgere-med-en-klagesag/din-sag-i-ankestyrelsen/klagevejledning-og-tidsfrister\" "
                 "rel=\"noopener noreferrer\">Ankestyrelsen, Klagevejledning og tidsfrister</a>") != std::string::npos);

    Analysis o = text_letter(
        "Afgørelse om aktindsigt\n\nDu får afslag på aktindsigt, jf. offentlighedslovens § 7 og serviceloven § 100.\n");
    const std::string ho = report::html(o, {}, "");
    REQUIRE(ho.find("OFL § 7") != std::string::npos);
    CHECK(ho.find(">OFL § 7</a>") == std::string::npos);
    CHECK(ho.find(">SEL § 100</a>") != std::string::npos);
}
