// The audit summary page (index.html): numbers in Danish format, changes against the previous
// audit, one table per split, the LIX histogram, links to letter reports, escaping of everything
// that came from documents or file names, and no external resources or scripts.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "audit/summary_html.hpp"

using klartjek::audit::summary_html;
using Json = nlohmann::ordered_json;

namespace {

const char* const kFixture = R"JSON({
 "schema": "klartjek.audit-summary/1",
 "audit": {"id": 3, "started": "2026-11-23T10:00:00Z", "finished": "2026-11-23T10:05:00Z", "inputs": 1000, "analysed": 990, "failed": 10, "stores": ["audit.sqlite"]},
 "previous_audit": {"id": 2, "finished": "2026-08-20T09:00:00Z"},
 "requirements": [
   {"id": "legal_basis", "label": "Lovgrundlag", "applicable": 700, "met": 640, "share": 0.914, "previous_share": 0.88},
   {"id": "reasoning", "label": "Begrundelse", "applicable": 340, "met": 312, "share": 0.9176, "previous_share": 0.939},
   {"id": "appeal_guidance", "label": "Klagevejledning", "applicable": 990, "met": 950, "share": 0.9596, "previous_share": 0.96},
   {"id": "appeal_correct", "label": "Korrekt klagevejledning", "applicable": 950, "met": 900, "share": 0.9474, "previous_share": null},
   {"id": "citizen_statement", "label": "Borgerens synspunkter", "applicable": 340, "met": 200, "share": 0.5882, "previous_share": 0.61},
   {"id": "no_outdated_refs", "label": "Ingen forældede henvisninger", "applicable": 990, "met": 985, "share": 0.9949, "previous_share": 0.97}],
 "by_outcome": {
   "bevilling": {"letters": 600, "requirements": {
     "legal_basis": {"applicable": 360, "met": 320, "share": 0.8889},
     "appeal_guidance": {"applicable": 600, "met": 575, "share": 0.9583},
     "appeal_correct": {"applicable": 575, "met": 550, "share": 0.9565},
     "no_outdated_refs": {"applicable": 600, "met": 598, "share": 0.9967}}},
   "afslag": {"letters": 300, "requirements": {
     "legal_basis": {"applicable": 300, "met": 280, "share": 0.933},
     "reasoning": {"applicable": 300, "met": 275, "share": 0.9167},
     "appeal_guidance": {"applicable": 300, "met": 290, "share": 0.9667},
     "appeal_correct": {"applicable": 290, "met": 270, "share": 0.931},
     "citizen_statement": {"applicable": 300, "met": 180, "share": 0.6},
     "no_outdated_refs": {"applicable": 300, "met": 298, "share": 0.9933}}},
   "delvis bevilling": {"letters": 90, "requirements": {
     "legal_basis": {"applicable": 40, "met": 40, "share": 1.0},
     "reasoning": {"applicable": 40, "met": 37, "share": 0.925},
     "appeal_guidance": {"applicable": 90, "met": 85, "share": 0.9444},
     "appeal_correct": {"applicable": 85, "met": 80, "share": 0.9412},
     "citizen_statement": {"applicable": 40, "met": 20, "share": 0.5},
     "no_outdated_refs": {"applicable": 90, "met": 89, "share": 0.9889}}}},
 "by_provision": {
   "SEL § 100": {"letters": 400, "requirements": {"legal_basis": {"applicable": 300, "met": 290, "share": 0.9667},
     "appeal_guidance": {"applicable": 400, "met": 390, "share": 0.975}}},
   "SEL § 41": {"letters": 350, "requirements": {"legal_basis": {"applicable": 250, "met": 200, "share": 0.8},
     "appeal_guidance": {"applicable": 350, "met": 330, "share": 0.9429}}},
   "SEL § 97": {"letters": 240, "requirements": {"legal_basis": {"applicable": 150, "met": 150, "share": 1.0},
     "appeal_guidance": {"applicable": 240, "met": 230, "share": 0.9583}}}},
 "by_municipality": {
   "Odense Kommune": {"letters": 600, "requirements": {"legal_basis": {"applicable": 420, "met": 400, "share": 0.9524},
     "reasoning": {"applicable": 200, "met": 190, "share": 0.95}}},
   "Ærø <b>Kommune</b>": {"letters": 12, "requirements": {"legal_basis": {"applicable": 8, "met": 6, "share": 0.75}}},
   "Aarhus Kommune": {"letters": 378, "requirements": {"legal_basis": {"applicable": 272, "met": 234, "share": 0.8603}}}},
 "by_month": {
   "2024-06": {"letters": 500, "requirements": {"legal_basis": {"applicable": 350, "met": 330, "share": 0.9429}}},
   "2024-05": {"letters": 480, "requirements": {"legal_basis": {"applicable": 340, "met": 300, "share": 0.8824}}},
   "(ukendt dato)": {"letters": 10, "requirements": {"legal_basis": {"applicable": 10, "met": 10, "share": 1.0}}}},
 "lix": {"bins": [{"from": 0, "to": 5, "count": 0}, {"from": 5, "to": 10, "count": 0}, {"from": 10, "to": 15, "count": 1},
                  {"from": 15, "to": 20, "count": 3}, {"from": 20, "to": 25, "count": 6}, {"from": 25, "to": 30, "count": 35},
                  {"from": 30, "to": 35, "count": 65}, {"from": 35, "to": 40, "count": 230}, {"from": 40, "to": 45, "count": 270},
                  {"from": 45, "to": 50, "count": 180}, {"from": 50, "to": 55, "count": 120}, {"from": 55, "to": 60, "count": 45},
                  {"from": 60, "to": 65, "count": 20}, {"from": 65, "to": 70, "count": 12}, {"from": 70, "to": 100, "count": 3}],
         "bands": {"meget let": 10, "let": 100, "middel": 500, "svær": 300, "meget svær": 80}, "mean": 42.3, "median": 41.0, "letters": 990},
 "long_sentence_share": 0.12, "officialese_per_1000_words": 8.4, "passive_share_mean": 0.21,
 "top_rules": [{"rule": "plain-officialese", "severity": "info", "letters": 800, "findings": 4000},
               {"rule": "legal-reasoning-bare", "severity": "warning", "letters": 120, "findings": 130},
               {"rule": "appeal-missing", "severity": "error", "letters": 40, "findings": 40}],
 "worst_letters": [{"file": "breve/2024/a.pdf", "report": "letters/a.html", "errors": 5, "warnings": 3},
                   {"file": "breve/2024/x\"><script>alert(1)</script>.pdf", "report": "letters/x\"><script>.html", "errors": 4, "warnings": 1},
                   {"file": "breve/2024/\u202Efdp.exe", "report": "letters/fdp.html", "errors": 3, "warnings": 0},
                   {"file": "breve/2024/b.pdf", "report": "../../etc/passwd", "errors": 2, "warnings": 7},
                   {"file": "breve/2024/c.pdf", "report": "https://evil.example/c.html", "errors": 1, "warnings": 0}],
 "failures": [{"file": "breve/x.pdf", "reason": "PDF-filen er ufuldstændig …"},
              {"file": "breve/ø'\"&.pdf", "reason": "Filen er tom"}]
})JSON";

