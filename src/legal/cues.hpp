// The cue lexicons the parts of a decision letter are read with (outcome.txt, legal_cues.txt,
// appeal.txt, barnets_lov.txt), compiled once per Lexicons value, and the sentence-level helpers the parts share:
// what one sentence decides, and the numbers and units of a deadline.
// Internal to the reading in elements.cpp and its parts.
#pragma once

#include <re2/re2.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/types.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/patterns.hpp"

namespace klartjek::legal::detail {

using lexicon::PatternSet;

// Individually compiled patterns where the position of a match matters (negation scope).
struct PatternList {
    std::vector<std::unique_ptr<RE2>> res;
    explicit PatternList(const std::vector<std::string>& pats);
};

// A pattern set less its exceptions: "afgørelse af 1. oktober 2025" tells of an earlier decision,
// "Vi ændrer vores afgørelse af 1. oktober 2025" decides now.
struct ExceptedSet {
    PatternSet match, except;
    bool matches(std::string_view text) const { return match.matches(text) && !except.matches(text); }
    // Matched, but by an exception: the sentence names the earlier decision in order to change it.
    bool excepted(std::string_view text) const { return match.matches(text) && except.matches(text); }
};

struct Cues {
private:
    // The lexicons being compiled, while the constructor runs (first: initialised first).
    const lexicon::Lexicons* lex_;

public:
    explicit Cues(const lexicon::Lexicons& lex);
    PatternList grant;
    PatternSet partial, partial_anywhere, refusal, stop, procedural, not_decision, negation;
    ExceptedSet history;  // outcome.txt [history] less [history-not]
    PatternSet maintain, reported;
    PatternSet box_partial, box_refusal, box_stop, box_grant;  // the label of a ticked box
    PatternSet summary_box;  // "Kort fortalt: …" opening the letter, even above the subject
    PatternSet refusal_generic, refusal_generic_not;  // the last resort when no cue reads the result
    PatternSet refused_heading, answer_yes, answer_no;  // a heading over refused items; a short answer to a request
    PatternSet instead_heading;  // outcome.txt [instead-heading]: a heading over other help granted instead
    PatternSet row_refused, row_granted;  // a row of the result part marked refused (✘, a Nej cell) or granted (a Ja cell)
    PatternSet stop_replaced;  // outcome.txt [stop-replaced]: the earlier grant a new grant replaces
    ExceptedSet not_applied;  // outcome.txt [not-applied] less [not-applied-not]: a refusal of what was not applied for
    PatternSet forwarded_complaint;  // outcome.txt [forwarded-complaint]: "Din klage er i dag sendt videre til Ankestyrelsen"
    PatternSet reconsideration;  // outcome.txt [reconsideration]: a reconsideration after a complaint names itself
    PatternSet weight, assessment, reason, reasoning_any, facts, facts_weak, citizen, helhed, period, generic, guidance, historical, child, child_role, care_purpose;
    PatternSet appeal_word, appeal_trace, appeal_trace_not, no_appeal, forwarding, deadline_context, deadline_anaphor, from_date, direct, via, committee, body, obsolete, how, not_guidance;
    PatternList frequency;  // "tre dage om ugen": blanked out before a deadline is looked for
    PatternList neutral;    // outcome.txt [neutral]: phrases blanked out before the outcome cues are read
    PatternList bare_reason;  // legal_cues.txt [bare-reason]: a reason that only says the conditions are not met
    PatternSet bare_conclusion;  // legal_cues.txt [bare-conclusion]: "Du opfylder ikke betingelserne …" alone
    PatternSet bare_conclusion_after_lead, bare_assessment;  // legal_cues.txt [bare-conclusion-after-lead]: "… lever din situation ikke op til kravene"
    PatternSet dismissal;  // legal_cues.txt [dismissal]: the citizen's statement set aside unweighed
    PatternSet assessment_procedural;  // legal_cues.txt [assessment-procedural]: "Vi har vurderet ansøgningen efter § 84."
    PatternList assessment_lead;  // legal_cues.txt [assessment-lead]: "Kommunen … finder, at " before a conclusion
    PatternSet source_only, application_only, fact_clause, wish, wish_only, citizen_words, not_item_label;  // legal_cues.txt: a source named, no fact
    PatternSet citizen_invitation;  // legal_cues.txt [citizen-invitation]: an invitation to comment, no statement
    PatternSet placeholder_only;    // legal_cues.txt [placeholder-only]: a template's unfilled field, no text
    PatternSet effective_date;      // legal_cues.txt [effective-date]: when the decision takes effect, no fact
    PatternList weight_empty;  // legal_cues.txt [weight-empty]: weight put on a source alone
    PatternSet decided_under;  // scope.txt [decided-under]: "Afgørelsen er truffet efter" before a reference
    PatternSet procedural_matter;  // legal_cues.txt [procedural-matter]: a subject about the case itself (aktindsigt, a partsrepræsentant)
    std::map<std::string, std::string> outdated_sel, via_bl90;
    std::set<std::string> procedural_laws;
    PatternList deadline;  // appeal.txt [deadline]: the number and unit of an appeal deadline
    // The same right after "inden"/"senest" ("… afgørelsen om 3 dage, … senest 4 uger efter …"):
    // that duration is the deadline, before the first one named. (\s*: the pattern may open with a
    // consuming word boundary that takes the space.)
    PatternList deadline_after_word;
    // legal_cues.txt [thresholds]: the words a reasoning section needs with a fact, and without one.
    std::size_t reasoning_words_with_facts = 40, reasoning_words_alone = 100;
    // The cues compiled from `lex`, kept by it.
    static const Cues& get(const lexicon::Lexicons& lex);

private:
    const lexicon::LexiconFile& o() const { return lex_->file("outcome.txt"); }
    const lexicon::LexiconFile& l() const { return lex_->file("legal_cues.txt"); }
    const lexicon::LexiconFile& a() const { return lex_->file("appeal.txt"); }
};

struct Flags {
    bool grant = false, partial = false, refusal = false, stop = false, procedural = false, not_decision = false;
    bool decisive() const { return grant || partial || refusal || stop || procedural; }
    // Adds what another sentence decides on the merits (grant, partial, refusal, stop).
    void add_merits(const Flags& o) {
        grant |= o.grant;
        partial |= o.partial;
        refusal |= o.refusal;
        stop |= o.stop;
    }
};

// A grant verb counts unless "ikke" stands within three words before it or right after it.
bool negated_grant(std::string_view s, std::size_t b, std::size_t e);

Flags sentence_flags(std::string_view s, const Cues& c);

std::string sentence_text(const NormalizedText& t, const Sentence& s);

int number_word(const std::string& w);

std::string unit_of(const std::string& u);

}  // namespace klartjek::legal::detail
