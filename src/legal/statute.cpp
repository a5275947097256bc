// Statute reference parser (shared/domain.md §2.2). The words come from lexicons/laws.txt; the
// grammar is code:
//
//   GROUP := UNIT (CONNECTOR UNIT)*           CONNECTOR := "," | "og" | "eller" | "samt" (+ "§")
//   UNIT  := LAWPREFIX? SIGN PARAS (STK)? (NR | PKT)* LAWSUFFIX?
//   PARAS := ITEM ((RANGE | LIST) ITEM)*      ITEM := NUM(1–999) LETTER?   LETTER := [a-h]
//   STK   := ","? STK-WORD INTS (("og"|",")? STK-WORD INTS)*
//   NR    := ","? NR-WORD INTS                PKT := ","? N "." PKT-WORD | PKT-WORD N
//
// How the law of a reference is decided, first rule that applies:
//  1. a law named right before the § ("servicelovens § 112", "SEL § 97", "(retssikkerhedsloven)
//     §§ 66 og 67") or right after the numbers ("§ 112, stk. 1, i serviceloven"); "samme lov(s)"
//     takes the law named or referred to last before it. In a group ("§ 60 og §§ 66-67 i lov om
//     …") a law written after the last unit also holds for the units before it that name none,
//     and a law written before the first unit holds for the units after it. law_named = true.
//  2. the same paragraph number is cited elsewhere in the letter with a named law, and always
//     with the same one ("servicelovens § 96, stk. 1 … jf. § 96, stk. 2").
//  3. the sentence names exactly one law, and names it before the reference.
//  4. default_law.  Otherwise "" (unresolved). Rules 2–4 leave law_named false.
//
// Byte ranges: a reference covers its unit as written, from the law prefix (or the § sign) to the
// last number or the law suffix. All references generated from one unit (lists, ranges, several
// stk.) share that unit's range; units of one group have their own ranges.
//
// The compiled patterns and word tables are built once per process from the lexicons, at the
// first call (so a lexicon override directory must be set before the first scan).
#include "legal/statute.hpp"
#include "lexicon/patterns.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <set>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "lexicon/lexicon.hpp"
#include "text/utf8.hpp"

