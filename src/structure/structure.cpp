#include "structure/structure.hpp"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "legal/cue_lexicon.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/patterns.hpp"
#include "text/utf8.hpp"

namespace klartjek::structure {

const char* section_name(Section s) {
    switch (s) {
        case Section::none: return "none";
        case Section::result: return "result";
        case Section::reasoning: return "reasoning";
        case Section::facts: return "facts";
        case Section::legal_basis: return "legal-basis";
        case Section::citizen: return "citizen";
        case Section::appeal: return "appeal";
        case Section::appendix: return "appendix";
        case Section::closing: return "closing";
        case Section::other: return "other";
    }
    return "none";
}

std::string LetterDate::iso() const { return found() ? fmt::format("{:04}-{:02}-{:02}", year, month, day) : ""; }

bool LetterDate::before(int y, int m, int d) const {
    return std::tie(year, month, day) < std::tie(y, m, d);
}

bool Structure::is_main_text(std::size_t i) const {
    const auto& p = text->paragraphs[i];
    if (p.zone != Zone::body && p.zone != Zone::footnote) return false;
    if (p.kind == ParaKind::heading || heading[i]) return false;
    if (appeal[i] || quoted[i]) return false;
    Section s = para_section[i];
    return s != Section::appendix && s != Section::closing && s != Section::appeal;
}

namespace {

struct SectionPatterns {
    std::vector<std::pair<Section, std::unique_ptr<lexicon::PatternSet>>> sets;
    std::unique_ptr<lexicon::PatternSet> salutation, appeal_paragraph, appeal_disagreement, complaint_report, mail_quote, appeal_continued;
    std::vector<std::unique_ptr<RE2>> frequency;
    // The text with every frequency ("tre dage om ugen") blanked out: no deadline cue.
    std::string without_frequencies(std::string s) const {
        for (const auto& re : frequency) RE2::GlobalReplace(&s, *re, " ");
        return s;
    }
    // A sentence (or paragraph) that speaks of a complaint and holds an appeal cue, and is not a
    // report of what the citizen's complaint said.
    bool about_complaint(std::string_view s) const;
    // Complaining still to come ("kan klage", "Klagen skal sendes til", "Hvis du vil klage").
    static const RE2& to_come() {
        static const RE2 re(lexicon::latin_letters(
            R"((?i)(?:^|[^\pL])(?:(?:kan|skal|vil|ønsker|må|kunne)(?: \pL+){0,3} (?:klage|påklage|klages|påklages)|klagefrist\pL*|klagen skal|klagevejledning|(?:hvis|når) (?:du|i|de) (?:vil |ønsker at )?klage\pL*|klagen? (?:skal )?(?:sendes|indsendes|gives|stiles) til|send(?:e)? (?:din |jeres |deres )?klage)(?:[^\pL]|$))"));
        return re;
    }
    // A sentence reporting what the citizen's complaint said, not one telling how to complain ("…, og
    // det er en god idé, at du skriver i din klage, hvad du er uenig i").
    bool reports_complaint(std::string_view s) const {
        return complaint_report->matches(s) && !RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), to_come());
    }
    static const SectionPatterns& get(const lexicon::Lexicons& lexicons) {
        return lexicons.compiled<SectionPatterns>("structure/sections", [](const lexicon::Lexicons& lexicons) {
            SectionPatterns r;
            const auto& lex = lexicons.file("sections.txt");
            const std::pair<Section, const char*> names[] = {
                {Section::appeal, "appeal"},       {Section::result, "result"}, {Section::appendix, "appendix"},
                {Section::reasoning, "reasoning"}, {Section::facts, "facts"},       {Section::legal_basis, "legal-basis"},
                {Section::citizen, "citizen"},     {Section::closing, "closing"}};
            for (auto [s, n] : names) r.sets.emplace_back(s, std::make_unique<lexicon::PatternSet>(legal::cue_patterns(lex, n)));
            const auto& ap = lexicons.file("appeal.txt");
            r.appeal_paragraph = std::make_unique<lexicon::PatternSet>(legal::cue_patterns(ap, "paragraph"));
            r.appeal_disagreement = std::make_unique<lexicon::PatternSet>(legal::cue_patterns(ap, "paragraph-disagreement"));
            r.complaint_report = std::make_unique<lexicon::PatternSet>(legal::cue_patterns(ap, "complaint-report"));
            r.mail_quote = std::make_unique<lexicon::PatternSet>(legal::cue_patterns(lex, "mail-quote"));
            r.appeal_continued = std::make_unique<lexicon::PatternSet>(legal::cue_patterns(lex, "appeal-continued"));
            RE2::Options o;
            o.set_case_sensitive(false);
            for (const auto& f : legal::cue_patterns(ap, "frequency")) r.frequency.push_back(std::make_unique<RE2>(lexicon::unicode_boundaries(f), o));
            std::vector<std::string> sal;
            for (const auto& w : lex.section("salutation")) sal.push_back("^" + w + "$");
            r.salutation = std::make_unique<lexicon::PatternSet>(sal);
            return r;
        });
    }
    Section classify(std::string_view heading) const {
        // Numbered headings: "2. Begrundelse", "B) Klagevejledning".
        static const RE2 number(R"(^(?:\d{1,2}|[A-Ha-h])[.)]\s+)");
        // An icon before the heading's words: "[§] Loven", "📌 Klagevejledning". Unlike
        // text::icon_prefix this also passes over a tick or check mark ("[✓] Det får I", "✅
        // Afgørelse"): the line is already a heading here, and the mark names no section.
        static const RE2 icon(lexicon::latin_letters(R"(^(?:\[[^\]]{1,3}\]|[^\pL\pN\s\[(\"'„«»§]{1,3})\s+)"));
        re2::StringPiece in(heading.data(), heading.size());
        RE2::Consume(&in, icon);
        RE2::Consume(&in, number);
        heading = std::string_view(in.data(), in.size());
        // "Bilag 1: Klagevejledning" is the appeal guidance, wherever it stands; an appendix that
        // names a part of the letter's own text ("Bilag 1: Vurdering og beregning", "Bilag:
        // Begrundelse", "Bilag 2: Afgørelse", "Bilag: Dine bemærkninger") is that part, written
        // out of the cover letter. Other appendices (the law, a doctor's statement, the facts as
        // documents) stay appendices.
        static const RE2 appendix_prefix(R"((?i)^(?:bilag|appendiks)\s*\d{0,2}\s*[:.–-]\s*)");
        re2::StringPiece rest(heading.data(), heading.size());
        if (RE2::Consume(&rest, appendix_prefix)) {
            std::string_view r(rest.data(), rest.size());
            for (const auto& [s, set] : sets)
                if ((s == Section::appeal || s == Section::reasoning || s == Section::result || s == Section::citizen) &&
                    set->matches(r))
                    return s;
        }
        for (const auto& [s, set] : sets)
            if (set->matches(heading)) return s;
        // A heading that puts a label or an owner before the section's name: a person or item
        // ("Inga – hvad får du?", "Rollator: afgørelse") or the body that decides ("Udvalgets
        // afgørelse", "Visitationens begrundelse"). The rest is read as the heading; a closing or an
        // appendix is never found this way, nor the guidance ("Deres klage" reports the complaint).
        static const RE2 label(lexicon::latin_letters(R"((?i)^(?:\pL+(?: \pL+){0,4}\s+[–-]\s+|\pL+(?: \pL+){0,2}\s*:\s+|\pL{4,}s\s+))"));
        re2::StringPiece after(heading.data(), heading.size());
        if (RE2::Consume(&after, label) && !after.empty()) {
            std::string_view r(after.data(), after.size());
            for (const auto& [s, set] : sets)
                if (s != Section::closing && s != Section::appendix && s != Section::appeal && set->matches(r)) return s;
        }
        return Section::other;
    }
};

