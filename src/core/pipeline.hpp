// The library's front door: one letter from file to findings. Never prints, never exits.
#pragma once

#include <string>
#include <vector>

#include "config/baseline.hpp"
#include "config/config.hpp"
#include "core/types.hpp"
#include "extract/extract.hpp"
#include "legal/elements.hpp"
#include "lexicon/lexicon.hpp"
#include "plain/readability.hpp"
#include "text/cpr.hpp"

namespace klartjek {

struct Analysis {
    Document document;
    NormalizedText text;
    Segmentation segments;
    legal::Elements elements;
    plain::Readability readability;
    std::vector<Finding> findings;  // extraction quality first, then rules, sorted by location
    // CPR numbers in `text` and everything that must be masked in output (text/cpr.hpp); every
    // reporter masks from this one scan.
    text::CprScan cpr;
    // Findings the user suppressed with a reason (.klartjek.toml, --suppressions, a Word comment
    // "klartjek:ignore"): not in `findings`, not counted for the exit code, shown apart.
    std::vector<SuppressedFinding> suppressed;
    // Findings the baseline already knows (--baseline): not in `findings`; reports count them.
    std::vector<Finding> known;
    // The lexicons the letter was read with (AnalyseOptions::lexicons); reporters read with them too.
    // Never null after analyse_document; the value must outlive the Analysis.
    const lexicon::Lexicons* lexicons = nullptr;
    const lexicon::Lexicons& lex() const { return lexicons ? *lexicons : lexicon::embedded(); }
};

struct AnalyseOptions {
    extract::Options extract;
    bool rules = true;                       // false: extraction and segmentation only
    const std::vector<std::string>* only = nullptr;  // run only these rules
    const config::Config* config = nullptr;  // the user's .klartjek.toml (rule levels, thresholds …)
    const std::vector<config::Suppression>* suppressions = nullptr;  // --suppressions FILE
    const baseline::Baseline* baseline = nullptr;                     // --baseline FILE
    // The lexicons to read with, loaded once at start-up (lexicon::Lexicons::load); nullptr:
    // lexicon::embedded(). Also used for the extraction (extract.lexicons is set from it).
    const lexicon::Lexicons* lexicons = nullptr;
    const lexicon::Lexicons& lex() const { return lexicons ? *lexicons : lexicon::embedded(); }
};

// Where an offset of the normalised text is, in Danish, for the reader: "side 2, linje 14" in a
// PDF or text file; "afsnit 12" in a Word document, whose paragraphs have no page until Word lays
// them out ("sidehovedet", "sidefoden" or "en fodnote" for the furniture).
std::string location_da(const Analysis& a, std::uint32_t offset);
// The same in the compiler-style prefix of a diagnostic, as editors read "file:line:column:":
// in a text file the line of the file and the column in it ("14:3"); in a Word document the
// paragraph ("afsnit") and the character in it ("12:1"; "sidehovedet", "sidefoden" or "en
// fodnote" for the furniture); in a PDF the page and the line on it ("2:14"), since a PDF has no
// lines an editor could jump to. Columns are 1-based and count characters.
std::string location_short(const Analysis& a, std::uint32_t offset);

// Throws InputError when the file cannot be read as a letter at all.
Analysis analyse_file(const std::string& path, const AnalyseOptions& opt = {});
Analysis analyse_document(Document doc, const AnalyseOptions& opt = {});
// Sets the findings' fingerprints and moves suppressed and baselined findings out of
// `a.findings` (analyse_document does it; exposed for tests).
void triage(Analysis& a, const AnalyseOptions& opt);

}  // namespace klartjek
