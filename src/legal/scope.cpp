#include "legal/scope.hpp"

#include <re2/re2.h>

#include <algorithm>

#include <map>
#include <set>

#include "legal/cue_lexicon.hpp"
#include "legal/cues.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/patterns.hpp"

namespace klartjek::legal {

const char* doc_type_id(DocType t) {
    switch (t) {
        case DocType::afgoerelse: return "afgoerelse";
        case DocType::partshoering: return "partshoering";
        case DocType::kvittering: return "kvittering";
        case DocType::orientering: return "orientering";
        case DocType::andet_brev: return "andet-brev";
        case DocType::ukendt: return "ukendt";
    }
    return "ukendt";
}

const char* doc_type_da(DocType t) {
    switch (t) {
        case DocType::afgoerelse: return "afgørelse";
        case DocType::partshoering: return "partshøring (påtænkt afgørelse)";
        case DocType::kvittering: return "kvittering for en ansøgning";
        case DocType::orientering: return "orientering";
        case DocType::andet_brev: return "andet brev (ikke en afgørelse)";
        case DocType::ukendt: return "ukendt";
    }
    return "ukendt";
}

const char* area_id(Area a) {
    switch (a) {
        case Area::social: return "social";
        case Area::other: return "other";
        case Area::ukendt: return "ukendt";
    }
    return "ukendt";
}

const char* area_da(Area a) {
    switch (a) {
        case Area::social: return "det sociale område";
        case Area::other: return "et andet retsområde";
        case Area::ukendt: return "ukendt";
    }
    return "ukendt";
}

namespace {

struct ScopeCues {
private:
    const lexicon::LexiconFile* scope_txt_;  // while the constructor runs (first: initialised first)

public:
    lexicon::PatternSet partshoering, partshoering_weak, partshoering_subject, kvittering, kvittering_subject, orientering, andet, andet_weak, reply_subject, conditional, self_declared, not_letter, citizen_letter, authority, decision, decision_weak,
        decision_not, decision_subject, decision_verb,
        decided_under,  // [decided-under]: read in a sentence up to a reference, it names the law decided under
        area_not;  // [area-not]: read in a sentence up to a reference to another area's law, it sets that law aside
    std::vector<std::unique_ptr<RE2>> other_area, social_topic;
    std::set<std::string> social_laws, weak_social_laws, frame_laws;
    static const ScopeCues& get(const lexicon::Lexicons& lex) {
        return lex.compiled<ScopeCues>("scope/cues", [](const lexicon::Lexicons& l) { return ScopeCues(l); });
    }

private:
    const lexicon::LexiconFile& f() const { return *scope_txt_; }
    explicit ScopeCues(const lexicon::Lexicons& lex)
        : scope_txt_(&lex.file("scope.txt")),
          partshoering(cue_patterns(f(), "partshoering")),
          partshoering_weak(cue_patterns(f(), "partshoering-weak")),
          partshoering_subject(cue_patterns(f(), "partshoering-subject")),
          kvittering(cue_patterns(f(), "kvittering")),
          kvittering_subject(cue_patterns(f(), "kvittering-subject")),
          orientering(cue_patterns(f(), "orientering")),
          andet(cue_patterns(f(), "andet-brev")),
          andet_weak(cue_patterns(f(), "andet-brev-weak")),
          reply_subject(cue_patterns(f(), "reply-subject")),
          conditional(cue_patterns(f(), "conditional")),
          self_declared(cue_patterns(f(), "not-a-decision")),
          not_letter(cue_patterns(f(), "not-a-letter")),
          citizen_letter(cue_patterns(f(), "citizen-letter")),
          authority(cue_patterns(f(), "authority")),
          decision(cue_patterns(f(), "decision")),
          decision_weak(cue_patterns(f(), "decision-weak")),
          decision_not(cue_patterns(f(), "decision-not")),
          decision_subject(cue_patterns(f(), "decision-subject")),
          decision_verb(cue_patterns(f(), "decision-verb")),
          decided_under(cue_patterns(f(), "decided-under")),
          area_not(cue_patterns(f(), "area-not")) {
        RE2::Options o;
        o.set_case_sensitive(false);
        o.set_log_errors(false);
        for (const auto& p : cue_patterns(f(), "other-area"))
            other_area.push_back(std::make_unique<RE2>(lexicon::unicode_boundaries(p), o));
        for (const auto& p : cue_patterns(f(), "social-topic"))
            social_topic.push_back(std::make_unique<RE2>(lexicon::unicode_boundaries(p), o));
        for (const auto& l : cue_patterns(f(), "social-laws")) social_laws.insert(l);
        for (const auto& l : cue_patterns(f(), "frame-laws")) frame_laws.insert(l);
        for (const auto& l : cue_patterns(f(), "weak-social-laws")) weak_social_laws.insert(l);
        scope_txt_ = nullptr;
    }
};

bool own_text(const NormalizedText& t, const structure::Structure& st, std::size_t p) {
    const auto& para = t.paragraphs[p];
    if (para.zone != Zone::body && para.zone != Zone::footnote) return false;
    return !st.quoted[p] && !st.appeal[p] && st.para_section[p] != structure::Section::appeal;
}

}  // namespace

Scope read_scope(const NormalizedText& t, const Segmentation& seg, const structure::Structure& st,
                 const StatuteScan& statutes, const std::vector<Finding>& extraction, const DecisionSignals& decision,
                 const lexicon::Lexicons& lex) {
    const ScopeCues& c = ScopeCues::get(lex);
    Scope sc;

    // ---- readable? ----
    for (const auto& f : extraction) {
        bool whole = f.severity == Severity::error;
        if (f.rule == "extract-no-text" || f.rule == "extract-garbled") {
            if (whole) {
                sc.readable = false;
                sc.unreadable_why = f.rule == "extract-no-text" ? "brevet har ingen tekst, kun billeder (formentlig scannet)"
                                                                : "teksten i filen kan ikke læses korrekt (fejl i skrifttypen)";
            } else {
                sc.partly_readable = true;
            }
        }
        if (f.rule == "extract-encoding") sc.partly_readable = true;
    }
    std::size_t words = seg.words.size();
    if (sc.readable && words < 20) {
        sc.readable = false;
        sc.unreadable_why = "brevet indeholder næsten ingen tekst";
    }

    // ---- what kind of letter? ----
    // Each kind's cues, and whether one stood where a letter says what it is: the subject line or
    // the first sentences of its text ("Vi skriver for at orientere dig om …").
    struct Cue {
        Evidence at;
        bool head = false;
        void see(const Sentence& s, bool in_head) {
            at.set(s.begin, s.end);
            head |= in_head;
        }
    };
    Cue parts, receipt, orient, other, self;
    bool parts_firm = false;  // a partshøring named by more than the decision still to come (scope.txt [partshoering-weak])
    // Whether a sentence names a partshøring: firmly ([partshoering], or the subject's own words
    // `subject_words`), or only by the decision still to come ([partshoering-weak]).
    auto see_parts = [&](const Sentence& s, bool head, bool subject_words) {
        const std::string own = t.letter_text(s.begin, s.end);  // without a draft's comments
        const std::string_view txt(own);
        if (subject_words || c.partshoering.matches(txt)) parts.see(s, head), parts_firm = true;
        else if (c.partshoering_weak.matches(txt)) parts.see(s, head);
        else return false;
        return true;
    };
    // A reply that decides: a decisive sentence in a letter that cites the law it decides under
    // (a repair note that says "kommunen betaler for reparation" cites none).
    const bool reply_decides = decision.decisive && !(statutes.refs.empty() && statutes.bare_laws.empty());
    const Cue* subject_first = nullptr;  // the kind of non-decision the subject line names first
    Evidence decision_at, weak_at;
    bool subject_decision = false;
    std::size_t own_sentences = 0;
    bool up_front = false;  // the subject's first clause decides (decides_up_front)
    const detail::Cues& oc = detail::Cues::get(lex);
    // The second act is added with "og" ("– og vi vil gerne …", ", og vi …"): a title that only
    // labels the letter after a dash ("Nedsættelse af din hjemmehjælp – partshøring", "Ophør af
    // merudgiftsydelse – varsel") is one act, and a line that says the decision is still to come
    // ("…, og vi vil gerne høre dig, før vi træffer afgørelse") decides nothing.
    auto decides_up_front = [&](std::string_view subj) {
        static const RE2 clause(R"(\s+[–-]\s+og\s|;\s+og\s|,?\s+og\s+(?:vi|du|i|de|jeg)\s)");
        if (detail::sentence_flags(subj, oc).not_decision) return false;
        re2::StringPiece in(subj.data(), subj.size());
        if (!RE2::FindAndConsume(&in, clause)) return false;
        std::string_view first(subj.data(), static_cast<std::size_t>(in.data() - subj.data()));
        if (c.partshoering_subject.matches(first) || c.partshoering.matches(first) || c.partshoering_weak.matches(first) || c.kvittering.matches(first) ||
            c.kvittering_subject.matches(first) || c.orientering.matches(first) || c.andet.matches(first) ||
            c.reply_subject.matches(first))
            return false;
        const detail::Flags f = detail::sentence_flags(first, oc);
        return f.decisive() && !f.procedural && !f.not_decision;
    };
    auto decided_up_front = [&](const Sentence& s) { subject_decision = true, decision_at.set(s.begin, s.end), up_front = true; };
    for (const auto& s : seg.sentences) {
        std::size_t p = s.paragraph;
        const std::string own = t.letter_text(s.begin, s.end);  // without a draft's comments
        std::string_view txt(own);
        const bool subject = st.subject && p == *st.subject;
        if (subject) {
            // "Du får en rollator og et badetaburet – og vi vil gerne høre dig om ombygning af
            // badeværelset", "Din ydelse bliver sat ned – og vi vil gerne mødes med dig": a subject
            // whose first clause decides, and names no hearing, meeting or request, heads a decision
            // that also does something else; what the later clauses name does not make it that.
            if (decision.decisive && decides_up_front(txt)) {
                decided_up_front(s);
                continue;
            }
            if (!see_parts(s, true, c.partshoering_subject.matches(txt)) && c.decision_subject.matches(txt)) subject_decision = true, decision_at.set(s.begin, s.end);
            // "Vi har modtaget din klage" heads a receipt, unless a sentence of the letter decides.
            if (c.kvittering.matches(txt) || (!decision.decisive && c.kvittering_subject.matches(txt))) receipt.see(s, true);
            if (c.orientering.matches(txt)) orient.see(s, true);
            if (c.andet.matches(txt)) other.see(s, true);
            if (c.andet_weak.matches(txt)) other.see(s, !decision.decisive);
            // "Svar på din henvendelse": a reply, up front only when nothing in it decides.
            if (c.reply_subject.matches(txt)) other.see(s, !reply_decides);
            // "Kvittering for ansøgning og anmodning om oplysninger": what the subject names first
            // is what the letter is (the shortest opening of its words that names a kind).
            if (!subject_first) {
                std::size_t cut = 0;
                while (!subject_first && cut < txt.size()) {
                    cut = txt.find(' ', cut + 1);
                    if (cut == std::string_view::npos) cut = txt.size();
                    std::string_view head_words = txt.substr(0, cut);
                    if (c.kvittering.matches(head_words) || (!decision.decisive && c.kvittering_subject.matches(head_words))) subject_first = &receipt;
                    else if (c.andet.matches(head_words) || (!decision.decisive && c.andet_weak.matches(head_words)) ||
                             (!reply_decides && c.reply_subject.matches(head_words)))
                        subject_first = &other;
                    else if (c.orientering.matches(head_words)) subject_first = &orient;
                }
            }
            continue;
        }
        if (!own_text(t, st, p)) {
            // The appeal guidance of a decision speaks of "denne afgørelse".
            if (st.appeal[p] && !st.quoted[p] && (c.decision.matches(txt) || c.decision_weak.matches(txt))) weak_at.set(s.begin, s.end);
            // "Kan du klage over dette svar? Dette brev er ikke en afgørelse.": the letter says what it
            // is where it speaks of complaints too.
            if (st.appeal[p] && !st.quoted[p] && c.self_declared.matches(txt)) self.see(s, false);
            continue;
        }
        // Headings before the first text line (a second subject line) and the first three sentences.
        const bool heading = t.paragraphs[p].kind == ParaKind::heading;
        // Letterhead and address lines are short: only sentences of five words or more count.
        std::size_t words = 1;
        for (char ch : txt) words += ch == ' ';
        // Above the subject line stand the letterhead and the address block (and at times a second
        // subject line): they do not use up the three sentences.
        const bool above_subject = st.subject && p < *st.subject;
        const bool head = heading ? own_sentences == 0 : words >= 5 && (above_subject || own_sentences++ < 3);
        // The same for a title line up front when no subject line was recognised (a template
        // without "Vedr.:" or "Emne:"): a paragraph of its own, one sentence without a full stop.
        const bool title_like = s.begin == t.paragraphs[p].begin && s.end >= t.paragraphs[p].end && !txt.empty() && txt.back() != '.';
        if (head && title_like && !st.subject && !up_front && decision.decisive && decides_up_front(txt)) {
            decided_up_front(s);
            continue;
        }
        // "Hvis mødet giver anledning til ændringer, vil du blive hørt, inden der træffes afgørelse":
        // a partshøring that may come, not this letter (scope.txt [conditional]).
        if (!c.conditional.matches(txt)) see_parts(s, head, false);
        if (c.kvittering.matches(txt)) receipt.see(s, head);
        if (c.orientering.matches(txt)) orient.see(s, head);
        if (c.andet.matches(txt)) other.see(s, head);
        if (c.andet_weak.matches(txt)) other.see(s, head && !decision.decisive);
        if (c.reply_subject.matches(txt)) other.see(s, head && !reply_decides);
        if (c.self_declared.matches(txt)) self.see(s, head);
        if (c.decision_not.matches(txt)) continue;
        if (c.decision.matches(txt)) decision_at.set(s.begin, s.end);
        if (c.decision_weak.matches(txt)) weak_at.set(s.begin, s.end);
    }
    // Firm wording ("Vi har truffet afgørelse", a subject "Afgørelse om …") makes a decision even when
    // the letter recalls the partshøring before it; forward-looking partshøring wording without it
    // makes a partshøring, whatever outcome words it uses ("Vi påtænker at give dig afslag").
    // A letter that says up front that it orients, invites or acknowledges is that, even when it
    // repeats a grant ("Din bevilling er uændret"); further down the same words are only a remark,
    // unless nothing in the letter decides.
    const bool firm = decision_at.found || subject_decision;
    // "Dette brev er ikke en afgørelse": the letter says itself that it decides nothing, whatever
    // answers or outcome words it holds.
    const bool self_declared = self.at.found && !firm;
    const bool decides = !self_declared && (decision.decisive || firm || weak_at.found);
    auto non_decision = [&](const Cue& cue) { return cue.at.found && ((cue.head && !firm) || !decides); };
    // An orientation, an invitation or request, or a receipt: what the letter says up front decides
    // which, before what it says further down; further down, a receipt that also asks for papers or
    // a meeting is a receipt.
    auto non_decision_kind = [&]() -> const Cue* {
        if (subject_first && non_decision(*subject_first)) return subject_first;
        for (const Cue* cue : {&orient, &other, &receipt})
            if (cue->head && non_decision(*cue)) return cue;
        for (const Cue* cue : {&orient, &receipt, &other})
            if (non_decision(*cue)) return cue;
        return nullptr;
    };
    // An internal note or the citizen's own letter: its head (above the salutation, or its first
    // paragraphs) says so, whatever decision it records.
    Evidence not_letter;
    {
        // Up to and including the second paragraph of running text (twelve words or more). The
        // citizen's own letter only in a document whose first block names no authority.
        bool authority_sender = false;
        for (std::size_t p = 0; p < t.paragraphs.size(); ++p)
            if (t.paragraphs[p].zone == Zone::body) {
                authority_sender = c.authority.matches(std::string_view(t.text.data() + t.paragraphs[p].begin, t.paragraphs[p].end - t.paragraphs[p].begin));
                break;
            }
        int running = 0;
        for (std::size_t p = 0; p < t.paragraphs.size() && running < 2 && !not_letter.found; ++p) {
            const auto& para = t.paragraphs[p];
            if (para.zone != Zone::body || st.quoted[p]) continue;
            std::string_view pt(t.text.data() + para.begin, para.end - para.begin);
            if (c.not_letter.matches(pt) || (!authority_sender && c.citizen_letter.matches(pt))) not_letter.set(para.begin, para.end);
            std::size_t words = 1;
            for (char ch : pt) words += ch == ' ';
            if (para.kind == ParaKind::text && words >= 12) ++running;
        }
    }
    if (not_letter.found) {
        sc.type = DocType::andet_brev, sc.type_evidence = not_letter, sc.type_certain = true;
    } else if ((parts.head && !up_front) ||
               (parts.at.found && !firm && (parts_firm || (subject_first != &receipt && !self_declared)))) {
        // A subject that acknowledges the application ("Vi har modtaget jeres ansøgning om en
        // specialcykel") heads a receipt, whatever it says further down only about the decision to
        // come ("… kan Alma låne den i en prøveperiode, før vi træffer afgørelse"); and a letter that says
        // itself it is no decision is no partshøring either when all it says of one is that the
        // decision is still to come ("Kommunen sender jer en kopi, så I kan komme med bemærkninger,
        // før der træffes afgørelse. Dette brev er ikke en afgørelse").
        sc.type = DocType::partshoering, sc.type_evidence = parts.at, sc.type_certain = true;
    } else if (self_declared) {
        // What kind of letter it is instead: an invitation, request or receipt up front, else one
        // found further down, else an orientation (which "er ikke en afgørelse" is a cue of itself).
        const bool orient_apart = orient.head && !(orient.at.begin == self.at.begin && orient.at.end == self.at.end);
        DocType kind = subject_first == &receipt ? DocType::kvittering : subject_first == &other ? DocType::andet_brev
                       : subject_first == &orient ? DocType::orientering
                       : other.head ? DocType::andet_brev : receipt.head ? DocType::kvittering : orient_apart ? DocType::orientering
                       : other.at.found ? DocType::andet_brev : receipt.at.found ? DocType::kvittering
                       : DocType::orientering;
        sc.type = kind, sc.type_evidence = self.at, sc.type_certain = true;
    } else if (const Cue* cue = non_decision_kind()) {
        sc.type = cue == &orient ? DocType::orientering : cue == &other ? DocType::andet_brev : DocType::kvittering;
        sc.type_evidence = cue->at, sc.type_certain = !decision.decisive || cue->head;
    } else if (decides) {
        sc.type = DocType::afgoerelse;
        sc.type_evidence = decision.decisive ? decision.at : firm ? decision_at : weak_at;
        // A decisive sentence or firm decision wording, and no non-decision wording up front.
        sc.type_certain = (decision.decisive || firm) && !(orient.at.found || other.at.found || receipt.at.found);
        if (!sc.type_certain && decision.decisive && firm) sc.type_certain = true;
        // A decisive sentence alone ("… stopper", "en anden el-kørestol") is certain only when
        // something else in the letter says it decides: decision wording, a legal reference, appeal
        // guidance, or a decision verb in the sentence itself. A repair note or a practical message
        // that merely sounds like one gets an info line, not a fejl.
        if (sc.type_certain && !firm && !weak_at.found && statutes.refs.empty() && statutes.bare_laws.empty()) {
            bool guidance = false;
            for (std::size_t p = 0; p < st.appeal.size() && !guidance; ++p) guidance = st.appeal[p] && !st.quoted[p];
            const bool verb = decision.at.found &&
                              c.decision_verb.matches(std::string_view(t.text.data() + decision.at.begin, decision.at.end - decision.at.begin));
            if (!guidance && !verb) sc.type_certain = false;
        }
    } else if (sc.readable) {
        // Nothing in the letter decides or says it decides, and no appeal guidance: most likely a
        // practical message (a repair, new prices, a change of supplier) — a letter, not a
        // decision, though klartjek cannot say which kind, so uncertain: the checklist still says
        // only that it is not sure the letter is a decision.
        bool guidance = false;
        for (std::size_t p = 0; p < st.appeal.size() && !guidance; ++p) guidance = st.appeal[p] && !st.quoted[p];
        if (!guidance) sc.type = DocType::andet_brev, sc.type_certain = false;
    }

    // ---- legal area: the material laws cited, else the words for the help ----
    std::map<std::string, int> social_refs, other_refs;
    Evidence social_ref_at, other_ref_at;
    int weak_social = 0;
    Evidence weak_social_at;
    // References in the result part or under a legal-basis heading (else in the reasoning) state
    // what the letter decides under; those elsewhere may point to other schemes ("Du kan søge
    // personligt tillæg, jf. pensionslovens § 14").
    int basis_social = 0, basis_other = 0, reasoned_social = 0, reasoned_other = 0;
    auto section_of = [&](std::uint32_t b) {
        auto it = std::upper_bound(t.paragraphs.begin(), t.paragraphs.end(), b,
                                   [](std::uint32_t o, const Paragraph& p) { return o < p.begin; });
        if (it == t.paragraphs.begin()) return structure::Section::none;
        std::size_t p = static_cast<std::size_t>(it - t.paragraphs.begin() - 1);
        return st.quoted[p] || st.appeal[p] ? structure::Section::none : st.para_section[p];
    };
    auto in_basis = [&](std::uint32_t b) {
        auto sec = section_of(b);
        return sec == structure::Section::result || sec == structure::Section::legal_basis;
    };
    auto in_reasoning = [&](std::uint32_t b) { return section_of(b) == structure::Section::reasoning; };
    // A reference after "Afgørelsen er truffet efter" in its sentence names the law decided under.
    int declared_social = 0, declared_other = 0;
    // Whether the sentence a reference stands in, read up to the reference, matches `cues`.
    // `sentence_begin` is set to where that sentence begins.
    auto lead_matches = [&](std::uint32_t b, const lexicon::PatternSet& cues, std::uint32_t* sentence_begin = nullptr) {
        auto it = std::upper_bound(seg.sentences.begin(), seg.sentences.end(), b,
                                   [](std::uint32_t o, const auto& s) { return o < s.begin; });
        if (it == seg.sentences.begin()) return false;
        const auto& s = *(it - 1);
        if (b >= s.end) return false;
        if (sentence_begin) *sentence_begin = s.begin;
        return cues.matches(std::string_view(t.text.data() + s.begin, b - s.begin));
    };
    auto declared = [&](std::uint32_t b) { return lead_matches(b, c.decided_under); };
    // The sentence up to a reference sets the law aside (scope.txt [area-not]); such a sentence's
    // words of another area ("genoptræningsplan") say nothing of the letter's area either.
    std::set<std::uint32_t> set_aside_sentences;
    auto set_aside = [&](std::uint32_t b) {
        std::uint32_t at = 0;
        if (!lead_matches(b, c.area_not, &at)) return false;
        set_aside_sentences.insert(at);
        return true;
    };
    // References with a § (not a law's bare name): a letter decides under a provision, so when one
    // area is cited with §§ and the other only by name ("spørg til træning efter serviceloven"), the
    // §§ say which area the letter is in — when neither the result part nor a legal-basis heading
    // has already said it.
    int sections_social = 0, sections_other = 0;
    auto count_law = [&](const std::string& law, std::uint32_t b, std::uint32_t e, bool section) {
        if (law.empty() || c.frame_laws.count(law)) return;
        if (!c.social_laws.count(law) && !c.weak_social_laws.count(law) && set_aside(b)) return;
        if (section && !c.weak_social_laws.count(law)) ++(c.social_laws.count(law) ? sections_social : sections_other);
        if (c.weak_social_laws.count(law)) {
            ++weak_social, weak_social_at.set(b, e);
            return;
        }
        const bool decided = section_of(b) != structure::Section::none && declared(b);
        if (c.social_laws.count(law))
            ++social_refs[law], social_ref_at.set(b, e), basis_social += in_basis(b), reasoned_social += in_reasoning(b),
                declared_social += decided;
        else ++other_refs[law], other_ref_at.set(b, e), basis_other += in_basis(b), reasoned_other += in_reasoning(b), declared_other += decided;
    };
    for (const auto& r : statutes.refs)
        if (!r.instrument) count_law(r.law, r.begin, r.end, true);  // an executive order says nothing of the area
    for (const auto& b : statutes.bare_laws) count_law(b.law, b.begin, b.end, false);
    int social_words = 0, other_words = 0;
    Evidence social_word_at, other_word_at;
    std::string other_word;
    for (const auto& s : seg.sentences) {
        const auto& para = t.paragraphs[s.paragraph];
        if (para.zone != Zone::body && para.zone != Zone::footnote) continue;
        if (set_aside_sentences.count(s.begin)) continue;
        re2::StringPiece in(t.text.data() + s.begin, s.end - s.begin), m;
        for (const auto& re : c.other_area)
            if (re->Match(in, 0, in.size(), RE2::UNANCHORED, &m, 1)) {
                ++other_words, other_word_at.set(s.begin, s.end);
                if (other_word.empty()) other_word = std::string(m.data(), m.size());
                while (!other_word.empty() && !(static_cast<unsigned char>(other_word.front()) >= 0x80 || std::isalnum(static_cast<unsigned char>(other_word.front()))))
                    other_word.erase(0, 1);
                break;
            }
        for (const auto& re : c.social_topic)
            if (RE2::PartialMatch(in, *re)) {
                ++social_words, social_word_at.set(s.begin, s.end);
                break;
            }
    }
    int social_law_n = 0, other_law_n = 0;
    for (const auto& [l, n] : social_refs) social_law_n += n;
    for (const auto& [l, n] : other_refs) other_law_n += n;
    if (social_law_n == 0 && other_law_n == 0 && weak_social > 0) social_law_n = weak_social, social_ref_at = weak_social_at;
    if (social_law_n > 0 && other_law_n == 0) {
        sc.area = Area::social, sc.area_evidence = social_ref_at;
        sc.area_certain = other_words == 0 || social_words > 0;
    } else if (other_law_n > 0 && social_law_n == 0) {
        sc.area = Area::other, sc.area_evidence = other_ref_at, sc.area_certain = true;
        sc.area_law = other_refs.begin()->first;
    } else if (social_law_n > 0 && other_law_n > 0) {
        // Both: the letter may decide under one and mention the other ("du får også personligt tillæg").
        // Without references in the result or legal basis, those the reasoning applies.
        if (basis_social == 0 && basis_other == 0) basis_social = reasoned_social, basis_other = reasoned_other;
        if (declared_social > 0 && declared_other == 0) basis_social = std::max(basis_social, 1), basis_other = 0;
        if (declared_other > 0 && declared_social == 0) basis_other = std::max(basis_other, 1), basis_social = 0;
        if (declared_social == 0 && declared_other == 0 && basis_social == basis_other) {
            if (sections_other > 0 && sections_social == 0) basis_other = std::max(basis_other, 1), basis_social = 0;
            if (sections_social > 0 && sections_other == 0) basis_social = std::max(basis_social, 1), basis_other = 0;
        }
        bool social = social_law_n > 2 * other_law_n || (social_law_n > other_law_n && social_words > other_words) ||
                      (basis_social > 0 && basis_other == 0);
        bool other = !social && (other_law_n > 2 * social_law_n || (other_law_n > social_law_n && other_words > social_words) ||
                                 (basis_other > 0 && basis_social == 0 && other_words >= social_words));
        if (social) sc.area = Area::social, sc.area_evidence = social_ref_at, sc.area_certain = true;
        else if (other) sc.area = Area::other, sc.area_evidence = other_ref_at, sc.area_certain = true, sc.area_law = other_refs.begin()->first;
        else sc.area = Area::social, sc.area_evidence = social_ref_at, sc.area_certain = false;
    } else if (other_words > social_words) {
        sc.area = Area::other, sc.area_evidence = other_word_at, sc.area_law = other_word;
        sc.area_certain = social_words == 0;
    } else if (social_words > 0) {
        sc.area = Area::social, sc.area_evidence = social_word_at;
        // An adult's "fleksjob" mentioned in a letter about socialpædagogisk støtte does not make it uncertain.
        sc.area_certain = other_words == 0 || social_words > 2 * other_words;
    }
    return sc;
}

}  // namespace klartjek::legal
