#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "legal/parts.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/patterns.hpp"
#include "text/utf8.hpp"

namespace klartjek::legal::detail {

// Appeal guidance: present or lawfully excluded, the body, the route, how, and the deadline.
AppealGuidance read_appeal(const NormalizedText& t, const Segmentation& seg, const structure::Structure& st, const Cues& c,
                           const lexicon::Lexicons& lex) {
    const auto& paras = t.paragraphs;
    AppealGuidance ap;
    bool zone_speaks = false;  // a sentence of the guidance zone speaks of complaining
    std::size_t complaint_para = static_cast<std::size_t>(-1);  // the paragraph whose last guidance sentence spoke of complaining
    for (const auto& s : seg.sentences) {
        std::size_t p = s.paragraph;
        if (paras[p].zone != Zone::body && paras[p].zone != Zone::footnote) continue;
        if (st.quoted[p]) continue;  // "kan ikke påklages" inside a quoted § is the law's text, not guidance
        std::string txt = sentence_text(t, s);
        if (c.committee.matches(txt)) ap.committee = true;
        if (st.para_section[p] == structure::Section::appendix) continue;
        if (c.no_appeal.matches(txt)) {
            ap.present = ap.no_appeal = true;
            // "… kan ikke indbringes for anden administrativ myndighed, jf. folkeskolelovens § 51, stk. 2":
            // the rule that says so, as written.
            if (ap.no_appeal_rule.empty())
                for (const auto& r : scan_statutes(txt, lex).refs)
                    if (!r.law.empty()) {
                        ap.no_appeal_rule = r.normalized();
                        break;
                    }
            ap.first.set(s.begin, s.end);
        }
        if (paras[p].kind == ParaKind::heading && st.para_section[p] == structure::Section::appeal && c.body.matches(txt))
            ap.body_named = true;  // "Sådan klager du til Ankestyrelsen"
        if (!st.in_appeal(p, s.begin) || c.not_guidance.matches(txt)) continue;
        // The guidance is there only if a sentence of the zone speaks of complaining (appeal.txt
        // [appeal-word]); a zone of practical sentences after a forwarding note ("Vi beregner nu,
        // hvor meget I får udbetalt") is none. Every sentence of the zone is read.
        zone_speaks |= c.appeal_word.matches(txt);
        ap.present = true;
        ap.first.set(s.begin, s.end);
        if (c.body.matches(txt)) ap.body_named = true;
        if (c.how.matches(txt)) ap.how = true;
        if (c.via.matches(txt)) ap.via_kommune = true;
        // A heading names a topic ("Klagen sendes til Ankestyrelsen" over a reconsideration's
        // forwarding note); the route is read in the sentences under it.
        if (c.direct.matches(txt) && paras[p].kind != ParaKind::heading) ap.direct.set(s.begin, s.end);
        if (c.from_date.matches(txt)) ap.from_letter_date.set(s.begin, s.end);
        if (c.obsolete.matches(txt)) {
            Evidence e;
            e.set(s.begin, s.end);
            ap.obsolete.push_back(e);
        }
        bool context = c.deadline_context.matches(txt);
        // "Så kan du klage direkte til Ankestyrelsen. Det skal ske inden 4 uger."
        bool anaphor = !context && complaint_para == p && c.deadline_anaphor.matches(txt);
        complaint_para = context ? p : static_cast<std::size_t>(-1);
        for (const auto& re : c.frequency.res) RE2::GlobalReplace(&txt, *re, " ");
        // A run-on sentence that gives the citizen's deadline and then the municipality's forwarding
        // ("… skrive til os inden 8 uger efter du har fået brevet, og … så sender vi den videre til
        // Ankestyrelsen"): the deadline is read in the part before the forwarding clause.
        if (c.forwarding.matches(txt)) {
            std::size_t keep = 0;
            for (std::size_t cut = txt.find(' '); cut != std::string::npos; cut = txt.find(' ', cut + 1)) {
                if (c.forwarding.matches(std::string_view(txt).substr(0, cut))) break;
                keep = cut;
            }
            txt.resize(keep);
            context = context && c.deadline_context.matches(txt);
        }
        if (!ap.deadline && !txt.empty() && !c.forwarding.matches(txt) && (context || anaphor)) {
            const RE2& deadline = *c.deadline.res.front();
            // "Da Noah er fyldt 10 år, kan han selv klage" and "Barn: Noah Lauesen, 11 år" are
            // ages, not deadlines.
            static const RE2 age(lexicon::latin_letters(R"((?i)(?:fyldt|fylder|over|under|er|på) \d{1,2} år|(?-i:\p{Lu})\pL+, \d{1,2} år\b)"));
            const RE2& after_deadline_word = *c.deadline_after_word.res.front();
            std::string num, unit;
            if (!RE2::PartialMatch(txt, age) &&
                (RE2::PartialMatch(txt, after_deadline_word, &num, &unit) || RE2::PartialMatch(txt, deadline, &num, &unit))) {
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
    if (ap.present && !zone_speaks && !ap.no_appeal) {
        const bool committee = ap.committee;  // read in any sentence, not only the zone's
        ap = AppealGuidance{};
        ap.committee = committee;
    }
    if (ap.via_kommune || ap.committee) ap.direct = Evidence{};
    // No guidance recognised: a sentence of the letter's own text that still speaks of complaining
    // (in everyday words, in a box or a Bilag klartjek did not read as guidance) is a trace of it.
    if (!ap.present)
        for (const auto& s : seg.sentences) {
            std::size_t p = s.paragraph;
            if ((paras[p].zone != Zone::body && paras[p].zone != Zone::footnote) || st.quoted[p]) continue;
            std::string txt = sentence_text(t, s);
            // A heading with nothing under it ("5. Hvis du vil klage" right above "Med venlig hilsen", a
            // draft's leftover) promises guidance and gives none: no trace.
            const bool heading_like = paras[p].kind == ParaKind::heading || (!txt.empty() && txt.back() != '.' && txt.back() != '?' &&
                                                                             std::count(txt.begin(), txt.end(), ' ') < 8);
            if (heading_like) {
                static const RE2 closing(R"((?i)^(?:med )?(?:venlig|venligst|mange) hilsen)");
                const bool text_under = p + 1 < paras.size() && paras[p + 1].zone == Zone::body && paras[p + 1].kind != ParaKind::heading &&
                                        !RE2::PartialMatch(re2::StringPiece(t.text.data() + paras[p + 1].begin, paras[p + 1].end - paras[p + 1].begin), closing);
                if (!text_under) continue;
            }
            if (c.appeal_trace.matches(txt) && !c.appeal_trace_not.matches(txt) && !c.history.matches(txt) && !c.reported.matches(txt) &&
                !c.not_guidance.matches(txt)) {
                ap.trace.set(s.begin, s.end);
                break;
            }
        }
    return ap;
}

}  // namespace klartjek::legal::detail
