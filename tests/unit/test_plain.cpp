// Plain-language measures: LIX against hand-checked counts, bands, passive detection.
#include <doctest/doctest.h>

#include <string>

#include "plain/readability.hpp"

using namespace klartjek;

namespace {

struct LixCase {
    const char* text;
    std::size_t words, sentences, long_words;
    double lix;
};

// Counted by hand (and cross-checked by tests/unit/lix_counts.py, which counts independently of
// ICU): words are space-separated tokens without outer punctuation, "§" is no word, numbers are
// words but never long, long words have more than 6 letters (letters only).
const LixCase kCases[] = {
    {"Du får en rollator. Vi har bevilget den efter servicelovens § 112, stk. 1.", 13, 2, 3, 29.58},
    {"Vi har modtaget din ansøgning. Du har søgt om hjælp til rengøring hver uge. Vi har besøgt dig.", 18, 3, 3, 22.67},
    {"Kommunen har foretaget en konkret og individuel vurdering af Deres ansøgning om merudgiftsydelse. Vurderingen viser, at De ikke opfylder betingelserne.", 20, 2, 10, 60.00},
    {"Du kan klage over afgørelsen. Klagen skal være modtaget inden 4 uger efter, at du har fået brevet. Send den til os på e-mail.", 24, 3, 2, 16.33},
    {"Vi har lagt vægt på, at du bruger kørestol, og at din bolig har trapper. Derfor får du en trappelift. Den bliver sat op i maj.", 26, 3, 3, 20.21},
    {"Det fremgår af lægeerklæringen af 12.09.2023, at din funktionsnedsættelse er varig. Vi har derfor bevilget 1.400 kr. om måneden.", 19, 2, 5, 35.82},
    {"Hej. Tak for dit brev. Vi ringer til dig i næste uge.", 12, 3, 0, 4.00},
    {"Socialpædagogisk støtte efter servicelovens § 85 skal hjælpe dig med at udvikle dine færdigheder, f.eks. at handle ind og lave mad.", 20, 1, 4, 40.00},
    {"Du får afslag. Du opfylder ikke betingelserne i barnets lov § 86, stk. 1. Vi har vurderet, om I kan få hjælp efter anden lovgivning.", 24, 3, 5, 28.83},
    {"Ankestyrelsens principmeddelelse om handicapkompenserende ydelser understreger nødvendigheden af en helhedsvurdering, jf. retssikkerhedslovens § 5.", 13, 1, 8, 74.54},
    {"Din ledsager kan hjælpe dig til svømning og til lægen. Du bestemmer selv, hvad timerne skal bruges til.", 18, 2, 4, 31.22},
};

}  // namespace

TEST_CASE("lix: hand-counted words, sentences and long words on letter sentences") {
    for (const auto& c : kCases) {
        CAPTURE(c.text);
        auto l = plain::lix_of_text(c.text, lexicon::embedded());
        CHECK(l.words == c.words);
        CHECK(l.sentences == c.sentences);
        CHECK(l.long_words == c.long_words);
        CHECK(l.value() == doctest::Approx(c.lix).epsilon(0.001));
    }
}

TEST_CASE("lix: Danish bands") {
    CHECK(std::string(plain::lix_band(20)) == "meget let");
    CHECK(std::string(plain::lix_band(24.4)) == "meget let");  // bands apply to the value as shown (rounded)
    CHECK(std::string(plain::lix_band(24.6)) == "let");
    CHECK(std::string(plain::lix_band(25)) == "let");
    CHECK(std::string(plain::lix_band(40)) == "middel");
    CHECK(std::string(plain::lix_band(45)) == "svær");
    CHECK(std::string(plain::lix_band(54.4)) == "svær");
    CHECK(std::string(plain::lix_band(54.6)) == "meget svær");
    CHECK(std::string(plain::lix_band(55)) == "meget svær");
}

TEST_CASE("lix: letters are counted without hyphens, digits and dots") {
    CHECK(plain::letters("hjælpemiddel-ansøgning") == 21);
    CHECK(plain::letters("f.eks") == 4);
    CHECK(plain::letters("G01") == 1);
    CHECK(plain::letters("øæå") == 3);
}

TEST_CASE("passive: s-passive, modal + -es and blive + participle are found; deponents are not") {
    auto passive = [](const char* s) { return plain::find_passive(s, lexicon::embedded()).second > 0; };
    CHECK(passive("Din ansøgning vurderes ud fra servicelovens § 112."));
    CHECK(passive("Ydelsen udbetales den sidste hverdag i måneden."));
    CHECK(passive("Klagen skal sendes til kommunen."));
    CHECK(passive("Hjælpen kan ikke bevilges, fordi du selv kan klare opgaven."));
    CHECK(passive("Din sag er blevet behandlet af visitationen."));
    CHECK(passive("Sengen bliver leveret i uge 16."));
    CHECK_FALSE(passive("Vi vurderer, at du kan klare opgaven selv."));
    CHECK_FALSE(passive("Der findes ikke andre muligheder i kommunen."));
    CHECK_FALSE(passive("Det lykkes ofte at finde en løsning."));
    CHECK_FALSE(passive("Vi ses på mødet den 3. maj."));
    CHECK_FALSE(passive("Det bliver svært for dig at komme ud."));
    CHECK_FALSE(passive("Du får hjælp til rengøring hver anden uge."));
}