namespace klartjek::legal {

std::string StatuteRef::normalized() const {
    std::string s;
    if (!law.empty()) s = law + " ";
    s += "§ " + paragraph;
    if (stk) s += ", stk. " + std::to_string(*stk);
    if (nr) s += ", nr. " + std::to_string(*nr);
    return s;
}

namespace {

// White space inside a reference: ASCII space/tab/newline, no-break space, narrow and thin space.
const char* const kWs = R"([\t\n\r\f\v \x{00A0}\x{202F}\x{2009}])";
constexpr int kMaxRangeWidth = 10;  // "§§ 112-114" → 112, 113, 114; wider ranges give the ends only
// Longest list read in one unit (paragraphs, stk. or nr.), and most references made from one unit:
// a bound on the work a hostile text can cause, far above what a letter writes.
constexpr std::size_t kMaxItems = 50;

enum class Kind { Law, Instrument, SameLaw };

struct Entry {
    std::string id;
    Kind kind = Kind::Law;
};

bool has_upper(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size())
        if (text::is_upper(text::next_codepoint(s, i))) return true;
    return false;
}

bool is_word_char(char32_t c) { return text::is_letter(c) || text::is_digit(c); }

// Alternation of literal entries: lower-case entries case-insensitive, others exact; longest first.
std::string alternation(std::vector<std::string> entries) {
    std::sort(entries.begin(), entries.end(), [](const std::string& a, const std::string& b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    std::string ci, cs;
    for (const auto& e : entries) {
        std::string& dst = has_upper(e) ? cs : ci;
        if (!dst.empty()) dst += '|';
        dst += RE2::QuoteMeta(e);
    }
    std::string out = "(?:";
    if (!ci.empty()) out += "(?i:" + ci + ")";
    if (!ci.empty() && !cs.empty()) out += "|";
    out += cs + ")";
    return out;
}

// Case-insensitive alternation of grammar words, longest first.
std::string words_ci(std::vector<std::string> words) {
    std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    std::string out = "(?i:";
    for (std::size_t i = 0; i < words.size(); ++i) out += (i ? "|" : "") + RE2::QuoteMeta(words[i]);
    return out + ")";
}

std::unique_ptr<RE2> compile(const std::string& pattern, bool longest = false) {
    RE2::Options opt;
    opt.set_log_errors(false);
    opt.set_longest_match(longest);
    auto re = std::make_unique<RE2>(lexicon::latin_letters(pattern), opt);
    if (!re->ok()) throw std::runtime_error("laws.txt: pattern does not compile: " + re->error());
    return re;
}

struct Grammar {
    std::unique_ptr<RE2> mention;  // every law name, instrument word and "samme lov" phrase
    std::unordered_map<std::string, Entry> exact, folded;
    std::set<std::string> instrument_ids, compound_not;
    std::vector<std::string> compound_endings;  // laws.txt [instrument-compound], lower case
    std::unique_ptr<RE2> act;  // (type word) nr. (number) [af (date)]
    std::unordered_map<std::string, std::string> act_exact, act_folded;
    std::unique_ptr<RE2> sign;  // § | §§ | paragraf …
    std::unordered_set<std::string> plural_words;
    std::unique_ptr<RE2> stk, stk_more, nr, nr_more, pkt_num_first, pkt_word_first, pkt_tail;
    std::unique_ptr<RE2> list_word, comma, range, law_after, paren_open, paren_close, connector;
    std::unordered_set<std::string> never_final;  // abbreviations that never end a sentence

    explicit Grammar(const lexicon::Lexicons& lexicons) {
        const auto& lx = lexicons.file("laws.txt");
        const std::string ws = kWs;
        std::vector<std::string> names;
        // One spelling, one meaning: a spelling listed twice for different ids is a lexicon error.
        auto add_entry = [&](const std::string& spelling, const Entry& en) {
            auto& table = has_upper(spelling) ? exact : folded;
            std::string key = has_upper(spelling) ? spelling : text::to_lower(spelling);
            auto [it, fresh] = table.emplace(key, en);
            if (!fresh && (it->second.id != en.id || it->second.kind != en.kind))
                throw std::runtime_error("laws.txt: \"" + spelling + "\" is listed for " + it->second.id +
                                         " and " + en.id);
            names.push_back(spelling);
        };
        for (const auto& id : lx.section("laws"))
            for (const auto& e : lx.section(id)) add_entry(e, Entry{id, Kind::Law});
        for (const auto& id : lx.section("instruments")) {
            instrument_ids.insert(id);
            for (const auto& e : lx.section(id)) add_entry(e, Entry{id, Kind::Instrument});
        }
        for (const auto& e : lx.section("same-law")) add_entry(e, Entry{"", Kind::SameLaw});
        // A named executive order: a compound ending in an instrument word ("bilbekendtgørelsens
        // § 7", "§ 2 i hjælpemiddelbekendtgørelsen"). Its id is the compound in its first form.
        compound_endings = lx.section("instrument-compound");
        for (const auto& x : lx.section("instrument-compound-not")) compound_not.insert(text::to_lower(x));
        std::string alts = alternation(names);
        if (!compound_endings.empty()) alts = "(?:" + alts + "|(?i:\\pL{2,}" + words_ci(compound_endings) + "))";
        mention = compile(alts, true);

        std::vector<std::string> act_words;
        for (const auto& type : lx.section("acts"))
            for (const auto& w : lx.section("act-" + type)) {
                act_words.push_back(w);
                if (has_upper(w)) act_exact[w] = type;
                else act_folded[text::to_lower(w)] = type;
            }
        std::string months = words_ci(lx.section("months"));
        std::string date = R"((\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.)" + ws + "*" + months + ws + R"(*\d{4}))";
        act = compile("(" + alternation(act_words) + ")" + ws + R"(+(?i:nr)\.?)" + ws + R"(*(\d{1,5}))" +
                      "(?:" + ws + "*,?" + ws + "*(?i:af)" + ws + "+" + date + ")?");

        std::vector<std::string> sign_words = lx.section("paragraph-word");
        for (const auto& w : lx.section("paragraph-plural-word")) {
            sign_words.push_back(w);
            plural_words.insert(text::to_lower(w));
        }
        sign = compile("§(?:" + ws + "*§)?|" + words_ci(sign_words), true);

        const std::string comma_opt = "(?:," + ws + "*)?";
        std::string stk_w = words_ci(lx.section("stk")), nr_w = words_ci(lx.section("nr")),
                    pkt_w = words_ci(lx.section("pkt")), list_w = words_ci(lx.section("list"));
        stk = compile(ws + "*" + comma_opt + stk_w + ws + "*");
        // A further stk. or nr. after the first list, also after a short gloss in brackets:
        // "stk. 1, og stk. 3", "nr. 1 (personlig pleje) og nr. 2 (praktisk hjælp)".
        const std::string gloss = "(?:" + ws + R"(*\([^()§\n]{1,40}\))?)";
        stk_more = compile(gloss + ws + "*" + comma_opt + "(?:" + list_w + ws + "+)?" + stk_w + ws + "*");
        nr = compile(ws + "*" + comma_opt + nr_w + ws + "*");
        nr_more = compile(gloss + ws + "*" + comma_opt + "(?:" + list_w + ws + "+)?" + nr_w + ws + "*");
        pkt_num_first = compile(ws + "*" + comma_opt + R"((\d{1,2})\.)" + ws + "*(?:(?:" + list_w + "|,)" + ws +
                                R"(*\d{1,2}\.)" + ws + "*)*" + pkt_w);
        pkt_word_first = compile(ws + "*" + comma_opt + pkt_w + ws + R"(*(\d{1,2}))");
        pkt_tail = compile(R"(\.)" + ws + "*(?:(?:" + list_w + "|,)" + ws + R"(*\d{1,2}\.)" + ws + "*)*" + pkt_w);
        list_word = compile(ws + "*" + comma_opt + list_w + ws + "+");
        comma = compile(ws + "*," + ws + "*");
        std::string range_alts;
        for (const auto& r : lx.section("range")) {
            if (!range_alts.empty()) range_alts += "|";
            bool wordy = has_upper(r) || text::is_letter(text::first_codepoint(r));
            if (wordy) range_alts += ws + "+" + words_ci({r}) + ws + "+";
            else range_alts += ws + "*" + RE2::QuoteMeta(r) + ws + "*";
        }
        range = compile("(?:" + range_alts + ")");
        law_after = compile(ws + "*" + comma_opt + words_ci(lx.section("law-after")) + ws + "+");
        paren_open = compile(ws + R"(*\()" + ws + "*");
        paren_close = compile(ws + R"(*\))");
        connector = compile(ws + "*(?:," + ws + "*(?:" + list_w + ws + "+)?|" + list_w + ws + "+)");

        for (const auto& a : lexicons.file("abbreviations.txt").section("never-final"))
            never_final.insert(text::to_lower(a));
    }

    std::optional<Entry> lookup(const std::string& s) const {
        auto it = exact.find(s);
        if (it != exact.end()) return it->second;
        const std::string low = text::to_lower(s);
        it = folded.find(low);
        if (it != folded.end()) return it->second;
        if (compound_not.count(low)) return std::nullopt;
        for (const auto& ending : compound_endings)
            if (low.size() > ending.size() && low.ends_with(ending))
                return Entry{low.substr(0, low.size() - ending.size()) + compound_endings.front(), Kind::Instrument};
        return std::nullopt;
    }
    // An executive order or guidance: BEK, VEJ or a named one ("bilbekendtgørelsen").
    bool is_instrument(const std::string& id) const {
        return instrument_ids.count(id) ||
               (!compound_endings.empty() && id.size() > compound_endings.front().size() && id.ends_with(compound_endings.front()));
    }
    std::string act_type(const std::string& s) const {
        auto it = act_exact.find(s);
        if (it != act_exact.end()) return it->second;
        auto jt = act_folded.find(text::to_lower(s));
        return jt != act_folded.end() ? jt->second : "";
    }
};

const Grammar& grammar(const lexicon::Lexicons& lex) {
    return lex.compiled<Grammar>("statute/grammar", [](const lexicon::Lexicons& l) { return Grammar(l); });
}

// ---- small text helpers ----

char32_t cp_at(std::string_view t, std::size_t i) {
    if (i >= t.size()) return 0;
    return text::next_codepoint(t, i);
}
char32_t cp_before(std::string_view t, std::size_t i) {
    if (i == 0) return 0;
    return text::prev_codepoint(t, i);
}
std::size_t cp_len(std::string_view t, std::size_t i) {
    std::size_t j = i;
    text::next_codepoint(t, j);
    return j - i;
}
bool is_digit_at(std::string_view t, std::size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; }

// Anchored match of `re` at `pos`; returns the end of the match or npos. `groups` receives
// up to `n` capture groups.
std::size_t match_at(const RE2& re, std::string_view t, std::size_t pos, re2::StringPiece* groups = nullptr,
                     int n = 0) {
    re2::StringPiece sub[4];
    if (pos > t.size()) return std::string_view::npos;
    re2::StringPiece whole(t.data(), t.size());
    if (!re.Match(whole, pos, t.size(), RE2::ANCHOR_START, sub, 1 + n)) return std::string_view::npos;
    for (int k = 0; k < n; ++k) groups[k] = sub[k + 1];
    return static_cast<std::size_t>(sub[0].data() - t.data()) + sub[0].size();
}

// ---- mentions and acts ----

struct Mention {
    std::string id;  // law or instrument id; "" for "samme lov"
    Kind kind;
    std::uint32_t begin, end;
    bool consumed = false;  // part of a reference
};

std::vector<ActNumber> find_acts(std::string_view t, const Grammar& g) {
    std::vector<ActNumber> acts;
    re2::StringPiece whole(t.data(), t.size());
    re2::StringPiece sub[4];
    std::size_t pos = 0;
    while (pos < t.size() && g.act->Match(whole, pos, t.size(), RE2::UNANCHORED, sub, 4)) {
        std::size_t b = sub[0].data() - t.data(), e = b + sub[0].size();
        if (is_word_char(cp_before(t, b))) {
            pos = b + cp_len(t, b);
            continue;
        }
        ActNumber a;
        a.type = g.act_type(std::string(sub[1].data(), sub[1].size()));
        a.number = std::string(sub[2].data(), sub[2].size());
        if (sub[3].data()) a.date = std::string(sub[3].data(), sub[3].size());
        a.begin = static_cast<std::uint32_t>(b);
        a.end = static_cast<std::uint32_t>(e);
        if (!a.type.empty()) acts.push_back(std::move(a));
        pos = e;
    }
    return acts;
}

// Whether [b, e) overlaps an act number (acts are sorted and do not overlap).
bool inside(const std::vector<ActNumber>& acts, std::size_t b, std::size_t e) {
    auto it = std::upper_bound(acts.begin(), acts.end(), b,
                               [](std::size_t x, const ActNumber& a) { return x < a.end; });
    return it != acts.end() && it->begin < e;
}

std::vector<Mention> find_mentions(std::string_view t, const Grammar& g, const std::vector<ActNumber>& acts) {
    std::vector<Mention> out;
    re2::StringPiece whole(t.data(), t.size());
    re2::StringPiece m;
    std::size_t pos = 0;
    while (pos < t.size() && g.mention->Match(whole, pos, t.size(), RE2::UNANCHORED, &m, 1)) {
        std::size_t b = m.data() - t.data(), e = b + m.size();
        // A name starts and ends a word. A digit may touch it: a footnote number glued to the
        // name in PDF text ("i barnets lov1, jf."), or to the start of a footnote line.
        bool ok = !text::is_letter(cp_before(t, b)) && (t[e - 1] == '.' || !text::is_letter(cp_at(t, e)));
        // "-" glued after a name makes a compound ("serviceloven-regler"), not a mention.
        if (ok && e < t.size() && t[e] == '-' && is_word_char(cp_at(t, e + 1))) ok = false;
        if (!ok) {
            pos = b + cp_len(t, b);
            continue;
        }
        const std::optional<Entry> en = g.lookup(std::string(m.data(), m.size()));
        if (en && !inside(acts, b, e))
            out.push_back(Mention{en->id, en->kind, static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)});
        pos = e;
    }
    return out;
}

// ---- the reference grammar ----

struct Item {
    int num = 0;
    char letter = 0;
    std::size_t end = 0;
};

// After a letter suffix: the letter must end the word ("§ 83 at" is not "§ 83 a"), and must not
// start a dotted abbreviation ("§ 100 f.eks.") or a compound ("§ 5 e-mail").
bool suffix_ends(std::string_view t, std::size_t k) {
    char32_t c = cp_at(t, k);
    if (c == 0) return true;
    if (is_word_char(c)) return false;
    if ((c == '.' || c == '-') && text::is_letter(cp_at(t, k + 1))) return false;
    return true;
}

std::optional<Item> parse_item(std::string_view t, std::size_t i, bool allow_letter) {
    std::size_t j = i;
    while (is_digit_at(t, j)) ++j;
    std::size_t len = j - i;
    if (len == 0 || len > 3) return std::nullopt;
    // "2.318", "1,5": a thousands separator or decimal is not a paragraph number.
    if (j < t.size() && (t[j] == '.' || t[j] == ',') && is_digit_at(t, j + 1)) return std::nullopt;
    Item it;
    it.num = std::stoi(std::string(t.substr(i, len)));
    if (it.num < 1 || it.num > 999) return std::nullopt;
    it.end = j;
    if (!allow_letter || j >= t.size()) return it;
    char c = t[j];
    if (((c >= 'a' && c <= 'h') || (c >= 'A' && c <= 'H')) && suffix_ends(t, j + 1)) {  // "§113b"
        it.letter = static_cast<char>(c | 0x20);
        it.end = j + 1;
    } else if (c == ' ' && j + 1 < t.size() && t[j + 1] >= 'a' && t[j + 1] <= 'h' && suffix_ends(t, j + 2)) {
        it.letter = t[j + 1];  // "§ 83 a"
        it.end = j + 2;
    }
    return it;
}

std::string paragraph_text(int num, char letter) {
    std::string s = std::to_string(num);
    if (letter) (s += ' ') += letter;
    return s;
}

struct Unit {
    std::vector<std::string> paras;
    std::vector<int> stks, nrs;
    std::vector<int> later_stks;  // "stk. 1, nr. 2, og stk. 2": a stk. after the nr., without it
    std::optional<int> pkt;
    std::size_t begin = 0, end = 0;
    std::string law;        // from its own prefix/suffix
    bool same_law = false;  // "samme lov"
    bool prefix_law = false, suffix_law = false;
};

class Parser {
public:
    Parser(std::string_view t, const Grammar& g, std::vector<Mention>& mentions, const std::vector<ActNumber>& acts)
        : t_(t), g_(g), mentions_(mentions), acts_(acts) {}

    // Parses the group whose first § sign starts at `p` (sign ends at `sign_end`).
    std::vector<Unit> group(std::size_t p, std::size_t sign_end, bool plural, std::size_t& end) {
        std::vector<Unit> units;
        for (;;) {
            auto u = unit(p, sign_end, plural);
            if (!u) break;
            units.push_back(std::move(*u));
            end = units.back().end;
            // Another unit joined by ",", "og", "eller", "samt": "§ 60 og §§ 66-67 i …".
            std::size_t c = match_at(*g_.connector, t_, end);
            if (c == std::string_view::npos) break;
            std::size_t se = match_at(*g_.sign, t_, c);
            if (se == std::string_view::npos) {
                // "§§ 103, stk. 1, og 104, stk. 1": the next paragraph without its sign, known by its
                // own stk.
                auto item = parse_item(t_, c, true);
                if (!item || units.back().stks.empty() || match_at(*g_.stk, t_, item->end) == npos) break;
                p = c;
                sign_end = c;
                continue;
            }
            if (t_.substr(c, 2) != "§" && is_word_char(cp_at(t_, se))) break;
            p = c;
            sign_end = se;
            plural = is_plural(c, se);
        }
        return units;
    }

    bool is_plural(std::size_t b, std::size_t e) const {
        std::string_view s = t_.substr(b, e - b);
        if (s.substr(0, 2) == "§") return s.size() > 2;
        return g_.plural_words.count(text::to_lower(s)) > 0;
    }

private:
    std::string_view t_;
    const Grammar& g_;
    std::vector<Mention>& mentions_;
    const std::vector<ActNumber>& acts_;

    static constexpr std::size_t npos = std::string_view::npos;

    // Spaces (also no-break and thin spaces) and line breaks.
    std::size_t skip_space(std::size_t i) const {
        while (i < t_.size()) {
            char32_t c = cp_at(t_, i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F || c == 0x2009)
                i += cp_len(t_, i);
            else
                break;
        }
        return i;
    }

    Mention* mention_starting_at(std::size_t pos) {
        auto it = std::lower_bound(mentions_.begin(), mentions_.end(), pos,
                                   [](const Mention& m, std::size_t p) { return m.begin < p; });
        return it != mentions_.end() && it->begin == pos ? &*it : nullptr;
    }

    // The mention that ends right before `p`, separated only by spaces and at most one ")".
    Mention* mention_before(std::size_t p) {
        auto it = std::lower_bound(mentions_.begin(), mentions_.end(), p,
                                   [](const Mention& m, std::size_t q) { return m.begin < q; });
        if (it == mentions_.begin()) return nullptr;
        --it;
        if (it->end > p || it->consumed) return nullptr;
        int parens = 0, commas = 0;
        std::size_t i = it->end;
        while (i < p) {
            char32_t c = cp_at(t_, i);
            if (c == ')') ++parens;
            else if (c == ',' && parens == 1) ++commas;  // "(hjælpemiddelbekendtgørelsen), § 2"
            else if (!(c == ' ' || c == '\t' || c == 0xA0 || c == 0x202F || c == 0x2009)) return nullptr;
            i += cp_len(t_, i);
        }
        if (commas > 1 || (commas == 1 && !opened_before(it->begin))) return nullptr;
        return parens <= 1 ? &*it : nullptr;
    }

    // "bekendtgørelse om folkeskolens specialundervisning og anden specialpædagogisk bistand § 4": a
    // plain instrument word ("bekendtgørelse", "vejledning") followed by "om" and a title of words
    // only, right before the sign.
    Mention* titled_instrument_before(std::size_t p) {
        auto it = std::lower_bound(mentions_.begin(), mentions_.end(), p,
                                   [](const Mention& x, std::size_t q) { return x.begin < q; });
        if (it == mentions_.begin()) return nullptr;
        --it;
        if (it->consumed || it->kind != Kind::Instrument || !g_.instrument_ids.count(it->id) || p - it->end > 160)
            return nullptr;
        // "… om betaling for botilbud efter §§ 107 og 108 i lov om social service": the § after
        // "efter" is the law the order was issued under, not a § of the order.
        static const RE2 title(lexicon::latin_letters(R"((?i)^\s+om\s+(?:[\pL\-]+,?\s+){0,14}$)"));
        static const RE2 issued_under(R"((?i)(?:^|\s)(?:efter|ifølge|i|jf\.?|til|under|og|samt|eller)\s+$)");
        std::string_view between = t_.substr(it->end, p - it->end);
        re2::StringPiece b(between.data(), between.size());
        return RE2::FullMatch(b, title) && !RE2::PartialMatch(b, issued_under) ? &*it : nullptr;
    }

    // Whether "(" stands right before `b` (spaces aside).
    bool opened_before(std::size_t b) const {
        while (b > 0 && (t_[b - 1] == ' ' || t_[b - 1] == '\t')) --b;
        return b > 0 && t_[b - 1] == '(';
    }

    // "§§ 2-4 i bekendtgørelse nr. 931 af 19. juni 2020 om nødvendige merudgifter … (merudgifts-
    // bekendtgørelsen)": an act number after "i"; its law is the short name in brackets after its
    // title, else the act's type when that is an executive order or a guidance ("BEK", "VEJ"). "" when
    // no act starts at `a` or neither is known; `end` receives the end of what was read.
    std::string act_law(std::size_t a, std::size_t& end) {
        auto it = std::find_if(acts_.begin(), acts_.end(), [&](const ActNumber& x) { return x.begin == a; });
        if (it == acts_.end()) return "";
        end = it->end;
        // The title runs to the sentence's end; a short name in brackets within it names the act.
        std::size_t limit = std::min(t_.size(), static_cast<std::size_t>(it->end) + 240);
        for (std::size_t i = it->end; i < limit; ++i) {
            char c = t_[i];
            if (c == ';' || c == '\n' || t_.compare(i, 2, "§") == 0 || (c == '.' && i + 1 < t_.size() && (t_[i + 1] == ' ' || t_[i + 1] == '\n') &&
                                                     !is_digit_at(t_, i > 0 ? i - 1 : 0)))
                break;
            if (c != '(') continue;
            std::size_t k = skip_space(i + 1);
            Mention* m = mention_starting_at(k);
            if (!m || m->consumed || m->kind == Kind::SameLaw) break;
            std::size_t close = match_at(*g_.paren_close, t_, m->end);
            if (close == npos) break;
            m->consumed = true;
            end = close;
            return m->id;
        }
        return it->type == "BEK" || it->type == "VEJ" ? it->type : "";
    }

    // "Lov om retssikkerhed … (retssikkerhedsloven)": the long name before the bracket is part of
    // the same prefix.
    std::size_t extend_prefix(Mention& m) {
        std::size_t i = m.begin;
        while (i > 0 && (t_[i - 1] == ' ' || t_[i - 1] == '\t')) --i;
        if (i == 0 || t_[i - 1] != '(') return m.begin;
        --i;
        while (i > 0 && (t_[i - 1] == ' ' || t_[i - 1] == '\t')) --i;
        auto it = std::lower_bound(mentions_.begin(), mentions_.end(), i,
                                   [](const Mention& x, std::size_t q) { return x.end < q; });
        if (it != mentions_.end() && it->end == i && !it->consumed && it->id == m.id && it->kind == m.kind) {
            it->consumed = true;
            return it->begin;
        }
        return m.begin;
    }

    // A list item after "og" for a single § must end the expression: "§ 85 og 2 timer" is no list.
    bool plausible_item_end(std::size_t i) {
        std::size_t j = i;
        while (j < t_.size() && (t_[j] == ' ' || t_[j] == '\t')) ++j;
        if (j >= t_.size()) return true;
        char c = t_[j];
        if (c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '\n' || c == '\r')
            return true;
        std::size_t k = match_at(*g_.law_after, t_, i);
        if (k != npos && mention_starting_at(k)) return true;
        if (match_at(*g_.range, t_, i) != npos) return true;
        k = match_at(*g_.list_word, t_, i);
        if (k != npos && is_digit_at(t_, k)) return true;
        if (match_at(*g_.stk, t_, i) != npos || match_at(*g_.nr, t_, i) != npos) return true;
        return false;
    }

    // "N. pkt." follows: the number is a punktum, not a list item.
    bool pkt_follows(std::size_t item_end) { return match_at(*g_.pkt_tail, t_, item_end) != npos; }

    // Numbers of stk. or nr.: "1", "1 og 2", "1-3", "1, 2 og 4".
    std::vector<int> int_list(std::size_t& pos) {
        std::vector<int> out;
        auto first = parse_item(t_, pos, false);
        if (!first || pkt_follows(first->end)) return out;
        out.push_back(first->num);
        pos = first->end;
        while (out.size() < kMaxItems) {
            std::size_t k = match_at(*g_.range, t_, pos);
            if (k != npos) {
                auto b = parse_item(t_, k, false);
                if (b && b->num > out.back()) {
                    int a = out.back();
                    if (b->num - a <= kMaxRangeWidth)
                        for (int x = a + 1; x <= b->num; ++x) out.push_back(x);
                    else
                        out.push_back(b->num);
                    pos = b->end;
                    continue;
                }
            }
            k = match_at(*g_.list_word, t_, pos);
            const bool by_comma = k == npos;
            if (k == npos) k = match_at(*g_.comma, t_, pos);
            if (k != npos) {
                auto b = parse_item(t_, k, false);
                // "§§ 103, stk. 1, og 104, stk. 1": a number with its own stk. is the next paragraph;
                // "§ 104, stk. 1, 2 dage om ugen": after a comma, a number with a noun after it is no
                // list item (after "og" it is: a form's line "stk. 1 og 3" runs into the next field).
                if (b && !pkt_follows(b->end) && match_at(*g_.stk, t_, b->end) == npos && (!by_comma || plausible_item_end(b->end))) {
                    out.push_back(b->num);
                    pos = b->end;
                    continue;
                }
            }
            break;
        }
        return out;
    }

    std::optional<Unit> unit(std::size_t p, std::size_t sign_end, bool plural) {
        Unit u;
        u.begin = p;
        // Numbers right after the sign (the space may be lost in PDF text: "§113b").
        std::size_t pos = skip_space(sign_end);
        auto first = parse_item(t_, pos, true);
        if (!first) return std::nullopt;
        struct P {
            int num;
            char letter;
        };
        std::vector<P> items{{first->num, first->letter}};
        pos = first->end;
        while (items.size() < kMaxItems) {
            std::size_t k = match_at(*g_.range, t_, pos);
            if (k != npos) {
                auto b = parse_item(t_, k, true);
                if (b && b->num >= items.back().num && !(b->num == items.back().num && b->letter <= items.back().letter)) {
                    P a = items.back();
                    if (!a.letter && !b->letter && b->num - a.num <= kMaxRangeWidth)
                        for (int x = a.num + 1; x <= b->num; ++x) items.push_back({x, 0});
                    else
                        items.push_back({b->num, b->letter});
                    pos = b->end;
                    continue;
                }
            }
            k = match_at(*g_.list_word, t_, pos);
            if (k == npos && plural) k = match_at(*g_.comma, t_, pos);
            if (k != npos) {
                auto b = parse_item(t_, k, true);
                if (b && !pkt_follows(b->end) && (plural || plausible_item_end(b->end))) {
                    items.push_back({b->num, b->letter});
                    pos = b->end;
                    continue;
                }
            }
            break;
        }
        for (const auto& it : items) u.paras.push_back(paragraph_text(it.num, it.letter));

        // stk., then nr. and pkt. in either order. `read_list` reads "stk. 1 og 2" (or "nr. …") at
        // `pos` into `into` and moves past it.
        auto read_list = [&](const RE2& re, std::vector<int>& into) {
            std::size_t k = match_at(re, t_, pos);
            if (k == npos) return false;
            std::size_t q = k;
            auto v = int_list(q);
            if (v.empty()) return false;
            into.insert(into.end(), v.begin(), v.end());
            pos = q;
            return true;
        };
        if (read_list(*g_.stk, u.stks))
            while (read_list(*g_.stk_more, u.stks)) {  // "stk. 1, og stk. 3"
            }
        for (int round = 0; round < 2; ++round) {
            if (u.nrs.empty() && read_list(*g_.nr, u.nrs))
                while (read_list(*g_.nr_more, u.nrs)) {  // "nr. 1 og nr. 2"
                }
            if (!u.pkt) {
                re2::StringPiece gnum;
                std::size_t k = match_at(*g_.pkt_num_first, t_, pos, &gnum, 1);
                if (k == npos) k = match_at(*g_.pkt_word_first, t_, pos, &gnum, 1);
                if (k != npos) {
                    u.pkt = std::stoi(std::string(gnum.data(), gnum.size()));
                    pos = k;
                }
            }
        }
        // "stk. 1, nr. 2, og stk. 2": a stk. after the nr., without it.
        if (!u.nrs.empty() && !u.stks.empty()) read_list(*g_.stk_more, u.later_stks);
        u.end = pos;
        if (u.stks.size() > kMaxItems) u.stks.resize(kMaxItems);
        if (u.later_stks.size() > kMaxItems) u.later_stks.resize(kMaxItems);
        if (!u.nrs.empty() && u.nrs.size() * std::max<std::size_t>(1, u.stks.size()) > kMaxItems)
            u.nrs.resize(std::max<std::size_t>(1, kMaxItems / std::max<std::size_t>(1, u.stks.size())));

        // Law before the sign: "servicelovens § 112", "SEL § 97", "samme lovs § 3", or an executive
        // order named by its title ("bekendtgørelse om folkeskolens specialundervisning § 4").
        Mention* m = mention_before(p);
        if (!m) m = titled_instrument_before(p);
        if (m) {
            m->consumed = true;
            u.begin = extend_prefix(*m);
            u.prefix_law = true;
            if (m->kind == Kind::SameLaw) u.same_law = true;
            else u.law = m->id;
        } else {
            // Law after the numbers: "§ 112, stk. 1, i serviceloven", "§ 67 i samme lov",
            // "§ 112 (serviceloven)".
            std::size_t a = match_at(*g_.law_after, t_, pos);
            Mention* sm = a != npos ? mention_starting_at(a) : nullptr;
            std::size_t end = sm ? sm->end : npos;
            if (!sm) {
                a = match_at(*g_.paren_open, t_, pos);
                sm = a != npos ? mention_starting_at(a) : nullptr;
                if (sm) {
                    end = match_at(*g_.paren_close, t_, sm->end);
                    if (end == npos) sm = nullptr;
                }
            }
            if (sm && !sm->consumed) {
                sm->consumed = true;
                u.suffix_law = true;
                u.end = end;
                if (sm->kind == Kind::SameLaw) u.same_law = true;
                else u.law = sm->id;
            } else if (a = match_at(*g_.law_after, t_, pos); a != npos) {
                std::size_t act_end = a;
                std::string law = act_law(a, act_end);
                if (!law.empty()) {
                    u.suffix_law = true;
                    u.end = act_end;
                    u.law = law;
                }
            }
        }
        return u;
    }
};

// ---- sentences (for rule 3) ----

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

// If a sentence ends with the punctuation at `k`, the start of the next sentence; else npos.
std::size_t sentence_break(std::string_view t, std::size_t k, const Grammar& g) {
    char c = t[k];
    if (c == '\n') return k + 1;
    if (c != '.' && c != '!' && c != '?') return std::string_view::npos;
    std::size_t j = k + 1;
    if (j >= t.size() || !is_ws(t[j])) return std::string_view::npos;
    while (j < t.size() && is_ws(t[j])) {
        if (t[j] == '\n') return j + 1;
        ++j;
    }
    if (j >= t.size()) return j;
    // A footnote's marker starts the next footnote ("… nr. 2. ² Retssikkerhedslovens § 66"): the
    // lines of a footnote block are one paragraph in the normalised text.
    const char32_t next = cp_at(t, j);
    const bool footnote_mark = next == U'\u00B9' || next == U'\u00B2' || next == U'\u00B3' || (next >= U'\u2070' && next <= U'\u2079');
    if (!footnote_mark && !text::is_upper(next)) return std::string_view::npos;
    if (c == '.') {
        std::size_t b = k;
        while (b > 0 && !is_ws(t[b - 1])) --b;
        while (b < k && (t[b] == '(' || t[b] == '"' || t[b] == '[')) ++b;
        if (g.never_final.count(text::to_lower(t.substr(b, k + 1 - b)))) return std::string_view::npos;
    }
    return j;
}

// Start offsets of all sentences, in order (the first is 0).
std::vector<std::size_t> sentence_starts(std::string_view t, const Grammar& g) {
    std::vector<std::size_t> starts{0};
    for (std::size_t k = 0; k < t.size(); ++k) {
        char c = t[k];
        if (c != '\n' && c != '.' && c != '!' && c != '?') continue;
        std::size_t n = sentence_break(t, k, g);
        if (n != std::string_view::npos && n > starts.back()) starts.push_back(n);
    }
    return starts;
}

}  // namespace

StatuteScan scan_statutes(std::string_view text, const lexicon::Lexicons& lex, const std::string& default_law) {
    const Grammar& g = grammar(lex);
    StatuteScan out;
    out.acts = find_acts(text, g);
    std::vector<Mention> mentions = find_mentions(text, g, out.acts);

    // Units in text order, grouped.
    struct Found {
        Unit u;
        std::size_t group;
    };
    std::vector<Found> units;
    std::vector<std::vector<std::size_t>> groups;
    Parser parser(text, g, mentions, out.acts);
    re2::StringPiece whole(text.data(), text.size());
    re2::StringPiece m;
    std::size_t pos = 0;
    while (pos < text.size() && g.sign->Match(whole, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
        std::size_t b = m.data() - text.data(), e = b + m.size();
        bool word = text.substr(b, 2) != "§";
        if ((word && (is_word_char(cp_before(text, b)) || is_word_char(cp_at(text, e)))) || inside(out.acts, b, e)) {
            pos = e;
            continue;
        }
        std::size_t end = e;
        auto us = parser.group(b, e, parser.is_plural(b, e), end);
        if (us.empty()) {
            pos = e;
            continue;
        }
        groups.emplace_back();
        for (auto& u : us) {
            groups.back().push_back(units.size());
            units.push_back(Found{std::move(u), groups.size() - 1});
        }
        pos = std::max(end, e);
    }

    // Rule 1: laws written next to the units; "samme lov" → the law named or referred to last.
    std::vector<bool> named(units.size(), false);
    // The law named or referred to last before a position: law mentions and units whose law is
    // named, both walked forward as the groups are processed in text order.
    std::size_t next_mention = 0, last_pos = 0;
    std::string last_law;
    auto law_before = [&](std::size_t at) -> std::string {
        for (; next_mention < mentions.size() && mentions[next_mention].end <= at; ++next_mention)
            if (mentions[next_mention].kind == Kind::Law && mentions[next_mention].begin >= last_pos)
                last_pos = mentions[next_mention].begin, last_law = mentions[next_mention].id;
        return last_law;
    };
    for (const auto& grp : groups) {
        for (std::size_t i : grp) {
            Unit& u = units[i].u;
            if (u.same_law) u.law = law_before(u.begin);
            if (!u.law.empty()) named[i] = true;
        }
        // A law after a unit also holds for the units before it that name none; a law before the
        // first unit also for those after it.
        for (std::size_t k = grp.size(); k-- > 0;) {
            Unit& u = units[grp[k]].u;
            if (!u.suffix_law || u.law.empty()) continue;
            for (std::size_t j = k; j-- > 0;) {
                Unit& v = units[grp[j]].u;
                if (!v.law.empty() || v.prefix_law || v.suffix_law) break;
                v.law = u.law;
                named[grp[j]] = true;
            }
        }
        std::string carry;
        for (std::size_t i : grp) {
            Unit& u = units[i].u;
            if (u.prefix_law) carry = u.law;
            else if (u.suffix_law) carry.clear();
            else if (u.law.empty() && !carry.empty()) u.law = carry, named[i] = true;
        }
        // Laws reached through "samme lov" count as named for later "samme lov".
        for (std::size_t i : grp)
            if (units[i].u.same_law && !units[i].u.law.empty() && units[i].u.begin >= last_pos)
                last_pos = units[i].u.begin, last_law = units[i].u.law;
    }

    // Rule 1 for a law klartjek does not know: "lov om trafikselskaber § 11", "færgelovens § 3". The
    // reference keeps the law as written (lower case, genitive dropped), so it is never given a
    // known law by rules 2–4 and counts for the legal area as a law outside the social area.
    for (std::size_t i = 0; i < units.size(); ++i) {
        Unit& u = units[i].u;
        if (!u.law.empty() || u.same_law || u.prefix_law) continue;
        static const RE2 unknown_law(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(lov om (?:\pL+ ){0,4}\pL+|\pL{3,}lov(?:en|ens))\s*,?\s*$)"));
        std::size_t from = u.begin > 80 ? u.begin - 80 : 0;
        std::string name;
        if (!RE2::PartialMatch(std::string(text.substr(from, u.begin - from)), unknown_law, &name)) continue;
        name = text::to_lower(name);
        // A known law's name already consumed by the unit before it ("§§ 107 og 108 i lov om social
        // service § 1 …" in quoted text) stays with that unit.
        if (g.folded.count(name) || g.exact.count(name)) continue;
        if (name.size() > 2 && name.compare(name.size() - 2, 2, "ns") == 0 && name.find("lov om") != 0) name.pop_back();  // "-lovens"
        u.law = name;
        named[i] = true;
    }

    // Rule 2: the same paragraph cited with a named law elsewhere, always the same law.
    std::unordered_map<std::string, std::set<std::string>> para_laws;
    for (std::size_t i = 0; i < units.size(); ++i)
        if (named[i])
            for (const auto& p : units[i].u.paras) para_laws[p].insert(units[i].u.law);

    std::vector<std::size_t> starts;  // sentence starts, computed when first needed
    for (std::size_t i = 0; i < units.size(); ++i) {
        Unit& u = units[i].u;
        // Resolved per unit: every paragraph of an unnamed unit gets the same law.
        std::string law = u.law;
        if (law.empty() && !u.same_law) {
            std::set<std::string> cand;
            bool all = true;
            for (const auto& p : u.paras) {
                auto it = para_laws.find(p);
                if (it == para_laws.end() || it->second.size() != 1) {
                    all = false;
                    break;
                }
                cand.insert(*it->second.begin());
            }
            if (all && cand.size() == 1) law = *cand.begin();
        }
        if (law.empty() && !u.same_law) {
            // Rule 3: the sentence names exactly one law, before the reference.
            if (starts.empty()) starts = sentence_starts(text, g);
            auto it = std::upper_bound(starts.begin(), starts.end(), u.begin);
            std::size_t s = *(it - 1);
            std::size_t e = it != starts.end() ? *it : text.size();
            if (e < u.end) e = u.end;
            std::set<std::string> laws;
            bool before = false;
            auto mt = std::lower_bound(mentions.begin(), mentions.end(), s,
                                       [](const Mention& x, std::size_t q) { return x.begin < q; });
            for (; mt != mentions.end() && mt->begin < e; ++mt) {
                const Mention& mn = *mt;
                if (mn.kind != Kind::Law || mn.end > e) continue;
                laws.insert(mn.id);
                if (mn.end <= u.begin) before = true;
            }
            if (laws.size() == 1 && before) law = *laws.begin();
        }
        if (law.empty() && !u.same_law) law = default_law;
        for (const auto& p : u.paras) {
            bool last = &p == &u.paras.back();
            std::vector<std::optional<int>> stks{std::nullopt}, nrs{std::nullopt};
            if (last && !u.stks.empty()) stks.assign(u.stks.begin(), u.stks.end());
            if (last && !u.nrs.empty()) nrs.assign(u.nrs.begin(), u.nrs.end());
            for (const auto& s : stks)
                for (const auto& n : nrs) {
                    StatuteRef r;
                    r.law = law;
                    r.paragraph = p;
                    r.stk = s;
                    r.nr = n;
                    if (last) r.pkt = u.pkt;
                    r.begin = static_cast<std::uint32_t>(u.begin);
                    r.end = static_cast<std::uint32_t>(u.end);
                    r.law_named = named[i];
                    r.instrument = g.is_instrument(law);
                    out.refs.push_back(std::move(r));
                }
            if (last)
                for (int ls : u.later_stks) {
                    StatuteRef r;
                    r.law = law;
                    r.paragraph = p;
                    r.stk = ls;
                    r.begin = static_cast<std::uint32_t>(u.begin);
                    r.end = static_cast<std::uint32_t>(u.end);
                    r.law_named = named[i];
                    r.instrument = g.is_instrument(law);
                    out.refs.push_back(std::move(r));
                }
        }
    }

    for (const auto& mn : mentions)
        if (mn.kind == Kind::Law && !mn.consumed) out.bare_laws.push_back(LawMention{mn.id, mn.begin, mn.end});
    return out;
}

}  // namespace klartjek::legal
