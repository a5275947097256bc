#include "legal/elements.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "lexicon/lexicon.hpp"
#include "lexicon/patterns.hpp"
#include "text/cpr.hpp"
#include "text/utf8.hpp"

namespace klartjek::legal {

const char* outcome_id(Outcome o) {
    switch (o) {
        case Outcome::bevilling: return "bevilling";
        case Outcome::delvis: return "delvis";
        case Outcome::afslag: return "afslag";
        case Outcome::ophoer: return "ophoer";
        case Outcome::ikke_afgoerelse: return "ikke-afgoerelse";
        case Outcome::ukendt: return "ukendt";
    }
    return "ukendt";
}

const char* outcome_da(Outcome o) {
    switch (o) {
        case Outcome::bevilling: return "fuld bevilling";
        case Outcome::delvis: return "delvis bevilling";
        case Outcome::afslag: return "afslag";
        case Outcome::ophoer: return "ophør eller nedsættelse";
        case Outcome::ikke_afgoerelse: return "ikke en afgørelse";
        case Outcome::ukendt: return "ukendt";
    }
    return "ukendt";
}

std::optional<Outcome> parse_outcome(const std::string& id) {
    for (Outcome o : {Outcome::bevilling, Outcome::delvis, Outcome::afslag, Outcome::ophoer, Outcome::ikke_afgoerelse, Outcome::ukendt})
        if (id == outcome_id(o)) return o;
    return std::nullopt;
}

namespace {

using lexicon::PatternSet;

// Individually compiled patterns where the position of a match matters (negation scope).
struct PatternList {
    std::vector<std::unique_ptr<RE2>> res;
    explicit PatternList(const std::vector<std::string>& pats) {
        RE2::Options o;
        o.set_case_sensitive(false);
        o.set_log_errors(false);
        for (const auto& p : pats) res.push_back(std::make_unique<RE2>(lexicon::unicode_boundaries(p), o));
    }
};

struct Cues {
    PatternList grant;
    PatternSet partial, partial_anywhere, refusal, stop, procedural, not_decision, negation;
    PatternSet weight, assessment, reason, reasoning_any, facts, facts_weak, citizen, helhed, period, generic, guidance, historical, child;
    PatternSet no_appeal, forwarding, from_date, direct, via, committee, body, obsolete, how, not_guidance;
    std::map<std::string, std::string> outdated_sel, via_bl90;
    std::set<std::string> procedural_laws;
    static const Cues& get() {
        static const Cues c;
        return c;
    }

private:
    static const lexicon::LexiconFile& o() { return lexicon::get("outcome.txt"); }
    static const lexicon::LexiconFile& l() { return lexicon::get("legal_cues.txt"); }
    static const lexicon::LexiconFile& a() { return lexicon::get("appeal.txt"); }
    Cues()
        : grant(o().section("grant")),
          partial(o().section("partial")),
          partial_anywhere(o().section("partial-anywhere")),
          refusal(o().section("refusal")),
          stop(o().section("stop")),
          procedural(o().section("procedural")),
          not_decision(o().section("not-decision")),
          negation(o().section("negation")),
          weight(l().section("reasoning-weight")),
          assessment(l().section("reasoning-assessment")),
          reason(l().section("reason")),
          reasoning_any(l().section("reasoning-any")),
          facts(l().section("facts")),
          facts_weak(l().section("facts-weak")),
          citizen(l().section("citizen")),
          helhed(l().section("helhedsvurdering")),
          period(l().section("period")),
          generic(l().section("generic-basis")),
          guidance(l().section("guidance-basis")),
          historical(l().section("historical")),
          child(l().section("child")),
          no_appeal(a().section("no-appeal")),
          forwarding(a().section("forwarding")),
          from_date(a().section("from-letter-date")),
          direct(a().section("direct")),
          via(a().section("via-kommune")),
          committee(a().section("committee")),
          body(a().section("body")),
          obsolete(a().section("obsolete-body")),
          how(a().section("how")),
          not_guidance(a().section("not-guidance")) {
        const auto& bl = lexicon::get("barnets_lov.txt");
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
    }
};

struct Flags {
    bool grant = false, partial = false, refusal = false, stop = false, procedural = false, not_decision = false;
    bool decisive() const { return grant || partial || refusal || stop || procedural; }
};

// A grant verb counts unless "ikke" stands within three words before it or right after it.
bool negated_grant(std::string_view s, std::size_t b, std::size_t e) {
    std::size_t start = b, words = 0;
    while (start > 0 && words < 4) {
        --start;
        if (s[start] == ' ') ++words;
    }
    std::string before = text::to_lower(s.substr(start, b - start));
    // The pattern's closing boundary may have consumed the space after the verb.
    std::string after = text::to_lower(s.substr(e, std::min<std::size_t>(8, s.size() - e)));
    while (!after.empty() && after.front() == ' ') after.erase(0, 1);
    return before.find("ikke") != std::string::npos || before.find("aldrig") != std::string::npos ||
           after.rfind("ikke", 0) == 0;
}

Flags sentence_flags(std::string_view s, const Cues& c) {
    Flags f;
    // A condition or a question decides nothing: "Hvis du ikke får …", "Kan du få …?".
    static const RE2 conditional(R"((?i)^(?:hvis|såfremt|når|skulle|dersom|i det omfang|hvorfor|hvad)(?:[^\pL]|$))");
    if (RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), conditional) || (!s.empty() && s.back() == '?')) return f;
    re2::StringPiece in(s.data(), s.size()), m;
    for (const auto& re : c.grant.res) {
        std::size_t pos = 0;
        while (pos < s.size() && re->Match(in, pos, s.size(), RE2::UNANCHORED, &m, 1)) {
            std::size_t b = m.data() - s.data(), e = b + m.size();
            std::string matched = text::to_lower(s.substr(b, e - b));
            bool refusal_inside = matched.find("afslag") != std::string::npos || matched.find(" ikke ") != std::string::npos;
            if (refusal_inside || negated_grant(s, b, e)) f.refusal = true;  // "Du får ikke bevilget …"
            else f.grant = true;
            pos = e > b ? e : b + 1;
        }
    }
    f.partial = c.partial.matches(s);
    f.refusal = f.refusal || c.refusal.matches(s);
    // "Tilladelsen bortfalder, hvis …" states a condition, not a stop.
    static const RE2 condition(R"((?i)(?:^|[^\pL])(?:hvis|såfremt|medmindre|dersom)(?:[^\pL]|$))");
    f.stop = c.stop.matches(s) && !RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), condition);
    f.procedural = c.procedural.matches(s);
    f.not_decision = c.not_decision.matches(s);
    return f;
}

