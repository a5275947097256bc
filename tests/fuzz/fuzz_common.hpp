// Shared body of the libFuzzer targets: one input through analysis and every reporter. Bad input
// must end in an InputError (a Danish sentence) or a report, never in a crash, a sanitizer report,
// another exception or a CPR-shaped leak of the masked text.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

#include "audit/aggregate.hpp"
#include "audit/record.hpp"
#include "audit/summary_html.hpp"
#include "core/error.hpp"
#include "core/pipeline.hpp"
#include "extract/extract.hpp"
#include "lexicon/lexicon.hpp"
#include "report/check.hpp"
#include "report/extract_json.hpp"
#include "report/formats.hpp"

namespace klartjek::fuzz {

// The lexicons every extraction and analysis of a target reads with (init() loads them).
inline const lexicon::Lexicons*& lexicons_slot() {
    static const lexicon::Lexicons* l = nullptr;
    return l;
}
inline const lexicon::Lexicons& lexicons() { return lexicons_slot() ? *lexicons_slot() : lexicon::embedded(); }
inline extract::Options extract_options() {
    extract::Options o;
    o.lexicons = &lexicons();
    return o;
}
inline AnalyseOptions analyse_options() {
    AnalyseOptions o;
    o.lexicons = &lexicons();
    return o;
}

// Hunspell's suggestions are third-party, uninstrumented and by far the costliest call (tens of
// milliseconds per random word): the targets run with `spelling_max_suggested = 0`, through a
// lexicon override holding a copy of plain_language.txt with that one value changed.
inline void init() {
    std::ifstream in(std::string(KLARTJEK_SOURCE_DIR) + "/lexicons/plain_language.txt");
    std::stringstream ss;
    ss << in.rdbuf();
    std::string lex = ss.str();
    auto at = lex.find("spelling_max_suggested = ");
    if (at != std::string::npos) lex.replace(at, lex.find('\n', at) - at, "spelling_max_suggested = 0");
    auto dir = std::filesystem::temp_directory_path() / ("klartjek-fuzz-lexicons-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "plain_language.txt") << lex;
    static const lexicon::Lexicons loaded = lexicon::Lexicons::load(dir.string());
    lexicons_slot() = &loaded;
    // Leave nothing behind in the temporary directory when the fuzzer exits normally.
    static std::filesystem::path made = dir;
    std::atexit([] {
        std::error_code ec;
        std::filesystem::remove_all(made, ec);
    });
}

inline void render_everything(const Analysis& a);

// Compiles every lexicon, pattern set and the dictionary before the first timed input: on a busy
// machine under ASan the first letter otherwise pays seconds of one-time set-up.
inline void warm_up() {
    static const char* kLetter =
        "Odense Kommune\n\nDato: 3. juni 2024\n\nAfgørelse om rollator\n\nKære Anna, cpr.nr. 010190-1234\n\n"
        "Du får bevilget en rollator efter servicelovens § 112, stk. 1. Vi har lagt vægt på lægens udtalelse.\n\n"
        "Du kan klage inden 4 uger efter, at du har modtaget afgørelsen. Klagen sendes til kommunen, "
        "som sender den videre til Ankestyrelsen.\n";
    try {
        Analysis a = analyse_document(extract::extract_bytes(kLetter, "warm-up.txt", extract_options()), analyse_options());
        render_everything(a);
    } catch (const std::exception&) {
    }
}

inline void render_everything(const Analysis& a) {
    report::TextOptions opt;
    opt.page_images = false;
    std::size_t sink = 0;
    auto dump = [](const nlohmann::ordered_json& j) {
        return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    };
    sink += dump(report::extract_json(a, opt)).size();
    sink += report::visible_text(a, opt).size();
    sink += report::check_text(a, opt).size();
    sink += dump(report::check_json(a, opt)).size();
    sink += dump(report::sarif({&a}, opt)).size();
    sink += report::csv_row(a, opt).size();
    sink += report::html(a, opt, "").size();
    audit::SummaryInput in;
    in.audit = {{"id", 1}, {"started", "2024-01-01T00:00:00Z"}, {"finished", nullptr}, {"inputs", 1}, {"stores", {"x"}}};
    in.letters.push_back({"fuzz.pdf", "0", "ok", "", audit::letter_record(a, "fuzz.pdf", "letters/fuzz.html")});
    in.previous_audit = nullptr;
    auto summary = audit::summarise(in);
    sink += audit::summary_html(summary).size();
    sink += audit::letters_csv(in.letters).size();
    [[maybe_unused]] static volatile std::size_t keep;  // the outputs must be computed, not optimised away
    keep = sink;
}

// Runs `extract` on the bytes, then the whole analysis and every reporter.
template <typename Extract>
int run(const std::uint8_t* data, std::size_t size, Extract extract) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        Document doc = extract(bytes);
        Analysis a = analyse_document(std::move(doc), analyse_options());
        render_everything(a);
    } catch (const InputError&) {
        // refused with a Danish sentence: the expected outcome for most mutated inputs
    } catch (const std::exception& e) {
        std::fprintf(stderr, "uncaught exception (the CLI would report 'intern fejl'): %s\n", e.what());
        std::abort();
    }
    return 0;
}

}  // namespace klartjek::fuzz
