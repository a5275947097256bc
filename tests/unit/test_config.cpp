// The user's configuration (src/config/): what .klartjek.toml changes on real letters, and the
// Danish file:line errors for a file that cannot be used.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "config/config.hpp"
#include "core/pipeline.hpp"

using namespace klartjek;
namespace fs = std::filesystem;

namespace {

Analysis analyse(const std::string& path, const config::Config* cfg = nullptr) {
    AnalyseOptions opt;
    opt.config = cfg;
    return analyse_file(path, opt);
}

Analysis analyse_text(const std::string& letter, const config::Config* cfg = nullptr) {
    AnalyseOptions opt;
    opt.config = cfg;
    return analyse_document(extract::extract_text(letter, "brev.txt"), opt);
}

std::size_t count(const Analysis& a, const std::string& rule_prefix) {
    return static_cast<std::size_t>(std::count_if(a.findings.begin(), a.findings.end(), [&](const Finding& f) {
        return f.rule.rfind(rule_prefix, 0) == 0;
    }));
}

const Finding* first(const Analysis& a, const std::string& rule) {
    for (const auto& f : a.findings)
        if (f.rule == rule && f.end > f.begin) return &f;
    return nullptr;
}

std::string error_of(const std::string& toml) {
    try {
        config::parse(toml, "kommune.toml", lexicon::embedded());
    } catch (const config::ConfigError& e) {
        return e.what();
    }
    return "";
}

const char* kSample = "samples/03-koebenhavn-ledsagelse-afslag.pdf";

// A refusal whose appeal guidance is the unit's own wording and names no deadline.
const char* kLetter =
    "Kolding Kommune\nSocialafdelingen\n\nAfgørelse om ledsagelse\n\n"
    "Du har søgt om 15 timers ledsagelse om måneden. Vi har den 3. marts 2025 talt med dig om din ansøgning, "
    "og du fortalte, at du gerne vil på biblioteket hver uge. Du får afslag på ledsagelse.\n\n"
    "Vi har truffet afgørelsen efter servicelovens § 97, stk. 1. Vi har lagt vægt på, at du selv kan gå "
    "på biblioteket med den bus, du bruger hver dag, og at du ikke har en betydelig nedsat funktionsevne.\n\n"
    "Sådan klager du\n\n"
    "Er du uenig, kan du skrive til Kolding Kommune, Socialafdelingen. Vi ser på sagen igen og sender den "
    "til Ankestyrelsen, hvis vi fastholder afgørelsen.\n\n"
    "Med venlig hilsen\nKaren Jensen\nsagsbehandler\n";

const char* kApproved =
    "Er du uenig, kan du skrive til Kolding Kommune, Socialafdelingen. Vi ser på sagen igen og sender den "
    "til Ankestyrelsen, hvis vi fastholder afgørelsen.";

}  // namespace

TEST_CASE("config: a file that cannot be used is a Danish error with file:line") {
    CHECK(error_of("[rulez]\n").find("kommune.toml:1: ukendt sektion [rulez]") == 0);
    CHECK(error_of("[rules]\n\"plain-lixx\" = \"off\"\n").find("kommune.toml:2: ukendt regel \"plain-lixx\"") == 0);
    CHECK(error_of("[rules]\n\"nope-*\" = \"off\"\n").find("kommune.toml:2: ukendt regel \"nope-*\"") == 0);
    CHECK(error_of("[rules]\n\"plain-lix\" = \"loud\"\n").find("kommune.toml:2: reglen \"plain-lix\" skal have") == 0);
    CHECK(error_of("[thresholds]\nlix = 40\n").find("kommune.toml:2: ukendt grænse \"lix\"") == 0);
    CHECK(error_of("[thresholds]\n\nlix_info = -1\n").find("kommune.toml:3: grænsen \"lix_info\" skal være et tal") == 0);
    CHECK(error_of("[thresholds]\nlix_info = 60\n").find("kommune.toml:2: lix_info (60) må ikke være større end lix_warning (55)") == 0);
    CHECK(error_of("[words]\naccept = [\"to ord\"]\n").find("kommune.toml:2: accept: \"to ord\" skal være ét ord") == 0);
    CHECK(error_of("[profile]\nklagevejledning = \"Klag til os.\"\n").find("kommune.toml:2: klagevejledning: teksten er for kort") == 0);
    CHECK(error_of("[rules\n").find("kommune.toml:1: ugyldig TOML i linje 1") == 0);
    CHECK(error_of("titel = 3\n").find("kommune.toml:1: \"titel\" skal være en sektion") == 0);
    // Danish spellings of the sections and levels are accepted.
    CHECK(error_of("[regler]\n\"plain-lix\" = \"fra\"\n\"plain-passive\" = \"advarsel\"\n[\"grænser\"]\nlix_info = 50\n").empty());
}