const char* kMonths[] = {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"};

bool valid(int y, int m, int d) { return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31; }

// Whether the text before a date ends in a label that names the letter's date ("Dato:",
// "Afgørelsesdato:", "Brevdato"), not another event's ("Ansøgningsdato:", "Mødedato:").
bool dated_by_label(const std::string& before) {
    static const RE2 label(lexicon::latin_letters(R"((?i)(\pL*)dato\s*:?\s*(?:den\s+)?$)"));
    static const std::set<std::string> other = {"ansøgnings", "møde", "fødsels", "modtagelses", "modtaget", "start", "slut",
                                                "indflytnings", "besøgs", "ikrafttrædelses", "udbetalings", "ophørs", "klage",
                                                "frist", "opfølgnings", "revurderings", "stop", "udløbs", "bevillings"};
    // An e-mail's header: "Fra: … Sendt: tirsdag 22. april 2025 14:03 Til: …".
    static const RE2 mail_sent(lexicon::latin_letters(R"((?i)(?:^|\s)(?:sendt|sent)\s*:\s*(?:\pL+dag,?\s+)?(?:den\s+)?$)"));
    if (RE2::PartialMatch(before, mail_sent)) return true;
    std::string prefix;
    if (!RE2::PartialMatch(before, label, &prefix)) return false;
    return !other.count(text::to_lower(prefix));
}

std::string para_text(const NormalizedText& t, std::size_t i) {
    const auto& p = t.paragraphs[i];
    return t.letter_text(p.begin, p.end);
}

bool mentions_klage(std::string_view s) {
    static const RE2 re(R"((?i)\bklag(e|en|er|es|ede|ing|eadgang|efrist|emulighed|evejledning)?\b)");
    return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), re);
}

bool SectionPatterns::about_complaint(std::string_view s) const {
    // Guidance in everyday words never says "klage" ("Er du uenig? Skriv til os inden 4 uger … Så
    // ser vi på sagen igen"): appeal.txt [paragraph-disagreement].
    if (!reports_complaint(s))
        return (mentions_klage(s) && appeal_paragraph->matches(without_frequencies(std::string(s)))) || appeal_disagreement->matches(s);
    // Leave out the sentences that report the complaint, and look at the rest.
    std::string rest;
    std::size_t start = 0;
    for (std::size_t k = 0; k <= s.size(); ++k) {
        if (k < s.size() && !(s[k] == '.' && k + 1 < s.size() && s[k + 1] == ' ')) continue;
        std::string_view sentence = s.substr(start, std::min(k + 1, s.size()) - start);
        if (!reports_complaint(sentence)) rest.append(sentence).append(" ");
        start = k + 1;
    }
    return rest.size() < s.size() && mentions_klage(rest) && appeal_paragraph->matches(without_frequencies(rest));
}

// "Sara Holmgaard", "Jonas Bech Vestergaard, CPR-nr. …": a name or an id line, not a subject.
bool name_like(std::string_view s) {
    if (s.find("CPR") != std::string_view::npos || s.find("cpr") != std::string_view::npos) return true;
    if (s.find(' ') == std::string_view::npos) return false;  // one word: a heading, not a name
    // "KVITTERING FOR MODTAGET ANSØGNING": all capitals is a heading, names are written in title case.
    {
        std::size_t j = 0, upper = 0, lower = 0;
        while (j < s.size()) {
            char32_t ch = text::next_codepoint(s, j);
            if (text::is_lower(ch)) ++lower;
            else if (text::is_upper(ch)) ++upper;
        }
        if (lower == 0 && upper >= 6) return false;
    }
    std::size_t i = 0;
    bool word_start = true;
    while (i < s.size()) {
        char32_t ch = text::next_codepoint(s, i);
        if (word_start && text::is_lower(ch)) return false;
        word_start = ch == ' ';
    }
    return true;
}

// Starts with a superscript digit: a footnote line of a plain-text letter.
bool footnote_like(std::string_view s) {
    std::size_t i = 0;
    if (s.empty()) return false;
    return text::is_superscript_digit(text::next_codepoint(s, i));
}

// The letter speaks to the citizen or for the municipality; statute text never does.
bool own_voice(std::string_view s) {
    static const RE2 re(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:du|dig|din|dit|dine|vi|os|vores|de har|dem|deres|jeres|jer)(?:[^\pL]|$))"));
    return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), re);
}