std::string sentence_text(const NormalizedText& t, const Sentence& s) { return t.text.substr(s.begin, s.end - s.begin); }

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

// "Du har søgt om 20 timer … Du får 12 timer": less granted than applied for, in the same unit.
bool less_than_applied(const std::vector<std::string>& applied, const std::vector<std::string>& granted,
                       const std::vector<std::string>& others) {
    static const RE2 qty(R"((?i)(?:^|[^\pL\d.])(\d{1,3}(?:\.\d{3})*(?:,\d+)?|en|et|én|to|tre|fire|fem|seks|syv|otte|ni|ti)\s+(timer|time|kr\.?|kroner|dage|gange|uger|besøg|weekender|weekend|døgn)(?:[^\pL]|$))");
    auto amounts = [](const std::vector<std::string>& sentences) {
        std::map<std::string, double> first;
        for (const auto& s : sentences) {
            re2::StringPiece in(s);
            std::string num, unit;
            while (RE2::FindAndConsume(&in, qty, &num, &unit)) {
                std::string n;
                for (char ch : num)
                    if (ch != '.') n += ch == ',' ? '.' : ch;
                double v = std::isdigit(static_cast<unsigned char>(n[0])) ? std::stod(n) : number_word(text::to_lower(n));
                if (text::to_lower(n) == "én") v = 1;
                if (unit.rfind("kr", 0) == 0) unit = "kr";
                if (unit == "time") unit = "timer";
                if (unit == "weekend") unit = "weekender";
                if (!first.count(unit)) first[unit] = v;
            }
        }
        return first;
    };
    auto a = amounts(applied), g = amounts(granted);
    for (const auto& [unit, v] : g)
        if (a.count(unit) && v > 0 && v < a[unit]) return true;
    // A table read as one run of text: "Ansøgt 2 weekender pr. måned … Bevilget 1 weekend pr. måned".
    static const RE2 split(R"((?i)(?:ansøgt|søgt om)(.{0,160}?)bevilget(.{0,120}))");
    for (const auto* list : {&applied, &granted, &others})
        for (const auto& sentence : *list) {
            std::string left, right;
            if (!RE2::PartialMatch(sentence, split, &left, &right)) continue;
            auto l = amounts({left}), r = amounts({right});
            for (const auto& [unit, v] : r)
                if (l.count(unit) && v > 0 && v < l[unit]) return true;
            // Column table: "Udgift Ansøgt Bevilget Vaskemaskine 6.499 kr. 4.000 kr."
            static const RE2 pair(R"((?:^|[^\d.])(\d{1,3}(?:\.\d{3})*) kr\.? (\d{1,3}(?:\.\d{3})*) kr)");
            re2::StringPiece in(right);
            std::string x, y;
            auto value = [](std::string n) {
                n.erase(std::remove(n.begin(), n.end(), '.'), n.end());
                return std::stod(n);
            };
            while (RE2::FindAndConsume(&in, pair, &x, &y))
                if (value(y) < value(x)) return true;
        }
    return false;
}

}  // namespace