TEST_CASE("config: rule levels and families on a real letter") {
    Analysis plain = analyse(kSample);
    REQUIRE(count(plain, "plain-") > 0);
    REQUIRE(first(plain, "plain-lix"));
    CHECK(first(plain, "plain-lix")->severity == Severity::warning);  // LIX 55: "meget svær"

    auto off = config::parse("[rules]\n\"plain-*\" = \"off\"\n\"plain-lix\" = \"error\"\n", "k.toml", lexicon::embedded());
    Analysis a = analyse(kSample, &off);
    CHECK(count(a, "plain-") == 1);  // the exact id beats the family
    REQUIRE(first(a, "plain-lix"));
    CHECK(first(a, "plain-lix")->severity == Severity::error);
    CHECK(count(a, "legal-") == count(plain, "legal-"));  // the other families are untouched
    // The understanding is not configured: the checklist is the same.
    CHECK(a.elements.outcome == plain.elements.outcome);

    const auto* s = off.setting("plain-passive");
    REQUIRE(s);
    CHECK(s->key == "plain-*");
    CHECK(s->origin.text() == "k.toml:2");
}

TEST_CASE("config: thresholds change what the plain-language rules report") {
    auto cfg = config::parse("[thresholds]\nlix_warning = 60\n", "k.toml", lexicon::embedded());
    Analysis a = analyse(kSample, &cfg);
    REQUIRE(first(a, "plain-lix"));
    CHECK(first(a, "plain-lix")->severity == Severity::info);  // 55 is below the unit's 60
    CHECK(cfg.threshold("lix_warning", lexicon::embedded()) == 60);
    CHECK(cfg.threshold("lix_info", lexicon::embedded()) == 45);  // unset: the lexicon's

    Analysis plain = analyse(kSample);
    auto strict = config::parse("[thresholds]\nlong_sentence_info = 15\nlong_sentence_warning = 20\n", "k.toml", lexicon::embedded());
    Analysis b = analyse(kSample, &strict);
    CHECK(count(b, "plain-sentence-long") > count(plain, "plain-sentence-long"));
    CHECK(b.readability.long_sentences > plain.readability.long_sentences);
}

