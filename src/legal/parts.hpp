// The parts of reading one decision letter, each in its own file and called in this order by
// analyse() in elements.cpp: outcome → child case → reasoning → legal references → (scope, in
// elements.cpp) → appeal guidance. Each reads the letter's text, its sentences and its structure
// (el.structure, already read) with the shared cues; what one part needs from an earlier one is
// passed or read from `el` as noted. Internal to klartjek::legal.
#pragma once

#include <cstddef>
#include <optional>

#include "core/types.hpp"
#include "legal/cues.hpp"
#include "legal/elements.hpp"
#include "structure/structure.hpp"

namespace klartjek::legal::detail {

// What the outcome reading saw, for the scope signals: the flags of the subject line and the
// result part combined, and the first decisive sentence (an index into seg.sentences).
struct OutcomeReading {
    Flags any;
    std::optional<std::size_t> decisive_sentence;
    // The outcome was taken from the earlier decision a reconsideration upholds: read with less
    // certainty than a decision stated in the letter's own words.
    bool upheld_earlier = false;
    bool reconsideration = false;  // the letter reconsiders a decision after a complaint
    bool generic = false;  // the refusal was read only in a general form (outcome.txt [refusal-generic])
};

// outcome.cpp — sets el.items, el.outcome, el.result, el.requires_reasoning, el.result_position.
OutcomeReading read_outcome(const NormalizedText& t, const Segmentation& seg, const structure::Structure& st,
                            const Cues& c, Elements& el);

// child.cpp — whether the letter is about a child, read where a letter names whom it is about.
// Sets young_adult when the letter says the person is 18 or older (or a young adult's support) and
// nothing says the person is under 18.
bool read_child_case(const NormalizedText& t, const Segmentation& seg, const structure::Structure& st, const Cues& c,
                     bool& young_adult, const lexicon::Lexicons& lex);

// reasoning.cpp — sets the reasoning fields of el, el.citizen, el.helhedsvurdering, el.period,
// el.generic_basis, el.guidance_basis.
void read_reasoning(const NormalizedText& t, const Segmentation& seg, const structure::Structure& st, const Cues& c,
                    Elements& el);

// references.cpp — sets el.statutes, el.default_law, el.legal_basis, el.unresolved, el.law_only,
// el.outdated, el.missing_bl90; reads el.child (set by the child case) and may set it.
void read_references(const NormalizedText& t, const Segmentation& seg, const structure::Structure& st, const Cues& c,
                     Elements& el, const lexicon::Lexicons& lex);

// appeal.cpp — the appeal guidance.
AppealGuidance read_appeal(const NormalizedText& t, const Segmentation& seg, const structure::Structure& st, const Cues& c,
                           const lexicon::Lexicons& lex);

}  // namespace klartjek::legal::detail