Elements analyse(const NormalizedText& t, const Segmentation& seg, const std::vector<Finding>& extraction) {
    const Cues& c = Cues::get();
    Elements el;
    el.structure = structure::analyse(t);
    const auto& st = el.structure;
    const auto& paras = t.paragraphs;

    // ---- outcome: subject line, then the result part (never the appeal guidance or appendix) ----
    Flags subject, area;
    std::vector<std::size_t> area_sentences;
    std::size_t area_words = 0;  // sentences of four words or more read so far
    bool result_heading = false;
    for (std::size_t i = 0; i < paras.size(); ++i)
        if (paras[i].kind == ParaKind::heading && st.para_section[i] == structure::Section::result &&
            (!st.subject || *st.subject != i))
            result_heading = true;
    for (std::size_t k = 0; k < seg.sentences.size(); ++k) {
        const auto& s = seg.sentences[k];
        std::size_t p = s.paragraph;
        if (paras[p].zone != Zone::body) continue;
        if (st.subject && p == *st.subject) {
            subject = sentence_flags(sentence_text(t, s), c);
            continue;
        }
        if (st.appeal[p] || st.quoted[p]) continue;
        if (st.subject && p < *st.subject) continue;  // address and letterhead lines above the subject
        if (st.salutation && p < *st.salutation) continue;
        auto sec = st.para_section[p];
        if (sec != structure::Section::result) continue;
        // Without a result heading, the result is read in the first sentences of the letter.
        std::size_t words = 1;
        for (std::uint32_t b = s.begin; b < s.end; ++b) words += t.text[b] == ' ';
        if (!result_heading && area_words >= 8) continue;
        if (words >= 4) ++area_words;
        area_sentences.push_back(k);
    }
    Flags any = subject;
    std::optional<std::size_t> decisive_sentence;
    std::vector<std::string> applied, granted, others;
    static const RE2 applied_for(R"((?i)(?:(?:søgt|ansøgt|ønsket|bedt|anmodet) om|^(?:ansøgt|søgt)\b))");
    for (std::size_t k : area_sentences) {
        std::string stxt = sentence_text(t, seg.sentences[k]);
        Flags f = sentence_flags(stxt, c);
        if (RE2::PartialMatch(stxt, applied_for)) applied.push_back(stxt);
        else if (f.grant) granted.push_back(stxt);
        else others.push_back(stxt);
        if (f.decisive()) {
            Outcome item = f.procedural                        ? Outcome::afslag
                           : f.stop && !f.partial              ? Outcome::ophoer
                           : f.partial || (f.grant && f.refusal) ? Outcome::delvis
                           : f.refusal                         ? Outcome::afslag
                                                               : Outcome::bevilling;
            Evidence e;
            e.set(seg.sentences[k].begin, seg.sentences[k].end);
            el.items.emplace_back(item, e);
        }
        if (f.decisive() && !decisive_sentence) decisive_sentence = k;
        any.grant |= f.grant;
        any.partial |= f.partial;
        any.refusal |= f.refusal;
        any.stop |= f.stop;
        any.procedural |= f.procedural;
        area.not_decision |= f.not_decision;
    }
    // No decision in the first sentences: the result may stand late in a letter without headings.
    if (!any.decisive() && !result_heading) {
        for (std::size_t k = 0; k < seg.sentences.size(); ++k) {
            const auto& s = seg.sentences[k];
            if (!st.is_main_text(s.paragraph) || (st.subject && s.paragraph < *st.subject)) continue;
            if (st.para_section[s.paragraph] == structure::Section::citizen) continue;
            Flags f = sentence_flags(sentence_text(t, s), c);
            if (!f.decisive()) continue;
            decisive_sentence = k;
            any.grant |= f.grant;
            any.partial |= f.partial;
            any.refusal |= f.refusal;
            any.stop |= f.stop;
            any.procedural |= f.procedural;
            break;
        }
    }
    if (any.grant && !any.refusal && less_than_applied(applied, granted, others)) any.partial = true;
    // A full grant in the result part may be qualified later ("… hver 14. dag og ikke hver uge, som
    // du søgte om"): partial wording is specific enough to be read in all of the letter's own text.
    if (any.grant && !any.partial && !any.refusal && !any.stop) {
        for (const auto& s : seg.sentences) {
            if (!st.is_main_text(s.paragraph)) continue;
            std::string stxt = sentence_text(t, s);
            if (c.partial_anywhere.matches(stxt) && sentence_flags(stxt, c).partial) {
                any.partial = true;
                break;
            }
        }
    }
    if ((subject.not_decision && !subject.decisive()) || (area.not_decision && !any.decisive()))
        el.outcome = Outcome::ikke_afgoerelse;
    else if (any.procedural) el.outcome = Outcome::afslag;
    else if (any.stop && !any.partial) el.outcome = Outcome::ophoer;
    else if (any.partial || (any.grant && any.refusal)) el.outcome = Outcome::delvis;
    else if (any.refusal) el.outcome = Outcome::afslag;
    else if (any.grant) el.outcome = Outcome::bevilling;
    if (decisive_sentence) {
        el.result.set(seg.sentences[*decisive_sentence].begin, seg.sentences[*decisive_sentence].end);
    } else if (st.subject) {
        el.result.set(paras[*st.subject].begin, paras[*st.subject].end);
    } else {
        for (std::size_t k : area_sentences) {
            el.result.set(seg.sentences[k].begin, seg.sentences[k].end);
            break;
        }
    }
    el.requires_reasoning = el.outcome != Outcome::bevilling && el.outcome != Outcome::ikke_afgoerelse;

    // Share of the body text before the result sentence.
    {
        std::uint64_t before = 0, total = 0;
        for (std::size_t i = 0; i < paras.size(); ++i) {
            if (paras[i].zone != Zone::body) continue;
            std::uint64_t len = paras[i].end - paras[i].begin;
            total += len;
            if (el.result.found && paras[i].end <= el.result.begin) before += len;
        }
        el.result_position = total ? static_cast<double>(before) / static_cast<double>(total) : 0;
    }

    // ---- child case: the person the letter is about, read where a letter names it (the subject,
    // "Vedr.:"/"Barn:" lines above the salutation, the first sentences of the result), never a
    // child merely mentioned in an adult's letter ----
    {
        static const RE2 age(R"((?:^|[^\pL])(?:er|bliver|fylder) (\d{1,2}) år(?:[^\pL]|$))");
        static const RE2 about_line(R"((?i)(?:^(?:vedr\.?|vedrørende|angående|barn|barnet|sagen drejer sig om|sag om)\s*:?|(?:^|\s)(?:vedr\.?|vedrørende|angående|barn|barnet|elev)\s*:))");
        std::size_t head_sentences = 0;
        for (const auto& s : seg.sentences) {
            std::size_t p = s.paragraph;
            if (paras[p].zone != Zone::body && paras[p].zone != Zone::letterhead) continue;
            if (st.quoted[p] || st.appeal[p]) continue;
            bool subject_line = st.subject && p == *st.subject;
            bool before_salutation = (st.salutation && p < *st.salutation) || (!st.salutation && st.subject && p < *st.subject);
            bool result_head = st.para_section[p] == structure::Section::result && !before_salutation && !subject_line &&
                               head_sentences < 3 && paras[p].zone == Zone::body;
            std::string txt = sentence_text(t, s);
            bool about = RE2::PartialMatch(txt, about_line) && head_sentences < 3;
            if (!subject_line && !before_salutation && !result_head && !about) continue;
            if (result_head) ++head_sentences;
            // In the result, only a decisive sentence names whom the help is for ("I får dækket
            // merudgifter til jeres søn Noah"); "du vil hente dit barn" is the adult's own reason.
            static const RE2 applied(R"((?i)(?:søgt|ansøgt|søger|ansøger) om)");
            bool decides_for = result_head && (sentence_flags(txt, c).decisive() || RE2::PartialMatch(txt, applied)) &&
                               !c.citizen.matches(txt);
            if ((subject_line || about || decides_for) && c.child.matches(txt)) el.child = true;
            int years = 0;
            if ((about || subject_line || result_head) && !c.citizen.matches(txt) && RE2::PartialMatch(txt, age, &years) && years < 18) el.child = true;
            static const RE2 barn_line(R"((?i)^barn(?:et)?\s*:)");
            if (RE2::PartialMatch(txt, barn_line)) el.child = true;
            // "Vedr.: Emil Nørgaard, 8 år"
            static const RE2 bare_age(R"((?:^|[^\pL\d])(\d{1,2}) år(?:[^\pL]|$))");
            if ((about || subject_line) && RE2::PartialMatch(txt, bare_age, &years) && years < 18) el.child = true;
            // The sender is a children's department ("Børn og Unge", "Børne- og Ungdomsforvaltningen").
            static const RE2 child_sender(R"((?i)(?:^|[^\pL])børn(?:e|ene)?(?:[^\pL]|handicap|område|rådgivning|familie))");
            if (before_salutation && !about && RE2::PartialMatch(txt, child_sender)) el.child = true;
            // A CPR number on the "Vedr.:" or subject line of someone under 18 at the letter's date.
            if ((about || subject_line) && el.structure.date.found())
                for (auto [b, e] : text::find_cpr(txt)) {
                    std::string d;
                    for (std::size_t i = b; i < e; ++i)
                        if (std::isdigit(static_cast<unsigned char>(txt[i]))) d += txt[i];
                    if (d.size() != 10) continue;
                    int yy = std::stoi(d.substr(4, 2)), seventh = d[6] - '0';
                    int century = seventh <= 3 ? 1900 : (seventh == 4 || seventh == 9) ? (yy <= 36 ? 2000 : 1900)
                                                                                        : (yy <= 57 ? 2000 : 1800);
                    if (el.structure.date.year - (century + yy) < 18) el.child = true;
                }
        }
    }

    // ---- main-text sentences: reasoning, facts, citizen, helhedsvurdering, period ----
    bool reasoning_section = false;
    for (const auto& s : seg.sentences) {
        std::size_t p = s.paragraph;
        if (!st.is_main_text(p)) {
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
        auto sec = st.para_section[p];
        if (sec == structure::Section::reasoning) {
            std::size_t words = 1;
            for (char ch : txt) words += ch == ' ';
            el.reasoning_section_words += words;
        }
        if (sec == structure::Section::reasoning && !reasoning_section) {
            reasoning_section = true;
            el.reasoning_heading = true;
            el.reasoning_any = true;
            el.reasoning_first.set(s.begin, s.end);
        }
        bool assessed = c.assessment.matches(txt);
        if (c.weight.matches(txt) || (assessed && c.reason.matches(txt))) {
            el.reasoning_weight = el.reasoning_any = true;
            el.reasoning_first.set(s.begin, s.end);
        } else if (assessed) {
            el.reasoning_assessment = el.reasoning_any = true;
            el.reasoning_first.set(s.begin, s.end);
        }
        if (c.reasoning_any.matches(txt)) {
            el.reasoning_any = true;
            el.reasoning_first.set(s.begin, s.end);
        }
        const bool citizen_said = c.citizen.matches(txt);
        // What the citizen told, weighed in the reasoning, is a fact the decision rests on. Where the
        // letter has a reasoning section, the facts must stand there (or under a facts heading), not
        // in the summary of the application; "Vi har inddraget oplysningerne fra hjemmebesøget" names
        // a source, not a fact.
        static const RE2 source_only(R"((?i)(?:inddraget|lagt til grund|set på|gennemgået|læst|indhentet|modtaget)\b[^.]{0,40}\boplysning)");
        const bool in_reasoning = sec == structure::Section::reasoning;
        const bool source = RE2::PartialMatch(txt, source_only);
        const bool fact_cue = c.facts.matches(txt) && !source;
        const bool citizen_fact = citizen_said && sec != structure::Section::citizen && !source;
        const bool weak_fact = c.facts_weak.matches(txt) && !source;
        if (fact_cue || citizen_fact || weak_fact) el.reasoning_facts = true;
        // Under a reasoning heading anything counts; under a facts heading only real facts (what the
        // citizen wished or when a call took place is not what the decision rests on).
        if ((in_reasoning && (fact_cue || citizen_fact || weak_fact)) || (sec == structure::Section::facts && fact_cue))
            el.reasoning_facts_in_section = true;
        if (sec == structure::Section::citizen || citizen_said) el.citizen.set(s.begin, s.end);
        if (c.helhed.matches(txt)) el.helhedsvurdering.set(s.begin, s.end);
        if (c.period.matches(txt)) el.period.set(s.begin, s.end);
        if (c.generic.matches(txt)) el.generic_basis.set(s.begin, s.end);
        if (c.guidance.matches(txt)) el.guidance_basis.set(s.begin, s.end);
    }

    // ---- legal references ----
    auto first_scan = scan_statutes(t.text, "");
    std::set<std::string> laws;
    for (const auto& r : first_scan.refs)
        if (!r.law.empty()) laws.insert(r.law);
    for (const auto& b : first_scan.bare_laws) laws.insert(b.law);
    std::set<std::string> material;
    for (const auto& l : laws)
        if (!c.procedural_laws.count(l) && l != "RSL") material.insert(l);
    if (material.size() == 1 && laws.size() == 1) el.default_law = *material.begin();
    el.statutes = el.default_law.empty() ? std::move(first_scan) : scan_statutes(t.text, el.default_law);

    auto paragraph_of = [&](std::uint32_t offset) -> std::size_t {
        auto it = std::upper_bound(paras.begin(), paras.end(), offset,
                                   [](std::uint32_t o, const Paragraph& p) { return o < p.begin; });
        return it == paras.begin() ? 0 : static_cast<std::size_t>(it - paras.begin() - 1);
    };
    auto sentence_at = [&](std::uint32_t offset) -> std::pair<std::uint32_t, std::uint32_t> {
        for (const auto& s : seg.sentences)
            if (s.begin <= offset && offset < std::max(s.end, s.begin + 1)) return {s.begin, s.end};
        return {offset, offset + 1};
    };
    std::set<std::string> cited_laws;
    bool has_bl90 = false;
    for (std::size_t i = 0; i < el.statutes.refs.size(); ++i) {
        const auto& r = el.statutes.refs[i];
        if (!r.law.empty()) cited_laws.insert(r.law);
        if (r.law == "BL" && !st.quoted[paragraph_of(r.begin)]) el.child = true;
        // Serviceloven's former children's provisions (§§ 41, 42 …) concern children only.
        if (r.law == "SEL" && c.outdated_sel.count(r.paragraph) && !st.quoted[paragraph_of(r.begin)]) el.child = true;
        if (r.law == "BL" && r.paragraph == "90") has_bl90 = true;
        std::size_t p = paragraph_of(r.begin);
        bool in_appeal = p < st.appeal.size() && st.appeal[p];
        if (!in_appeal && !c.procedural_laws.count(r.law)) el.legal_basis = true;
        if (r.law.empty() && laws.size() >= 2) el.unresolved.push_back(i);
    }
    for (std::size_t i = 0; i < el.statutes.bare_laws.size(); ++i) {
        const auto& b = el.statutes.bare_laws[i];
        if (c.procedural_laws.count(b.law) || b.law == "RSL" || cited_laws.count(b.law)) continue;
        std::size_t p = paragraph_of(b.begin);
        if (p < st.appeal.size() && st.appeal[p]) continue;
        el.law_only.push_back(i);
    }
    const bool after_bl = el.structure.date.found() && !el.structure.date.before(2024, 1, 1);
    if (after_bl && el.child) {
        for (std::size_t i = 0; i < el.statutes.refs.size(); ++i) {
            const auto& r = el.statutes.refs[i];
            if (r.law != "SEL") continue;
            auto [sb, se] = sentence_at(r.begin);
            std::string_view sentence = std::string_view(t.text).substr(sb, se - sb);
            // "dagældende", or a date before barnets lov in the same sentence: the rule that applied then.
            auto when = structure::find_date(sentence);
            bool historical = c.historical.matches(sentence) || (when && when->before(2024, 1, 1)) ||
                              st.quoted[paragraph_of(r.begin)];
            if (c.outdated_sel.count(r.paragraph) && !historical) el.outdated.push_back(i);
            if (c.via_bl90.count(r.paragraph) && !has_bl90) el.missing_bl90.push_back(i);
        }
    }

    // ---- what the document is: readable, kind of letter, legal area ----
    {
        DecisionSignals signals;
        signals.decisive = any.decisive() && el.outcome != Outcome::ikke_afgoerelse;
        if (signals.decisive && el.result.found) signals.at = el.result;
        el.scope = read_scope(t, seg, st, el.statutes, extraction, signals);
        if (el.scope.type != DocType::afgoerelse && el.scope.type != DocType::ukendt) {
            el.outcome = Outcome::ikke_afgoerelse;
        } else if (el.scope.type == DocType::ukendt && el.outcome == Outcome::ikke_afgoerelse) {
            el.outcome = Outcome::ukendt;  // a non-decision cue alone does not say which kind of letter it is
            el.scope.type = DocType::andet_brev;
        }
        el.requires_reasoning = el.outcome != Outcome::bevilling && el.outcome != Outcome::ikke_afgoerelse;
        el.outcome_certain = el.scope.readable && el.outcome != Outcome::ukendt && el.scope.type_certain;
    }

    // ---- appeal guidance ----
    auto& ap = el.appeal;
    for (const auto& s : seg.sentences) {
        std::size_t p = s.paragraph;
        if (paras[p].zone != Zone::body && paras[p].zone != Zone::footnote) continue;
        if (st.quoted[p]) continue;  // "kan ikke påklages" inside a quoted § is the law's text, not guidance
        std::string txt = sentence_text(t, s);
        if (c.committee.matches(txt)) ap.committee = true;
        if (st.para_section[p] == structure::Section::appendix) continue;
        if (c.no_appeal.matches(txt)) {
            ap.present = ap.no_appeal = true;
            ap.first.set(s.begin, s.end);
        }
        if (paras[p].kind == ParaKind::heading && st.para_section[p] == structure::Section::appeal && c.body.matches(txt))
            ap.body_named = true;  // "Sådan klager du til Ankestyrelsen"
        if (!st.appeal[p] || c.not_guidance.matches(txt)) continue;
        ap.present = true;
        ap.first.set(s.begin, s.end);
        if (c.body.matches(txt)) ap.body_named = true;
        if (c.how.matches(txt)) ap.how = true;
        if (c.via.matches(txt)) ap.via_kommune = true;
        if (c.direct.matches(txt)) ap.direct.set(s.begin, s.end);
        if (c.from_date.matches(txt)) ap.from_letter_date.set(s.begin, s.end);
        if (c.obsolete.matches(txt)) {
            Evidence e;
            e.set(s.begin, s.end);
            ap.obsolete.push_back(e);
        }
        if (!ap.deadline && !c.forwarding.matches(txt)) {
            static const RE2 deadline = [] {
                RE2::Options o;
                o.set_case_sensitive(false);
                return RE2(lexicon::unicode_boundaries(lexicon::get("appeal.txt").section("deadline").front()), o);
            }();
            // "Da Noah er fyldt 10 år, kan han selv klage" is an age, not a deadline.
            static const RE2 age(R"((?i)(?:fyldt|fylder|over|under|er|på) \d{1,2} år)");
            std::string num, unit;
            if (!RE2::PartialMatch(txt, age) && RE2::PartialMatch(txt, deadline, &num, &unit)) {
                int n = number_word(text::to_lower(num));
                std::string u = unit_of(text::to_lower(unit));
                if (n > 0) {
                    if (u == "måned") u = n == 1 ? "måned" : "måneder";
                    ap.deadline = std::to_string(n) + " " + u;
                    ap.deadline_ok = (n == 4 && u == "uger") || (n == 28 && u == "dage");
                    ap.deadline_at.set(s.begin, s.end);
                }
            }
        }
    }
    if (ap.via_kommune || ap.committee) ap.direct = Evidence{};
    el.checklist = make_checklist(el);
    return el;
}

}  // namespace klartjek::legal