void mark_quotations(const NormalizedText& t, Structure& st, const SectionPatterns& pats) {
    // "§ 112. Kommunalbestyrelsen …", "§ 83 a. …", "Stk. 2. …", a quotation mark before a § text.
    static const RE2 statute_start(R"(^(?:[»„“"']\s*)?(?:§§?\s*\d{1,3}(?:\s?[a-h])?\.(?:\s|$)|Stk\.\s*\d{1,2}\.(?:\s|$)))");
    static const RE2 continuation(R"(^(?:Stk\.\s*\d|Nr\.\s*\d|\d{1,2}\)\s|[a-h]\)\s))");
    static const RE2 quote_heading(lexicon::latin_letters(R"((?i)(?:lovtekst|uddrag|ordlyd|citat|§|lov om|\pL+loven(?:s)?(?:[^\pL]|$)|barnets lov))"));
    const std::size_t n = t.paragraphs.size();
    bool quoting_section = false;  // under a heading that names a law or opens an appendix
    // An e-mail thread: the earlier mails quoted below the reply are not the letter's own text.
    bool own_text_seen = false, earlier_mail = false;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& p = t.paragraphs[i];
        if (p.zone != Zone::body && p.zone != Zone::footnote) continue;
        std::string s = para_text(t, i);
        if (!earlier_mail && own_text_seen && pats.mail_quote->matches(s)) earlier_mail = true;
        // "> Kan jeg få …": lines of a quoted mail, two or more in a row ("> Du kan klage …" alone may
        // be an arrow).
        auto arrow = [&](std::size_t k) {
            if (k >= n) return false;
            std::string_view q(t.text.data() + t.paragraphs[k].begin, t.paragraphs[k].end - t.paragraphs[k].begin);
            return q.size() > 2 && q[0] == '>';
        };
        const bool quoted_lines = arrow(i) && (s.find(" > ") != std::string::npos || s.find(" >\n") != std::string::npos);
        if (earlier_mail || quoted_lines || (arrow(i) && (arrow(i + 1) || (i > 0 && arrow(i - 1))))) {
            st.quoted[i] = true;
            continue;
        }
        if (p.kind == ParaKind::text) {
            std::size_t words = 1;
            for (char ch : s) words += ch == ' ';
            // A letterhead line of twelve words ("Center for Sundhed og Omsorg – Visitationen Hold-An
            // Vej 7 2750 Ballerup") is not text: own text is a sentence or speaks to someone.
            const char last = s.empty() ? ' ' : s.back();
            own_text_seen |= words >= 12 && (last == '.' || last == '!' || last == '?' || own_voice(s));
        }
        if (p.kind == ParaKind::heading) {
            Section sec = st.para_section[i];
            // A heading of no known section that names a law opens a quotation only once the letter
            // has begun to speak: above its first sentence it is a second subject line ("Ansøgning
            // om beskyttet beskæftigelse efter servicelovens § 103").
            quoting_section = (sec == Section::appendix || sec == Section::legal_basis || (sec == Section::other && own_text_seen)) &&
                              (sec == Section::appendix ? true : RE2::PartialMatch(s, quote_heading)) &&
                              sec != Section::appeal;
            continue;
        }
        re2::StringPiece in(s);
        if (RE2::PartialMatch(in, statute_start)) {
            st.quoted[i] = true;
            continue;
        }
        if (i > 0 && st.quoted[i - 1] && (RE2::PartialMatch(in, continuation) || p.kind == ParaKind::list_item) && !own_voice(s)) {
            st.quoted[i] = true;
            continue;
        }
        if (quoting_section && !own_voice(s)) {
            // Within an appendix, only text that reads like a statute: it names a § or a duty.
            static const RE2 statute_like(R"((?i)(?:§|stk\.|kommunalbestyrelsen|kommunen skal|kan efter ansøgning|personer (?:med|under|over)|yde (?:hjælp|støtte|tilskud)|bestemmelse))");
            if (st.para_section[i] != Section::appendix || RE2::PartialMatch(s, statute_like)) st.quoted[i] = true;
        }
    }
}

}  // namespace

std::optional<LetterDate> find_date(std::string_view s) {
    static const RE2 named(R"((?i)\b(\d{1,2})\.\s*(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\s+(\d{4})\b)");
    static const RE2 dotted(R"(\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b)");
    static const RE2 iso(R"(\b(\d{4})-(\d{2})-(\d{2})\b)");
    re2::StringPiece in(s.data(), s.size()), m[4];
    std::optional<LetterDate> best;
    auto consider = [&](int y, int mo, int d, re2::StringPiece whole) {
        if (!valid(y, mo, d)) return;
        auto b = static_cast<std::uint32_t>(whole.data() - s.data());
        if (best && best->begin <= b) return;
        best = LetterDate{y, mo, d, b, static_cast<std::uint32_t>(b + whole.size())};
    };
    if (named.Match(in, 0, s.size(), RE2::UNANCHORED, m, 4)) {
        std::string month = text::to_lower(std::string(m[2].data(), m[2].size()));
        int mo = 0;
        for (int k = 0; k < 12; ++k)
            if (month == kMonths[k]) mo = k + 1;
        consider(std::stoi(std::string(m[3])), mo, std::stoi(std::string(m[1])), m[0]);
    }
    if (dotted.Match(in, 0, s.size(), RE2::UNANCHORED, m, 4))
        consider(std::stoi(std::string(m[3])), std::stoi(std::string(m[2])), std::stoi(std::string(m[1])), m[0]);
    if (iso.Match(in, 0, s.size(), RE2::UNANCHORED, m, 4))
        consider(std::stoi(std::string(m[1])), std::stoi(std::string(m[2])), std::stoi(std::string(m[3])), m[0]);
    return best;
}

