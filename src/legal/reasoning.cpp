#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "legal/parts.hpp"
#include "lexicon/patterns.hpp"

namespace klartjek::legal::detail {

// Main-text sentences: reasoning, facts, citizen, helhedsvurdering, period; and a generic or a
// guidance basis named instead of the law ("jf. gældende lovgivning", "kvalitetsstandard").
void read_reasoning(const NormalizedText& t, const Segmentation& seg, const structure::Structure& st, const Cues& c,
                    Elements& el) {
    const auto& paras = t.paragraphs;
    el.reasoning_words_with_facts = c.reasoning_words_with_facts;
    el.reasoning_words_alone = c.reasoning_words_alone;
    bool reasoning_section = false;
    // A reasoning heading links the facts to the decision only when its section says more than a
    // bare conclusion ("Begrundelse: Du opfylder ikke betingelserne for at få bevilget en
    // el-scooter." under facts told elsewhere links nothing).
    bool section_says_more = false, linked_by_sentence = false;
    bool after_bare_conclusion = false;  // the sentence before is a bare conclusion
    bool pending_fact = false, pending_in_section = false;  // a citizen's statement, not yet set aside
    // The items of a letter that decides several, each under its own decision heading ("Afgørelse
    // 2 – Ledsagelse", "Hvad har vi besluttet om tabt arbejdsfortjeneste?"): a block runs from such
    // a heading to the next, and counts when a sentence of it decides. What each block gives as
    // reasoning is read as for the whole letter.
    struct ItemBlock {
        bool decided = false;  // a sentence of it decides on the merits
        bool refused = false, weight = false, assessment = false, linked = false, facts = false;
        bool own_facts = false;  // a fact the letter states itself, not only the citizen's
        bool reasoning_heading = false;
        std::size_t words = 0;
        Evidence bare;
        bool reasoned(std::size_t words_alone) const {
            return weight || (facts && (linked || assessment)) || words >= words_alone;
        }
    };
    std::vector<ItemBlock> blocks;
    bool other_heading = false;  // under a heading of no known part, nothing decided yet
    auto block = [&]() -> ItemBlock* { return blocks.empty() ? nullptr : &blocks.back(); };
    bool labelled_active = false;  // inside a labelled paragraph's item of the reasoning section
    std::vector<ItemBlock> labelled_items;
    // What a sentence gives, noted for its item block and its labelled item.
    auto note = [&](auto&& fn) {
        if (auto* b = block()) fn(*b);
        if (labelled_active && !labelled_items.empty()) fn(labelled_items.back());
    };
    std::size_t pending_block = 0;  // 1 + the block of the pending citizen's statement; 0: none
    // Facts of the letter's own (a cue of [facts]), and facts that are only the citizen's statement.
    bool own_facts = false, citizen_facts = false;
    auto commit_pending = [&] {
        if (!pending_fact) return;
        el.reasoning_facts = true;
        citizen_facts = true;
        if (pending_block) blocks[pending_block - 1].facts = true;
        if (pending_in_section) el.reasoning_facts_in_section = true;
    };
    Evidence bare_at;
    // The paragraph that sums up the application ("Tak for din ansøgning af 22. september. Du har
    // skrevet, at du gerne vil have hjælp til indkøb, fordi …"): what the citizen wrote there is
    // the request, not a fact the decision rests on, unless the same paragraph decides or assesses.
    // Computed once per paragraph, when a citizen's statement is met in it.
    std::vector<signed char> application_summary(paras.size(), -1);
    auto sums_up_application = [&](std::size_t p) {
        if (application_summary[p] >= 0) return application_summary[p] == 1;
        static const RE2 applied(R"((?i)(?:(?:søgt|søgte|ansøgt|ansøgte|søger|ansøger)\b(?:[^.]|\d\.){0,50}\bom\b|ansøgning))");
        bool application = false, decides = false;
        // Sentences stand in paragraph order: only this paragraph's are read.
        auto first = std::lower_bound(seg.sentences.begin(), seg.sentences.end(), p,
                                      [](const auto& o, std::size_t para) { return o.paragraph < para; });
        for (auto it = first; it != seg.sentences.end() && it->paragraph == p; ++it) {
            const auto& o = *it;
            const std::string ot = sentence_text(t, o);
            if (RE2::PartialMatch(ot, applied)) application = true;
            if (sentence_flags(ot, c).decisive() || c.assessment.matches(ot) || c.weight.matches(ot)) decides = true;
        }
        application_summary[p] = application && !decides ? 1 : 0;
        return application_summary[p] == 1;
    };
    for (const auto& s : seg.sentences) {
        std::size_t p = s.paragraph;
        // The letterhead's fields above the subject ("Dato: 17.06.2024") are no facts of the case.
        if (st.subject && p < *st.subject) continue;
        if (!st.is_main_text(p)) {
            if (p < st.heading.size() && st.heading[p]) {
                // A decision heading opens a block; a block in which nothing was decided yet is
                // taken over by the next heading.
                if (st.para_section[p] == structure::Section::result) {
                    if (blocks.empty() || blocks.back().decided) blocks.emplace_back();
                    else blocks.back() = ItemBlock{};
                }
                if (st.para_section[p] == structure::Section::reasoning)
                    if (auto* b = block()) b->reasoning_heading = b->linked = true;
                // "Hvad med ledsageordning?": a heading of no known part opens a block when the
                // first sentence under it that decides does so.
                other_heading = st.para_section[p] == structure::Section::other || st.para_section[p] == structure::Section::none;
            }
            // A short lead-in line read as a heading still speaks: "Vi har lagt vægt på:",
            // "Hvorfor får du afslag?".
            const auto& para = paras[p];
            std::string_view pt(t.text.data() + para.begin, para.end - para.begin);
            auto sec = st.para_section[p];
            bool lead_in = para.zone == Zone::body && para.kind == ParaKind::heading && !st.quoted[p] && !st.appeal[p] &&
                           !pt.empty() && (pt.back() == ':' || pt.back() == '?') && sec != structure::Section::appendix &&
                           sec != structure::Section::closing && sec != structure::Section::appeal;
            if (!lead_in) continue;
        }
        std::string txt = sentence_text(t, s);
        if (c.placeholder_only.matches(txt)) continue;  // "[indsæt begrundelse]": a field left empty
        auto sec = st.para_section[p];
        {
            const Flags f = sentence_flags(txt, c);
            const bool merits = f.grant || f.partial || f.refusal || f.stop;
            if (merits && other_heading && (sec == structure::Section::other || sec == structure::Section::none) &&
                (blocks.empty() || blocks.back().decided))
                blocks.emplace_back();
            if (merits) other_heading = false;
            // "Vinduespudsning: Du opfylder ikke betingelserne …" opens a labelled item of the
            // reasoning section (legal_cues.txt [not-item-label]: field labels open none).
            static const RE2 item_label(lexicon::latin_letters(R"(^((?-i:\p{Lu})\pL+(?:[ -]\pL+){0,2})\s*:\s+\S)"));
            std::string label_text;
            if (sec != structure::Section::reasoning) labelled_active = false;
            else if (s.begin == paras[p].begin && RE2::PartialMatch(txt, item_label, &label_text) &&
                     !c.not_item_label.matches(label_text))
                labelled_items.emplace_back(), labelled_active = true;
            if (auto* b = block()) {
                b->decided |= merits;
                if (merits) b->refused |= f.partial || f.refusal || f.stop;
            }
        }
        // The citizen's statement of the sentence before counts as a fact unless this sentence sets
        // it aside ("Dette kan imidlertid ikke føre til et andet resultat.").
        const bool dismissed = c.dismissal.matches(txt);
        if (!dismissed) commit_pending();
        // "Det I har skrevet, ændrer ikke ved vurderingen.": what the citizen wrote, told before,
        // is set aside; when it was the only fact, the reasoning names none (legal_cues.txt
        // [citizen-words]).
        if (dismissed && citizen_facts && !own_facts && c.citizen_words.matches(txt)) {
            el.reasoning_facts = el.reasoning_facts_in_section = false;
            for (auto& b : blocks)
                if (!b.own_facts) b.facts = false;
        }
        pending_fact = false;
        if (sec == structure::Section::reasoning) {
            std::size_t words = 1;
            for (char ch : txt) words += ch == ' ';
            el.reasoning_section_words += words;
            note([&](ItemBlock& b) { b.words += words; });
        }
        if (sec == structure::Section::reasoning && !reasoning_section) {
            reasoning_section = true;
            el.reasoning_heading = true;
            el.reasoning_any = el.reasoning_linked = true;
            el.reasoning_first.set(s.begin, s.end);
            if (auto* b = block()) b->reasoning_heading = b->linked = true;
        }
        // "… fordi du ikke opfylder betingelserne" gives a reason that is only the conclusion again:
        // its "fordi" makes no reasoning (legal_cues.txt [bare-reason]).
        std::string own_reason = txt;
        bool bare_reason_given = false;
        for (const auto& re : c.bare_reason.res) bare_reason_given |= RE2::GlobalReplace(&own_reason, *re, " ") > 0;
        // "Du opfylder ikke betingelserne … Du får derfor afslag.": the "derfor" infers from a bare
        // conclusion (legal_cues.txt [bare-conclusion]).
        const bool after_bare_conclusion_before = after_bare_conclusion;
        if (after_bare_conclusion) {
            static const RE2 therefore(lexicon::latin_letters(R"((?i)(?:^|[^\pL])derfor(?:[^\pL]|$))"));
            RE2::GlobalReplace(&own_reason, therefore, " ");
        }
        // Past a field label ("Begrundelse: Du opfylder ikke betingelserne …"): the label names a
        // reasoning the sentence does not give.
        static const RE2 label(lexicon::latin_letters(R"(^\pL+(?: \pL+)?\s*:\s*)"));
        std::string unlabelled = txt;
        RE2::Replace(&unlabelled, label, "");
        // Field lines read as one sentence ("Ydelse: … Bevilget: Afslag Hjemmel: … Begrundelse: Du
        // opfylder ikke betingelserne …"): the reasoning is what its own label holds.
        static const RE2 reasoning_field(lexicon::latin_letters(R"((?i)^.*[^\pL]begrundelse\s*:\s*)"));
        RE2::Replace(&unlabelled, reasoning_field, "");
        // "Kommunen har vurderet sagen og finder, at betingelserne … ikke er opfyldt": an assessment
        // whose whole content is the bare conclusion is bare too.
        std::string concluded = unlabelled;
        bool led = false;
        for (const auto& re : c.assessment_lead.res)
            if (RE2::Replace(&concluded, *re, "")) {
                led = true;
                break;
            }
        // "Vi giver afslag, da I ikke opfylder betingelserne …": a decision whose only reason is the
        // bare conclusion is one too.
        const bool bare_conclusion = !c.reason.matches(own_reason) &&
                                     ((c.bare_conclusion.matches(unlabelled) && !c.assessment.matches(txt)) ||
                                      (led && (c.bare_conclusion.matches(concluded) || c.bare_conclusion_after_lead.matches(concluded))) ||
                                      c.bare_assessment.matches(unlabelled) ||
                                      (bare_reason_given && sentence_flags(own_reason, c).decisive()));
        if (bare_conclusion) {
            // A reasoning, but a bare one: it names no consideration or fact to link the facts to.
            el.reasoning_any = true;
            bare_at.set(s.begin, s.end);  // the evidence only when no other reasoning sentence follows
            note([&](ItemBlock& b) { b.bare.set(s.begin, s.end); });
            own_reason.clear();
        }
        // A sentence between the bare conclusion and its "derfor" that gives no reason, assessment
        // or fact ("Vi har forståelse for, at du har brug for pauser, men det kan ikke ændre
        // vurderingen.") does not break the chain.
        // "… har lagt vægt på det, du fortalte på mødet." names a source, not what weighed; a
        // clause before it may still weigh ("Vi har lagt vægt på, at …, og vi har også lagt vægt
        // på dine oplysninger.").
        bool weighs = c.weight.matches(txt);
        if (weighs) {
            std::string rest = txt;
            bool empty = false;
            for (const auto& re : c.weight_empty.res) empty |= RE2::Replace(&rest, *re, " ");
            if (empty) weighs = c.weight.matches(rest);
        }
        const bool adds_nothing = !c.reason.matches(own_reason) && !(c.assessment.matches(txt) && !c.assessment_procedural.matches(txt)) && !weighs &&
                                  !c.reasoning_any.matches(own_reason) && !c.facts.matches(txt) && !c.facts_weak.matches(txt);
        after_bare_conclusion = bare_conclusion || (after_bare_conclusion_before && adds_nothing);
        const bool heading_line = !st.is_main_text(p);  // a lead-in line read as a heading ("Begrundelse:")
        if (sec == structure::Section::reasoning && !after_bare_conclusion && !heading_line) section_says_more = true;
        // "Det ændrer ikke vores vurdering." sets something aside; it assesses nothing.
        // The citizen's own view ("… og du mener, at du har for lidt tilbage") is no assessment of the
        // letter's: it is blanked before the assessment cues are read.
        static const RE2 citizen_view(lexicon::latin_letters(
            R"((?:^|[^\pL])(?i:du|de|han|hun|(?-i:I))(?: (?i:selv|også|stadig|fortsat))? (?i:mener|mente|synes|syntes|finder|fandt|vurderer),? (?i:at)(?:[^\pL]|$))"));
        std::string own_view = txt;
        RE2::GlobalReplace(&own_view, citizen_view, " ");
        bool assessed = c.assessment.matches(own_view) && !c.assessment_procedural.matches(txt) && !bare_conclusion && !dismissed;
        // A decision with its own reason of the case ("Du får ikke nødkald, fordi du bor sammen med
        // din datter, som kan tilkalde hjælp om natten") states the fact it rests on.
        const bool decided_because = c.reason.matches(own_reason) && sentence_flags(own_reason, c).decisive();
        if (weighs || (assessed && c.reason.matches(own_reason)) || decided_because) {
            el.reasoning_weight = el.reasoning_any = true;
            el.reasoning_first.set(s.begin, s.end);
            note([](ItemBlock& b) { b.weight = true; });
        } else if (assessed) {
            el.reasoning_assessment = el.reasoning_any = true;
            el.reasoning_first.set(s.begin, s.end);
            note([](ItemBlock& b) { b.assessment = true; });
        }
        const bool citizen_said = c.citizen.matches(txt) && !c.citizen_invitation.matches(txt);
        const bool in_reasoning = sec == structure::Section::reasoning;
        // The citizen's own "fordi" in the summary of the application ("Du oplyser i ansøgningen, at
        // du har ekstra udgifter til taxa, fordi du ikke længere kan køre bil") is their reason for
        // applying, not the letter's reasoning.
        // Nor is the "fordi" of a wish they told ("Du fortalte, at du gerne vil kunne køre selv, fordi du ikke
        // kan gå så langt"), unless the letter answers in the same sentence ("…, men det er ikke nødvendigt,
        // fordi du kan gå 500 meter").
        static const RE2 answered(R"((?i), men\s)");
        const bool told_wish = c.wish.matches(txt) && !RE2::PartialMatch(txt, answered);
        if (c.reasoning_any.matches(own_reason) && !(citizen_said && !in_reasoning && (sums_up_application(p) || told_wish))) {
            el.reasoning_any = el.reasoning_linked = true;
            linked_by_sentence |= !heading_line;
            el.reasoning_first.set(s.begin, s.end);
            note([](ItemBlock& b) { b.linked = true; });
        } else if (after_bare_conclusion_before && c.reasoning_any.matches(txt)) {
            el.reasoning_any = true;  // "Du får derfor afslag" after a bare conclusion: bare too
            el.reasoning_first.set(s.begin, s.end);
        }
        // What the citizen told, weighed in the reasoning, is a fact the decision rests on. Where the
        // letter has a reasoning section, the facts must stand there (or under a facts heading), not
        // in the summary of the application; "Vi har inddraget oplysningerne fra hjemmebesøget" names
        // a source, not a fact.
        // "Vi har inddraget oplysningerne fra hjemmebesøget", "Vi har taget det, du har fortalt, med
        // i vores vurdering", "Vi har læst ansøgningen og jeres beskrivelse af Noahs hverdag": a
        // source named, with no fact of its own (legal_cues.txt [source-only], [application-only],
        // [fact-clause]).
        const bool source = c.source_only.matches(txt) || (c.application_only.matches(txt) && !c.fact_clause.matches(txt));
        const bool fact_cue = c.facts.matches(txt) && !source;
        // A wish stated beside the application ("Du skriver, at du gerne vil blive boende") is the
        // request again, not a fact of the case (legal_cues.txt [wish]).
        // In a reasoning section the citizen's statement is a fact, unless it is the application's
        // wish retold ("Vi har læst jeres ansøgning, hvor I skriver, at I ønsker en weekend om måneden")
        // or only the wish, ending there (legal_cues.txt [wish-only]).
        const bool wish = c.wish.matches(txt);
        const bool retold_wish = wish && c.application_only.matches(txt);
        const bool citizen_fact = citizen_said && sec != structure::Section::citizen && !source &&
                                  !retold_wish && !c.wish_only.matches(txt) &&
                                  (in_reasoning || !wish || !sums_up_application(p));
        // When and where the citizen stated a wish ("Du har ved samtalen den 14. januar 2025 givet
        // udtryk for, at du ønsker en fast person") is no fact of the case.
        const bool weak_fact = c.facts_weak.matches(txt) && !source && !(citizen_said && wish) && !c.effective_date.matches(txt) &&
                               (in_reasoning || !sums_up_application(p));
        if (citizen_fact && !fact_cue && !weak_fact) {
            // Only the citizen's statement: a fact once the letter does not set it aside, here or
            // in the next sentence.
            if (!dismissed) pending_fact = true, pending_in_section = in_reasoning, pending_block = blocks.size();
        } else if (fact_cue || weak_fact) {
            // A fact inside the citizen's statement ("hvor I skriver, at I kører ham til
            // ergoterapeut") is still theirs.
            el.reasoning_facts = true;
            (citizen_said ? citizen_facts : own_facts) = true;
            note([&](ItemBlock& b) { b.facts = true, b.own_facts |= !citizen_said; });
        }
        // Under a reasoning heading anything counts; under a facts heading only real facts (what the
        // citizen wished or when a call took place is not what the decision rests on).
        if ((in_reasoning && (fact_cue || weak_fact)) || (sec == structure::Section::facts && fact_cue))
            el.reasoning_facts_in_section = true;
        if (sec == structure::Section::citizen || citizen_said) el.citizen.set(s.begin, s.end);
        if (c.helhed.matches(txt)) el.helhedsvurdering.set(s.begin, s.end);
        if (c.period.matches(txt)) el.period.set(s.begin, s.end);
        if (c.generic.matches(txt)) el.generic_basis.set(s.begin, s.end);
        if (c.guidance.matches(txt)) el.guidance_basis.set(s.begin, s.end);
    }
    commit_pending();
    if (!el.reasoning_first.found && bare_at.found) el.reasoning_first = bare_at;
    if (reasoning_section && !section_says_more && !linked_by_sentence) el.reasoning_linked = false;
    // Labelled items of the reasoning section: one reasoned, another only a bare conclusion. Only in
    // a letter whose outcome is partial (some items granted, some refused). Under a heading that
    // already says what weighed ("Hvad har vi lagt vægt på?"), an item that assesses or links is
    // reasoned.
    if (el.outcome == Outcome::delvis && labelled_items.size() >= 2 &&
        std::any_of(labelled_items.begin(), labelled_items.end(), [&](const ItemBlock& b) {
            return !b.bare.found && (b.weight || b.assessment || b.linked || b.facts);
        }))
        for (const auto& b : labelled_items)
            if (b.bare.found && !b.reasoned(c.reasoning_words_alone)) {
                el.reasoning_item_bare = b.bare;
                break;
            }
    // Several items, one of them reasoned: a refused item whose block gives only a bare conclusion
    // is not reasoned. Not when a later block has a reasoning heading and this one has none — the
    // letter may give one reasoning for all items after the decisions.
    blocks.erase(std::remove_if(blocks.begin(), blocks.end(), [](const ItemBlock& b) { return !b.decided; }), blocks.end());
    if (blocks.size() >= 2 &&
        std::any_of(blocks.begin(), blocks.end(), [&](const ItemBlock& b) { return b.reasoned(c.reasoning_words_alone); })) {
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            const auto& b = blocks[i];
            if (!b.refused || !b.bare.found || b.reasoned(c.reasoning_words_alone)) continue;
            bool later_heading = false;
            for (std::size_t j = i + 1; j < blocks.size(); ++j) later_heading |= blocks[j].reasoning_heading;
            if (later_heading && !b.reasoning_heading) continue;
            el.reasoning_item_bare = b.bare;
            break;
        }
    }
}

}  // namespace klartjek::legal::detail