TEST_CASE("config: accepted words and allowed officialese on a real letter") {
    Analysis plain = analyse(kSample);
    const Finding* officialese = first(plain, "plain-officialese");
    REQUIRE(officialese);
    std::string phrase = plain.text.text.substr(officialese->begin, officialese->end - officialese->begin);
    auto cfg = config::parse("[officialese]\nallow = [\"" + phrase + "\"]\n", "k.toml", lexicon::embedded());
    Analysis a = analyse(kSample, &cfg);
    for (const auto& f : a.findings)
        if (f.rule == "plain-officialese") CHECK(a.text.text.substr(f.begin, f.end - f.begin) != phrase);
    CHECK(count(a, "plain-officialese") < count(plain, "plain-officialese"));

    // The sentence goes into the body: text after the signature is not the letter's own text.
    std::string letter = kLetter;
    letter.insert(letter.find("Sådan klager du"), "Du kan bruge flexlinjebussen.\n\n");
    Analysis spelled = analyse_text(letter);
    const Finding* unknown = nullptr;
    for (const auto& f : spelled.findings)
        if (f.rule == "spell-unknown-word" && spelled.text.text.substr(f.begin, f.end - f.begin) == "flexlinjebussen")
            unknown = &f;
    REQUIRE(unknown);
    auto words = config::parse("[words]\naccept = [\"Flexlinjebussen\"]\n", "k.toml", lexicon::embedded());
    Analysis accepted = analyse_text(letter, &words);
    for (const auto& f : accepted.findings)
        if (f.rule == "spell-unknown-word") CHECK(accepted.text.text.substr(f.begin, f.end - f.begin) != "flexlinjebussen");
}

TEST_CASE("config: the unit's approved appeal wording is recognised verbatim, and said so") {
    Analysis plain = analyse_text(kLetter);
    REQUIRE(first(plain, "appeal-deadline-missing"));  // the wording names no deadline

    auto cfg = config::parse(std::string("[profile]\nkommune = \"Kolding Kommune\"\nklagevejledning = \"\"\"\n") + kApproved +
                                 "\"\"\"\n",
                             "k.toml", lexicon::embedded());
    Analysis a = analyse_text(kLetter, &cfg);
    CHECK(count(a, "appeal-") == 0);
    const Finding* said = first(a, "config-appeal-approved");
    REQUIRE(said);
    CHECK(said->severity == Severity::info);
    CHECK(said->message.find("k.toml:3") != std::string::npos);
    CHECK(a.text.text.substr(said->begin, 12) == "Er du uenig,");
    CHECK(a.text.text.substr(said->end - 12, 12) == "afgørelsen.");

    // Changed wording is not the approved text: the guidance is assessed as usual.
    std::string changed = kLetter;
    changed.replace(changed.find("Vi ser på sagen igen"), 20, "Vi kigger på sagen");
    Analysis b = analyse_text(changed, &cfg);
    CHECK(first(b, "config-appeal-approved") == nullptr);
    CHECK(first(b, "appeal-deadline-missing"));
}