Json fixture() { return Json::parse(kFixture); }

std::size_t occurrences(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (auto p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + needle.size())) ++n;
    return n;
}

// The text from `from` up to and including the next `to` (empty when `from` is missing).
std::string slice(const std::string& hay, const std::string& from, const std::string& to) {
    auto a = hay.find(from);
    if (a == std::string::npos) return {};
    auto b = hay.find(to, a);
    return hay.substr(a, b == std::string::npos ? std::string::npos : b + to.size() - a);
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

const std::string kNbsp = "\u00a0";
const std::string kUp = "\u2191 +", kDown = "\u2193 \u2212", kSame = "\u2192 ";

}  // namespace

TEST_CASE("summary html: header, requirement shares and changes in Danish number format") {
    const std::string html = summary_html(fixture());
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<html lang=\"da\">") != std::string::npos);
    CHECK(html.find("Audit nr. 3") != std::string::npos);
    CHECK(html.find("23. november 2026 kl. 10.00 UTC") != std::string::npos);
    CHECK(html.find("23. november 2026 kl. 10.05 UTC") != std::string::npos);
    CHECK(html.find("audit nr. 2") != std::string::npos);
    CHECK(html.find("20. august 2026") != std::string::npos);
    CHECK(html.find(">1.000<") != std::string::npos);  // inputs
    CHECK(html.find(">990<") != std::string::npos);    // analysed
    CHECK(html.find(">10<") != std::string::npos);     // failed

    // Every requirement with count, share and change.
    for (const char* s : {"640 af 700 breve", "312 af 340 breve", "950 af 990 breve", "900 af 950 breve", "200 af 340 breve",
                          "985 af 990 breve"})
        CHECK_MESSAGE(html.find(s) != std::string::npos, s);
    for (const char* s : {"91,4", "91,8", "96,0", "94,7", "58,8", "99,5", "88,0", "93,9", "61,0", "97,0"})
        CHECK_MESSAGE(html.find(std::string(s) + kNbsp + "%") != std::string::npos, s);
    CHECK(html.find(kUp + "3,4") != std::string::npos);    // 91,4 − 88,0
    CHECK(html.find(kDown + "2,1") != std::string::npos);  // 91,8 − 93,9
    CHECK(html.find(kSame + "0,0") != std::string::npos);  // 96,0 − 96,0
    CHECK(html.find(kDown + "2,2") != std::string::npos);  // 58,8 − 61,0
    CHECK(html.find(kUp + "2,5") != std::string::npos);    // 99,5 − 97,0
    CHECK(occurrences(html, "\u2191") + occurrences(html, "\u2193") + occurrences(html, "\u2192") == 5);

    // No previous value: a dash and no arrow.
    const std::string row = slice(html, ">Korrekt klagevejledning</th>", "</tr>");
    REQUIRE_FALSE(row.empty());
    CHECK(row.find("\u2013") != std::string::npos);
    CHECK(row.find("\u2191") == std::string::npos);
    CHECK(row.find("\u2193") == std::string::npos);

    // Readability figures and rules.
    for (const char* s : {">42,3<", "Gennemsnitlig LIX (middel)", ">41,0<", "Median-LIX (middel)", "12,0\u00a0%", "8,4", "21,0\u00a0%"})
        CHECK_MESSAGE(html.find(s) != std::string::npos, s);
    CHECK(html.find("plain-officialese") != std::string::npos);
    CHECK(html.find(">4.000<") != std::string::npos);
    CHECK(html.find(">800<") != std::string::npos);
    CHECK(html.find("80,8\u00a0%") != std::string::npos);  // 800 of 990 letters
    CHECK(html.find(">fejl<") != std::string::npos);
    CHECK(html.find(">advarsel<") != std::string::npos);
    CHECK(html.find("PDF-filen er ufuldstændig …") != std::string::npos);
}