// A greeting that closes a letter or a note ("Med venlig hilsen", "Venlig hilsen Rikke …").
static bool greeting_line(const std::string& s) {
    static const RE2 greeting(lexicon::latin_letters(R"((?i)^(?:med venlig hilsen|venlig hilsen|de bedste hilsner|bedste hilsner|mange hilsner|kærlig hilsen|mvh)(?:[^\pL]|$))"));
    return RE2::PartialMatch(s, greeting);
}

// A cover e-mail or Digital Post note over the letter itself ("Hermed fremsendes afgørelse i din
// sag. / Med venlig hilsen … / Vedhæftet: afgoerelse.pdf / HOLSTEBRO KOMMUNE …"): the paragraph
// where the attached letter starts, after the cover note's greeting, or npos. It starts at an
// attachment line naming a file, or at a letterhead ("… Kommune" with a postcode line under it);
// and only when a letter follows: running text and a greeting of its own before any quoted mail.
static std::size_t attached_letter_start(const NormalizedText& t, const SectionPatterns& pats) {
    const std::size_t n = t.paragraphs.size();
    static const RE2 attachment(R"((?i)^(?:vedhæftet|vedhæftede filer|vedhæftning|vedlagt|bilag|attachment)s?\s*:?\s*\S[^\n]{0,80}\.(?:pdf|docx?|odt)\b)");
    static const RE2 municipality(lexicon::latin_letters(R"((?i)^\pL[^\d,:;]{1,40}\s(?:kommune|regionskommune)$)"));
    static const RE2 postcode(lexicon::latin_letters(R"(^\d{4} \pL)"));
    auto words = [](const std::string& s) {
        std::size_t w = 1;
        for (char ch : s) w += ch == ' ';
        return w;
    };
    bool greeted = false;
    for (std::size_t i = 0; i < n; ++i) {
        if (t.paragraphs[i].zone != Zone::body) continue;
        const std::string s = para_text(t, i);
        if (pats.mail_quote->matches(s)) return std::string_view::npos;  // the earlier mails follow
        if (!greeted) {
            greeted = words(s) <= 20 && greeting_line(s);
            continue;
        }
        bool start = RE2::PartialMatch(s, attachment);
        if (!start && RE2::FullMatch(s, municipality))
            for (std::size_t j = i + 1; j < n && j <= i + 6 && !start; ++j) start = RE2::PartialMatch(para_text(t, j), postcode);
        if (!start) continue;
        std::size_t sentences = 0;
        for (std::size_t j = i + 1; j < n; ++j) {
            const std::string sj = para_text(t, j);
            if (pats.mail_quote->matches(sj)) break;
            if (words(sj) <= 20 && greeting_line(sj)) {
                if (sentences >= 3) return i;
                break;
            }
            if (words(sj) >= 8 && !sj.empty() && (sj.back() == '.' || sj.back() == ':')) ++sentences;
        }
        return std::string_view::npos;
    }
    return std::string_view::npos;
}

