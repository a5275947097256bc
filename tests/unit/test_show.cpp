// What the reports show (src/report/show.cpp): errors first, --min-level, families, Danish
// counting words and decimal commas.
#include <doctest/doctest.h>

#include "core/pipeline.hpp"
#include "report/show.hpp"

using namespace klartjek;

namespace {

Finding finding(const char* rule, Severity s, std::uint32_t begin) {
    Finding f;
    f.rule = rule;
    f.severity = s;
    f.begin = begin;
    f.end = begin ? begin + 3 : 0;
    return f;
}

}  // namespace

TEST_CASE("shown findings: errors first, then by position; --min-level filters") {
    Analysis a;
    a.findings = {finding("privacy-cpr", Severity::info, 5), finding("plain-lix", Severity::warning, 0),
                  finding("appeal-missing", Severity::error, 90), finding("plain-passive", Severity::info, 2),
                  finding("legal-basis-missing", Severity::error, 40), finding("plain-sentence-long", Severity::warning, 30)};
    report::TextOptions opt;
    std::vector<std::string> order;
    for (const Finding* f : report::shown_findings(a, opt)) order.push_back(f->rule);
    CHECK(order == std::vector<std::string>{"legal-basis-missing", "appeal-missing", "plain-lix", "plain-sentence-long", "plain-passive",
                                            "privacy-cpr"});
    opt.min_level = Severity::warning;
    CHECK(report::shown_findings(a, opt).size() == 4);
    opt.min_level = Severity::error;
    auto errors = report::shown_findings(a, opt);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0]->rule == "legal-basis-missing");
    auto c = report::count_findings(a);  // counts are over all findings, whatever is shown
    CHECK(c[0] == 2);
    CHECK(c[1] == 2);
    CHECK(c[2] == 2);
}

TEST_CASE("rule families") {
    CHECK(std::string(report::rule_family("legal-reasoning-bare")) == "jura");
    CHECK(std::string(report::rule_family("appeal-deadline-wrong")) == "jura");
    CHECK(std::string(report::rule_family("template-leftover")) == "jura");
    CHECK(std::string(report::rule_family("plain-officialese")) == "sprog");
    CHECK(std::string(report::rule_family("spell-unknown-word")) == "sprog");
    CHECK(std::string(report::rule_family("privacy-cpr")) == "andet");
    CHECK(std::string(report::rule_family("extract-no-text")) == "andet");
}

TEST_CASE("Danish counting words and the summary line") {
    CHECK(report::plural_da(1, "brev", "breve") == "1 brev");
    CHECK(report::plural_da(0, "brev", "breve") == "0 breve");
    CHECK(report::counts_da({1, 1, 1}) == "1 fejl, 1 advarsel, 1 info");
    CHECK(report::counts_da({14, 2, 2}) == "2 fejl, 2 advarsler, 14 info");
    CHECK(report::summary_line_da(3, {14, 1, 2}, 0, Severity::info) == "3 breve: 2 fejl, 1 advarsel, 14 info");
    CHECK(report::summary_line_da(1, {0, 0, 0}, 0, Severity::error) == "1 brev: 0 fejl, 0 advarsler, 0 info · viser kun fejl");
    CHECK(report::summary_line_da(2, {1, 0, 0}, 1, Severity::warning) ==
          "2 breve: 0 fejl, 0 advarsler, 1 info (1 kunne ikke læses) · viser fejl og advarsler");
    CHECK(report::decimal_da(26.25, 1) == "26,2");
    CHECK(report::decimal_da(3.0, 2) == "3,00");
}