TEST_CASE("config: found like .editorconfig, in the letter's folder or above") {
    fs::path root = fs::temp_directory_path() / ("klartjek-config-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root / "a" / "b");
    std::ofstream(root / "a" / "b" / "brev.txt") << kLetter;
    CHECK_FALSE(config::discover((root / "a" / "b" / "brev.txt").string()).has_value());
    std::ofstream(root / ".klartjek.toml") << "[rules]\n\"plain-*\" = \"off\"\n";
    CHECK(config::discover((root / "a" / "b" / "brev.txt").string()) == (root / ".klartjek.toml").string());
    std::ofstream(root / "a" / ".klartjek.toml") << "[rules]\n\"spell-*\" = \"off\"\n";
    CHECK(config::discover((root / "a" / "b" / "brev.txt").string()) == (root / "a" / ".klartjek.toml").string());

    config::Resolver found("", false, lexicon::embedded());
    const config::Config* c = found.for_letter((root / "a" / "b" / "brev.txt").string());
    REQUIRE(c);
    CHECK(c->setting("spell-unknown-word"));
    CHECK_FALSE(c->setting("plain-lix"));  // the nearest file only, as .editorconfig without root
    config::Resolver none("", true, lexicon::embedded());
    CHECK(none.for_letter((root / "a" / "b" / "brev.txt").string()) == nullptr);
    CHECK_THROWS_AS(config::Resolver((root / "mangler.toml").string(), false, lexicon::embedded()), config::ConfigError);
    fs::remove_all(root);
}

TEST_CASE("config: the effective configuration says where each value came from") {
    auto cfg = config::parse("[rules]\n\"plain-*\" = \"off\"\n[thresholds]\nlix_info = 50\n", "kommune.toml", lexicon::embedded());
    std::string d = config::describe(cfg, lexicon::embedded());
    CHECK(d.find("# Konfiguration fra kommune.toml") == 0);
    CHECK(d.find("\"plain-lix\" = \"off\"") != std::string::npos);
    CHECK(d.find("fra kommune.toml:2 (plain-*)") != std::string::npos);
    CHECK(d.find("lix_info = 50") != std::string::npos);
    CHECK(d.find("fra kommune.toml:4 (standard: 45)") != std::string::npos);
    CHECK(d.find("\"appeal-missing\" = \"error\"") != std::string::npos);
    // What it prints is itself a configuration klartjek reads back (comments aside).
    CHECK_NOTHROW(config::parse(d.substr(d.find("[rules]")), "igen.toml", lexicon::embedded()));
}

TEST_CASE("config: [profile] omraader — a letter of an area the unit does not work in is said once, at info level") {
    auto cfg = config::parse("[profile]\nomraader = [\"social\"]\n", "k.toml", lexicon::embedded());
    std::string school = "Varde Kommune\nSkoleafdelingen\n\nDato: 14. juni 2024\n\nAfgørelse om skolebefordring\n\nKære Mette\n\n"
                         "Silas får fri befordring mellem hjemmet og Sønderbroskolen, jf. folkeskolelovens § 26, stk. 1. Afstanden er "
                         "11,4 km.\n";
    Analysis a = analyse_text(school, &cfg);
    const Finding* said = first(a, "config-area-outside");
    REQUIRE(said);
    CHECK(a.text.text.substr(said->begin, said->end - said->begin).find("folkeskolelovens § 26") != std::string::npos);
    CHECK(said->severity == Severity::info);
    CHECK(said->message.find("k.toml:2") != std::string::npos);
    CHECK(first(analyse_text(school), "config-area-outside") == nullptr);  // no configuration, no finding
    // A social letter is in the unit's area.
    CHECK(first(analyse_text(kLetter, &cfg), "config-area-outside") == nullptr);
    CHECK(error_of("[profile]\nomraader = [\"skat\"]\n").find("kommune.toml:2: omraader: ukendt område \"skat\"") == 0);
}

TEST_CASE("config: a configured level does not turn appeal-missing's info line (klartjek could not decide) into a fejl") {
    // A refusal whose only hint of guidance is "Hvis du ikke er enig …, må du gerne ringe til mig":
    // appeal-missing says at info level that it could not tell.
    const std::string letter =
        "Favrskov Kommune\n\nDato: 2. februar 2026\n\nAfslag på ledsagelse\n\nKære Mads\n\n"
        "Du får afslag på ledsagelse efter serviceloven § 97, stk. 1.\n"
        "Vi har lagt vægt på, at du selv tager bussen til arbejde og til fodbold.\n"
        "Du har fortalt os, at du gerne vil have en ledsager til koncerter. Det har vi taget med i vurderingen.\n\n"
        "Hvis du ikke er enig i vores svar, må du gerne ringe til mig, så taler vi om det.\n\n"
        "Med venlig hilsen\nKaren Bach\n";
    Analysis plain = analyse_text(letter);
    REQUIRE(first(plain, "appeal-missing"));
    CHECK(first(plain, "appeal-missing")->severity == Severity::info);
    auto as_error = config::parse("[rules]\n\"appeal-missing\" = \"error\"\n", "k.toml", lexicon::embedded());
    Analysis a = analyse_text(letter, &as_error);
    REQUIRE(first(a, "appeal-missing"));
    CHECK(first(a, "appeal-missing")->severity == Severity::info);
    auto off = config::parse("[rules]\n\"appeal-missing\" = \"off\"\n", "k.toml", lexicon::embedded());
    CHECK(count(analyse_text(letter, &off), "appeal-missing") == 0);
}