TEST_CASE("summary html: without a previous audit every change is a dash") {
    Json s = fixture();
    s["previous_audit"] = nullptr;
    for (auto& r : s["requirements"]) r["previous_share"] = nullptr;
    const std::string html = summary_html(s);
    CHECK(html.find("ingen tidligere audit") != std::string::npos);
    CHECK(html.find("\u2191") == std::string::npos);
    CHECK(html.find("\u2193") == std::string::npos);
    CHECK(html.find("\u2192") == std::string::npos);
    CHECK(html.find("640 af 700 breve") != std::string::npos);
}

TEST_CASE("summary html: strings from documents and file names are escaped") {
    const std::string html = summary_html(fixture());
    CHECK(html.find("Ærø &lt;b&gt;Kommune&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("<b>Kommune") == std::string::npos);
    CHECK(html.find("x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;.pdf") != std::string::npos);
    CHECK(lower(html).find("<script") == std::string::npos);
    CHECK(html.find("ø&#39;&quot;&amp;.pdf") != std::string::npos);
    // A right-to-left override in a file name is shown, not obeyed.
    CHECK(html.find("breve/2024/[U+202E]fdp.exe") != std::string::npos);
    CHECK(html.find("\u202e") == std::string::npos);
}

TEST_CASE("summary html: self-contained, no scripts and no external resources") {
    const std::string html = summary_html(fixture());
    const std::string l = lower(html);
    CHECK(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                    "img-src data:\">") != std::string::npos);
    CHECK(l.find("http://") == std::string::npos);
    CHECK(l.find("https://") == std::string::npos);
    CHECK(l.find("//") == std::string::npos);
    for (const char* bad : {"<script", "<link", "<img", "<iframe", "<object", " src=", "url(", "@import", "javascript:"})
        CHECK_MESSAGE(l.find(bad) == std::string::npos, bad);
    CHECK(l.find("<style>") != std::string::npos);
    // No event-handler attributes (" onload=", " onclick=" ...).
    for (auto p = l.find(" on"); p != std::string::npos; p = l.find(" on", p + 1)) {
        auto q = p + 3;
        while (q < l.size() && l[q] >= 'a' && l[q] <= 'z') ++q;
        CHECK_MESSAGE(!(q < l.size() && l[q] == '=' && q > p + 3), l.substr(p, 20));
    }
    // Links only go to anchors on the page or to letter reports beside it.
    for (auto p = html.find("href=\""); p != std::string::npos; p = html.find("href=\"", p + 1)) {
        const std::string target = html.substr(p + 6, html.find('"', p + 6) - p - 6);
        CAPTURE(target);
        CHECK((target.rfind("#", 0) == 0 || target.rfind("letters/", 0) == 0));
    }
    CHECK(html.find("evil.example") == std::string::npos);
    CHECK(html.find("etc/passwd") == std::string::npos);
}

TEST_CASE("summary html: the worst letters link to their reports") {
    const std::string html = summary_html(fixture());
    CHECK(html.find("<a href=\"letters/a.html\"><span class=\"file\">breve/2024/a.pdf</span></a>") != std::string::npos);
    CHECK(html.find("href=\"letters/x%22%3E%3Cscript%3E.html\"") != std::string::npos);
    CHECK(html.find("href=\"letters/fdp.html\"") != std::string::npos);
    // Reports outside the audit folder are not linked, but the letter is still listed.
    CHECK(html.find("<span class=\"file\">breve/2024/b.pdf</span>") != std::string::npos);
    CHECK(html.find("<span class=\"file\">breve/2024/c.pdf</span>") != std::string::npos);
    CHECK(occurrences(html, "href=\"letters/") == 3);
}

TEST_CASE("summary html: one table per split, rows sorted by group name, dash where a requirement does not apply") {
    const std::string html = summary_html(fixture());
    CHECK(occurrences(html, "<table class=\"split\">") == 4);
    CHECK(occurrences(html, "<table") == occurrences(html, "<caption>"));
    for (const char* id : {"id=\"udfald\"", "id=\"bestemmelse\"", "id=\"kommune\"", "id=\"maaned\""}) CHECK(html.find(id) != std::string::npos);
    // Requirement labels are the columns.
    const std::string outcome = slice(html, "id=\"udfald\"", "</table>");
    for (const char* label : {"Lovgrundlag", "Begrundelse", "Klagevejledning", "Korrekt klagevejledning", "Borgerens synspunkter",
                              "Ingen forældede henvisninger"})
        CHECK(outcome.find(std::string("<th scope=\"col\" class=\"num\">") + label + "</th>") != std::string::npos);
    // Sorted by outcome id (afslag, bevilling, delvis), shown in Danish: "bevilling" reads "fuld bevilling".
    CHECK(outcome.find(">afslag<") < outcome.find(">fuld bevilling<"));
    CHECK(outcome.find(">fuld bevilling<") < outcome.find(">delvis bevilling<"));
    CHECK(outcome.find(">bevilling<") == std::string::npos);
    CHECK(outcome.find("93,3\u00a0%") != std::string::npos);
    CHECK(outcome.find("280 af 300") != std::string::npos);
    // A full grant needs no reasoning and no citizen's views: two dashes in that row.
    const std::string grant = slice(outcome, ">fuld bevilling</th>", "</tr>");
    CHECK(occurrences(grant, "class=\"num na\"") == 2);

    const std::string provision = slice(html, "id=\"bestemmelse\"", "</table>");
    CHECK(provision.find("SEL § 41<") < provision.find("SEL § 97<"));
    CHECK(provision.find("SEL § 97<") < provision.find("SEL § 100<"));

    const std::string municipality = slice(html, "id=\"kommune\"", "</table>");
    CHECK(municipality.find("Odense Kommune") < municipality.find("Ærø &lt;b&gt;Kommune"));
    CHECK(municipality.find("<td class=\"num few\">") != std::string::npos);  // 8 letters: uncertain

    const std::string month = slice(html, "id=\"maaned\"", "</table>");
    CHECK(month.find(">maj 2024<") != std::string::npos);
    CHECK(month.find(">maj 2024<") < month.find(">juni 2024<"));
    CHECK(month.find(">(ukendt dato)<") != std::string::npos);
}

TEST_CASE("summary html: every letter listed, re-sortable without script, drill-down by outcome and municipality, bar charts") {
    auto summary = fixture();
    summary["letters"] = nlohmann::ordered_json::parse(R"([
      {"file": "breve/2024/a.pdf", "report": "letters/a.html", "outcome": "afslag", "municipality": "Odense Kommune",
       "errors": 2, "warnings": 1, "infos": 0, "lix": 48.25, "requirements": {"legal_basis": true, "reasoning": false, "citizen_statement": null}},
      {"file": "breve/2024/b.pdf", "report": "letters/b.html", "outcome": "bevilling", "municipality": "Ærø <b>Kommune</b>",
       "errors": 0, "warnings": 0, "infos": 3, "lix": null, "requirements": {"legal_basis": true}}])");
    const std::string html = summary_html(summary);
    const std::string list = slice(html, "<section id=\"breve\"", "</section>");
    CHECK(occurrences(list, "<tr style=\"--n:") == 2);
    CHECK(list.find("a.pdf") < list.find("b.pdf"));  // as given: most errors first
    CHECK(list.find("<td class=\"num\">1 af 2</td>") != std::string::npos);
    CHECK(list.find("id=\"sort-lix\"") != std::string::npos);
    CHECK(html.find("#sort-lix:checked~.scroll tbody tr{order:var(--l)}") != std::string::npos);
    // The split tables link to the drill-down sections, and every anchor has a target.
    CHECK(html.find("<a href=\"#udfald-bevilling\">fuld bevilling</a></th>") != std::string::npos);
    CHECK(html.find("<section id=\"kommune-aeroe-b-kommune-b\" class=\"group\">") != std::string::npos);
    std::size_t at = 0, anchors = 0;
    while ((at = html.find("href=\"#", at)) != std::string::npos) {
        at += 7;
        const std::string id = html.substr(at, html.find('"', at) - at);
        CHECK_MESSAGE(html.find("id=\"" + id + "\"") != std::string::npos, id);
        ++anchors;
    }
    CHECK(anchors > 10);
    for (const char* chart : {"diagram-krav", "diagram-bestemmelse", "diagram-kommune"})
        CHECK(html.find(std::string("aria-labelledby=\"") + chart + "-t\"") != std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
}

TEST_CASE("summary html: LIX histogram with one bar per bin, band boundaries and the five Danish bands") {
    const std::string html = summary_html(fixture());
    // The histogram (the bar charts of the shares come before it).
    const std::string svg = slice(html, "aria-labelledby=\"lix-title\"", "</svg>");
    REQUIRE_FALSE(svg.empty());
    CHECK(html.find("role=\"img\" aria-labelledby=\"lix-title\"") != std::string::npos);
    CHECK(occurrences(svg, "<rect class=\"bin\"") == 15);
    CHECK(occurrences(svg, "class=\"boundary\"") == 4);
    for (const char* b : {"25", "35", "45", "55"}) CHECK(svg.find(std::string("class=\"tick strong\">") + b + "<") != std::string::npos);
    for (const char* band : {"meget let", "let", "middel", "svær", "meget svær"}) {
        CHECK(svg.find(std::string("class=\"band\">") + band + "<") != std::string::npos);
        CHECK(html.find(std::string("</span>") + band + "</th>") != std::string::npos);  // band table row
    }
    CHECK(svg.find("LIX 70\u2013100: 3 breve (meget svær)") != std::string::npos);
    CHECK(svg.find("LIX 40\u201345: 270 breve (middel)") != std::string::npos);
    CHECK(svg.find("median 41,0") != std::string::npos);
    CHECK(html.find(">500<") != std::string::npos);  // middel letters
    CHECK(html.find("50,5\u00a0%") != std::string::npos);  // 500 of 990
}

TEST_CASE("summary html: missing or malformed fields never throw") {
    CHECK_NOTHROW(summary_html(Json::object()));
    CHECK_NOTHROW(summary_html(Json::array()));
    Json s = fixture();
    s["lix"]["bins"] = "nonsense";
    s["requirements"][0]["share"] = "x";
    s["requirements"][1]["applicable"] = 0;
    s["by_month"] = nullptr;
    s["audit"]["started"] = "not a date";
    std::string html;
    CHECK_NOTHROW(html = summary_html(s));
    CHECK(html.find("not a date") != std::string::npos);
    CHECK(html.find("640 af 700 breve") != std::string::npos);  // share recomputed from the counts
    CHECK(html.find("91,4\u00a0%") != std::string::npos);
    CHECK(html.find("ikke relevant for nogen breve") != std::string::npos);
}
