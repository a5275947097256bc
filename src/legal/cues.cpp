#include "legal/cues.hpp"
#include "lexicon/patterns.hpp"

#include <algorithm>
#include <cstring>
#include <cctype>

#include "legal/cue_lexicon.hpp"
#include "text/utf8.hpp"

namespace klartjek::legal::detail {

PatternList::PatternList(const std::vector<std::string>& pats) {
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    for (const auto& p : pats) res.push_back(std::make_unique<RE2>(lexicon::unicode_boundaries(p), o));
}

const Cues& Cues::get(const lexicon::Lexicons& lex) {
    return lex.compiled<Cues>("legal/cues", [](const lexicon::Lexicons& l) { return Cues(l); });
}

Cues::Cues(const lexicon::Lexicons& lex)
    : lex_(&lex),
      grant(cue_patterns(o(), "grant")),
      partial(cue_patterns(o(), "partial")),
      partial_anywhere(cue_patterns(o(), "partial-anywhere")),
      refusal(cue_patterns(o(), "refusal")),
      stop(cue_patterns(o(), "stop")),
      procedural(cue_patterns(o(), "procedural")),
      not_decision(cue_patterns(o(), "not-decision")),
      negation(cue_patterns(o(), "negation")),
      history{PatternSet(cue_patterns(o(), "history")), PatternSet(cue_patterns(o(), "history-not"))},
      maintain(cue_patterns(o(), "maintain")),
      reported(cue_patterns(o(), "reported")),
      box_partial(cue_patterns(o(), "box-partial")),
      box_refusal(cue_patterns(o(), "box-refusal")),
      box_stop(cue_patterns(o(), "box-stop")),
      box_grant(cue_patterns(o(), "box-grant")),
      summary_box(cue_patterns(o(), "summary-box")),
      refusal_generic(cue_patterns(o(), "refusal-generic")),
      refusal_generic_not(cue_patterns(o(), "refusal-generic-not")),
      refused_heading(cue_patterns(o(), "refused-heading")),
      instead_heading(cue_patterns(o(), "instead-heading")),
      answer_yes(cue_patterns(o(), "answer-yes")),
      answer_no(cue_patterns(o(), "answer-no")),
      row_refused(cue_patterns(o(), "row-refused")),
      row_granted(cue_patterns(o(), "row-granted")),
      stop_replaced(cue_patterns(o(), "stop-replaced")),
      not_applied{PatternSet(cue_patterns(o(), "not-applied")), PatternSet(cue_patterns(o(), "not-applied-not"))},
      forwarded_complaint(cue_patterns(o(), "forwarded-complaint")),
      reconsideration(cue_patterns(o(), "reconsideration")),
      weight(cue_patterns(l(), "reasoning-weight")),
      assessment(cue_patterns(l(), "reasoning-assessment")),
      reason(cue_patterns(l(), "reason")),
      reasoning_any(cue_patterns(l(), "reasoning-any")),
      facts(cue_patterns(l(), "facts")),
      facts_weak(cue_patterns(l(), "facts-weak")),
      citizen(cue_patterns(l(), "citizen")),
      helhed(cue_patterns(l(), "helhedsvurdering")),
      period(cue_patterns(l(), "period")),
      generic(cue_patterns(l(), "generic-basis")),
      guidance(cue_patterns(l(), "guidance-basis")),
      historical(cue_patterns(l(), "historical")),
      child(cue_patterns(l(), "child")),
      child_role(cue_patterns(l(), "child-role")),
      care_purpose(cue_patterns(l(), "care-purpose")),
      appeal_word(cue_patterns(a(), "appeal-word")),
      appeal_trace(cue_patterns(a(), "appeal-trace")),
      appeal_trace_not(cue_patterns(a(), "appeal-trace-not")),
      no_appeal(cue_patterns(a(), "no-appeal")),
      forwarding(cue_patterns(a(), "forwarding")),
      deadline_context(cue_patterns(a(), "deadline-context")),
      deadline_anaphor(cue_patterns(a(), "deadline-anaphor")),
      from_date(cue_patterns(a(), "from-letter-date")),
      direct(cue_patterns(a(), "direct")),
      via(cue_patterns(a(), "via-kommune")),
      committee(cue_patterns(a(), "committee")),
      body(cue_patterns(a(), "body")),
      obsolete(cue_patterns(a(), "obsolete-body")),
      how(cue_patterns(a(), "how")),
      not_guidance(cue_patterns(a(), "not-guidance")),
      frequency(cue_patterns(a(), "frequency")),
      neutral(cue_patterns(o(), "neutral")),
      bare_reason(cue_patterns(l(), "bare-reason")),
      bare_conclusion(cue_patterns(l(), "bare-conclusion")),
      bare_conclusion_after_lead(cue_patterns(l(), "bare-conclusion-after-lead")),
      bare_assessment(cue_patterns(l(), "bare-assessment")),
      dismissal(cue_patterns(l(), "dismissal")),
      assessment_procedural(cue_patterns(l(), "assessment-procedural")),
      assessment_lead(cue_patterns(l(), "assessment-lead")),
      source_only(cue_patterns(l(), "source-only")),
      application_only(cue_patterns(l(), "application-only")),
      fact_clause(cue_patterns(l(), "fact-clause")),
      wish(cue_patterns(l(), "wish")),
      wish_only(cue_patterns(l(), "wish-only")),
      citizen_words(cue_patterns(l(), "citizen-words")),
      not_item_label(cue_patterns(l(), "not-item-label")),
      citizen_invitation(cue_patterns(l(), "citizen-invitation")),
      placeholder_only(cue_patterns(l(), "placeholder-only")),
      effective_date(cue_patterns(l(), "effective-date")),
      weight_empty(cue_patterns(l(), "weight-empty")),
      decided_under(cue_patterns(lex.file("scope.txt"), "decided-under")),
      procedural_matter(cue_patterns(l(), "procedural-matter")),
      deadline({cue_patterns(a(), "deadline").front()}),
      deadline_after_word({"(?:inden|senest|indenfor|inden for)\\s*(?:" + cue_patterns(a(), "deadline").front() + ")"}) {
    reasoning_words_with_facts = static_cast<std::size_t>(l().number("thresholds", "reasoning_words_with_facts"));
    reasoning_words_alone = static_cast<std::size_t>(l().number("thresholds", "reasoning_words_alone"));
    const auto& bl = lex.file("barnets_lov.txt");
    auto load = [](const std::vector<std::string>& lines, std::map<std::string, std::string>& into) {
        for (const auto& line : lines) {
            auto eq = line.find('=');
            if (eq == std::string::npos) continue;
            auto trim = [](std::string s) {
                while (!s.empty() && s.back() == ' ') s.pop_back();
                while (!s.empty() && s.front() == ' ') s.erase(0, 1);
                return s;
            };
            into[trim(line.substr(0, eq))] = trim(line.substr(eq + 1));
        }
    };
    load(bl.section("outdated-sel"), outdated_sel);
    load(bl.section("via-bl90"), via_bl90);
    for (const auto& s : bl.section("procedural-laws")) procedural_laws.insert(s);
    lex_ = nullptr;  // compiled: nothing here refers to the lexicons any more
}

// A grant verb counts unless "ikke" stands within three words before it, or in the adverbial
// slot right after it: Danish main clauses put the negation after the finite verb, behind at most
// a subject pronoun and sentence adverbs ("Kommunen yder således ikke …", "Vi dækker derfor
// heller ikke …").
bool negated_grant(std::string_view s, std::size_t b, std::size_t e) {
    std::size_t start = b, words = 0;
    while (start > 0 && words < 4) {
        --start;
        if (s[start] == ' ') ++words;
    }
    std::string before = text::to_lower(s.substr(start, b - start));
    if (before.find("ikke") != std::string::npos || before.find("aldrig") != std::string::npos) return true;
    // A pattern whose subject is any word may start at the negation itself: "at du ikke får hjælp".
    std::string head = text::to_lower(s.substr(b, std::min<std::size_t>(6, s.size() - b)));
    if (head.rfind("ikke ", 0) == 0 || head.rfind("aldrig", 0) == 0) return true;
    // A passive verb with its subject after it: "Derfor bevilges toilettet ikke."
    std::string verb = text::to_lower(s.substr(b, e - b));
    while (!verb.empty() && !std::isalpha(static_cast<unsigned char>(verb.back()))) verb.pop_back();
    if (verb.size() > 2 && verb.compare(verb.size() - 2, 2, "es") == 0) {
        // "bevilges toilettet ikke" — not "bevilges midlertidigt og ikke permanent".
        static const RE2 passive_slot(lexicon::latin_letters(R"(^\s*(\pL+)\s+(?:(\pL+)\s+)?(?:ikke|aldrig)(?:[^\pL]|$))"));
        std::string w1, w2;
        if (RE2::PartialMatch(text::to_lower(s.substr(e, std::min<std::size_t>(60, s.size() - e))), passive_slot, &w1, &w2)) {
            auto joins = [](const std::string& w) { return w == "og" || w == "men" || w == "eller" || w == "samt"; };
            if (!joins(w1) && !joins(w2)) return true;
        }
    }
    // A field whose whole value is none: "Bevilget: Ingen" (not "Bevilling: Ingen egenbetaling").
    static const RE2 none_value(lexicon::latin_letters(
        R"((?i)^(?:bevilling|bevilget|bevilges)\s*:\s*(?:ingen|intet|nej|afslag)(?:\s*$|\s*[.,;]|\s+(?-i:\p{Lu})\pL*(?:\s\pL+)?\s*:))"));
    if (RE2::PartialMatch(s.substr(b, std::min<std::size_t>(80, s.size() - b)), none_value)) return true;
    // The pattern's closing boundary may have consumed the space after the verb.
    std::string after = text::to_lower(s.substr(e, std::min<std::size_t>(60, s.size() - e)));
    static const RE2 slot(lexicon::latin_letters(
        R"(^\s*(?:(?:du|i|de|vi|han|hun|dig|jer|dem|kommunen|således|derfor|desværre|dog|altså|heller|længere|fortsat|imidlertid|stadig|herefter|hermed)\s+){0,3}(?:ikke|aldrig|ingen del|intet af)(?:[^\pL]|$))"));
    // "Aarhus Kommune giver dig afslag på …": what is given is a refusal.
    static const RE2 refusal_object(lexicon::latin_letters(R"(^\s*(?:(?:dig|jer|dem|de|hermed|derfor|desværre)\s+){0,2}afslag(?:[^\pL]|$))"));
    return RE2::PartialMatch(after, slot) || RE2::PartialMatch(after, refusal_object);
}

namespace {

// Whether offset `b` stands in a relative or adverbial clause ("…, der kan godkendes", "…, fordi
// du får …") or an indirect question ("Vi har overvejet, om cyklen kunne bevilges …"): such a clause
// describes or considers; it does not decide. A clause starts after a comma, a
// semicolon or a colon; "at" clauses ("Vi har besluttet, at du får …") do decide. The clause is
// read a few characters past `b`, since the match may itself start with its subject (", der får …").
bool in_subordinate_clause(std::string_view s, std::size_t b) {
    std::size_t start = s.find_last_of(",;:", b == 0 ? 0 : b - 1);
    if (start == std::string_view::npos || start >= b) return false;
    std::string clause = text::to_lower(s.substr(start + 1, b - start - 1 + 12));
    static const RE2 sub(lexicon::latin_letters(R"(^\s*(?:der|som|hvis|når|fordi|idet|medmindre|såfremt|hvor|hvorefter|om)(?:[^\pL]|$))"));
    if (RE2::PartialMatch(clause, sub)) return true;
    // What was asked for, not what is decided: "… har anmodet om, at Samsø Kommune yder hjælp til
    // anskaffelse af en etplansbolig", "Du har søgt om, at vi dækker …"; and what is refused: "Vi
    // siger nej til, at kommunen betaler taxakørsel".
    static const RE2 that(lexicon::latin_letters(R"(^\s*at(?:[^\pL]|$))"));
    static const RE2 asked(lexicon::latin_letters(
        R"((?i)(?:^|[^\pL])(?:anmodet|anmoder|anmodede|bedt|beder|bad|søgt|søger|søgte|ansøgt|ansøger|ansøgte|ønsket|ønsker|ønskede|foreslået|foreslår|foreslog) om\s*$|(?:^|[^\pL])(?:nej til|afslag på)\s*$)"));
    if (!RE2::PartialMatch(clause, that)) return false;
    const std::string head = text::to_lower(s.substr(0, start));
    return RE2::PartialMatch(head, asked);
}

// A checkbox form ("[ ] Bevilget [ ] Delvist bevilget [X] Afslag", "☐ Ja ☒ Nej"): only the label of
// a ticked box decides; the options not ticked are not read. Returns false when `s` holds no box.
bool checkbox_flags(std::string_view s, const Cues& c, Flags& f, std::string& before_boxes) {
    // Icons such as ✔ and ■ also open list items ("✔ Du får hjælp til rengøring"): only boxes.
    static const RE2 box(R"((\[\s?\]|\[[xX✓✔]\]|☐|☒|☑|□))");
    re2::StringPiece in(s.data(), s.size()), m;
    struct Mark {
        std::size_t begin, end;
        bool ticked;
    };
    std::vector<Mark> marks;
    while (RE2::FindAndConsume(&in, box, &m)) {
        std::string_view b(m.data(), m.size());
        std::size_t at = m.data() - s.data();
        marks.push_back({at, at + m.size(), b != "[ ]" && b != "[]" && b != "☐" && b != "□"});
    }
    if (marks.size() < 2 && !(marks.size() == 1 && marks[0].ticked)) return false;
    before_boxes = std::string(s.substr(0, marks.front().begin));
    for (std::size_t i = 0; i < marks.size(); ++i) {
        if (!marks[i].ticked) continue;
        std::size_t end = i + 1 < marks.size() ? marks[i + 1].begin : s.size();
        std::string label(s.substr(marks[i].end, end - marks[i].end));
        while (!label.empty() && (label.front() == ' ' || label.front() == '\t')) label.erase(0, 1);
        if (c.box_partial.matches(label)) f.partial = true;
        else if (c.box_refusal.matches(label)) f.refusal = true;
        else if (c.box_stop.matches(label)) f.stop = true;
        else if (c.box_grant.matches(label)) f.grant = true;
        else f.add_merits(sentence_flags(label, c));  // "☒ Du får bevilget en rollator"
    }
    return true;
}

}  // namespace

Flags sentence_flags(std::string_view sentence, const Cues& c) {
    Flags f;
    // Phrases that carry no outcome ("Hjælpen er ikke tilbagebetalingspligtig", "som en del af din
    // personlige pleje") are blanked out first, so no cue reads them.
    std::string cleaned(sentence);
    // A list item's marker ("- Mikkel får en fast kontaktperson …") is no part of its sentence:
    // cues anchored at the sentence's start read the item as they read running text.
    static const RE2 marker(R"(^(?:[-–•*▪►]\s+))");
    RE2::Replace(&cleaned, marker, "");
    // Only the phrase's words are blanked: a lexicon boundary consumes the character next to the
    // phrase (lexicon/patterns.hpp), and a comma or semicolon there still parts the clauses.
    for (const auto& re : c.neutral.res) {
        std::string blanked;
        re2::StringPiece in(cleaned), m;
        std::size_t from = 0;
        while (from < cleaned.size() && re->Match(in, from, cleaned.size(), RE2::UNANCHORED, &m, 1)) {
            std::size_t b = m.data() - cleaned.data(), e = b + m.size();
            if (e == b) {  // an empty match blanks nothing
                blanked.append(cleaned, from, b + 1 - from);
                from = b + 1;
                continue;
            }
            auto word = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || static_cast<unsigned char>(ch) >= 0x80; };
            std::size_t wb = b, we = e;
            while (wb < we && !word(cleaned[wb])) ++wb;
            while (we > wb && !word(cleaned[we - 1])) --we;
            blanked.append(cleaned, from, wb - from);
            blanked += ' ';
            blanked.append(cleaned, we, e - we);
            from = e;
        }
        if (from < cleaned.size()) blanked.append(cleaned, from, std::string::npos);
        cleaned = std::move(blanked);
    }
    std::string_view s = cleaned;
    // A semicolon joins main clauses as a full stop would ("… kommunen dækker ikke udgiften …; vi
    // har noteret, at du sagde, at …"): a clause after it that opens with the authority or the
    // citizen as subject ("vi …", "du …", "kommunen …") is read as a sentence of its own, so the
    // citizen's words reported in one do not silence the decision in the other. Clauses that go on
    // with the one before ("…; at du …", "…; støtten kan dog kun gives, hvis …") stay joined.
    if (s.find("; ") != std::string_view::npos) {
        static const RE2 opener(lexicon::latin_letters(R"((?i)^(?:vi|jeg|du|(?-i:I)|kommunen|\pL+ kommune|forvaltningen|udvalget|visitationen) \pL+)"));
        std::vector<std::string_view> parts;
        std::size_t from = 0;
        for (std::size_t at = s.find("; "); at != std::string_view::npos; at = s.find("; ", at + 2)) {
            std::string_view head = s.substr(from, at - from), tail = s.substr(at + 2);
            if (std::count(head.begin(), head.end(), ' ') < 4 || std::count(tail.begin(), tail.end(), ' ') < 4 ||
                !RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), opener))
                continue;
            parts.push_back(head);
            from = at + 2;
        }
        if (!parts.empty()) {
            parts.push_back(s.substr(from));
            Flags all;
            for (auto p : parts) {
                Flags x = sentence_flags(p, c);
                all.add_merits(x);
                all.procedural |= x.procedural;
                all.not_decision |= x.not_decision;
            }
            return all;
        }
    }
    {
        std::string before;
        if (checkbox_flags(s, c, f, before)) {
            Flags lead = before.size() > 3 ? sentence_flags(before, c) : Flags{};
            lead.add_merits(f);
            return lead;
        }
    }
    // A question/answer table read as running text joins an answer to the next row's question:
    // "Du får det, du har søgt om Fra hvornår?" — the answer before the question is read.
    if (!s.empty() && s.back() == '?') {
        static const RE2 next_question(
            R"((?-i)^(.{12,}?) (?:Hvad|Hvor|Hvornår|Hvorfor|Hvilke|Hvilken|Hvem|Hvordan|Kan|Er|Får|Skal|Efter|Fra|Til|Hvor meget)\b[^.?]{0,60}\?$)");
        std::string answer;
        if (RE2::FullMatch(re2::StringPiece(s.data(), s.size()), next_question, &answer) && answer.find('?') == std::string::npos) {
            Flags a = sentence_flags(answer, c);
            return a;
        }
    }
    // A condition or a question decides nothing: "Hvis du ikke får …", "Kan du få …?".
    static const RE2 conditional(lexicon::latin_letters(R"((?i)^(?:[-–•*]\s*)?(?:hvis|såfremt|når|skulle|dersom|i det omfang|hvorfor|hvad)(?:[^\pL]|$))"));
    if (RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), conditional) || (!s.empty() && s.back() == '?')) return f;
    // A condition put as an inverted clause, verb first, before the main clause: "Stopper hun,
    // skal I give os besked, og så stopper udbetalingen", "Får du ikke brug for rollatoren
    // længere, skal du levere den tilbage", "Vil du ikke give samtykke, kan du selv tage en
    // udtalelse med".
    static const RE2 inverted_condition(lexicon::latin_letters(
        R"((?i)^(?:[-–•*]\s*)?(?:\pL+r|vil|kan|skal|må) (?:du|i|de|han|hun|vi|barnet|dit barn|jeres barn)(?:[^\pL][^.]{0,120}?)?, (?:skal|så|vil|kan|må|bliver|ophører|stopper|bortfalder|falder)(?:[^\pL]|$))"));
    // "Efter vi har vurderet din ansøgning, kan vi bevilge …" starts with a preposition, not a verb.
    static const RE2 not_a_verb(R"((?i)^(?:[-–•*]\s*)?(?:efter|før|under|over|derfor|hvor|der|her|hver|siden|nær)\s)");
    if (RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), inverted_condition) &&
        !RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), not_a_verb))
        return f;
    if (c.reported.matches(s)) {  // "Du har fortalt, at …": someone else's words
        f.not_decision = c.not_decision.matches(s);  // "… det, du spørger om – ikke en afgørelse"
        return f;
    }
    re2::StringPiece in(s.data(), s.size()), m;
    for (const auto& re : c.grant.res) {
        std::size_t pos = 0;
        while (pos < s.size() && re->Match(in, pos, s.size(), RE2::UNANCHORED, &m, 1)) {
            std::size_t b = m.data() - s.data(), e = b + m.size();
            // A lexicon boundary consumes the character before the word (lexicon/patterns.hpp): the
            // match begins at the word.
            while (b < e && (s[b] == ' ' || s[b] == ',' || s[b] == '(' || s[b] == '"' || s[b] == '-' || s[b] == ':')) ++b;
            if (in_subordinate_clause(s, b)) {  // "… de udgifter, der kan godkendes, …"
                pos = e > b ? e : b + 1;
                continue;
            }
            std::string matched = text::to_lower(s.substr(b, e - b));
            bool refusal_inside = matched.find("afslag") != std::string::npos || matched.find(" ikke ") != std::string::npos;
            if (refusal_inside || negated_grant(s, b, e)) f.refusal = true;  // "Du får ikke bevilget …"
            else f.grant = true;
            pos = e > b ? e : b + 1;
        }
    }
    // "… kommunen kan kun give tilskud, hvis den i væsentlig grad kan lette …" states the rule's
    // condition, not a partial grant.
    // A reference's "stk." or "nr." may stand between ("En kørestol kan kun bevilges efter
    // serviceloven § 112, stk. 1, hvis funktionsevnen er varigt nedsat."): the condition is looked
    // for in a copy without their dots (one pattern with the dots as alternatives blows RE2's DFA).
    static const RE2 rule_condition(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:kun|alene)(?:[^\pL][^.]{0,80}?)?,? (?:hvis|såfremt|dersom|når)(?:[^\pL]|$))"));
    static const RE2 reference_dot(lexicon::latin_letters(R"((?i)((?:^|[^\pL])(?:stk|nr|pkt))\.)"));
    const bool partial_cue = c.partial.matches(s);
    bool states_rule = false;
    if (f.grant || partial_cue) {  // only then does the condition matter
        std::string undotted(s);
        RE2::GlobalReplace(&undotted, reference_dot, "\\1");
        states_rule = RE2::PartialMatch(undotted, rule_condition);
    }
    // "Vi tilbyder i stedet et møde om anden støtte" offers a talk, not other help granted instead.
    static const RE2 talk_instead(lexicon::latin_letters(R"((?i)(?:^|[^\pL])i stedet (?:et |en )?(?:møde|samtale|dialog)(?:[^\pL]|$))"));
    // "Holstebro Kommune betaler kun for specialbriller, når …" states the rule, not a grant.
    if (f.grant && states_rule) f.grant = false;
    f.partial = partial_cue && !states_rule &&
                !RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), talk_instead);
    f.refusal = f.refusal || c.refusal.matches(s);
    // "Tilladelsen bortfalder, hvis …" states a condition, not a stop.
    static const RE2 condition(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:hvis|såfremt|medmindre|dersom)(?:[^\pL]|$))"));
    // "Ydelsen beregnes … og reduceres forholdsmæssigt" explains a calculation, not a stop.
    static const RE2 calculation(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:beregnes|beregning|beregnet|forholdsmæssigt)(?:[^\pL]|$))"));
    // "… fylder 18 år den 14. marts, hvor anbringelsen ophører": a stop in a clause of time or
    // place describes when something ends by itself, not a decision to stop it; so does a relative
    // clause ("Ydelsen afløser dit sygedagpengeforløb, som ophører den 31. oktober").
    static const RE2 circumstance(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:hvor|når|hvorefter|som)\s[^,.;]{0,80}?(?:ophører|bortfalder|udløber|stopper)(?:[^\pL]|$))"));
    f.stop = c.stop.matches(s) && !RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), condition) &&
             !RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), calculation) &&
             !RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), circumstance);
    // A changed quantity of help: a reduction only when the new figure is the smaller one, and
    // never when it is what the citizen pays ("Din betaling går ned fra 2.298 kr. til 1.149 kr.").
    if (!f.stop) {
        static const std::string from_to_body =
            R"((?i)(?:^|[^\pL])fra (\d+(?:[.,]\d+)*) (timer|kr|kroner|gange|besøg|dage|døgn|stk|styk|minutter)(?:[^\pL]|$)[^.]{0,50}?(?:^|[^\pL])til (\d+(?:[.,]\d+)*) (?:timer|kr|kroner|gange|besøg|dage|døgn|stk|styk|minutter)(?:[^\pL]|$))";
        // The unit after the second figure only, in a sentence that changes something: "Vi ændrer din
        // bevilling af bleer fra 4 til 3 stk. pr. døgn" (not "… at gå ned i tid fra 32 til 24 timer").
        static const std::string from_to_shared_body =
            R"((?i)(?:^|[^\pL])ændr(?:er|es|et|ede) [^.]{0,80}?(?:^|[^\pL])fra (\d+(?:,\d+)?) til (\d+(?:,\d+)?) (timer|kr|kroner|gange|besøg|dage|døgn|stk|styk|minutter)(?:[^\pL]|$))";
        // "2 timers socialpædagogisk støtte om ugen i stedet for 5 timer": the genitive of hours too
        // (not "2 dages varsel i stedet for 7 dage", a notice).
        static const std::string instead_of_body =
            R"((?i)(?:^|[^\pL.,\d])(\d+(?:[.,]\d+)*) (timer|timers|kr|kroner|gange|besøg|dage|døgn)(?:[^\pL]|$)[^.]{0,80}?(?:^|[^\pL])i stedet for (?:de |dine |jeres )?(?:hidtidige |nuværende )?(\d+(?:[.,]\d+)*) (?:timer|kr|kroner|gange|besøg|dage|døgn)(?:[^\pL]|$))";
        static const RE2 from_to(lexicon::latin_letters(from_to_body)), from_to_shared(lexicon::latin_letters(from_to_shared_body)),
            instead_of(lexicon::latin_letters(instead_of_body));
        // The same, with the text before the figures captured: its last clause names what changes.
        static const RE2 from_to_at(lexicon::latin_letters("^(.*?)" + from_to_body)),
            from_to_shared_at(lexicon::latin_letters("^(.*?)" + from_to_shared_body)), instead_of_at(lexicon::latin_letters("^(.*?)" + instead_of_body));
        static const RE2 payment(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:betaling|egenbetaling|egenandel|takst|husleje|pris|betaler|boligbetaling\pL*|betalingen)(?:[^\pL]|$))"));
        auto number = [](std::string n) {
            n.erase(std::remove(n.begin(), n.end(), '.'), n.end());
            std::replace(n.begin(), n.end(), ',', '.');
            try {
                return std::stod(n);
            } catch (...) {
                return 0.0;
            }
        };
        // Whether the figures change what the citizen pays: the clause that holds them names a
        // payment ("Din betaling for boligen … nedsættes fra 6.020 kr. til 5.765 kr.", "Din betaling
        // går ned fra …"), read in the sentence as written ([neutral] may have blanked the payment's
        // name). A cut of help in another clause of the sentence ("Vi nedsætter din hjælp fra 4 til 2
        // timer om ugen, og din betaling for madservice bliver nedsat") is still a cut.
        const re2::StringPiece written(sentence.data(), sentence.size());
        auto pays = [&](const RE2& at) {
            std::string before;
            if (!RE2::PartialMatch(written, at, &before)) return RE2::PartialMatch(written, payment);
            std::size_t from = 0;
            for (const char* sep : {", ", " og ", "; "}) {
                const std::size_t k = before.rfind(sep);
                if (k != std::string::npos) from = std::max(from, k + std::strlen(sep));
            }
            return RE2::PartialMatch(before.substr(from), payment);
        };
        re2::StringPiece sp(s.data(), s.size());
        std::string a, unit, b;
        if (RE2::PartialMatch(sp, from_to, &a, &unit, &b) && number(b) < number(a)) {
            if (!pays(from_to_at)) f.stop = true;
        } else if (RE2::PartialMatch(sp, from_to_shared, &a, &b, &unit) && number(b) < number(a)) {
            if (!pays(from_to_shared_at)) f.stop = true;
        } else if (RE2::PartialMatch(sp, instead_of, &b, &unit, &a) && number(b) < number(a) && !pays(instead_of_at)) {
            // "… 200 kr. om måneden i stedet for de 250 kr., du har søgt om": less than applied
            // for, a partial grant; "… blev derfor sat til 1.550 kr. i stedet for 1.790 kr." tells
            // what happened before (the error being corrected), not what is decided now.
            static const RE2 applied(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:søgt|ansøgt|bedt) om(?:[^\pL]|$))"));
            static const RE2 past(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:blev|var|havde)(?:[^\pL]|$))"));
            if (RE2::PartialMatch(sp, applied)) f.partial = true;
            else if (!RE2::PartialMatch(sp, past)) f.stop = true;
        }
    }
    // "… betragter vi din ansøgning som bortfaldet, hvis vi ikke hører fra dig" and "Ellers vil vi
    // betragte ansøgningen som bortfaldet" warn of a procedural answer; they do not give one ("Hører
    // vi ikke fra dig, vil vi …" is an inverted condition, read above).
    static const RE2 warned(lexicon::latin_letters(R"((?i)(?:^|[^\pL])ellers(?:[^\pL]|$))"));
    f.procedural = c.procedural.matches(s) && !RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), condition) &&
                   !RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), warned);
    f.not_decision = c.not_decision.matches(s);
    return f;
}

std::string sentence_text(const NormalizedText& t, const Sentence& s) { return t.letter_text(s.begin, s.end); }

int number_word(const std::string& w) {
    static const std::map<std::string, int> words = {{"en", 1}, {"et", 1}, {"to", 2}, {"tre", 3}, {"fire", 4}, {"fem", 5},
                                                     {"seks", 6}, {"syv", 7}, {"otte", 8}, {"ni", 9}, {"ti", 10},
                                                     {"tolv", 12}, {"fjorten", 14}};
    auto it = words.find(w);
    if (it != words.end()) return it->second;
    try {
        return std::stoi(w);
    } catch (...) {
        return 0;
    }
}

std::string unit_of(const std::string& u) {
    if (u.rfind("dag", 0) == 0) return "dage";
    if (u.rfind("uge", 0) == 0) return "uger";
    if (u.rfind("måned", 0) == 0) return "måned";
    return "år";
}

}  // namespace klartjek::legal::detail
