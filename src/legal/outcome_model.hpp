// The outcome model: a second reader of a letter's outcome, beside the cue reader of outcome.cpp.
// A softmax regression over the words and word pairs of the whole letter (lexicons/outcome_model.txt,
// trained by tests/corpus/train-outcome-model.py on the labelled letters of the open corpus sets).
// It knows no single phrase; it weighs everything the letter says, which is what carries it to
// letters written in styles the cue lexicons were never tuned on. elements.cpp decides when its
// reading stands in for the cue reader's, and marks such an outcome uncertain.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <unordered_map>

#include "core/types.hpp"
#include "legal/elements.hpp"
#include "structure/structure.hpp"
#include "lexicon/lexicon.hpp"

namespace klartjek::legal::detail {

// The five outcomes the model tells apart, in the order of the weight columns.
inline constexpr std::array<Outcome, 5> model_classes{Outcome::bevilling, Outcome::delvis, Outcome::afslag, Outcome::ophoer,
                                                      Outcome::ikke_afgoerelse};

struct OutcomeModel {
    explicit OutcomeModel(const lexicon::Lexicons& lex);
    static const OutcomeModel& get(const lexicon::Lexicons& lex);
    std::array<double, 5> bias{};
    std::unordered_map<std::string, std::array<double, 5>> weights;
    double override_at = 0.8;  // [settings] override: over an uncertain reading of the cue reader's
    double override_certain_at = 0.9;  // [settings] override_certain: over a certain one
    double fill_at = 0.6;      // [settings] fill
};

// The model's features of a text: its words in lower case (letters a–z, æ, ø, å, é; every run of
// digits one word "N") and each pair of neighbouring words joined by '_'.
std::vector<std::string> model_words(const std::string& text);

struct ModelReading {
    Outcome outcome = Outcome::ukendt;
    double probability = 0;  // of `outcome`
    Evidence at;             // the sentence that speaks most for `outcome` against the runner-up
};

ModelReading read_outcome_model(const NormalizedText& t, const Segmentation& seg, const structure::Structure& st,
                                const lexicon::Lexicons& lex);

}  // namespace klartjek::legal::detail

namespace klartjek::legal {

// What the outcome model reads of a letter: its sentences, one space between them, less the appeal
// guidance and quoted statute text (what a letter must say whatever it decides, and the law's
// words, tell nothing of this letter's outcome) and the draft's annotations. The training script
// reads the same text (`klartjek lexicons model-text`), so training and reading agree.
std::string model_text(const NormalizedText& t, const Segmentation& seg, const structure::Structure& st);

}  // namespace klartjek::legal
