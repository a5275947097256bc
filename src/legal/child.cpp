#include <re2/re2.h>

#include <cctype>

#include "legal/parts.hpp"
#include "lexicon/patterns.hpp"
#include "text/cpr.hpp"

namespace klartjek::legal::detail {

// The child case: the person the letter is about, read where a letter names it (the subject,
// "Vedr.:"/"Barn:" lines above the salutation, the first sentences of the result), never a
// child merely mentioned in an adult's letter.
bool read_child_case(const NormalizedText& t, const Segmentation& seg, const structure::Structure& st, const Cues& c,
                     bool& young_adult, const lexicon::Lexicons& lex) {
    const auto& paras = t.paragraphs;
    bool child = false;
    bool minor = false;  // stated to be under 18: an age, a "Barn:" line, a CPR number
    bool adult = false;  // stated to be 18 or older, or support for a young adult
    bool adult_unit = false;  // the sender is an adults' unit
    bool about_person = false;  // a "Vedr.:"/"Barn:" line names the person the letter is about
    bool bl_subject = false;    // the subject line cites barnets lov
    static const RE2 young_support(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:ungestøtte|efterværn|ung voksen|unge voksne|(?:(?:er|har) fyldt|fyldte) 1[89] år)(?:[^\pL]|$))"));
    static const RE2 age(lexicon::latin_letters(R"((?:^|[^\pL])(er|bliver|fylder) ((?:under )?)(\d{1,2}) år(?:[^\pL]|$))"));
    static const RE2 about_line(R"((?i)(?:^(?:vedr\.?|vedrørende|angående|barn|barnet|plejebarn|sagen drejer sig om|sagen vedrører|sagen angår|sag om)\s*:?|(?:^|\s)(?:vedr\.?|vedrørende|angående|barn|barnet|plejebarn|elev)\s*:))");
    // "Vedr. Ella Kjær Thomsen" inside a header line ("Digital Post 27.02.2024 – Vedr. …"), above
    // the salutation or in the subject only ("din mail vedr. Kørsel" in the text is no such line).
    static const RE2 about_inline(R"((?i)(?:^|\s)vedr\.\s+(?-i:\p{Lu}))");
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
        // Anywhere in the letter's own text: support for a young adult, or a birthday to come that
        // ends a child's support ("… fylder 18 år den 14. marts, hvor anbringelsen ophører").
        if (RE2::PartialMatch(txt, young_support)) adult = true;
        static const RE2 turns_18(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:fylder|bliver) 18 år(?:[^\pL]|$))"));
        if (RE2::PartialMatch(txt, turns_18)) minor = true;
        bool about = (RE2::PartialMatch(txt, about_line) ||
                      ((before_salutation || subject_line) && RE2::PartialMatch(txt, about_inline))) &&
                     head_sentences < 3;
        if (!subject_line && !before_salutation && !result_head && !about) continue;
        if (result_head) ++head_sentences;
        // In the result, only a decisive sentence names whom the help is for ("I får dækket
        // merudgifter til jeres søn Noah"); "du vil hente dit barn" is the adult's own reason.
        static const RE2 applied(R"((?i)(?:søgt|ansøgt|søger|ansøger) om)");
        // An application names the child as the one the help is for ("I har søgt om aflastning til
        // jeres søn"), not in another role ("… bedt om, at din datter Signe bliver arbejdsgiver";
        // legal_cues.txt [child-role]).
        const bool decisive = sentence_flags(txt, c).decisive();
        // A sentence that tells the decision complained about ("… vores afgørelse af 14. oktober 2024, hvor
        // du fik afslag …, og vi har været på besøg hos dig, hvor din søn Allan også var med") decides
        // for no one.
        bool decides_for = result_head && (decisive || (RE2::PartialMatch(txt, applied) && !c.child_role.matches(txt))) &&
                           !c.citizen.matches(txt) && !c.history.matches(txt);
        // "din søn, Mathias på 24 år": a son or daughter of the stated age 18 or more is an adult.
        // "Vedr.: Emil Nørgaard, 8 år", "din søn, Mathias på 24 år"
        static const RE2 bare_age(lexicon::latin_letters(R"((?:^|[^\pL\d])(\d{1,2}) år(?:[^\pL]|$))"));
        auto grown_up = [&] {
            re2::StringPiece in(txt);
            int y = 0;
            bool any = false;
            while (RE2::FindAndConsume(&in, bare_age, &y)) {
                if (y < 18) return false;
                any = true;
            }
            return any;
        };
        // An application names whom the help is for before a purpose of the adult's own: "Du har søgt
        // om en el-ladcykel, så du kan cykle din datter Ida i børnehave" is an adult's help, "I har søgt
        // om aflastning til jeres søn, så I kan få en pause" a child's, and so is a purpose that is
        // relief from the child's care ("…, så du kan få pauser fra at passe din søn";
        // legal_cues.txt [care-purpose]). A reason keeps the child ("…, da din søn Emil har autisme").
        std::string named = txt;
        if (decides_for && !decisive) {
            static const RE2 before_reason(lexicon::latin_letters(R"((?i)^(.*?)(?:,? så (?:du|i|de) (?:kan|kunne)|,? for at (?:du|i|de))(?:[^\pL]|$))"));
            std::string head;
            if (RE2::PartialMatch(named, before_reason, &head) && !c.care_purpose.matches(named)) named = head;
        }
        if (!(decides_for && grown_up()) && (((subject_line || about) && c.child.matches(txt)) || (decides_for && c.child.matches(named))))
            child = true;
        int years = 0;
        std::string verb;
        std::string under;
        if ((about || subject_line || result_head) && !c.citizen.matches(txt) && RE2::PartialMatch(txt, age, &verb, &under, &years)) {
            // "fylder 18 år den 2. juli": under 18 until then; "Emil er under 10 år" (but "er under
            // 65 år" says nothing of childhood).
            if (!under.empty()) {
                if (years <= 18) child = minor = true;
            } else if (years < 18 || (verb != "er" && years == 18)) {
                child = minor = true;
            } else if (years <= 30) {
                adult = true;  // "er 19 år", "fylder 19 år den 2. oktober"
            }
        }
        static const RE2 barn_line(R"((?i)^(?:pleje)?barn(?:et)?\s*:)");
        if (RE2::PartialMatch(txt, barn_line)) child = minor = true;
        if ((about || subject_line) && RE2::PartialMatch(txt, bare_age, &years)) {
            if (years < 18) child = minor = true;
            else if (years <= 30) adult = true;
        }
        // The sender is a children's department ("Børn og Unge", "Børne- og Ungdomsforvaltningen").
        static const RE2 child_sender(lexicon::latin_letters(R"((?i)(?:^|[^\pL])børn(?:e|ene)?(?:[^\pL]|handicap|område|rådgivning|familie|team))"));
        if (before_salutation && !about && RE2::PartialMatch(txt, child_sender)) child = true;
        // The sender is an adults' unit ("Myndighedsafdelingen – Voksne", "Voksenhandicap"): a child
        // named in the letter is not the person it is about unless an age under 18, a "Vedr.:" line
        // or barnets lov in the subject says so (below). A copy line ("Kopi: Voksenhandicap") is no sender.
        static const RE2 adult_sender(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:voksen\pL*|voksne)(?:[^\pL]|$))"));
        static const RE2 copy_line(R"((?i)^\s*(?:kopi|cc|genpart|sendt til)\b)");
        if (before_salutation && !about && RE2::PartialMatch(txt, adult_sender) && !RE2::PartialMatch(txt, child_sender) &&
            !RE2::PartialMatch(txt, copy_line))
            adult_unit = true;
        if (about) about_person = true;
        static const RE2 barnets_lov(R"((?i)barnets lov)");
        if (subject_line && RE2::PartialMatch(txt, barnets_lov)) bl_subject = true;
        // A birth date on the "Vedr.:" line ("Plejebarn: Sofie Mikkelsen, født 17. juni 2019"): under
        // 18 at the letter's date.
        static const RE2 born(lexicon::latin_letters(R"((?i)(?:^|[^\pL])født (?:den )?(\d.{5,20}))"));
        std::string born_at;
        if ((about || subject_line) && st.date.found() && RE2::PartialMatch(txt, born, &born_at))
            if (auto d = structure::find_date(born_at); d && d->year > 1900) {
                const bool had_birthday = st.date.month > d->month || (st.date.month == d->month && st.date.day >= d->day);
                const int years = st.date.year - d->year - (had_birthday ? 0 : 1);
                if (years >= 0 && years < 18) child = minor = true;
                else if (years >= 18 && years <= 30) adult = true;
            }
        // A CPR number of someone under 18 at the letter's date on the "Vedr.:" or subject line, or
        // anywhere in the block above the salutation ("Borger: Mathias Møller" / "CPR-nr.: 221109-…"
        // in a letter to his parents): the header names the person the case is about.
        if ((about || subject_line || before_salutation) && st.date.found())
            for (auto [b, e] : text::find_cpr(txt, lex)) {
                std::string d;
                for (std::size_t i = b; i < e; ++i)
                    if (std::isdigit(static_cast<unsigned char>(txt[i]))) d += txt[i];
                if (d.size() != 10) continue;
                int dd = std::stoi(d.substr(0, 2)), mm = std::stoi(d.substr(2, 2));
                int yy = std::stoi(d.substr(4, 2)), seventh = d[6] - '0';
                int century = seventh <= 3 ? 1900 : (seventh == 4 || seventh == 9) ? (yy <= 36 ? 2000 : 1900)
                                                                                    : (yy <= 57 ? 2000 : 1800);
                // Age at the letter's date, birthday included; a birth after the letter is no age.
                const bool had_birthday = st.date.month > mm || (st.date.month == mm && st.date.day >= dd);
                const int years = st.date.year - (century + yy) - (had_birthday ? 0 : 1);
                if (years >= 0 && years < 18) child = minor = true;
            }
    }
    // The person the letter is about, named in the subject or as the subject of a decisive sentence
    // in the result ("Svar på jeres ansøgning om hjælpemidler til Alma", "Alma får en badestol"),
    // and stated to be under 18 elsewhere in the letter's own text ("jeres datter Alma, som er 11
    // år"). Only an age counts: a name alone, "din søn Tobias" or a child named beside the adult the
    // decision is about says nothing.
    if (!child && !adult) {
        std::vector<std::string> names;
        static const RE2 name_in_subject(lexicon::latin_letters(R"((?:^|\s)(?:til|for|vedr\.?|om|af)\s+((?-i:\p{Lu}\p{Ll}+))(?:[^\pL]|$))"));
        static const RE2 name_first(lexicon::latin_letters(R"(^((?-i:\p{Lu}\p{Ll}+)) (?:får|bevilges|tilbydes|kan få|skal have)(?:[^\pL]|$))"));
        std::size_t result_sentences = 0;
        for (const auto& s : seg.sentences) {
            std::size_t p = s.paragraph;
            if (st.quoted[p] || st.appeal[p]) continue;
            std::string txt = sentence_text(t, s);
            std::string name;
            if (st.subject && p == *st.subject) {
                re2::StringPiece in(txt);
                while (RE2::FindAndConsume(&in, name_in_subject, &name)) names.push_back(name);
                // "Emne: Emil får nye ortopædiske sko"
                static const RE2 field(R"((?i)^(?:emne|vedr\.?|vedrørende|om)\s*:\s*)");
                std::string bare = txt;
                RE2::Replace(&bare, field, "");
                if (RE2::PartialMatch(bare, name_first, &name)) names.push_back(name);
            } else if (st.para_section[p] == structure::Section::result && result_sentences < 6 && paras[p].zone == Zone::body) {
                ++result_sentences;
                if (RE2::PartialMatch(txt, name_first, &name)) names.push_back(name);
            }
        }
        for (const auto& name : names) {
            const std::string n = RE2::QuoteMeta(name);
            // "Alma, som er 11 år", "Alma er 11 år", "Alma på 11 år", "Alma, 11 år", "Emil er under 10 år",
            // also past the surnames; an age in months or weeks, set off by a comma after the name
            // ("Noah Wejse Mikkelsen, 4 måneder"), is a baby's ("Mads på 3 uger" is a duration).
            const RE2 linked(lexicon::latin_letters("(?:^|[^\\pL])" + n + "(?: (?-i:\\p{Lu})\\pL+){0,3}(?:,? (?:som|der) er|,? på| er(?: nu)?|,) ((?:under )?\\d{1,2}) (år)(?:[^\\pL]|$)|" +
                             "(?:^|[^\\pL])" + n + "(?: (?-i:\\p{Lu})\\pL+){0,3}, (\\d{1,2}) (måneder|mdr\\.|uger)(?:[.,;)]|$)"));
            for (const auto& s : seg.sentences) {
                std::size_t p = s.paragraph;
                if (st.quoted[p] || st.appeal[p] || (paras[p].zone != Zone::body && paras[p].zone != Zone::footnote)) continue;
                std::string txt = sentence_text(t, s);
                std::string a, unit, baby_a, baby_unit;
                if (!RE2::PartialMatch(txt, linked, &a, &unit, &baby_a, &baby_unit)) continue;
                if (a.empty()) a = baby_a, unit = baby_unit;
                // "Emil er under 10 år": below that age.
                const bool below = a.rfind("under ", 0) == 0;
                if (below) a = a.substr(6);
                if (unit != "år" || std::stoi(a) - (below ? 1 : 0) < 18) child = true;
                break;
            }
            if (child) break;
        }
    }
    // A son or daughter who has given the parent a power of attorney ("Du har på vegne af din datter,
    // Sofie …, søgt om støtte. … fordi Sofie (Krogh) har givet dig (en skriftlig) fuldmagt"), named
    // by the first name: only an adult can, so the letter is about an adult child, whatever "din
    // datter" says.
    if (child && !minor) {
        static const RE2 gave_power(lexicon::latin_letters(R"((?:^|[^\pL])((?-i:\p{Lu}\p{Ll}+))(?: (?-i:\p{Lu}\p{Ll}+))*,? har givet (?:dig|jer)(?: \pL+){0,2} \pL*fuldmagt(?:[^\pL]|$))"));
        std::string name;
        std::vector<std::string> givers;
        for (const auto& s : seg.sentences) {
            if (st.quoted[s.paragraph] || st.appeal[s.paragraph]) continue;
            std::string txt = sentence_text(t, s);
            if (RE2::PartialMatch(txt, gave_power, &name)) givers.push_back(name);
        }
        for (const auto& g : givers) {
            const RE2 offspring(lexicon::latin_letters("(?i)(?:^|[^\\pL])(?:datter|søn|barn),? (?-i:" + RE2::QuoteMeta(g) + ")(?:[^\\pL]|$)"));
            for (const auto& s : seg.sentences)
                if (!st.quoted[s.paragraph] && RE2::PartialMatch(sentence_text(t, s), offspring)) adult = true;
        }
    }
    if (adult_unit && !about_person && !bl_subject) adult = true;
    young_adult = adult && !minor;
    return child && !young_adult;
}

}  // namespace klartjek::legal::detail
