#include "extract/quality.hpp"

#include <fmt/format.h>

#include "lexicon/lexicon.hpp"
#include "text/utf8.hpp"

namespace klartjek::extract {

namespace {

std::string page_list(const std::vector<int>& pages) {
    std::string s;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (i) s += i + 1 == pages.size() ? " og " : ", ";
        s += std::to_string(pages[i]);
    }
    return s;
}

}  // namespace

std::vector<Finding> quality_findings(const Document& doc, const lexicon::Lexicons& lexicons) {
    std::vector<Finding> out;
    const auto& lex = lexicons.file("extraction.txt");
    std::size_t words = 0;
    for (const auto& p : doc.pages) words += p.word_count();

    if (words == 0) {
        Finding f{"extract-no-text", Severity::error,
                  "Brevet har ingen tekst, som kan læses: det er formentlig scannet som billeder. klartjek kan ikke kontrollere det.",
                  "Gem brevet som PDF direkte fra tekstbehandlingen, eller kør tekstgenkendelse (OCR) først.",
                  0, 0, {}, {}};
        for (const auto& p : doc.pages) f.pages.push_back(p.number);
        out.push_back(std::move(f));
    } else if (!doc.quality.pages_without_text.empty()) {
        const auto& pages = doc.quality.pages_without_text;
        out.push_back({"extract-no-text", Severity::warning,
                       fmt::format("{} {} har ingen tekst, kun billeder (formentlig scannet). Indholdet dér er ikke kontrolleret.",
                                   pages.size() == 1 ? "Side" : "Siderne", page_list(pages)),
                       "Gem brevet som PDF direkte fra tekstbehandlingen, så alle sider har tekst.", 0, 0, pages, {}});
    }

    // Garbled text: characters without a Unicode meaning, counted per page.
    const double limit = lex.number("garbled", "error_ratio");
    const auto min_chars = static_cast<std::size_t>(lex.number("garbled", "min_chars"));
    std::vector<int> garbled_pages;
    std::size_t total = 0, bad_total = 0;
    for (const auto& p : doc.pages) {
        ExtractQuality q;
        for (const auto& b : p.blocks)
            for (const auto& l : b.lines)
                for (const auto& w : l.words) text::count_quality(w.text, q);
        std::size_t bad = q.replacement_chars + q.private_use_chars + q.control_chars;
        total += q.chars;
        bad_total += bad;
        if (q.chars >= min_chars && static_cast<double>(bad) >= limit * static_cast<double>(q.chars))
            garbled_pages.push_back(p.number);
    }
    if (!garbled_pages.empty()) {
        double share = total ? 100.0 * static_cast<double>(bad_total) / static_cast<double>(total) : 0;
        out.push_back({"extract-garbled", Severity::error,
                       fmt::format("Teksten kan ikke læses korrekt på {} {}: {:.0f} % af tegnene har ingen kendt betydning "
                                   "(skrifttypen i PDF-filen mangler en tegntabel). Resultater for dette brev er ikke til at stole på.",
                                   garbled_pages.size() == 1 ? "side" : "siderne", page_list(garbled_pages), share),
                       "Gem brevet som PDF igen fra det oprindelige program (med indlejrede skrifttyper).", 0, 0,
                       garbled_pages, {}});
    }

    if (doc.kind == SourceKind::text && doc.quality.decoded_as == "windows-1252") {
        out.push_back({"extract-encoding", Severity::warning,
                       "Filen er ikke gyldig UTF-8 og er derfor læst som Windows-1252 (et ældre Windows-tegnsæt). Kontrollér, at æ, ø og å er rigtige.",
                       "Gem tekstfilen som UTF-8.", 0, 0, {1}, {}});
    }
    if (doc.kind == SourceKind::text && doc.quality.html_leftovers > 0) {
        out.push_back({"extract-html-leftovers", Severity::info,
                       fmt::format("Teksten indeholder {} HTML-kode{} (fx <br> og &nbsp;), som klartjek har læst som linjeskift, "
                                   "mellemrum og tegn. Står koderne også i det brev, borgeren får, ser borgeren dem som tegn.",
                                   doc.quality.html_leftovers, doc.quality.html_leftovers == 1 ? "" : "r"),
                       "Fjern HTML-koderne fra brevet, eller kopiér teksten som ren tekst (uden formatering).", 0, 0, {1}, {}});
    }
    if (doc.quality.tracked_changes) {
        out.push_back({"extract-tracked-changes", Severity::info,
                       "Word-dokumentet har ændringer, som hverken er godkendt eller afvist (Spor ændringer). klartjek har læst "
                       "teksten, som den ser ud, når alle ændringer godkendes; modtageren kan se de ændringer, der ikke er godkendt.",
                       "Godkend eller afvis alle ændringer (Gennemse › Godkend), før brevet sendes.", 0, 0, {}, {}});
    }
    if (doc.quality.pdf_errors > 0) {
        out.push_back({"extract-pdf-damaged", Severity::info,
                       fmt::format("PDF-filen har {} fejl i sin opbygning. Teksten blev læst, men kan være ufuldstændig.",
                                   doc.quality.pdf_errors),
                       "", 0, 0, {}, {}});
    }
    return out;
}

}  // namespace klartjek::extract
