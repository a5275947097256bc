// Baselines and suppressions (issue 14, items 2-3) on real letters: fingerprints that survive
// moved lines, the occurrence index, a baseline that hides what it knows and never holds a CPR
// number, [[suppress]] entries and their Danish file:line errors, and Word comments
// "klartjek:ignore rule — reason" anchored in paragraphs.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "config/baseline.hpp"
#include "config/config.hpp"
#include "core/pipeline.hpp"

using namespace klartjek;

namespace {

std::string slurp(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

Analysis analyse_text(const std::string& letter, const std::string& name, AnalyseOptions opt = {}) {
    return analyse_document(extract::extract_text(letter, name), opt);
}

std::multiset<std::string> fingerprints(const Analysis& a) {
    std::multiset<std::string> out;
    for (const auto& f : a.findings) out.insert(f.fingerprint);
    return out;
}

std::string suppress_error(const std::string& toml) {
    try {
        config::parse(toml, "kommune.toml", lexicon::embedded());
    } catch (const config::ConfigError& e) {
        return e.what();
    }
    return "";
}

// A letter in the old "De" style with many passive sentences (the case file without its markers).
std::string letter_text() {
    std::istringstream in(slurp("tests/cases/plain-passive/de-stil-ophoer-modal-og-s-passiv.txt"));
    std::string line, out;
    while (std::getline(in, line))
        if (line.rfind("#>", 0) != 0) out += line + "\n";
    return out;
}

}  // namespace

TEST_CASE("baseline: fingerprints survive moved lines and another folder, not another rule or letter") {
    std::string letter = letter_text();
    REQUIRE(!letter.empty());
    Analysis before = analyse_text(letter, "breve/april/07-randers.txt");
    REQUIRE(before.findings.size() > 5);
    for (const auto& f : before.findings) CHECK(f.fingerprint.size() == 32);
    // Every line moved down by three blank lines and a new paragraph at the top; another folder.
    Analysis after = analyse_text("\n\n\nNy indledende linje uden betydning.\n\n" + letter, "breve/maj/07-randers.txt");
    auto a = fingerprints(before), b = fingerprints(after);
    std::size_t kept = 0;
    for (const auto& fp : a) kept += b.count(fp) > 0;
    // Whole-letter findings whose wording depends on counts may change; located ones must not.
    std::size_t located = 0;
    for (const auto& f : before.findings) located += f.end > f.begin;
    CHECK(kept >= located);
    // Another file name is another letter.
    Analysis other = analyse_text(letter, "breve/maj/08-andet.txt");
    for (const auto& fp : fingerprints(other)) CHECK(a.count(fp) == 0);
}

TEST_CASE("baseline: the same finding twice in a letter gets an occurrence index") {
    std::vector<Finding> fs(2);
    for (auto& f : fs) f.rule = "plain-passive";
    std::string text = "Det vurderes. Det   VURDERES.";
    fs[0].begin = 0, fs[0].end = 12;
    fs[1].begin = 14, fs[1].end = 28;
    baseline::assign(fs, text, {}, "a/brev.txt");
    CHECK(fs[0].fingerprint != fs[1].fingerprint);
    CHECK(baseline::finding_text(text, {}, fs[1], true) == "det vurderes");
    // Swapping the order keeps the set of fingerprints (index by order of the same text).
    std::vector<Finding> again = fs;
    again[1].begin = 14, again[1].end = 26;
    baseline::assign(again, "Det vurderes. Det vurderes. ", {}, "b/brev.txt");
    CHECK(again[0].fingerprint == fs[0].fingerprint);
    CHECK(again[1].fingerprint == fs[1].fingerprint);
}

TEST_CASE("baseline: hides what it knows; its entries hold no CPR number; a new finding stays") {
    const std::string path = "samples/03-koebenhavn-ledsagelse-afslag.pdf";
    Analysis first = analyse_file(path);
    auto entries = baseline::entries(first);
    REQUIRE(entries.size() == first.findings.size());
    std::string json = baseline::to_json(entries, "2025-01-01T00:00:00Z").dump();
    CHECK(json.find("klartjek.baseline/1") != std::string::npos);
    CHECK(json.find("\"file\":\"03-koebenhavn-ledsagelse-afslag.pdf\"") != std::string::npos);
    CHECK(std::any_of(entries.begin(), entries.end(), [](const baseline::Entry& e) { return e.rule == "privacy-cpr"; }));
    for (const auto& cpr : first.cpr.numbers) {
        std::string number = first.text.text.substr(cpr.first, cpr.second - cpr.first);
        std::string digits;
        for (char c : number)
            if (c >= '0' && c <= '9') digits += c;
        CHECK(json.find(number) == std::string::npos);
        CHECK(json.find(digits.substr(0, 6)) == std::string::npos);
    }
    baseline::Baseline b;
    for (const auto& e : entries) b.fingerprints.insert(e.fingerprint);
    b.fingerprints.erase(first.findings.front().fingerprint);  // one finding is "new"
    AnalyseOptions opt;
    opt.baseline = &b;
    Analysis second = analyse_file(path, opt);
    REQUIRE(second.findings.size() == 1);
    CHECK(second.findings.front().fingerprint == first.findings.front().fingerprint);
    CHECK(second.known.size() == first.findings.size() - 1);
    // Both together are what --write-baseline records again.
    CHECK(baseline::entries(second).size() == entries.size());
}

TEST_CASE("baseline: a file that is missing or not a baseline is one Danish sentence") {
    auto err = [](const std::string& p) {
        try {
            baseline::load(p);
        } catch (const baseline::BaselineError& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    CHECK(err("findes-ikke.json") == "findes-ikke.json: basislinjen findes ikke eller kan ikke læses");
    CHECK(err("samples/labels.json").find("er ikke en basislinje fra klartjek") != std::string::npos);
    CHECK(err("README.md") == "README.md: basislinjen er ikke gyldig JSON (skriv den med --write-baseline)");
}

TEST_CASE("suppress: [[suppress]] by rule, by RE2 text and by fingerprint move findings out, with reason and origin") {
    std::string letter = letter_text();
    Analysis plain = analyse_text(letter, "07.txt");
    auto n_rule = [](const std::vector<Finding>& v, const std::string& r) {
        return std::count_if(v.begin(), v.end(), [&](const Finding& f) { return f.rule == r; });
    };
    REQUIRE(n_rule(plain.findings, "plain-officialese") >= 1);
    REQUIRE(n_rule(plain.findings, "plain-passive") >= 3);
    const Finding* target = nullptr;
    for (const auto& f : plain.findings)
        if (f.rule == "plain-passive" && !target) target = &f;
    REQUIRE(target);
    std::string fp = target->fingerprint;
    auto cfg = config::parse(
        "[[suppress]]\n"
        "rule = \"plain-officialese\"\n"
        "text = \"(?i)^de$\"\n"
        "reason = \"Vi skriver De i breve til ældre borgere\"\n"
        "who = \"Jura\"\n"
        "date = 2025-03-01\n"
        "\n"
        "[[suppress]]\n"
        "rule = \"plain-passive\"\n"
        "fingerprint = \"" + fp + "\"\n"
        "reason = \"Henvisningen er rettet i skabelonen\"\n",
        "kommune.toml", lexicon::embedded());
    REQUIRE(cfg.suppress.size() == 2);
    AnalyseOptions opt;
    opt.config = &cfg;
    Analysis a = analyse_text(letter, "07.txt", opt);
    REQUIRE(!a.suppressed.empty());
    bool saw_fp = false, saw_de = false;
    for (const auto& s : a.suppressed) {
        if (s.finding.rule == "plain-passive") {
            saw_fp = true;
            CHECK(s.finding.fingerprint == fp);
            CHECK(s.origin == "kommune.toml:8");
            CHECK(s.reason == "Henvisningen er rettet i skabelonen");
        } else {
            saw_de = true;
            CHECK(s.finding.rule == "plain-officialese");
            CHECK(s.origin == "kommune.toml:1");
            CHECK(s.who == "Jura");
            CHECK(s.date == "2025-03-01");
        }
        CHECK(!s.in_source);
    }
    CHECK(saw_fp);
    CHECK(saw_de);
    // Nothing is lost: shown + suppressed = all.
    CHECK(a.findings.size() + a.suppressed.size() == plain.findings.size());
    CHECK(n_rule(a.findings, "plain-passive") == n_rule(plain.findings, "plain-passive") - 1);
}

TEST_CASE("suppress: entries that cannot be used are Danish file:line errors") {
    CHECK(suppress_error("[[suppress]]\nrule = \"plain-passive\"\n") ==
          "kommune.toml:1: [[suppress]] for \"plain-passive\" mangler en begrundelse: reason = \"…\"");
    CHECK(suppress_error("[rules]\n\"plain-lix\" = \"off\"\n\n[[suppress]]\nrule = \"plain-pasive\"\nreason = \"x\"\n") ==
          "kommune.toml:4: ukendt regel \"plain-pasive\" i [[suppress]] (se 'klartjek rules')");
    CHECK(suppress_error("[[suppress]]\nrule = \"plain-passive\"\ntext = \"(vurderes\"\nreason = \"x\"\n") ==
          "kommune.toml:1: text = \"(vurderes\" er ikke et gyldigt RE2-mønster");
    CHECK(suppress_error("[[suppress]]\nrule = \"plain-*\"\nreason = \"x\"\nhvorfor = \"y\"\n") ==
          "kommune.toml:4: ukendt nøgle \"hvorfor\" i [[suppress]] (kan være: rule, text, fingerprint, reason, who, date)");
    CHECK(suppress_error("[[suppress]]\nrule = \"plain-passive\"\nfingerprint = \"abc\"\nreason = \"x\"\n") ==
          "kommune.toml:1: fingerprint skal være 32 tegn 0-9 og a-f (som i JSON- og SARIF-uddata)");
    CHECK(suppress_error("[[suppress]]\nrule = \"plain-passive\"\nreason = \"   \"\n").find("mangler en begrundelse") != std::string::npos);
    CHECK(suppress_error("[suppress]\nrule = \"plain-passive\"\n") ==
          "kommune.toml:1: suppress skal skrives [[suppress]] (en liste af tabeller)");
    // A separate suppression file holds only [[suppress]].
    try {
        config::parse_suppressions("[rules]\n\"plain-lix\" = \"off\"\n", "godkendt.toml");
        FAIL("no error");
    } catch (const config::ConfigError& e) {
        CHECK(std::string(e.what()) == "godkendt.toml:1: ukendt nøgle \"rules\" (en undertrykkelsesfil har kun [[suppress]]-punkter)");
    }
    CHECK(config::parse_suppressions("[[suppress]]\nrule = \"plain-*\"\nreason = \"x\"\n", "g.toml").size() == 1);
}

TEST_CASE("suppress: Word comments 'klartjek:ignore rule — reason' suppress that rule in the paragraphs they anchor") {
    Analysis a = analyse_file("tests/inputs/docx/constructs/ignore-comments.docx");
    // Four comments: two with a reason (a range around paragraph 5, a point in paragraph 9), one
    // without a reason and one ordinary comment: only the first two are kept as suppressions.
    REQUIRE(a.document.ignore_comments.size() == 3);
    std::map<int, const SuppressedFinding*> by_para;
    for (const auto& s : a.suppressed) by_para[a.text.locate(s.finding.begin).line] = &s;
    REQUIRE(by_para.size() == 2);
    REQUIRE(by_para.count(5));
    REQUIRE(by_para.count(9));
    CHECK(by_para[5]->finding.rule == "plain-passive");
    CHECK(by_para[5]->reason == "Standardformulering godkendt af juridisk afdeling");
    CHECK(by_para[5]->origin == "ignore-comments.docx: kommentar i afsnit 5");
    CHECK(by_para[5]->in_source);
    CHECK(by_para[9]->reason == "Aftalt med borgeren på mødet");
    // The passive sentences elsewhere (10, and 12 whose comment gives no reason, 13 with an
    // ordinary comment) are still findings.
    std::set<int> shown;
    for (const auto& f : a.findings)
        if (f.rule == "plain-passive") shown.insert(a.text.locate(f.begin).line);
    CHECK(shown == std::set<int>{10, 12, 13});
}