Structure analyse(const NormalizedText& t, const Segmentation& seg, const lexicon::Lexicons& lex) {
    const auto& pats = SectionPatterns::get(lex);
    Structure st;
    st.text = &t;
    const std::size_t n = t.paragraphs.size();
    st.para_section.assign(n, Section::none);
    st.appeal.assign(n, false);
    st.appeal_from.assign(n, 0);
    st.quoted.assign(n, false);
    st.heading.assign(n, false);

    const std::size_t restart = attached_letter_start(t, pats);

    // Sections run from a heading to the next heading. Text before the first section heading
    // (after the subject) is the result part in letters that open with the result.
    Section current = Section::none;
    int numbered_parent = 0;  // the number of the last numbered section heading ("6. Afgørelse"), 0 if none
    bool real_text = false;  // a paragraph of running text has been seen
    bool item_titles = false;  // numbered item titles after the citizen's account head the items
    // A numbered item title as a paragraph of its own: "2. Fjernelse af dørtrin og rampe" — a number,
    // a capital and at most eight words, no colon ("1. Ekstra udgifter: ja" decides), no full stop,
    // no statement ("1. Du kan ikke gå på trapper"), naming no part of the letter ("3.
    // Klagevejledning" heads that part).
    // The citizen's own numbered points ("1. Du kan ikke gå på trapper") say something; a title does not.
    static const RE2 statement(R"((?i)^\d{1,2}[.)]\s+(?:du|i|de|han|hun|vi|jeg|det|der|den|min|mit|mine)\s|(?:^|\s)(?:er|har|kan|vil|skal|får|ikke|var|havde)(?:\s|$))");
    auto is_item_title = [&](const std::string& s) {
        static const RE2 title(lexicon::latin_letters(R"(^(\d{1,2})[.)]\s+(?-i:\p{Lu})\pL*(?:\s+[^\s:]+){0,7}$)"));
        return s.size() <= 70 && !s.empty() && s.back() != '.' && s.back() != ',' && s.back() != ':' && s.back() != '?' &&
               RE2::FullMatch(s, title) && !RE2::PartialMatch(s, statement) && pats.classify(s) == Section::other;
    };
    // Such titles head items only in a letter that numbers at least "1." and "2." that way.
    bool numbered_items = false;
    {
        bool one = false, two = false;
        for (std::size_t i = 0; i < n; ++i) {
            const auto& p = t.paragraphs[i];
            if (p.zone != Zone::body || (p.kind != ParaKind::text && p.kind != ParaKind::list_item)) continue;
            const std::string s = para_text(t, i);
            if (!is_item_title(s)) continue;
            one |= s[0] == '1' && !std::isdigit(static_cast<unsigned char>(s[1]));
            two |= s[0] == '2' && !std::isdigit(static_cast<unsigned char>(s[1]));
        }
        numbered_items = one && two;
    }
    // "Hvorfor?" directly over "Rengøring", "Tøjvask", "Indkøb": a reasoning heading with no text of
    // its own heads item subheadings that name no part; they go on with it (the reasoning section).
    bool reasoning_items = false;
    bool attached_head = false;  // reading the letterhead of a letter attached under a cover note
    for (std::size_t i = 0; i < n; ++i) {
        const auto& p = t.paragraphs[i];
        if (p.zone != Zone::body && p.zone != Zone::footnote) continue;
        std::string s = para_text(t, i);
        // The letter attached under a cover note starts over: its letterhead, subject and text are
        // the letter's own, not the cover note's closing.
        if (i == restart) {
            st.subject.reset();  // the attached letter's own subject names what it decides
            current = Section::none;
            real_text = false;
            item_titles = false;
            numbered_parent = 0;
            attached_head = true;
        }
        // The attached letter's letterhead, address and reference lines ("HOLSTEBRO KOMMUNE", "7570
        // Vemb", "J.nr. …") name nothing; its subject field ("Vedr.: …") names the letter.
        if (attached_head) {
            static const RE2 subject_line(R"((?i)^(?:vedr\.\s*:?|vedr\s*:|vedrørende\s*:?|emne\s*:|angående\s*:?)\s*\S.{3,})");
            std::size_t words = 1;
            for (char ch : s) words += ch == ' ';
            if (RE2::PartialMatch(s, subject_line)) {
                attached_head = false;
                st.subject = i;
                st.para_section[i] = Section::result;
                continue;
            }
            if (s.size() <= 80 && words <= 10 && !s.empty() && s.back() != '.' && s.back() != ':' && s.back() != '?' &&
                !pats.salutation->matches(text::to_lower(s.substr(0, s.find_first_of(" ,"))))) {
                st.para_section[i] = Section::result;
                continue;
            }
            attached_head = false;
        }
        // "6.1 Rengøring og tøjvask" under "6. Afgørelse": a numbered subheading (a heading or a
        // short list item) that names no section of its own goes on with its parent's section.
        if (p.zone == Zone::body && (p.kind == ParaKind::heading || p.kind == ParaKind::list_item) && s.size() <= 60 &&
            !s.empty() && s.back() != '.') {
            static const RE2 top_number(R"(^(\d{1,2})\.?\s+\S)");
            static const RE2 sub_number(R"(^(\d{1,2})\.\d{1,2}\.?\s+\S)");
            const Section kind = pats.classify(s);
            int number = 0;
            if (kind == Section::other && numbered_parent > 0 && RE2::PartialMatch(s, sub_number, &number) && number == numbered_parent) {
                st.para_section[i] = current;
                st.heading[i] = true;
                continue;
            }
            if (kind != Section::other && RE2::PartialMatch(s, top_number, &number)) numbered_parent = number;
            else if (p.kind == ParaKind::heading && !RE2::PartialMatch(s, sub_number)) numbered_parent = 0;  // another heading
        }
        // "4. Resultat" as a numbered list item of its own: a section heading when it names one.
        if (p.zone == Zone::body && p.kind == ParaKind::list_item && s.size() <= 60 && !s.empty() && s.back() != '.' &&
            s.back() != ',' && pats.classify(s) != Section::other) {
            static const RE2 enumerated(R"(^(?:\d{1,2}(?:\.\d{1,2})?|[A-Ha-h]|[IVX]{1,4})[.)]\s+\S)");
            if (RE2::PartialMatch(s, enumerated)) {
                current = pats.classify(s);
                st.para_section[i] = current;
                st.heading[i] = true;
                continue;
            }
        }
        // "1. Toiletsæde med armlæn" / … / "2. Fjernelse af dørtrin og rampe": numbered item titles
        // standing as paragraphs of their own in the result part, one per item decided, head the
        // items of the result (each a decision heading, legal/reasoning.cpp).
        if (p.zone == Zone::body && (p.kind == ParaKind::text || p.kind == ParaKind::list_item) && numbered_items &&
            real_text && is_item_title(s) && (current == Section::none || current == Section::result)) {
            st.para_section[i] = Section::result;  // the result part goes on, item by item
            st.heading[i] = true;
            continue;
        }
        // "1. Hjælp til indkøb" after the citizen's account ("Det har du fortalt os"): a numbered
        // title of a few words heads the next part (an item of the decision), which is not the
        // citizen's account any more.
        if (p.zone == Zone::body && p.kind == ParaKind::list_item && (current == Section::citizen || (current == Section::other && item_titles)) &&
            s.size() <= 60 && !s.empty() &&
            s.back() != '.' && s.back() != ',' && s.back() != ':') {
            static const RE2 numbered_title(lexicon::latin_letters(R"(^\d{1,2}[.)]\s+(?-i:\p{Lu})\pL*(?:\s+\S+){0,5}$)"));
            // The citizen's own numbered points ("1. Du kan ikke gå på trapper") say something.
            if (RE2::FullMatch(s, numbered_title) && !RE2::PartialMatch(s, statement)) {
                item_titles = true;  // "2. Ledsagelse" heads the next item the same way
                current = Section::other;
                st.para_section[i] = current;
                st.heading[i] = true;
                continue;
            }
        }
        if (p.zone == Zone::body && p.kind == ParaKind::heading) {
            Section kind = pats.classify(s);
            // A lead-in line ("De har ansøgt om følgende:", "Vi har lagt vægt på:") or a name or id line
            // between headings changes nothing.
            std::size_t heading_words = 1;
            for (char ch : s) heading_words += ch == ' ';
            if (kind == Section::other &&
                (name_like(s) || (!s.empty() && s.back() == ':' &&
                                  (st.subject || (heading_words >= 4 && current == Section::result))))) {
                st.para_section[i] = current == Section::none ? Section::result : current;
                continue;
            }
            // A lead-in without its colon right under the result heading, over a list ("Afgørelse:" /
            // "Vordingborg Kommune giver hermed" / "- dispensation …"): the result goes on.
            if (kind == Section::other && current == Section::result && i > 0 && st.heading[i - 1] && i + 1 < n &&
                t.paragraphs[i + 1].kind == ParaKind::list_item) {
                st.para_section[i] = Section::result;
                continue;
            }
            Section k = kind;
            // An item subheading under an empty reasoning heading (see `reasoning_items`): a short
            // name, no sentence, no question.
            if (kind == Section::other && !s.empty() && s.back() != '.' && s.back() != '?' && s.back() != ':' && heading_words <= 5) {
                if (current == Section::reasoning && i > 0 && st.heading[i - 1] && st.para_section[i - 1] == Section::reasoning)
                    reasoning_items = true;
                if (reasoning_items) {
                    st.para_section[i] = Section::reasoning;
                    st.heading[i] = true;
                    continue;
                }
            }
            reasoning_items = false;
            // "Ankestyrelsens behandling" under "Klagevejledning": the guidance goes on.
            // So does "Genvurderingen" there, which elsewhere heads a reconsideration's result.
            if ((kind == Section::other || kind == Section::result) && current == Section::appeal && pats.appeal_continued->matches(s))
                k = Section::appeal;
            // A date line ("Store Heddinge, den 14. oktober 2025"), a case number or a copy line ("Kopi til:
            // Mette Bech (fuldmagt)") is no subject.
            static const RE2 reference_line(
                R"((?i)^(?:sagsnr|sagsnummer|j\.\s?nr|journalnr|dato|vores ref|deres ref|cpr|kopi til|cc|att\.?)\b|^side \d+(?: af \d+)?$)");
            // "Dokumenttype: Afgørelse", "Emne: …": a field of a form, not a heading.
            static const RE2 field_line(lexicon::latin_letters(R"(^\pL+: \S)"));
            // A heading that merely contains a date ("Du får mindre i merudgifter fra 1. juli 2025")
            // is no date line: outside the date, a date line has at most a place and a word or two.
            bool date_line = false;
            if (s.size() < 60) {
                if (auto d = find_date(s)) {
                    std::string outside = s.substr(0, d->begin) + " " + s.substr(std::min<std::size_t>(d->end, s.size()));
                    std::size_t outside_words = 0;
                    bool in_word = false;
                    for (char ch : outside) {
                        const bool letter = ch != ' ' && ch != ',' && ch != '.' && ch != ':';
                        if (letter && !in_word) ++outside_words;
                        in_word = letter;
                    }
                    date_line = outside_words <= 3;
                }
            }
            // "Vedr.: Sebastian Bang, født 2012" names the person, not the matter.
            static const RE2 person_line(R"((?i)^(?:vedr\.?|vedrørende|barn|elev|borger|navn)\s*:\s*(.*)$)");
            std::string rest;
            if (RE2::FullMatch(s, person_line, &rest) &&
                (name_like(rest.substr(0, rest.find(','))) || rest.find("født") != std::string::npos)) {
                st.para_section[i] = current == Section::none ? Section::result : current;
                continue;
            }
            // "Vedrørende: Ansøgning om boligindretning - afgørelse": the subject as a form field.
            static const RE2 subject_field(R"((?i)^(?:vedr\.?|vedrørende|emne|angående|sag)\s*:\s*\S.{3,})");
            if (!st.subject && !real_text && RE2::PartialMatch(s, subject_field)) {
                st.subject = i;
                st.para_section[i] = Section::result;
                current = Section::none;
                continue;
            }
            if (date_line || RE2::PartialMatch(s, reference_line) ||
                (kind == Section::other && RE2::PartialMatch(s, field_line))) {  // changes no section either
                st.para_section[i] = current == Section::none ? Section::result : current;
                continue;
            }
            // A question ("Hvad har du søgt om?") heads a section; it does not name the letter.
            const bool question = !s.empty() && s.back() == '?';
            if (!st.subject && !real_text && !question && k != Section::closing && k != Section::appeal && k != Section::appendix) {
                st.subject = i;  // the heading above the letter's first text names what it is about
                st.para_section[i] = Section::result;
                current = Section::none;
                continue;
            }
            current = k;
            st.para_section[i] = k;
            st.heading[i] = true;
            if (k != Section::other) item_titles = false;  // a part of its own ends the items
            continue;
        }
        if (p.zone == Zone::body && p.kind == ParaKind::text && footnote_like(s)) {
            // "¹ Barnets lov § 32, stk. 1" at the end of a plain-text letter: a footnote, which
            // belongs to no section (not to the appeal guidance it happens to follow).
            st.para_section[i] = Section::other;
            continue;
        }
        // A question standing alone ("Hvorfor får du ikke alt det, du har søgt om?") heads what follows,
        // even when it is too long to be taken for a heading.
        if (p.zone == Zone::body && p.kind == ParaKind::text && !s.empty() && s.back() == '?' && st.subject) {
            std::size_t words = 1;
            for (char ch : s) words += ch == ' ';
            Section kind = words <= 14 ? pats.classify(s) : Section::other;
            if (kind != Section::other) {
                current = kind;
                st.para_section[i] = kind;
                continue;
            }
        }
        // "Sådan klager du: Du kan klage …" after an enclosure line ("Bilag: Takstfolder for
        // madservice 2024") or the signature: a labelled paragraph starts the guidance.
        if (p.zone == Zone::body && p.kind == ParaKind::text && (current == Section::appendix || current == Section::closing)) {
            const auto colon = s.find(':');
            if (colon != std::string::npos && colon > 0 && colon <= 40 && pats.classify(s.substr(0, colon)) == Section::appeal) {
                current = Section::appeal;
                st.para_section[i] = current;
                continue;
            }
        }
        // "Venlig hilsen Rikke Toft Nissen Visitator": a signature block read as one paragraph
        // closes the letter as its heading would.
        if (p.zone == Zone::body && p.kind == ParaKind::text) {
            std::size_t words = 1;
            for (char ch : s) words += ch == ' ';
            if (words <= 20 && greeting_line(s)) {
                current = Section::closing;
                st.para_section[i] = current;
                continue;
            }
            // The last character, past a footnote mark ("… igen. ¹").
            std::string_view body(s);
            while (!body.empty() && body.back() == ' ') body.remove_suffix(1);
            for (std::string_view mark : {"¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰"})
                while (body.size() >= mark.size() && body.substr(body.size() - mark.size()) == mark) {
                    body.remove_suffix(mark.size());
                    while (!body.empty() && body.back() == ' ') body.remove_suffix(1);
                }
            char last = body.empty() ? ' ' : body.back();
            if (words >= 8 && (last == '.' || last == '!' || last == '?' || last == ':')) real_text = true;
            // The letterhead's case fields ("Dato: 14. marts 2024", "Sagsnr.: …") below such text:
            // the text above them was a notice over the letter ("Vil du have brevet på tegnsprog? …"),
            // not its first words; the heading that follows still names the letter.
            static const RE2 case_field(R"((?i)^(?:dato|sagsnr\.?|sagsnummer|j\.\s?nr\.?|journalnr\.?)\s*:\s*\S)");
            if (!st.subject && current == Section::none && words <= 8 && RE2::PartialMatch(s, case_field)) real_text = false;
        }
        st.para_section[i] = current == Section::none ? Section::result : current;
    }

    // The salutation ("Kære Birthe"): the letter's text starts after it.
    auto first_word = [&](std::size_t j) {
        std::string pj = para_text(t, j);
        pj.erase(0, text::icon_prefix(pj));  // "[☀] Hej Louise og Kasper"
        return text::to_lower(pj.substr(0, pj.find_first_of(" ,")));
    };
    for (std::size_t i = 0; i < n && i < 40; ++i) {
        const auto& p = t.paragraphs[i];
        if (p.zone != Zone::body || p.kind != ParaKind::text) continue;
        std::string s = para_text(t, i);
        std::string first = first_word(i);
        // "Til Holbæk Kommune, Socialafdelingen" is an address line; "Til økonomi og kontakt med skolen
        // har vi bevilget …" is a sentence of the letter.
        std::size_t words = 1;
        for (char ch : s) words += ch == ' ';
        if (first == "til" && words > 8) continue;
        // "Til rådighed før egenbetaling  8.285" is a row of a calculation: a salutation holds no figures.
        if (first == "til" && std::any_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) continue;
        if (!pats.salutation->matches(first)) continue;
        // "Til plejeforældrene" over an address block ("Gl. Kongevej 88", "8600 Silkeborg") is the
        // address, not the salutation; a "Til …" line counts only when no "Kære …" line follows it
        // and no postcode line stands right under it.
        if (first == "til") {
            static const RE2 postcode(lexicon::latin_letters(R"(^\d{4} \pL)"));
            bool address = false;
            for (std::size_t j = i + 1; j < n && j <= i + 4; ++j)
                if (RE2::PartialMatch(para_text(t, j), postcode)) address = true;
            if (address) continue;
            bool later = false;
            for (std::size_t j = i + 1; j < n && j < 40 && !later; ++j) {
                if (t.paragraphs[j].zone != Zone::body || t.paragraphs[j].kind != ParaKind::text) continue;
                const std::string fj = first_word(j);
                later = fj != "til" && pats.salutation->matches(fj);
            }
            if (later) continue;
        }
        st.salutation = i;
        break;
    }

    mark_quotations(t, st, pats);

    // Appeal guidance: its section; in a letter without an appeal heading, the paragraphs that are
    // about complaints (a letter with the heading may discuss deadlines elsewhere, e.g. an expired one).
    bool appeal_heading = false;
    for (std::size_t i = 0; i < n; ++i)
        if (st.para_section[i] == Section::appeal && t.paragraphs[i].kind == ParaKind::heading) appeal_heading = true;
    for (std::size_t i = 0; i < n; ++i) {
        Section s = st.para_section[i];
        if (st.quoted[i]) continue;
        // A footnote line belongs to no section; it is guidance only by what it says itself
        // ("² Du skal sende din klage … senest 4 uger efter …" after the signature).
        const bool footnote = footnote_like(para_text(t, i));
        if (s == Section::appeal && !footnote) {
            // "5. Hvis du vil klage" as a numbered list item is the guidance's heading, not guidance.
            const std::string pt = para_text(t, i);
            const bool title = t.paragraphs[i].kind == ParaKind::list_item && pt.size() <= 60 && !pt.empty() && pt.back() != '.' &&
                               pats.classify(pt) == Section::appeal;
            st.appeal[i] = t.paragraphs[i].kind != ParaKind::heading && !title;
            continue;
        }
        if (appeal_heading || s == Section::appendix || s == Section::none || t.paragraphs[i].zone != Zone::body) continue;
        // Letterhead fields above the subject ("Sagen angår: Genvurdering efter klage over …") are
        // no guidance.
        if (st.subject && i < *st.subject) continue;
        std::string txt = para_text(t, i);
        if (!pats.about_complaint(txt)) continue;
        // A footnote is guidance only when it tells how to complain ("² Du skal sende din klage …"),
        // not when it explains the rule ("² Efter retssikkerhedslovens § 66 skal kommunen genvurdere …").
        if (footnote && !RE2::PartialMatch(txt, pats.to_come())) continue;
        // Under a result heading ("1. Resultat af genvurderingen") a paragraph is guidance only
        // when it speaks of complaining to come (elsewhere a reconsideration's forwarding and its
        // history are read as guidance, as before).
        bool under_result_heading = false;
        for (std::size_t j = i; j-- > 0;) {
            if (st.subject && j <= *st.subject) break;  // the subject and the fields above it head no part
            if (!(t.paragraphs[j].kind == ParaKind::heading || st.heading[j])) continue;
            under_result_heading = st.para_section[j] == Section::result;
            break;
        }
        if (under_result_heading && !RE2::PartialMatch(txt, pats.to_come())) continue;
        // Where the guidance starts: the first sentence about complaints. Three or more sentences
        // before it make the paragraph the letter's own text with the guidance at its end (a
        // question-and-answer table whose last row is "Kan du klage? Ja, inden 4 uger" included).
        // When no one sentence holds both the complaint and its cue ("Kan du klage?" + "Ja, inden 4
        // uger"), the guidance starts at the first sentence that speaks of complaining.
        std::size_t sentences = 0, from = std::string::npos, first_klage = std::string::npos, before_klage = 0;
        for (auto it = std::lower_bound(seg.sentences.begin(), seg.sentences.end(), i,
                                        [](const Sentence& a, std::size_t p) { return a.paragraph < p; });
             it != seg.sentences.end() && it->paragraph == i; ++it) {
            std::string_view sentence(t.text.data() + it->begin, it->end - it->begin);
            if (pats.about_complaint(sentence)) {
                from = it->begin - t.paragraphs[i].begin;
                break;
            }
            if (first_klage == std::string::npos && mentions_klage(sentence)) {
                first_klage = it->begin - t.paragraphs[i].begin;
                before_klage = sentences;
            }
            ++sentences;
        }
        if (from == std::string::npos && first_klage != std::string::npos) {
            from = first_klage;
            sentences = before_klage;
        }
        if (from != std::string::npos && sentences >= 3) st.appeal_from[i] = t.paragraphs[i].begin + static_cast<std::uint32_t>(from);
        else st.appeal[i] = true;
    }
    // A paragraph right after an appeal paragraph that still talks about the complaint belongs to it.
    for (std::size_t i = 1; i < n; ++i)
        if (!st.appeal[i] && (st.appeal[i - 1] || st.appeal_from[i - 1]) && t.paragraphs[i].zone == Zone::body && !st.quoted[i] && !footnote_like(para_text(t, i)) &&
            st.para_section[i] != Section::appendix && mentions_klage(para_text(t, i)))
            st.appeal[i] = true;

    // The letter's date: a line that is only a date (or "Dato: …") in the letterhead or near the
    // top of the body; then dates in running headers/footers.
    auto date_line = [&](std::size_t i) -> std::optional<LetterDate> {
        const std::string s = para_text(t, i);
        // A longer block is a date line only when it opens with the date or names it ("14. maj 2024
        // Sag: 2024-003391 …", "… Dato: 24.09.2024 Sagsnr. …"); elsewhere a date is part of a sentence.
        // In a block of fields the letter's date may follow another one ("Mødedato: 14. maj 2024 …
        // Referatets dato: 22. maj 2024"): the first three dates are tried.
        std::size_t from = 0;
        for (int tries = 0; tries < 3 && from < s.size(); ++tries) {
            auto d = find_date(std::string_view(s).substr(from));
            if (!d) return std::nullopt;
            d->begin += static_cast<std::uint32_t>(from);
            d->end += static_cast<std::uint32_t>(from);
            from = d->end;
            if (s.size() > 60) {
                std::string before = s.substr(0, d->begin);
                // "Rudkøbing, den 5. august 2024": a place name and a comma before the date.
                auto ends = [&](const char* tail) {
                    std::string_view b(before), e(tail);
                    return b.size() >= e.size() && b.substr(b.size() - e.size()) == e;
                };
                bool town = before.size() < 35 && before.find_first_of("0123456789.") == std::string::npos &&
                            before.find(',') == before.rfind(',') && (ends(", ") || ends(", den "));
                // "Til Else Kragh, Skovparken 3, 5800 Nyborg – 27. juni 2024 – sagsnr. …": the date
                // as a field of its own between separators.
                const std::string after = s.substr(d->end);
                auto starts = [&](const char* head) { return after.rfind(head, 0) == 0; };
                bool field = (ends(" – ") || ends(" · ") || ends(" | ")) && (after.empty() || starts(" – ") || starts(" · ") || starts(" | "));
                if (!before.empty() && !dated_by_label(before) && !town && !field) continue;
            }
            d->begin += t.paragraphs[i].begin;
            d->end += t.paragraphs[i].begin;
            return d;
        }
        return std::nullopt;
    };
    for (int pass = 0; pass < 3 && !st.date.found(); ++pass) {
        std::size_t body_seen = 0;
        for (std::size_t i = 0; i < n && !st.date.found(); ++i) {
            const auto& p = t.paragraphs[i];
            bool ok = pass == 0 ? p.zone == Zone::letterhead
                    : pass == 1 ? (p.zone == Zone::body && body_seen++ < 15)
                                : (p.zone == Zone::header || p.zone == Zone::footer);
            if (!ok) continue;
            if (auto d = date_line(i)) st.date = *d;
        }
    }
    // Last, a field labelled "Dato:" anywhere in the letter's own text, e.g. the fine-print line
    // after the signature ("Dato: 10. juni 2026 · Sagsnr.: 23-20741 · Lovgrundlag: …"); not
    // "Ansøgningsdato:" or a date in a sentence.
    if (!st.date.found()) {
        for (std::size_t i = 0; i < n && !st.date.found(); ++i) {
            const auto& p = t.paragraphs[i];
            if ((p.zone != Zone::body && p.zone != Zone::footnote) || st.quoted[i] || st.appeal[i]) continue;
            std::string s = para_text(t, i);
            auto d = find_date(s);
            if (!d || !dated_by_label(s.substr(0, d->begin))) continue;
            d->begin += p.begin;
            d->end += p.begin;
            st.date = *d;
        }
    }

    // Sender: "<Name> Kommune" in the letterhead, else anywhere in the furniture, else the body.
    static const RE2 kommune(R"(((?:\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)*\s)?\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)*s? Kommune)\b)");
    for (int pass = 0; pass < 3 && st.municipality.empty(); ++pass)
        for (std::size_t i = 0; i < n && st.municipality.empty(); ++i) {
            const auto& p = t.paragraphs[i];
            bool ok = pass == 0 ? p.zone == Zone::letterhead : pass == 1 ? (p.zone == Zone::header || p.zone == Zone::footer) : true;
            if (!ok) continue;
            std::string s = para_text(t, i), name;
            if (RE2::PartialMatch(s, kommune, &name)) {
                // "Aarhus Kommune", "Københavns Kommune", "Lyngby-Taarbæk Kommune"; drop a leading word
                // that is not part of the name ("Afgørelse fra Odense Kommune" cannot reach here
                // in the letterhead, but keep only the last two words in any case).
                auto sp = name.rfind(' ', name.size() - 9);
                if (sp != std::string::npos && name.size() - sp > 9) name = name.substr(sp + 1);
                st.municipality = name;
            }
        }
    return st;
}

}  // namespace klartjek::structure
