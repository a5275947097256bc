// The outcome of a decision letter: each decided item of the result part and what they combine
// to (a grant, a partial grant, a refusal, a stop or reduction, or no decision at all), the
// sentence that states it, and where in the letter it stands.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "legal/parts.hpp"
#include "lexicon/patterns.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace klartjek::legal::detail {

namespace {

// Adjacent amounts "N kr. M kr." with M below N: a decided amount below the applied one, as in a
// row of an item table ("Ekstra tøjvask 200 kr. 150 kr.", "Bleer 300 kr. 0 kr.").
bool amount_pair_less(const std::string& s) {
    static const RE2 pair(R"((?:^|[^\d.])(\d{1,3}(?:\.\d{3})*) kr\.? (\d{1,3}(?:\.\d{3})*) kr)");
    auto value = [](std::string n) {
        n.erase(std::remove(n.begin(), n.end(), '.'), n.end());
        return std::stod(n);
    };
    re2::StringPiece in(s);
    std::string x, y;
    while (RE2::FindAndConsume(&in, pair, &x, &y))
        if (value(y) < value(x)) return true;
    return false;
}

// "… som du har søgt om": the sentence gives what was applied for.
bool says_as_applied(const std::string& s) {
    static const RE2 re(R"((?i)(?:som|det,?|hvad) (?:du|de|i|han|hun) (?:har |havde )?(?:søgt|ansøgt|ønsket|bedt) om)");
    return RE2::PartialMatch(s, re);
}

// "Du får altså mere hjælp, end du søgte om": the grant goes beyond the application.
bool says_beyond_applied(const std::string& s) {
    static const RE2 re(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:mere|flere|længere|oftere)(?: \pL+){0,3},? end (?:det,? )?(?:du|de|i|han|hun) (?:har |havde )?(?:søgt|søgte|ansøgt|ansøgte|ønsket|ønskede|bedt|bad) om)"));
    static const RE2 negated(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:ikke|aldrig) (?:\pL+ )?(?:mere|flere|længere|oftere)(?:[^\pL]|$))"));  // "ikke mere, end …"
    return RE2::PartialMatch(s, re) && !RE2::PartialMatch(s, negated);
}

// A grant verb proper ("bevilger", "tildeles", "godkendt"), not "du kan få …".
bool says_grants(const std::string& s) {
    static const RE2 re(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:bevilg\pL*|tildel\pL*|godkend\pL*)(?:[^\pL]|$))"));
    return RE2::PartialMatch(s, re);
}

// One spelling per unit of a quantity: "1 time", "5 timers" → "timer"; "1 weekend" → "weekender".
std::string unit_key(const std::string& u) {
    static const std::map<std::string, std::string> same = {{"time", "timer"}, {"timers", "timer"}, {"dag", "dage"},
                                                            {"dages", "dage"},  {"gang", "gange"},   {"uge", "uger"},
                                                            {"ugers", "uger"},  {"døgns", "døgn"},   {"weekend", "weekender"},
                                                            {"minut", "minutter"}, {"minutters", "minutter"},
                                                            {"stk.", "stk"}, {"styk", "stk"}, {"stykker", "stk"},
                                                            {"pakke", "pakker"}, {"tur", "ture"}};
    auto it = same.find(u);
    return it == same.end() ? u : it->second;
}

// Words in a sentence of normalised text (single spaces).
std::size_t word_count(std::string_view s) { return 1 + static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')); }

// A row of an item table with an applied and a decided quantity in the same unit, the decided one
// smaller: "Støtteophold på Bakkely  2 weekender pr. måned  1 weekend pr. måned".
bool row_quantity_less(const std::string& s) {
    static const RE2 qty(lexicon::latin_letters(
        R"((?i)(?:^|[^\pL\d.])(\d{1,3}(?:\.\d{3})*(?:,\d+)?)\s+(timer|time|dage|dag|gange|gang|uger|uge|besøg|weekender|weekend|døgn|km|stk)(?:\s+(?:om|pr\.?|per|i|hver)\s+(ugen|uge|måneden|måned|dagen|dag|døgnet|året|år|14\. dag)|\s+(dagligt|ugentligt|månedligt|årligt))?(?:[^\pL]|$))"));
    re2::StringPiece in(s);
    std::string num, unit, per, adverb;
    std::vector<std::pair<std::string, double>> found;
    while (RE2::FindAndConsume(&in, qty, &num, &unit, &per, &adverb)) {
        std::string n;
        for (char ch : num)
            if (ch != '.') n += ch == ',' ? '.' : ch;
        std::string u = unit_key(text::to_lower(unit));
        // The period the quantity is counted in: "2 gange om ugen" and "1 gang dagligt" differ.
        std::string p = text::to_lower(per.empty() ? adverb : per);
        if (p == "ugen" || p == "ugentligt") p = "uge";
        if (p == "måneden" || p == "månedligt") p = "måned";
        if (p == "dagen" || p == "dagligt") p = "dag";
        if (p == "døgnet") p = "døgn";
        if (p == "året" || p == "årligt") p = "år";
        found.emplace_back(u + "/" + p, std::stod(n));
    }
    return found.size() == 2 && found[0].first == found[1].first && found[1].second < found[0].second;
}

// The stems (first five bytes, lower case) of a sentence's words of five letters or more, less
// a few that every sentence about help has.
std::set<std::string> content_stems(const std::string& s) {
    static const RE2 word(lexicon::latin_letters(R"((\pL{5,}))"));
    static const std::set<std::string> common = {"fordi", "gerne", "noget", "nogen", "andre", "anden", "andet", "kunne",
                                                 "skulle", "ville", "hjælp", "hjælpe", "kommune", "kommunen", "efter",
                                                 "hvert", "gange", "weekend", "weekender", "måned", "måneden",
                                                 "ugentlig", "ugentligt", "dagen", "søgte", "ansøgt", "bevilget", "timer", "timers", "kroner"};
    std::set<std::string> r;
    re2::StringPiece in(s);
    std::string w;
    while (RE2::FindAndConsume(&in, word, &w)) {
        w = text::to_lower(w);
        if (!common.count(w)) r.insert(w.substr(0, 5));
    }
    return r;
}

// How often a help is given: "rengøring hver uge" → 7 days, "bad 2 gange om ugen" → 3.5,
// "aflastning hver anden weekend" → 14. Each frequency is keyed by the word before it; a sentence
// with one frequency also by its content stems (the help may stand elsewhere in it: "aflastning til
// Noah hver weekend").
struct Frequency {
    std::string key;
    std::set<std::string> stems;  // of its sentence, when the sentence has only this frequency
    double interval = 0;          // days
};
std::vector<Frequency> frequencies(const std::vector<std::string>& sentences) {
    static const RE2 every(lexicon::latin_letters(
        R"((?i)(?:^|[^\pL])(\pL{3,}) hver (?:(\d{1,2})\. |(anden|tredje|fjerde) )?(dag|uge|måned|weekend)(?:[^\pL]|$))"));
    static const RE2 times(lexicon::latin_letters(
        R"((?i)(?:^|[^\pL])(\pL{3,}) (\d{1,2}|en|to|tre|fire|fem|seks|syv) gange? (?:om|pr\.?|per|i) (dagen|ugen|måneden|døgnet)(?:[^\pL]|$))"));
    std::vector<Frequency> r;
    auto days = [](const std::string& unit) {
        return unit.rfind("dag", 0) == 0 || unit.rfind("døgn", 0) == 0 ? 1.0 : unit.rfind("måned", 0) == 0 ? 30.0 : 7.0;
    };
    for (const auto& s : sentences) {
        std::vector<Frequency> here;
        re2::StringPiece in(s);
        std::string word, n, ordinal, unit;
        while (RE2::FindAndConsume(&in, every, &word, &n, &ordinal, &unit)) {
            const std::string o = text::to_lower(ordinal), u = text::to_lower(unit);
            double k = !n.empty() ? std::stod(n) : o == "anden" ? 2 : o == "tredje" ? 3 : o == "fjerde" ? 4 : 1;
            // "hver 14. dag" counts days already.
            here.push_back({text::to_lower(word).substr(0, 5), {}, u == "dag" ? k : k * days(u)});
        }
        in = re2::StringPiece(s);
        while (RE2::FindAndConsume(&in, times, &word, &n, &unit)) {
            int count = std::isdigit(static_cast<unsigned char>(n[0])) ? std::stoi(n) : number_word(text::to_lower(n));
            if (count > 0) here.push_back({text::to_lower(word).substr(0, 5), {}, days(text::to_lower(unit)) / count});
        }
        if (here.size() == 1) here[0].stems = content_stems(s);
        r.insert(r.end(), here.begin(), here.end());
    }
    return r;
}

// Whether a granted frequency is rarer than the applied one for the same help.
bool less_often(const std::vector<Frequency>& applied, const std::vector<Frequency>& granted) {
    for (const auto& g : granted)
        for (const auto& a : applied) {
            bool same = g.key == a.key;
            for (auto it = g.stems.begin(); !same && it != g.stems.end(); ++it) same = a.stems.count(*it) > 0;
            if (same && g.interval > a.interval * 1.01) return true;
        }
    return false;
}

// "Du har søgt om 20 timer … Du får 12 timer": less granted than applied for, in the same unit.
bool less_than_applied(const std::vector<std::string>& applied, const std::vector<std::string>& granted,
                       const std::vector<std::string>& others) {
    static const RE2 qty(lexicon::latin_letters(R"((?i)(?:^|[^\pL\d.])(\d{1,3}(?:\.\d{3})*(?:,\d+)?|en|et|én|to|tre|fire|fem|seks|syv|otte|ni|ti)\s+(?:(?:\pL+e|ekstra)\s+)?(timers|timer|time|minutters|minutter|minut|kr\.?|kroner|dages|dage|gange|ugers|uger|besøg|weekender|weekend|døgns|døgn|par|stk\.?|stykker|styk|sæt|pakker|pakke|ture|tur)(?:[^\pL]|$))"));
    // ("98 aktive timer", "3 ekstra par sko": an adjective in -e or "ekstra" may stand between the
    // number and the unit; pieces and pairs count like hours: "Vi dækker 3 ekstra par sko om året.
    // I søgte om 6 ekstra par.")
    auto amounts = [](const std::vector<std::string>& sentences) {
        std::map<std::string, double> first;
        for (const auto& s : sentences) {
            re2::StringPiece in(s), num_at;
            std::string unit;
            while (RE2::FindAndConsume(&in, qty, &num_at, &unit)) {
                const std::string num(num_at.data(), num_at.size());
                // A paragraph number read with its "stk." ("§ 112 stk. 1") counts nothing, nor does
                // "et par" ("om et par uger": a couple of).
                const std::size_t at = static_cast<std::size_t>(num_at.data() - s.data());
                if (at >= 3 && s.compare(at - 3, 3, "§ ") == 0) continue;  // "§ " is three bytes in UTF-8
                const std::string lower_num = text::to_lower(num);
                if (unit == "par" && (lower_num == "et" || lower_num == "en")) continue;
                std::string n;
                for (char ch : num)
                    if (ch != '.') n += ch == ',' ? '.' : ch;
                double v = std::isdigit(static_cast<unsigned char>(n[0])) ? std::stod(n) : number_word(text::to_lower(n));
                if (text::to_lower(n) == "én") v = 1;
                if (unit.rfind("kr", 0) == 0) unit = "kr";
                unit = unit_key(unit);
                if (!first.count(unit)) first[unit] = v;
            }
        }
        return first;
    };
    auto a = amounts(applied), g = amounts(granted);
    for (const auto& [unit, v] : g)
        if (a.count(unit) && v > 0 && v < a[unit]) return true;
    // "Du søgte om rengøring hver uge. Du får rengøring hver 14. dag.": the same help less often.
    if (less_often(frequencies(applied), frequencies(granted))) return true;
    // A table read as one run of text: "Ansøgt 2 weekender pr. måned … Bevilget 1 weekend pr. måned".
    // Also field lines: "Søgt: 1 time hver uge Bevilget: 1 time hver 2. uge" (the same help less often).
    static const RE2 split(R"((?i)(?:ansøgt|søgt om|søgt\s*:)(.{0,160}?)bevilget(.{0,120}))");
    for (const auto* list : {&applied, &granted, &others})
        for (const auto& sentence : *list) {
            std::string left, right;
            // "Hidtil bevilget: …" before the new "Bevilget: …" is the earlier grant, not the decision.
            static const RE2 earlier_grant(R"((?i)(?:hidtil|tidligere|nuværende|i dag) bevilget)");
            if (RE2::PartialMatch(sentence, earlier_grant) || !RE2::PartialMatch(sentence, split, &left, &right)) continue;
            auto l = amounts({left}), r = amounts({right});
            for (const auto& [unit, v] : r)
                if (l.count(unit) && v > 0 && v < l[unit]) return true;
            // Column table: "Udgift Ansøgt Bevilget Vaskemaskine 6.499 kr. 4.000 kr."
            if (amount_pair_less(right)) return true;
            if (less_often(frequencies({left}), frequencies({right}))) return true;
        }
    return false;
}

// The header row of an item table: it names the applied and the decided column.
bool table_head(const std::string& s) {
    static const RE2 head(lexicon::latin_letters(
        R"((?i)(?:^|[^\pL])(?:ansøgt|søgt|søgte|oplyst)[^\pL](?:.*[^\pL])?(?:bevilget|godkendt|afgørelse|afgjort|status|bevilling|bevilges|besluttet)(?:[^\pL]|$))"));
    // A header row is a few column names, not a sentence ("Du har søgt om støtte, og vi har besluttet følgende.").
    // The citizen's own figures may head the applied column ("Udgift  Du har oplyst  Vi har godkendt").
    return s.size() < 120 && word_count(s) <= 12 && (s.empty() || s.back() != '.') && RE2::PartialMatch(s, head);
}


// Running text again after an item table: a sentence of eight words or more that ends in a full
// stop and has a verb or a person in it ("Her kan du se …"), not a row ending in "ca. 45 min.".
bool running_text(const std::string& s) {
    static const RE2 verb(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:du|vi|jeg|i|de|er|har|kan|skal|får|bliver|vil|blev|var)(?:[^\pL]|$))"));
    return s.size() > 1 && s.back() == '.' && word_count(s) >= 8 && RE2::PartialMatch(s, verb);
}

// "Du bad om at få din rollator byttet til en letvægtsrollator, fordi …": whether the sentence
// tells what the citizen asked for, and the content stems (content_stems) of what, up to the first
// comma or full stop.
struct Request {
    bool found = false;
    bool weighed = false;  // a question the letter weighed ("Vi har vurderet, om …"), not an application
    std::vector<std::string> stems;
};
// `weighed_too`: also a question the letter weighed, which only the sentence right after it answers.
Request read_request(const std::string& s, bool weighed_too = false) {
    static const RE2 request(lexicon::latin_letters(
        R"((?i)(?:^|[^\pL])(?:søgt|søgte|ansøgt|ansøgte|bedt|bad|anmodet|anmodede|spurgt|spurgte),? (?:os |kommunen |dig |jer )?(?:også |desuden |derudover |samtidig |tillige )?om(?:[^\pL]|$)((?:[^,.;]|\d\.)*))"));
    // The citizen's own question quoted as a heading or a line ("Kan merudgiftsydelsen sættes op,
    // så den dækker mine nye ortopædiske sko?"): a request for what it asks about. In the citizen's
    // voice only (a first-person word), and not a question about complaints.
    static const RE2 question(R"((?i)^(?:kan|må|vil|får) ([^?]*)\?\s*$)");
    static const RE2 own_voice(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:jeg|mig|min|mit|mine)(?:[^\pL]|$))"));
    static const RE2 about_complaint(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:klage|klager|ankestyrelsen)(?:[^\pL]|$))"));
    Request r;
    std::string rest;
    if (RE2::PartialMatch(s, question, &rest) && RE2::PartialMatch(s, own_voice) && !RE2::PartialMatch(s, about_complaint)) {
        r.found = true;
        auto stems = content_stems(rest);
        r.stems.assign(stems.begin(), stems.end());
        return r;
    }
    // "Jobcenteret har vurderet, om din ret til sygedagpenge kan forlænges": the question the letter
    // answers next ("Det kan den ikke.").
    static const RE2 weighed(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:vurderet|undersøgt|overvejet|set på|kigget på|taget stilling til),? om ((?:[^,.;]|\d\.)*))"));
    if (!RE2::PartialMatch(s, request, &rest)) {
        if (!weighed_too || !RE2::PartialMatch(s, weighed, &rest)) return r;
        r.weighed = true;
    }
    r.found = true;
    auto stems = content_stems(rest);
    r.stems.assign(stems.begin(), stems.end());
    return r;
}

// Whether `s` names something of what was applied for (a content stem in common with `req`).
bool names_request(const Request& req, const std::string& s) {
    const auto stems = content_stems(s);
    return std::any_of(stems.begin(), stems.end(), [&](const std::string& w) {
        return std::find(req.stems.begin(), req.stems.end(), w) != req.stems.end();
    });
}

// The answer to a request in the sentence right after it: "Det er i orden." grants, "Det kan vi
// desværre ikke." refuses, and so does a short negated sentence about what was asked for ("Vi
// bytter ikke rollatoren." after "Du har bedt om at få din rollator byttet …").
// `negated_only`: only the last kind (the request may stand anywhere in the letter).
Flags answer_to(const Request& req, const std::string& s, const Cues& c, bool negated_only = false) {
    Flags f;
    if (!req.found) return f;
    if (!negated_only && c.answer_yes.matches(s)) f.grant = true;
    else if (!negated_only && c.answer_no.matches(s)) f.refusal = true;
    // A weighed question ("Vi har set på, om din hjælp skal ændres.") is answered only by a short
    // answer: "Vi ændrer ikke din hjælp" keeps the help, it refuses nothing applied for.
    else if (word_count(s) <= 15 && !req.weighed) {
        static const RE2 negated(lexicon::latin_letters(R"((?i)^(?:vi|jeg|kommunen|\pL+ kommune) \pL+ (?:dig |jer |dem )?(?:desværre )?ikke(?:[^\pL]|$))"));
        if (!RE2::PartialMatch(s, negated)) return f;
        static const RE2 word(lexicon::latin_letters(R"((\pL{5,}))"));
        re2::StringPiece in(s);
        std::string w;
        while (RE2::FindAndConsume(&in, word, &w))
            if (std::find(req.stems.begin(), req.stems.end(), text::to_lower(w).substr(0, 5)) != req.stems.end()) {
                f.refusal = true;
                break;
            }
    }
    return f;
}

// The quantities a decision or an application states: amounts ("4.000 kr. om måneden"), hours
// ("12 timer om ugen", "3 timers ledsagelse om måneden"), frequencies ("hver 14. dag", "2 gange om
// ugen") and stays ("2 weekender om måneden"), in the order they stand, as written, with their kind.
struct Quantity {
    std::size_t pos = 0;
    std::string text, kind;
};
std::vector<Quantity> quantities(const std::string& s) {
    static const std::vector<std::pair<std::string, std::unique_ptr<RE2>>> kinds = [] {
        std::vector<std::pair<std::string, std::unique_ptr<RE2>>> k;
        // The period may follow the help's name: "3 timers ledsagelse om måneden".
        const std::string per = R"((?:(?: \pL+)? (?:om|pr\.?|per|i) (?:ugen|uge|måneden|måned|året|år|døgnet|dagen))?)";
        const std::string number = R"((?:\d{1,3}(?:\.\d{3})*(?:,\d+)?|en|et|én|to|tre|fire|fem|seks|syv|otte|ni|ti))";
        k.emplace_back("kr", std::make_unique<RE2>(lexicon::latin_letters(R"((?i)(?:^|[^\pL\d.,])()" + number + R"( ?(?:kr\.?|kroner))" + per + ")")));
        k.emplace_back("timer", std::make_unique<RE2>(lexicon::latin_letters(R"((?i)(?:^|[^\pL\d.,])()" + number + R"( (?:timers|timer|time))" + per + ")")));
        k.emplace_back("frekvens", std::make_unique<RE2>(lexicon::latin_letters(
            R"((?i)(?:^|[^\pL])(hver (?:\d{1,2}\. |anden |tredje |fjerde )?(?:dag|uge|måned|weekend)|)" + number +
            R"( gange? (?:om|pr\.?|per|i) (?:dagen|ugen|måneden|året)))")));
        k.emplace_back("ophold", std::make_unique<RE2>(lexicon::latin_letters(R"((?i)(?:^|[^\pL\d.,])()" + number + R"( (?:weekender|weekend|døgn|dage|nætter))" + per + ")")));
        return k;
    }();
    std::vector<Quantity> r;
    for (const auto& [kind, re] : kinds) {
        re2::StringPiece in(s), m;
        while (RE2::FindAndConsume(&in, *re, &m)) r.push_back({static_cast<std::size_t>(m.data() - s.data()), std::string(m.data(), m.size()), kind});
    }
    std::sort(r.begin(), r.end(), [](const Quantity& a, const Quantity& b) { return a.pos < b.pos; });
    return r;
}

// Whether `decided` is less than `applied` of the same kind: a smaller number in the same period,
// or a rarer frequency. Unknown (false) when the periods differ or a figure cannot be read.
bool quantity_less(const Quantity& applied, const Quantity& decided) {
    if (applied.kind != decided.kind) return false;
    static const RE2 lead(lexicon::latin_letters(R"((?i)^(\d{1,3}(?:\.\d{3})*(?:,\d+)?|\pL+))"));
    static const RE2 period(lexicon::latin_letters(R"((?i)(?:om|pr\.?|per|i) (\pL+)$)"));
    auto value = [](const std::string& q) -> double {
        std::string n;
        if (!RE2::PartialMatch(q, lead, &n)) return 0;
        if (std::isdigit(static_cast<unsigned char>(n[0]))) {
            n.erase(std::remove(n.begin(), n.end(), '.'), n.end());
            std::replace(n.begin(), n.end(), ',', '.');
            return std::stod(n);
        }
        return text::to_lower(n) == "én" ? 1 : number_word(text::to_lower(n));
    };
    if (decided.kind == "frekvens") {
        auto interval = [&](const std::string& q) -> double {
            static const RE2 every(R"((?i)^hver (?:(\d{1,2})\. |(anden|tredje|fjerde) )?(dag|uge|måned|weekend))");
            static const RE2 times(R"((?i)gange? (?:om|pr\.?|per|i) (dagen|ugen|måneden|året)$)");
            std::string n, ordinal, unit;
            auto days = [](const std::string& u) { return u.rfind("dag", 0) == 0 ? 1.0 : u.rfind("måned", 0) == 0 ? 30.0 : u.rfind("år", 0) == 0 ? 365.0 : 7.0; };
            if (RE2::PartialMatch(q, every, &n, &ordinal, &unit)) {
                const std::string o = text::to_lower(ordinal), u = text::to_lower(unit);
                double k = !n.empty() ? std::stod(n) : o == "anden" ? 2 : o == "tredje" ? 3 : o == "fjerde" ? 4 : 1;
                return u == "dag" ? k : k * days(u);
            }
            double count = value(q);
            return RE2::PartialMatch(q, times, &unit) && count > 0 ? days(text::to_lower(unit)) / count : 0;
        };
        double a = interval(applied.text), d = interval(decided.text);
        return a > 0 && d > a * 1.01;
    }
    std::string pa, pd;
    RE2::PartialMatch(applied.text, period, &pa);
    RE2::PartialMatch(decided.text, period, &pd);
    if (text::to_lower(pa).substr(0, 3) != text::to_lower(pd).substr(0, 3)) return false;
    double a = value(applied.text), d = value(decided.text);
    return a > 0 && d > 0 && d < a;
}

// What an application sentence asks for, without its reason: "Du har søgt om … , fordi du er gået
// ned fra 37 til 30 timer om ugen" → "Du har søgt om …" (the reason's figures are not applied for).
std::string request_part(std::string s) {
    static const RE2 reason(R"((?i)(,? (?:fordi|da|idet|eftersom|så) ))");
    re2::StringPiece in(s), m;
    if (RE2::PartialMatch(in, reason, &m)) s.resize(static_cast<std::size_t>(m.data() - s.data()));
    return s;
}

std::string sentence_text_of(const NormalizedText& t, const Paragraph& p) { return t.letter_text(p.begin, p.end); }

// The lead-in of a table of the help the citizen has today ("Her er en oversigt over den hjælp, du
// har i dag"): its rows decide nothing.
const RE2& current_help_lead() {
    static const RE2 re(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:i dag|nuværende|hidtidige|allerede|oversigt over)(?:[^\pL]|$))"));
    return re;
}

// Reads the decision column of the tables whose cells are known, in the letter's own text (see the caller).
// Sets `f` from the rows' cells; whether a row was read.
bool read_decision_column(const NormalizedText& t, const structure::Structure& st, const std::vector<Paragraph>& paras,
                          Flags& f) {
    if (t.cell_starts.empty()) return false;
    // The header cell of a decision column: "Afgørelse", "Ny afgørelse 5. november 2026",
    // "Kommunens afgørelse", "Status", "Resultat", "Beslutning", "Det har vi besluttet".
    static const RE2 head(lexicon::latin_letters(
        R"((?i)^(?:(?:(?:ny|nye|endelig|kommunens|vores|udvalgets)\s+)?(?:afgørelse|afgørelsen|status|resultat|beslutning)(?:\s+(?:\d{1,2}\.\s*\pL+\s+\d{4}|[\d./-]+))?|(?:det|hvad) har (?:vi|jeg|kommunen) besluttet\??)\s*$)"));
    // A decision cell names its status first. A document list of an aktindsigt decision states each
    // document's: "Udleveret", "Undtaget", "Udleveret med overstregninger", "Undtaget, faktiske
    // oplysninger ekstraheret" (withheld, with an extract of its facts given: in part).
    static const RE2 refused(lexicon::latin_letters(R"((?i)^(?:afslag|afslået|afvist|ikke bevilget|ikke godkendt|ikke imødekommet|bevilges ikke|nej|undtaget)(?:[^\pL]|$))"));
    static const RE2 partial(lexicon::latin_letters(R"((?i)^(?:delvis|delvist|(?:delvist )?udleveret med (?:overstregninger|udeladelser|undtagelser)|undtaget[^.]{0,40}(?:ekstraheret|uddrag))(?:[^\pL]|$))"));
    static const RE2 stopped(lexicon::latin_letters(R"((?i)^(?:ophør|ophører|ophørt|nedsat|nedsættes|bortfalder|stoppes|stopper)(?:[^\pL]|$))"));
    static const RE2 granted(lexicon::latin_letters(R"((?i)^(?:bevilget|bevilges|bevilling|godkendt|godkendes|imødekommet|ja|udleveret)(?:[^\pL]|$))"));
    static const RE2 applied_note(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:ansøgt|søgt)(?:[^\pL]|$))"));
    // An applied and a granted column ("Ansøgt  Bevilget", "Det har du søgt om  Det får du"):
    // the granted cell is compared with the applied one, in the result part only (a calculation
    // table under the assessment is no decision).
    static const RE2 applied_head(
        R"((?i)^(?:ansøgt|søgt|søgt om|ansøgt om|(?:du|i|de) (?:har )?(?:søgt|søgte|ansøgte) om|det (?:har )?(?:du|i) (?:søgt|søgte) om|det søgte (?:du|i) om|ønsket)(?:\s.*)?$)");
    static const RE2 granted_head(R"((?i)^(?:bevilget|bevilges|bevilling|godkendt|tildelt|visiteret|du får|det får du|i får|det får i)(?:\s.*)?$)");
    static const RE2 nothing(R"((?i)^(?:0(?:,00)?(?:\s*(?:kr\.?|kroner|timer|dage))?|[–—-]+|nej|ingen)\s*[.]?$)");
    static const RE2 as_applied(lexicon::latin_letters(R"((?i)^(?:som ansøgt|som søgt|ja)(?:[^\pL]|$))"));
    // A table that states each row's decision as a code explains its codes in a legend ("Koder: B =
    // bevilget, U = bevilget som udlån, D = delvist bevilget/standardmodel, A = afslag"): a cell
    // that opens with a code is read as the legend's words for it ("A – fastholdt" → "afslag –
    // fastholdt").
    std::map<std::string, std::string> legend;
    {
        static const RE2 entry(R"((?-i)(?:^|[\s,:;(])([A-ZÆØÅ]{1,2}) = ([^,.;\n]{2,60}))");
        re2::StringPiece in(t.text);
        std::string code, words;
        // Only entries that name a decision: a scale's legend ("A = ingen begrænsninger") elsewhere
        // in the letter explains other codes.
        static const RE2 status(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:bevil\pL*|afsl\pL*|afvis\pL*|delvis\pL*|godkend\pL*|udlån\pL*|ophør\pL*|nedsat|henvist|ikke)(?:[^\pL]|$))"));
        while (RE2::FindAndConsume(&in, entry, &code, &words))
            if (RE2::PartialMatch(words, status)) legend.insert_or_assign(code, words);
    }
    static const RE2 code_cell(R"((?-i)^([A-ZÆØÅ]{1,2})(\s*(?:[–—-].*)?)$)");
    bool read = false;
    std::size_t column = 0;  // the decision column of the table being read
    bool in_table = false;   // a header row with a decision column has been read
    std::size_t applied_col = 0;  // its applied column, when the decision column is a granted one
    bool has_applied = false;
    std::size_t columns = 0;
    for (std::size_t p = 0; p < paras.size(); ++p) {
        if (!st.is_main_text(p) || st.quoted[p] || st.appeal[p] || (st.subject && p <= *st.subject) ||
            st.para_section[p] == structure::Section::citizen) {
            in_table = false;
            continue;
        }
        const auto cells = text::table_cells(t, paras[p]);
        if (cells.size() < 2) {
            in_table = false;  // running text again
            continue;
        }
        bool is_head = false;
        for (std::size_t i = 0; i < cells.size(); ++i)
            if (RE2::FullMatch(cells[i], head)) column = i, columns = cells.size(), is_head = true, in_table = true, has_applied = false;
        if (!is_head && st.para_section[p] == structure::Section::result) {
            // The applied column nearest before the granted one: "Ansøgt udgift  Antal  Pris  Ansøgt
            // Bevilget" names the item in its first column and the amount applied for in its fourth.
            // A date column ("Ansøgt fra", "Ansøgt den") is no applied column.
            static const RE2 date_column(lexicon::latin_letters(R"((?i)^(?:ansøgt|søgt)\s+(?:fra|den|dato|d\.|pr\.)(?:[^\pL]|$))"));
            std::optional<std::size_t> a, g;
            for (std::size_t i = 0; i < cells.size() && !g; ++i) {
                if (RE2::FullMatch(cells[i], applied_head) && !RE2::PartialMatch(cells[i], date_column)) a = i;
                else if (a && RE2::FullMatch(cells[i], granted_head)) g = i;
            }
            if (a && g) column = *g, applied_col = *a, has_applied = true, columns = cells.size(), is_head = true, in_table = true;
        }
        // Under a lead-in about the help the citizen has today, the table decides nothing.
        if (is_head && p > 0 && RE2::PartialMatch(sentence_text_of(t, paras[p - 1]), current_help_lead())) in_table = false;
        if (is_head || !in_table || cells.size() != columns) continue;
        std::string cell = cells[column];
        {
            std::string code, rest;
            if (!legend.empty() && RE2::FullMatch(cell, code_cell, &code, &rest) && legend.count(code)) cell = legend[code] + rest;
        }
        if (RE2::PartialMatch(cell, partial)) f.partial = true;
        else if (RE2::PartialMatch(cell, refused)) f.refusal = true;
        else if (RE2::PartialMatch(cell, stopped)) f.stop = true;
        else if (RE2::PartialMatch(cell, granted)) (RE2::PartialMatch(cell, applied_note) ? f.partial : f.grant) = true;
        else if (!has_applied) continue;
        else if (RE2::FullMatch(cell, nothing)) f.refusal = true;
        else if (RE2::PartialMatch(cell, as_applied)) f.grant = true;
        else {
            // The granted cell against the applied one: less of the same, or something else
            // ("El-kørestol, inde/ude" → "Manuel kørestol med elektrisk hjælpemotor"), is partial.
            const std::string& want = cells[applied_col];
            if (less_than_applied({want}, {cell}, {})) f.partial = true;
            else if (text::to_lower(cell).find(text::to_lower(want)) != std::string::npos) f.grant = true;
            else {
                const auto qa = quantities(want), qg = quantities(cell);
                const bool same_amount = !qa.empty() && !qg.empty() && qa.front().kind == qg.front().kind && !quantity_less(qa.front(), qg.front());
                (same_amount ? f.grant : f.partial) = true;
            }
        }
        read = true;
    }
    return read;
}

}  // namespace

OutcomeReading read_outcome(const NormalizedText& t, const Segmentation& seg, const structure::Structure& st,
                            const Cues& c, Elements& el) {
    const auto& paras = t.paragraphs;
    // Read from the subject line, then the result part (never the appeal guidance or appendix).
    Flags subject, area;
    std::vector<std::size_t> area_sentences;
    std::size_t area_words = 0;  // sentences of four words or more read so far
    bool result_heading = false;
    std::optional<std::size_t> first_result_heading;
    for (std::size_t i = 0; i < paras.size(); ++i)
        if (st.heading[i] && st.para_section[i] == structure::Section::result &&
            (!st.subject || *st.subject != i)) {
            result_heading = true;
            if (!first_result_heading) first_result_heading = i;
        }
    // What the letter's own text says was applied for, all of it.
    Request letter_requests;
    // The whole sentences that tell an application, past its first comma ("… ansøgt om dels dækning
    // af merudgifter, dels støtte til køb af bil"): what an item's title may name.
    // Also a sentence or subject that names the application ("Vi har modtaget din ansøgning om …").
    Request applied_sentences;
    static const RE2 application_of(lexicon::latin_letters(R"((?i)(?:^|[^\pL])ansøgning(?:en)? om(?:[^\pL]|$))"));
    auto add_applied = [&](const std::string& x) {
        const auto whole = content_stems(x);
        applied_sentences.stems.insert(applied_sentences.stems.end(), whole.begin(), whole.end());
    };
    if (st.subject) add_applied(sentence_text_of(t, paras[*st.subject]));
    for (const auto& s : seg.sentences) {
        if (!st.is_main_text(s.paragraph) || st.para_section[s.paragraph] == structure::Section::citizen) continue;
        const std::string stxt = sentence_text(t, s);
        Request r = read_request(stxt);
        if (!r.found) {
            if (RE2::PartialMatch(stxt, application_of)) add_applied(stxt);
            continue;
        }
        letter_requests.found = true;
        letter_requests.stems.insert(letter_requests.stems.end(), r.stems.begin(), r.stems.end());
        add_applied(stxt);
    }
    // A framed summary box ("━━━━ KORT FORTALT" over one short line per item, then "━━━━"): its
    // lines are paragraphs of their own, all of them the box's, up to the closing rule (within
    // eight paragraphs, none a heading). A box that is never closed is its first paragraph only.
    std::vector<char> boxed(paras.size(), 0);
    {
        static const RE2 rule_open(R"(^[─━—_=-]{3,})");
        static const RE2 rule_only(R"(^[─━—_=\s-]{3,}$)");
        // The paragraphs' text in place, not copied: every paragraph is looked at.
        auto text_at = [&](std::size_t p) { return re2::StringPiece(t.text.data() + paras[p].begin, paras[p].end - paras[p].begin); };
        for (std::size_t p = 0; p < paras.size(); ++p) {
            if (!RE2::PartialMatch(text_at(p), rule_open) || RE2::FullMatch(text_at(p), rule_only) ||
                !c.summary_box.matches(sentence_text_of(t, paras[p])))
                continue;
            for (std::size_t q = p + 1; q < paras.size() && q <= p + 8 && !st.heading[q]; ++q)
                if (RE2::FullMatch(text_at(q), rule_only)) {
                    std::fill(boxed.begin() + static_cast<std::ptrdiff_t>(p + 1), boxed.begin() + static_cast<std::ptrdiff_t>(q), 1);
                    break;
                }
        }
    }
    // "Resultat: Du får ikke merudgiftsydelse.": sentences that label themselves the letter's result.
    std::vector<std::size_t> summary_labels;
    bool area_grant = false;  // a sentence read so far grants something
    bool area_table = false;  // reading the rows of an item table
    std::optional<std::size_t> last_area_para;  // the last paragraph a sentence of the result was read in
    std::size_t summary_para = paras.size();  // the paragraph `summary` was read for
    std::size_t medhold_para = paras.size();  // the appeal paragraph `medhold_here` was read for
    bool medhold_here = false;
    bool summary = false;
    for (std::size_t k = 0; k < seg.sentences.size(); ++k) {
        const auto& s = seg.sentences[k];
        std::size_t p = s.paragraph;
        if (paras[p].zone != Zone::body) continue;
        if (st.subject && p == *st.subject) {
            subject = sentence_flags(sentence_text(t, s), c);
            continue;
        }
        if (st.quoted[p]) continue;
        const std::string text = sentence_text(t, s);  // read once: several tests below
        if (st.appeal[p]) {
            // A reconsideration's opening paragraph reads as guidance (it forwards the complaint to
            // Ankestyrelsen), but its "Du får delvis medhold: …" is the letter's result.
            static const RE2 medhold(lexicon::latin_letters(R"((?i)^(?:(?:du|i|de) får|(?:vi|kommunen|jeg) giver (?:dig|jer|dem|de)) (?:\pL+ )?medhold\b)"));
            // A paragraph that states the medhold inside a sentence ("1.2 Resultatet er, at du får
            // delvist medhold. Du får et el-trækaggregat … Vi fastholder afslaget på en el-kørestol, og
            // den del af din klage er sendt videre til Ankestyrelsen.") is the result, all of it; not
            // "Hvis vi ikke giver dig medhold, sender vi klagen videre" (a condition).
            static const RE2 medhold_inside(lexicon::latin_letters(
                R"((?i)(?:^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?|[.!:]\s)(?:(?:(?:du|i|de) får|(?:vi|kommunen|jeg) giver (?:dig|jer|dem|de))|(?:(?:resultatet|konklusionen|udfaldet)(?: \pL+){0,3} er|det betyder|vi er (?:derfor )?(?:nået|kommet) frem til),? at (?:du|i|de) får) (?:delvis |delvist |fuldt |fuld |helt |nu |også )?medhold(?:[^\pL]|$))"));
            if (p != medhold_para) {
                medhold_para = p;
                medhold_here = !st.heading[p] && RE2::PartialMatch(sentence_text_of(t, paras[p]), medhold_inside);
            }
            // Its "Stevns Kommune fastholder afgørelsen af 3. februar 2025, hvor du fik afslag på …" too:
            // a sentence that upholds and says what (not "Hvis vi fastholder afgørelsen, sender vi …" or
            // "…, og fastholder vi den, sender vi klagen …", conditions).
            static const RE2 condition(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:hvis|såfremt|dersom|når|fastholder (?:vi|jeg|kommunen))(?:[^\pL]|$))"));
            const bool upholds_here =
                c.maintain.matches(text) && !RE2::PartialMatch(text, condition) && sentence_flags(text, c).decisive();
            if (st.heading[p] || !(medhold_here || upholds_here || RE2::PartialMatch(text, medhold))) continue;
        }
        // A summary box opening the letter ("Kort fortalt: …") is read wherever it stands (read once
        // per paragraph: a long paragraph of many sentences is not copied again for each).
        if (p != summary_para) summary_para = p, summary = boxed[p] || c.summary_box.matches(sentence_text_of(t, paras[p]));
        if (st.subject && p < *st.subject && !summary) continue;  // address and letterhead lines above the subject
        // Above the salutation stand the letterhead and address, and sometimes a summary box under
        // its own result heading ("Afgørelser i korte træk"), which is read.
        if (st.salutation && p < *st.salutation && !(first_result_heading && *first_result_heading < p) && !summary) continue;
        auto sec = st.para_section[p];
        // A labelled result ("Resultat: Vi fastholder afslaget.") decides wherever it stands, e.g.
        // under each "Klagepunkt" of a reconsideration.
        static const RE2 labelled_result(R"((?i)^(?:resultat|konklusion|afgørelse|samlet resultat)(?:\s*\d{1,2})?\s*:)");
        // "Punkt 1 – El-kørestol: Du får medhold": a numbered point's heading that states its result.
        static const RE2 numbered_label(R"((?i)^(?:punkt|klagepunkt|afgørelse|spørgsmål)\s*\d{1,2}\b[^:]{0,80}:\s*\S)");
        if ((st.is_main_text(p) && RE2::PartialMatch(text, labelled_result)) ||
            (st.heading[p] && RE2::PartialMatch(text, numbered_label))) {
            static const RE2 summary_label(R"((?i)^(?:resultat|konklusion|samlet resultat)\s*:)");
            if (RE2::PartialMatch(text, summary_label)) summary_labels.push_back(k);
            area_sentences.push_back(k);
            continue;
        }
        // A heading that asks about the citizen's help ("Hvorfor får du ikke en løftestol?", "Får du
        // hjælp til havearbejde?") is answered by the first sentence under it: when that sentence
        // decides, it is part of the result wherever the section stands (a letter that grants one
        // item under "Hvad får du?" and refuses another under its own question).
        if (sec != structure::Section::result && sec != structure::Section::citizen && p > 0 && st.heading[p - 1] &&
            !st.heading[p] && s.begin == paras[p].begin && st.is_main_text(p) && !st.appeal[p - 1]) {
            // A why-question or a yes/no question about the citizen's help ("Hvorfor får du ikke …?",
            // "Får du hjælp til havearbejde?"), not "Hvad kan du få hjælp til?" (a description).
            // Also the citizen's own question under a numbered point, in the citizen's words ('Punkt 2:
            // "Kan I også handle ind for mig?"', "Spørgsmål 1: Kan jeg få rengøring hver uge?"); "jeg"
            // only there (an FAQ heading "Kan jeg få hjælp til havearbejde?" describes the rules).
            static const RE2 asks_what(R"((?i)^(?:\d{1,2}[.)]\s*)?(?:hvorfor )?(?:får|kan|betaler|dækker|bevilger) (?:du|i|de|vi|kommunen)\b[^?]*\?\s*$|^(?:punkt|spørgsmål)\s*\d{1,2}\s*[:.–-]\s*["“”»«]?(?:hvorfor )?(?:får|kan|betaler|dækker|bevilger) (?:du|i|de|vi|kommunen|jeg)\b[^?]*\?["“”»«]?\s*$)");
            const std::string q = sentence_text_of(t, paras[p - 1]);
            if (RE2::PartialMatch(q, asks_what)) {
                const Flags fq = sentence_flags(text, c);
                if (fq.decisive() && !fq.procedural && !fq.not_decision && !c.history.matches(text) && !c.reported.matches(text)) {
                    area_sentences.push_back(k);
                    continue;
                }
            }
        }
        if (sec != structure::Section::result && !summary) continue;
        // Without a result heading, the result is read in the first sentences of the letter.
        std::size_t words = 1;
        for (std::uint32_t b = s.begin; b < s.end; ++b) words += t.text[b] == ' ';
        // A letter that answers numbered questions or points ("1. Du har spurgt, om … Svar: Ja.")
        // decides in the first sentences of each point.
        static const RE2 numbered_point(R"(^\d{1,2}[.)](?:\s|$))");
        if (!result_heading && paras[p].kind == ParaKind::list_item && s.begin == paras[p].begin &&
            RE2::PartialMatch(text, numbered_point))
            area_words = 0;
        if (!result_heading && area_words >= 8) {
            // The decision goes on past the first sentences while each next paragraph refuses
            // something ("Til gengæld kan vi ikke give tilskud til taxakørsel …" after two grants).
            // A paragraph further down that opens with a refusal decides another item too ("Du får
            // dækket tabt arbejdsfortjeneste … [its reasons] Merudgifterne kan vi ikke dække."), when
            // it names something applied for in the letter, or its own paragraph tells what was applied
            // for ("… I har søgt om 350 kr. om måneden til …"); not a service the letter declines in
            // passing ("Du kan ikke få svar på spørgsmål om pension hos os").
            if (!area_grant || !last_area_para) continue;
            if (p > *last_area_para + 1) {
                if (s.begin != paras[p].begin || paras[p].kind != ParaKind::text) continue;
                const bool named = names_request(letter_requests, text);
                static const RE2 asked_here(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:søgt|søgte|ansøgt|bedt|bad) om(?:[^\pL]|$))"));
                if (!named && !RE2::PartialMatch(sentence_text_of(t, paras[p]), asked_here)) continue;
            }
            // Only a refusal is read there: a grant or a share past the first sentences is often an
            // offer or a condition ("du kan få en tryghedsalarm, hvis du ønsker det").
            const Flags late = sentence_flags(text, c);
            if (!late.refusal || late.grant || late.procedural || c.history.matches(text) || c.reported.matches(text))
                continue;
            last_area_para = p;
            area_sentences.push_back(k);
            continue;
        }
        // The rows of an item table ("Ydelse  Ansøgt  Bevilget") are read to its end: they are one
        // statement of the result, however many rows it has.
        if (!result_heading) {
            if (table_head(text)) area_table = true;
            else if (area_table && running_text(text)) area_table = false;
        }
        if (words >= 4 && !area_table) ++area_words;
        area_sentences.push_back(k);
        last_area_para = p;
        if (!result_heading && !area_grant) area_grant = sentence_flags(text, c).grant;
    }
    Flags any = subject;
    Flags earlier;          // what sentences about an earlier decision say (read only when it is upheld)
    bool upheld = false;    // "Vi fastholder afgørelsen"
    std::optional<std::size_t> decisive_sentence;
    std::vector<std::string> applied, granted, others;
    bool after_table_head = false;
    bool addressed_grant = false;  // a grant sentence in the result part names its recipient
    bool granted_as_applied = false;  // "Du får …, som du har søgt om"
    bool granted_beyond = false;  // "Du får altså mere hjælp, end du søgte om"
    bool upheld_apart = false;  // the result part upholds something in a sentence that grants nothing
    bool partial_replaces = false, partial_firm = false;  // see "i stedet for" below
    bool replaced_earlier = false;  // "Den tidligere bevilling … bortfalder" (outcome.txt [stop-replaced])
    bool lead_grants = false;  // the list being read stands under a lead-in that grants
    bool continued_grant = false, new_grant = false;  // a sentence grants help that goes on unchanged / grants anything else
    std::vector<bool> continued_items;  // per item of el.items read below: only help that goes on unchanged
    static const RE2 applied_for(R"((?i)(?:(?:søgt|søgte|ansøgt|ansøgte|ønsket|ønskede|bedt|bad|anmodet|anmodede) om|^(?:ansøgt|søgt)\b))");
    // "Roskilde Kommune har modtaget ansøgning om socialpædagogisk støtte 6 timer ugentligt": the
    // application told as received, when the sentence decides nothing itself.
    // Not an earlier application ("Vi har i 2023 behandlet en ansøgning om …", "… tidligere …").
    static const RE2 application_received(lexicon::latin_letters(R"((?i)(?:^|[^\pL])modtaget (?:din |jeres |deres |en |\pL+s )?ansøgning(?:en)? om(?:[^\pL]|$))"));
    static const RE2 earlier_application(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:tidligere|i (?:19|20)\d\d|trukket tilbage)(?:[^\pL\d]|$))"));
    // `decides()` says whether the sentence decides; asked only of a sentence that tells an application received.
    auto tells_application = [&](const std::string& x, const auto& decides) {
        return RE2::PartialMatch(x, applied_for) || (RE2::PartialMatch(x, application_received) && !decides() &&
                                                     !RE2::PartialMatch(x, earlier_application) && !c.history.matches(x));
    };
    std::optional<std::size_t> label_at;  // the one sentence labelled "Resultat:", when it decides
    Flags labelled;
    bool label_contradicted = false;  // another item of the result decides otherwise
    if (summary_labels.size() == 1) {
        labelled = sentence_flags(sentence_text(t, seg.sentences[summary_labels[0]]), c);
        if (labelled.decisive() && labelled.grant != labelled.refusal) label_at = summary_labels[0];
    }
    static const RE2 figure(lexicon::latin_letters(R"((?:^|[^\pL\d])\d{1,3}(?:\.\d{3})*(?:,\d+)? ?(?:kr|kroner|timer|%))"));
    std::optional<std::size_t> prev_area;  // the sentence of the result read before this one
    for (std::size_t k : area_sentences) {
        const std::optional<std::size_t> before = prev_area;
        prev_area = k;
        std::string stxt = sentence_text(t, seg.sentences[k]);
        Flags f = sentence_flags(stxt, c);
        // "Vi ændrer vores afgørelse af 1. oktober 2025 om afslag på en rollator, og du får nu bevilget
        // en rollator": a sentence that changes the earlier decision (outcome.txt [history-not])
        // decides in its clause after the change; what it says of the earlier decision is history.
        if (c.history.excepted(stxt)) {
            static const RE2 then_clause(R"((?i), (?:og|så|således at|hvilket betyder, at|det betyder, at) (.+)$)");
            std::string tail;
            if (RE2::PartialMatch(stxt, then_clause, &tail)) {
                const Flags tf = sentence_flags(tail, c);
                if (tf.decisive()) f = tf;
            }
        }
        const std::size_t para = seg.sentences[k].paragraph;
        // A heading over refused items ("Det I har søgt om, som I ikke får") refuses something.
        if (st.heading[para] && c.refused_heading.matches(stxt)) f.refusal = true;
        // A heading over other help granted in place of the refused ("Hvad får du i stedet?")
        // grants part: other help instead of what was applied for.
        if (st.heading[para] && c.instead_heading.matches(stxt)) f.partial = true;
        // A short answer to the request told in the sentence before it ("Du bad om at skifte
        // leverandør. Det er i orden.").
        if (!f.decisive() && k > 0 && st.is_main_text(seg.sentences[k - 1].paragraph) &&
            seg.sentences[k - 1].paragraph + 1 >= para)
            f = answer_to(read_request(sentence_text(t, seg.sentences[k - 1]), true), stxt, c);
        // A short negated sentence about what the letter says was applied for, wherever the
        // application is told ("Du har søgt om hjælp til at slå græs …" … "Kommunen hjælper ikke med
        // at slå dit græs").
        if (!f.decisive() && letter_requests.found) f = answer_to(letter_requests, stxt, c, true);
        // A row marked as refused or granted ("✘ Elektrisk plejeseng Nej", "✔ Genoptræning Ja – …").
        {
            static const RE2 condition(lexicon::latin_letters(R"((?i)(?:^|[^\pL])opfyldt(?:[^\pL]|$))"));
            const bool row = !stxt.empty() && stxt.back() != '.' && word_count(stxt) <= 30 && !RE2::PartialMatch(stxt, condition);
            if (row && c.row_refused.matches(stxt)) f.refusal = true, f.grant = false;
            else if (row && c.row_granted.matches(stxt)) f.grant = true;
        }
        // The items of a list under a lead-in that grants ("Det betyder, at I får:", "Du får
        // bevilget følgende:") are granted, unless an item says otherwise.
        {
            // (A date's ordinal dot may stand in it: "Du får personlig hjælp hver morgen fra den 3. marts 2025:".)
            static const RE2 grant_lead(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:får|bevilger|bevilges|bevilget|tildeles|godkender|dækker|giver|meddeler)(?:[^\pL](?:[^.]|\d\.)*)?:?\s*$)"));
            static const RE2 negated(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:ikke|afslag|nej)(?:[^\pL]|$))"));
            if (paras[para].kind == ParaKind::list_item) {
                if (lead_grants && !f.decisive()) f.grant = true;
            } else {
                // Its colon may be missing ("Vordingborg Kommune giver hermed" over its list).
                const bool lead_in = !stxt.empty() && (stxt.back() == ':' || (stxt.back() != '.' && para + 1 < paras.size() &&
                                                                           paras[para + 1].kind == ParaKind::list_item));
                lead_grants = lead_in && RE2::PartialMatch(stxt, grant_lead) && !RE2::PartialMatch(stxt, negated);
            }
        }
        // An item table: after a header row naming the applied and decided columns, a row whose
        // decided amount is below the applied one is partial.
        if (table_head(stxt)) {
            after_table_head = true;
        } else if (after_table_head && running_text(stxt)) {
            after_table_head = false;  // running text again after the table
        } else if (after_table_head) {
            // A status cell states the item's decision: "Bevilget", "Delvist bevilget", "Afslag",
            // "Bevilget i stedet for bruseniche".
            static const RE2 granted_cell(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:bevilget|godkendt|bevilges|bevilling)(?:[^\pL]|$))"));
            static const RE2 negated_cell(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:ikke|afslag) (?:bevilget|godkendt))"));
            static const RE2 instead(lexicon::latin_letters(R"((?i)(?:^|[^\pL])i stedet(?:[^\pL]|$))"));
            if (RE2::PartialMatch(stxt, granted_cell) && !RE2::PartialMatch(stxt, negated_cell)) f.grant = true;
            if (RE2::PartialMatch(stxt, instead) || amount_pair_less(stxt) || row_quantity_less(stxt)) f.partial = true;
        }
        // "Vi påtænker at give dig afslag på trappeliften": a proposed decision (a partshøring part
        // of a letter that decides something else) decides nothing. Only the proposal's own words:
        // "Vi giver dig afslag …, som vi skrev i vores partshøring" decides.
        static const RE2 proposal(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:påtænker|overvejer|påtænkt\pL*)(?:[^\pL]|$))"));
        if (f.not_decision && RE2::PartialMatch(stxt, proposal)) {
            area.not_decision = true;
            f = Flags{};
        }
        bool upholds = c.maintain.matches(stxt);
        upheld |= upholds;
        // "… (fastholdt)", "Vi fastholder afslaget på …" — not "at fastholde dit arbejde".
        static const RE2 upheld_what(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:fastholdt|afgørelse\pL*|afslag\pL*)(?:[^\pL]|$))"));
        if (upholds && !f.grant && RE2::PartialMatch(stxt, upheld_what)) upheld_apart = true;
        if (!upholds && c.history.matches(stxt)) {  // an earlier decision, the one complained about
            // Unless the history stands only in the reason and the main clause before it decides:
            // "Du får ikke bevilget et toiletstativ, fordi du kan rejse dig ved hjælp af det gelænder,
            // du allerede har."
            static const RE2 reason_split(lexicon::latin_letters(R"((?i)^(.*?),? (?:fordi|idet|eftersom) )"));
            std::string head;
            const bool main_decides = RE2::PartialMatch(stxt, reason_split, &head) && !c.history.matches(head) &&
                                      sentence_flags(head, c).decisive();
            if (!main_decides) {
                earlier.add_merits(f);
                f = Flags{};
            }
        }
        // "… et lån på 186.500 kr., som De har søgt om" grants what was applied for: a grant whose
        // application is only a relative clause is a grant sentence.
        const bool grants_as_applied = f.grant && !f.refusal && !f.partial && says_as_applied(stxt);
        granted_as_applied |= grants_as_applied;
        granted_beyond |= f.grant && !f.refusal && !f.partial && says_beyond_applied(stxt);
        if (tells_application(stxt, [&] { return f.decisive(); }) && !grants_as_applied) applied.push_back(request_part(stxt));
        else if (f.grant) granted.push_back(stxt);
        else others.push_back(stxt);
        // One sentence that labels itself the result ("Resultat: Du får ikke merudgiftsydelse.")
        // states the outcome; a sentence of its paragraph that says the opposite with a figure ("Vi
        // har godkendt merudgifter for 3.068 kr. om året") is its calculation, not a second item.
        if (label_at && k != *label_at && para == seg.sentences[*label_at].paragraph && f.decisive() &&
            f.grant != labelled.grant && f.refusal != labelled.refusal && RE2::PartialMatch(stxt, figure))
            f = Flags{};
        if (label_at && k != *label_at && f.decisive() &&
            (f.grant != labelled.grant || f.refusal != labelled.refusal || f.partial != labelled.partial || f.stop != labelled.stop))
            label_contradicted = true;
        // "Din nuværende hjælp fortsætter uændret": help the citizen already has goes on.
        static const RE2 continues(lexicon::latin_letters(R"((?i)(?:^|[^\pL])fortsætter(?:[^\pL](?:[^.]|\d\.){0,80})?[^\pL](?:uændret|som hidtil|som nu|som før)(?:[^\pL]|$))"));
        // "… fortsætter uændret, og du får derudover hjælp til tøjvask" grants something new as well.
        static const RE2 also(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:og|derudover|desuden|også|samtidig) (?:du|i|vi|kommunen) (?:\pL+ )?(?:får|betaler|bevilger|dækker|giver)(?:[^\pL]|$))"));
        const bool only_continues = f.grant && !f.refusal && !f.partial && RE2::PartialMatch(stxt, continues) && !RE2::PartialMatch(stxt, also);
        if (f.decisive()) {
            Outcome item = f.procedural                        ? Outcome::afslag
                           : f.stop && !f.partial              ? Outcome::ophoer
                           : f.partial || (f.grant && f.refusal) ? Outcome::delvis
                           : f.refusal                         ? Outcome::afslag
                                                               : Outcome::bevilling;
            Evidence e;
            e.set(seg.sentences[k].begin, seg.sentences[k].end);
            el.items.push_back({item, e, {}, {}});
            continued_items.push_back(only_continues);
        }
        if (f.decisive() && !decisive_sentence) decisive_sentence = k;
        if (f.grant) {
            // The letter's own "vi"/"jeg" granting ("Den kørsel dækker vi …") is the decision on the
            // citizen's application, not a rule stated in general ("Kommunen betaler fysioterapi …").
            static const RE2 addressed(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:du|dig|din|dit|dine|i|jer|jeres|de|dem|deres|vi|jeg)(?:[^\pL]|$))"));
            // "De" opening a sentence may be the plural pronoun; a capitalised name also addresses someone.
            static const RE2 named(lexicon::latin_letters(R"((?:^|[^\pL])(?:\p{Lu}\p{Ll}+) (?:får|bevilges|tildeles))"));
            if (RE2::PartialMatch(stxt, addressed) || RE2::PartialMatch(stxt, named)) addressed_grant = true;
        }
        // "… får du ressourceforløbsydelse i stedet for sygedagpenge": a benefit that replaces the
        // one that stops is no partial grant of an application (unless it names what was applied for).
        // So is the sentence right after a stop that opens "I stedet …" ("Fremover skal du ikke længere
        // have en hjemmehjælper til at handle for dig. I stedet får du hjælp til at bestille varer på
        // nettet"); after a refusal ("Du får ikke bevilget BPA-timer om natten. I stedet bevilges natlige
        // besøg …") it is other help instead of what was applied for, a partial grant.
        if (f.partial && !f.stop) {
            static const RE2 instead_of(lexicon::latin_letters(R"((?i)(?:^|[^\pL])i stedet for(?:[^\pL]|$))"));
            static const RE2 instead_opening(lexicon::latin_letters(R"((?i)^i stedet(?:[^\pL]|$))"));
            bool replaces = RE2::PartialMatch(stxt, instead_of);
            if (!replaces && before && RE2::PartialMatch(stxt, instead_opening)) {
                const Flags pf = sentence_flags(sentence_text(t, seg.sentences[*before]), c);
                replaces = pf.stop && !pf.refusal && !pf.partial;
            }
            (replaces && !RE2::PartialMatch(stxt, applied_for) ? partial_replaces : partial_firm) = true;
        }
        if (f.grant && !f.refusal && !f.partial) (only_continues ? continued_grant : new_grant) = true;
        any.grant |= f.grant;
        any.partial |= f.partial;
        any.refusal |= f.refusal;
        if (f.stop && !f.grant && !f.partial && !f.refusal && c.stop_replaced.matches(stxt)) replaced_earlier = true;
        else any.stop |= f.stop;
        any.procedural |= f.procedural;
        area.not_decision |= f.not_decision;
    }
    // A refusal of what was applied for beside help that goes on unchanged ("Nyborg Kommune har ikke
    // grundlag for at bevilge BPA … Din nuværende hjælp fortsætter uændret."): nothing new is granted.
    if (any.refusal && !any.partial && continued_grant && !new_grant) any.grant = false;
    // Help that goes on unchanged beside what this letter decides is no item of the decision.
    if (std::find(continued_items.begin(), continued_items.end(), false) != continued_items.end()) {
        std::size_t w = 0;
        for (std::size_t i = 0; i < el.items.size(); ++i)
            if (i >= continued_items.size() || !continued_items[i]) el.items[w++] = el.items[i];
        el.items.resize(w);
    }
    // The earlier grant lapses: a replacement beside a new grant, else a stop.
    if (replaced_earlier && !any.grant && !any.partial) any.stop = true;
    // A reconsideration that upholds the decision complained about may say so anywhere in its own
    // text ("Vi har ikke fundet grundlag for at ændre afgørelsen").
    if (!any.decisive()) {
        // A condition earlier in a guidance paragraph governs what follows it there: "Hvis vi ikke
        // giver dig ret, sender vi din klage til Ankestyrelsen. … Du får en begrundelse for, hvorfor
        // vi fastholder afgørelsen." upholds nothing.
        std::size_t cond_para = SIZE_MAX;
        for (const auto& s : seg.sentences) {
            // The upholding sentence often shares its paragraph with the forwarding to the appeals
            // body, which marks the paragraph as guidance: read every own-text paragraph here.
            std::size_t p = s.paragraph;
            if ((paras[p].zone != Zone::body && paras[p].zone != Zone::footnote) || st.quoted[p] ||
                st.para_section[p] == structure::Section::appendix)
                continue;
            std::string stxt = sentence_text(t, s);
            // "Hvis vi fastholder afgørelsen, sender vi …" in the guidance upholds nothing.
            static const RE2 condition(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:hvis|såfremt|dersom|når)(?:[^\pL]|$))"));
            const bool conditional = RE2::PartialMatch(stxt, condition);
            const bool under_condition = conditional || (st.appeal[p] && cond_para == p);
            if (conditional && st.appeal[p]) cond_para = p;
            if (c.maintain.matches(stxt) && !under_condition) upheld = true;
            else if (c.history.matches(stxt)) {
                Flags f = sentence_flags(stxt, c);
                earlier.add_merits(f);
            }
        }
    }
    // A letter without a result heading that concludes ("Vi kan derfor ikke give dig …", "På den
    // baggrund bevilger vi …"): the conclusion states the outcome; the first sentences may only
    // describe the rules ("Kommunen betaler fysioterapi for to grupper").
    const bool general_grant_only = any.grant && !addressed_grant && !subject.grant;
    if (!result_heading) {
        static const RE2 conclusion(lexicon::latin_letters(
            R"((?i)(?:^|[^\pL])(?:derfor|på den baggrund|på baggrund af (?:dette|ovenstående|det|vores vurdering)|samlet set|sammenfattende|hermed)(?:[^\pL]|$))"));
        Flags concl;
        std::optional<std::size_t> first_conclusion;
        bool in_run = false;  // reading the sentences that continue a conclusion
        for (std::size_t k = 0; k < seg.sentences.size(); ++k) {
            const auto& s = seg.sentences[k];
            if (!st.is_main_text(s.paragraph) || (st.subject && s.paragraph < *st.subject) ||
                st.para_section[s.paragraph] == structure::Section::citizen) {
                in_run = false;  // a heading, a lead-in or the citizen's views ends the conclusion
                continue;
            }
            std::string stxt = sentence_text(t, s);
            if (c.history.matches(stxt)) {
                in_run = false;
                continue;
            }
            if (!RE2::PartialMatch(stxt, conclusion)) {
                // The conclusion goes on in the sentences right after it: its list ("… får
                // helhedspleje med: - bad 2 gange om ugen, ikke hver dag som søgt") and what it
                // refuses next ("Jeg giver afslag på følgeskab til frisør").
                if (!in_run) continue;
                Flags f = sentence_flags(stxt, c);
                if (f.decisive() && !f.procedural) concl.add_merits(f);
                else if (paras[s.paragraph].kind != ParaKind::list_item) in_run = false;
                continue;
            }
            Flags f = sentence_flags(stxt, c);
            if (!f.decisive() || f.procedural) continue;
            // After a refusal, "Derfor mener vi, at du kan få den hjælp, du har brug for, i din egen
            // lejlighed" points to help elsewhere; only a sentence that grants is a grant.
            if (any.refusal && f.grant && !f.refusal && !f.partial && !says_grants(stxt)) continue;
            if (!first_conclusion) first_conclusion = k;
            concl.add_merits(f);
            in_run = true;
        }
        if (concl.decisive()) {
            // A grant read only from a sentence about the rules in general ("Kommunen betaler
            // fysioterapi for to grupper") gives way to the conclusion addressed to the citizen.
            if (!general_grant_only) any.grant |= concl.grant;
            else any.grant = concl.grant || subject.grant;
            any.partial |= concl.partial;
            any.refusal |= concl.refusal;
            any.stop |= concl.stop;
            any.procedural = false;
            if (!decisive_sentence) decisive_sentence = first_conclusion;
        }
    }
    // No decision in the first sentences: the result may stand late in a letter without headings.
    // The facts and the rules describe; they decide only when nothing else does (a decision put
    // under "Din ansøgning" or "Regler og vurdering"): read them in a second round. The citizen's
    // views never decide.
    for (int round = 0; round < 2 && !any.decisive() && !result_heading && !(upheld && earlier.decisive()); ++round) {
        for (std::size_t k = 0; k < seg.sentences.size(); ++k) {
            const auto& s = seg.sentences[k];
            if (!st.is_main_text(s.paragraph) || (st.subject && s.paragraph < *st.subject)) continue;
            const auto sec = st.para_section[s.paragraph];
            if (sec == structure::Section::citizen) continue;
            if (round == 0 && (sec == structure::Section::legal_basis || sec == structure::Section::facts)) continue;
            std::string stxt = sentence_text(t, s);
            Flags f = sentence_flags(stxt, c);
            if (!f.decisive() || (c.history.matches(stxt) && !c.maintain.matches(stxt))) continue;
            decisive_sentence = k;
            any.grant |= f.grant;
            any.partial |= f.partial;
            any.refusal |= f.refusal;
            any.stop |= f.stop;
            any.procedural |= f.procedural;
            // Items under numbered titles ("1. Hjælp til indkøb", "2. Ledsagelse"): the first
            // sentence that decides under each later title decides that item.
            static const RE2 numbered_title(R"(^\d{1,2}[.)]\s+\S)");
            // Items under plain titles ("Dækning af merudgifter", "Støtte til køb af bil"): when the
            // first decision itself stands under such a title, the letter decides item by item, and
            // the first sentences under each later title of the kind decide that item. A title is a
            // short heading of no known part that asks nothing ("Hvad sker der nu?" is no item).
            // The title must name something the letter says was applied for ("Støtte til køb af bil"
            // after "… ansøgt om dels dækning af merudgifter, dels støtte til køb af bil"): "Egenbetaling",
            // "Andre muligheder" or "Hvis du bliver indlagt" under a grant are information, no item.
            auto plain_title = [&](std::size_t hp) {
                const std::string h = sentence_text_of(t, paras[hp]);
                return st.para_section[hp] == structure::Section::other && !h.empty() && h.back() != '?' && h.back() != ':' &&
                       word_count(h) <= 6 && names_request(applied_sentences, h);
            };
            bool under_plain_title = false;
            for (std::size_t hp = s.paragraph; hp-- > 0;)
                if (st.heading[hp]) {
                    under_plain_title = plain_title(hp) && !RE2::PartialMatch(sentence_text_of(t, paras[hp]), numbered_title);
                    break;
                }
            bool want = false;
            std::size_t read_in_block = 0;  // sentences read under the current plain title
            bool plain = false;
            for (std::size_t j = k + 1; j < seg.sentences.size(); ++j) {
                const auto& o = seg.sentences[j];
                const std::size_t op = o.paragraph;
                if (st.heading[op] && o.begin == paras[op].begin) {
                    // Only an item's title (a heading of no known part), not "2. Lovgrundlag".
                    const bool numbered = RE2::PartialMatch(sentence_text_of(t, paras[op]), numbered_title);
                    plain = under_plain_title && !numbered && plain_title(op);
                    want = (st.para_section[op] == structure::Section::other && numbered) || plain;
                    read_in_block = 0;
                    continue;
                }
                const auto osec = st.para_section[op];
                if (!want || !st.is_main_text(op) || osec != structure::Section::other) continue;
                if (plain && ++read_in_block > 3) {
                    want = false;
                    continue;
                }
                std::string otxt = sentence_text(t, o);
                Flags g = sentence_flags(otxt, c);
                if (!g.decisive() || g.procedural || c.history.matches(otxt) || (plain && c.reported.matches(otxt))) continue;
                any.add_merits(g);
                want = false;
            }
            break;
        }
    }
    // "Vi fastholder afgørelsen" with nothing else decided: the upheld decision's outcome.
    bool upheld_earlier = false;
    if (upheld && !any.decisive() && earlier.decisive()) {
        upheld_earlier = true;
        // Citizens complain about refusals, partial grants and stops: help mentioned as granted
        // beside them is context, not the decision upheld.
        if (earlier.refusal || earlier.partial || earlier.stop) earlier.grant = false;
        any.add_merits(earlier);
        // A reconsideration that upholds a refusal in part and grants the rest in its own words
        // ("Vækkeuret: Her har du fået ret. Du får udlånt et vækkeur … efter servicelovens § 112 …
        // Mobiltelefonen: Her holder vi fast i afgørelsen fra juli") has given partial medhold. Only
        // a sentence that decides: addressed to the citizen ("Du får", "Du har fået", not "Du kan
        // få"), under no condition, citing the § it grants under, and not in the rules, the facts or
        // the citizen's views.
        if (earlier.refusal && !any.grant) {
            // A condition opens the sentence or a clause ("…, hvis dit høretab bliver værre"); a
            // "når" inside a relative clause ("en modtager, der vibrerer, når det ringer på døren") is none.
            static const RE2 condition(lexicon::latin_letters(R"((?i)(?:^(?:hvis|såfremt|dersom|når|medmindre)|[^\pL](?:hvis|såfremt|dersom|medmindre))(?:[^\pL]|$))"));
            static const RE2 addressed(lexicon::latin_letters(R"(^(?:\S+ )?(?-i:Du|I|De|\p{Lu}\p{Ll}+) (?:får|har fået)(?:[^\pL]|$))"));
            static const RE2 section_sign(R"(§\s*\d)");
            for (const auto& s : seg.sentences) {
                const std::size_t p = s.paragraph;
                const auto sec = st.para_section[p];
                if (!st.is_main_text(p) || st.appeal[p] ||
                    (sec != structure::Section::result && sec != structure::Section::other && sec != structure::Section::none))
                    continue;
                const std::string stxt = sentence_text(t, s);
                if (c.history.matches(stxt) || c.reported.matches(stxt) || c.maintain.matches(stxt) ||
                    RE2::PartialMatch(stxt, condition) || !RE2::PartialMatch(stxt, addressed) || !RE2::PartialMatch(stxt, section_sign))
                    continue;
                const Flags f = sentence_flags(stxt, c);
                if (f.grant && !f.refusal && !f.procedural && !f.not_decision) {
                    any.grant = true;
                    break;
                }
            }
        }
    }
    // Item lines state one item's decision each, wherever they stand in the letter's own text (often
    // below the first sentences, one heading per item): a ticked box ("☒ Delvist") and the status
    // cell that ends a row of an item table whose header ends in a status column ("Ydelse  Omfang
    // Start  Slut  Status" … "Bevilget (ansøgt 8 timer)").
    {
        static const RE2 status_head(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:status|afgørelse|resultat)\s*$)"));
        static const RE2 status_cell(lexicon::latin_letters(
            R"((?i)(?:^|[^\pL])(ikke bevilget|ikke godkendt|delvist bevilget|delvis bevilget|delvist|delvis|bevilget|godkendt|afslag|afslået|ophører|ophørt|nedsat|bortfalder)\s*(?:\(([^)]*)\))?\s*$)"));
        static const RE2 ticked(R"((?:☒|☑|\[[xX✓✔]\]))");
        static const RE2 applied_note(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:ansøgt|søgt)(?:[^\pL]|$))"));
        // A table introduced as the help the citizen has today ("Her er en oversigt over den hjælp,
        // du har i dag") states no decision.
        const RE2& current_help = current_help_lead();
        Flags items;
        int count = 0;
        // One item's status word ("Ikke bevilget", "Delvist", "Ophører", "BEVILGET"): what it decides;
        // a grant with less than applied for noted beside it (`less_than_applied`) is partial.
        auto read_status = [&](const std::string& word, bool less_than_applied) {
            const std::string w = text::to_lower(word);
            ++count;
            if (w.rfind("ikke", 0) == 0 || w.rfind("afsl", 0) == 0) items.refusal = true;
            else if (w.rfind("delvi", 0) == 0) items.partial = true;
            else if (w.rfind("oph", 0) == 0 || w == "nedsat" || w == "bortfalder") items.stop = true;
            else if (less_than_applied) items.partial = true;
            else items.grant = true;
        };
        bool in_status_table = false;
        bool current_help_table = false;  // rows of a table of today's help, which decide nothing
        std::optional<std::size_t> lead_in;  // the paragraph before a table, its lead-in
        for (const auto& s : seg.sentences) {
            if (!st.is_main_text(s.paragraph) || (st.subject && s.paragraph <= *st.subject)) continue;
            if (st.para_section[s.paragraph] == structure::Section::citizen) continue;
            std::string stxt = sentence_text(t, s);
            std::size_t words = 1;
            for (char ch : stxt) words += ch == ' ';
            if (words >= 3 && words <= 14 && RE2::PartialMatch(stxt, status_head) && !RE2::PartialMatch(stxt, status_cell)) {
                current_help_table = lead_in && RE2::PartialMatch(sentence_text_of(t, paras[*lead_in]), current_help);
                in_status_table = !current_help_table;
                continue;
            }
            if (!in_status_table && !current_help_table) lead_in = s.paragraph;
            if (words > 30) in_status_table = current_help_table = false;  // running text again
            if (c.history.matches(stxt)) continue;
            if (RE2::PartialMatch(stxt, ticked)) {
                Flags f = sentence_flags(stxt, c);
                if (f.decisive() && !f.procedural) {
                    items.add_merits(f);
                    ++count;
                }
                continue;
            }
            // A row of the result part that ends in its status, with no header row above it
            // ("Ydelseskode 16.31 Fast betonrampe ved hoveddør Ikke bevilget").
            const bool result_row = !current_help_table && st.para_section[s.paragraph] == structure::Section::result &&
                                    paras[s.paragraph].kind != ParaKind::heading &&
                                    words >= 3 && words <= 25 && !stxt.empty() && stxt.back() != '.';
            std::string cell, note;
            // A field line that states one item's result ("Resultat      Ikke bevilget", "Status:
            // Bevilget som ansøgt: 1.000 kr. pr. måned"), under each item's own heading.
            static const RE2 field_status(lexicon::latin_letters(
                R"((?i)^(?:resultat|status|beslutning)\s*:?\s+(ikke bevilget|ikke godkendt|delvist bevilget|delvis bevilget|bevilget|godkendt|afslag|afslået|ophører|ophørt|nedsat|bortfalder)(?:[^\pL]|$)(.*)$)"));
            // "Bevilget som ansøgt", "Bevilget, som du har søgt om", "Bevilget (som ansøgt)", "Bevilget – som ansøgt".
            static const RE2 as_applied(lexicon::latin_letters(R"((?i)^[\s,(–—-]*som (?:(?:du|i|de) (?:har )?)?(?:an)?søgt(?:e)?(?: om)?(?:[^\pL]|$))"));
            std::string rest;
            if (RE2::FullMatch(stxt, field_status, &cell, &rest) && !RE2::PartialMatch(stxt, ticked)) {
                read_status(cell, RE2::PartialMatch(rest, applied_note) && !RE2::PartialMatch(rest, as_applied));
                continue;
            }
            // A status in capitals that opens or closes an item's line, wherever the line stands: "BEVILGET
            // SOM STANDARDMODEL: SuperNova …", "BEVILGET MED VILKÅR – Babyalarm …", "IKKE BEVILGET – Apple
            // Watch.", "Punktdisplay (Focus 40 Blue) IKKE BEVILGET.". Not a label in capitals ("GODKENDT
            // AF: Lise Hansen", "NEDSAT FUNKTIONSEVNE: …"), a header row ("HJÆLPEMIDDEL  ANSØGT  BEVILGET"),
            // a value of none or a date ("BEVILGET: 0 timer", "BEVILGET: 12. marts 2019"), a clause
            // ("… rengøring, som er BEVILGET.", "El-scooteren er ikke BEVILGET.") or a heading; nor the
            // rows of a table of the help the citizen has today.
            static const RE2 caps_open(lexicon::latin_letters(
                R"((?-i)^(?:[-–•*]\s*)?((?:IKKE |DELVIST |DELVIS )?BEVILGET|AFSLAG)(?: (?:SOM|MED) [A-ZÆØÅ]+)?(?:\s*:|\s+[–—-])\s+(?:\pL|[1-9]\d*\s+\pL))"));
            static const RE2 caps_close(R"((?-i)^(?:[-–•*]\s*)?([^,.:;]*?\p{Ll}[^,.:;]*?)\s((?:IKKE |DELVIST |DELVIS )?BEVILGET|AFSLAG)\s*\.?\s*$)");
            static const RE2 clause_word(R"((?i)(?:^|\s)(?:er|var|blev|bliver|ikke|også|heller|som|der|hvis|når|kan|vil|skal)(?:\s|$))");
            std::string title;
            if (!st.heading[s.paragraph] && !current_help_table &&
                (RE2::PartialMatch(stxt, caps_open, &cell) ||
                 (RE2::PartialMatch(stxt, caps_close, &title, &cell) && !RE2::PartialMatch(title, clause_word)))) {
                read_status(cell, false);
                continue;
            }
            if (!(in_status_table || result_row) || !RE2::PartialMatch(stxt, status_cell, &cell, &note)) continue;
            read_status(cell, RE2::PartialMatch(note, applied_note));  // "Bevilget (ansøgt 8 timer)"
        }
        if (count >= 2) any.add_merits(items);
    }
    // A table whose cells are known (a plain-text or Word table row, text::table_cells): the
    // decision column is the last header cell that names a decision ("Afgørelse", "Ny afgørelse 5.
    // november 2026", "Status"), wherever it stands among the columns, and each row's cell in that
    // column states one item's decision ("Afslag", "Bevilget, 750 kr. om måneden …", "Afslag
    // fastholdes – sendt til Ankestyrelsen").
    {
        Flags cells_read;
        if (read_decision_column(t, st, paras, cells_read)) any.add_merits(cells_read);
    }
    // A table in the letter's own text: after a header row, until running text again (more than 20
    // words), whether a row says what `row` looks for.
    auto table_row = [&](auto&& head, auto&& row) {
        bool in_table = false;
        for (const auto& s : seg.sentences) {
            if (!st.is_main_text(s.paragraph)) continue;
            std::string stxt = sentence_text(t, s);
            std::size_t words = 1;
            for (char ch : stxt) words += ch == ' ';
            if (head(stxt, words)) {
                in_table = true;
                continue;
            }
            if (words > 20) in_table = false;  // running text again
            if (in_table && row(stxt)) return true;
        }
        return false;
    };
    // An item refused by name in the reasoning ("Ståfunktionen bevilges ikke.") qualifies a full
    // grant: the item is the sentence's subject, a definite noun, and nothing is conditional.
    if (any.grant && !any.partial && !any.refusal && !any.stop) {
        static const RE2 item_refused(lexicon::latin_letters(
            R"((?-i)^(?:\p{Lu}\pL+(?:en|et|ne|erne))\s+(?:bevilges|godkendes|dækkes|ydes|tildeles)\s+(?:derfor\s+|heller\s+)?ikke(?:\s[^,]*)?[.!]?\s*$)"));
        for (const auto& s : seg.sentences) {
            if (!st.is_main_text(s.paragraph) || st.para_section[s.paragraph] != structure::Section::reasoning) continue;
            if (RE2::PartialMatch(sentence_text(t, s), item_refused)) {
                any.partial = true;
                break;
            }
        }
    }
    // An item table elsewhere in the letter's own text (often under the assessment) that grants
    // less than applied for, or refuses a row, qualifies a full grant. A smaller amount in a row does
    // not, where the grant says it gives what was applied for ("Du får 1.300 kr. om måneden, som du har
    // søgt om" over a table whose total is rounded); a refused row always does.
    if (any.grant && !any.partial && !any.refusal && !any.stop) {
        // "0 kr." is a zero amount of its own, not the end of "996,00 kr.".
        static const RE2 refused_row(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:afslag|afslået|ikke bevilget|ikke godkendt)(?:[^\pL]|$)|(?:^|[^\d.,])0(?:,00?)? kr(?:[^\pL]|$))"));
        if (table_row([](const std::string& h, std::size_t) { return table_head(h); },
                      [&](const std::string& r) { return (!granted_as_applied && amount_pair_less(r)) || RE2::PartialMatch(r, refused_row); }))
            any.partial = true;
    }
    // The application is often told under its own heading ("Hvad har du søgt om?") before the
    // result part: with none in the result part, the letter's own sentences saying what was
    // applied for are the application.
    if (applied.empty() && any.grant && !any.refusal && !granted_as_applied) {
        for (const auto& s : seg.sentences) {
            if (!st.is_main_text(s.paragraph) || st.para_section[s.paragraph] == structure::Section::appeal) continue;
            std::string stxt = sentence_text(t, s);
            if (tells_application(stxt, [&] { return sentence_flags(stxt, c).decisive(); }) && !c.history.matches(stxt) && !says_as_applied(stxt))
                applied.push_back(request_part(stxt));
        }
    }
    // Figures elsewhere ("gået ned fra 37 til 30 timer") are no application when the grant says it
    // gives what was applied for.
    if (any.grant && !any.refusal && !granted_as_applied && less_than_applied(applied, granted, others)) any.partial = true;
    // A full grant in the result part may be qualified later ("… hver 14. dag og ikke hver uge, som
    // du søgte om"): partial wording is specific enough to be read in all of the letter's own text.
    if (any.grant && !any.partial && !any.refusal && !any.stop) {
        for (const auto& s : seg.sentences) {
            if (!st.is_main_text(s.paragraph)) continue;
            std::string stxt = sentence_text(t, s);
            if (c.partial_anywhere.matches(stxt) && sentence_flags(stxt, c).partial && !c.history.matches(stxt)) {
                any.partial = true;
                break;
            }
        }
    }
    // A grant (or a refusal) in the result part qualified by a decision of the other kind that the
    // letter concludes further down, under its reasoning or per item: "Derfor kan vi ikke bevilge de
    // øvrige 12 timer", "Du får hjælp til tøjvask hver 2. uge, som du har søgt om".
    if (any.grant != any.refusal && !any.partial && !any.stop && !any.procedural) {
        static const RE2 concluded(lexicon::latin_letters(
            R"((?i)(?:^|[^\pL])(?:derfor|dermed|på den baggrund|således|de øvrige|den øvrige|det øvrige|resten|det er (?:grunden|årsagen) til)(?:[^\pL]|$))"));
        std::set<std::size_t> read(area_sentences.begin(), area_sentences.end());
        for (std::size_t k = 0; k < seg.sentences.size(); ++k) {
            const auto& s = seg.sentences[k];
            if (read.count(k) || !st.is_main_text(s.paragraph) || (st.subject && s.paragraph <= *st.subject)) continue;
            auto sec = st.para_section[s.paragraph];
            if (sec == structure::Section::citizen || sec == structure::Section::facts || sec == structure::Section::legal_basis) continue;
            std::string stxt = sentence_text(t, s);
            if (c.history.matches(stxt) || c.maintain.matches(stxt)) continue;
            Flags f = sentence_flags(stxt, c);
            if (f.grant == f.refusal || f.stop || f.procedural) continue;
            const bool other_kind = any.grant ? f.refusal : f.grant;
            // "…, men den indgår heller ikke i jeres ansøgte beløb": nothing of the application refused
            // (outcome.txt [not-applied]; a reimbursement refused for buying first is [not-applied-not]).
            if (!other_kind || (f.refusal && c.not_applied.matches(stxt))) continue;
            // A result that says it grants more than was applied for ("Du får altså mere hjælp, end du
            // søgte om") is not qualified by what the reasons say the citizen does not get besides
            // ("Derfor får du ikke hjælp til påklædning eller morgenmad"), unless the refusal names
            // something the letter says was applied for.
            if (any.grant && granted_beyond && !names_request(letter_requests, stxt)) continue;
            // A result that grants what was applied for ("Du får det, du har søgt om: genoptræning …")
            // is not qualified by the reasons' refusal of another law for the same help ("Derfor kan
            // du ikke få genoptræning efter sundhedsloven"): the help is granted under this one.
            static const RE2 other_law(lexicon::latin_letters(R"((?i)(?:^|[^\pL])efter (?:\pL+loven|\pL+lovens|lov om|barnets lov)(?:[^\pL]|$))"));
            if (any.grant && granted_as_applied && f.refusal && RE2::PartialMatch(stxt, other_law)) continue;
            // A grant further down must say it grants: "du kan få den hjælp, du har brug for, i din egen
            // lejlighed" in a refusal's reasoning points to help elsewhere.
            // "Vi giver dig ikke 8 timer om ugen" beside a grant of 5 timer: the refused quantity is
            // more than the granted one of the same kind, so the grant is less than asked for.
            // (Not a ceiling: "Vi dækker ikke udgifter over 15.000 kr.")
            static const RE2 ceiling(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:over|mere end|højst|op til|maksimalt|ud over|ud fra) \d)"));
            const bool firm = f.refusal ? RE2::PartialMatch(stxt, concluded) ||
                                              (!granted.empty() && !RE2::PartialMatch(stxt, ceiling) && less_than_applied({stxt}, granted, {}))
                                        : says_as_applied(stxt) || (RE2::PartialMatch(stxt, concluded) && says_grants(stxt));
            if (firm) {
                any.partial = true;
                break;
            }
        }
    }
    // A reconsideration that grants one thing and upholds another ("Rengøring … (du får ret)",
    // "Bad … (fastholdt)") changes the decision in part.
    if (upheld_apart && any.grant && !any.refusal && !any.stop) any.partial = true;
    // A table comparing the help before and now ("Indsats  Før  Nu", "Hidtil  Fremover") in which a
    // row ends ("Ophører") states a reduction or stop after a revisitation, wherever it stands.
    if (!any.stop && !any.partial && !any.refusal) {
        static const RE2 change_head(lexicon::latin_letters(
            R"((?i)(?:^|[^\pL])(?:før|hidtil|tidligere|nuværende)(?:[^\pL]|$)(?:.*[^\pL])?(?:nu|fremover|fremtidig|ny|nye|efter)(?:[^\pL]|$))"));
        // "Før du får ny hjælp, …" is a clause of time, not a column.
        static const RE2 clause(lexicon::latin_letters(R"((?i)(?:^|[^\pL])før (?:du|vi|i|de|kommunen|han|hun|der|det|vores|din|jeres)(?:[^\pL]|$))"));
        static const RE2 row_ends(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:ophører|ophørt|bortfalder|stopper|udgår)(?:[^\pL]|$))"));
        if (table_row(
                [&](const std::string& h, std::size_t words) {
                    return words <= 14 && RE2::PartialMatch(h, change_head) && !RE2::PartialMatch(h, clause) &&
                           !c.history.matches(h);
                },
                [](const std::string& r) { return RE2::PartialMatch(r, row_ends); }))
            any.stop = true;
    }
    // The labelled result that no other item of the result contradicts is the outcome: the scans of
    // the rest of the letter above are for letters that do not say their result ("Om medicinen: Vi
    // har godkendt beløbet" under the calculation is no second decision).
    if (label_at && !label_contradicted)
        any.grant = labelled.grant, any.partial = labelled.partial, any.refusal = labelled.refusal, any.stop = labelled.stop;
    if ((subject.not_decision && !subject.decisive()) || (area.not_decision && !any.decisive()))
        el.outcome = Outcome::ikke_afgoerelse;
    // A procedural answer (dismissed, forwarded) is the outcome only when nothing was decided on
    // the merits: "… sendt din ansøgning videre til Hjælpemiddelteamet" beside a refusal is context.
    else if (any.procedural && !any.grant && !any.partial && !any.refusal && !any.stop) el.outcome = Outcome::afslag;
    else if (any.stop && (!any.partial || (partial_replaces && !partial_firm))) el.outcome = Outcome::ophoer;
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
    // A reconsideration after a complaint names itself in the subject or its first sentences ("Vi
    // har set på din sag igen efter din klage", "Du klagede den 24. juli over vores afgørelse …";
    // outcome.txt [reconsideration]).
    bool reconsideration = false;
    {
        if (st.subject && c.reconsideration.matches(sentence_text_of(t, paras[*st.subject]))) reconsideration = true;
        for (std::size_t n = 0; n < area_sentences.size() && n < 6 && !reconsideration; ++n)
            if (c.reconsideration.matches(sentence_text(t, seg.sentences[area_sentences[n]]))) reconsideration = true;
    }
    // The quantity each decided item states, and what was applied for of the same kind in the
    // application sentence about the same help (or the letter's only application sentence).
    {
        std::vector<std::string> applications;
        for (const auto& s : seg.sentences) {
            if (!st.is_main_text(s.paragraph) || st.para_section[s.paragraph] == structure::Section::citizen) continue;
            std::string stxt = sentence_text(t, s);
            // An application sentence, not a grant that says it gives what was applied for ("… et
            // lån på 186.500 kr., som De har søgt om"); only what it asks for, not its reason ("…,
            // fordi du er gået ned fra 37 til 30 timer om ugen").
            std::optional<bool> decisive;  // read once, and only when asked
            auto decides = [&] {
                if (!decisive) decisive = sentence_flags(stxt, c).decisive();
                return *decisive;
            };
            if (!tells_application(stxt, decides) || c.history.matches(stxt) || says_as_applied(stxt) || decides())
                continue;
            applications.push_back(request_part(std::move(stxt)));
        }
        for (auto& item : el.items) {
            const std::string stxt = t.text.substr(item.at.begin, item.at.end - item.at.begin);
            const auto found = quantities(stxt);
            if (found.empty()) continue;
            // "nedsættes fra 37 timer om ugen til 20 timer om ugen": the new figure is the one decided.
            const bool changed = found.size() >= 2 && found[1].kind == found[0].kind &&
                                 stxt.substr(found[0].pos, found[1].pos - found[0].pos).find(" til ") != std::string::npos;
            const Quantity& decided = changed ? found[1] : found.front();
            item.decided = decided.text;
            const auto stems = content_stems(stxt);
            for (const auto& app : applications) {
                if (app == stxt || !item.applied.empty()) continue;
                bool same = applications.size() == 1;
                for (const auto& w : content_stems(app)) same = same || stems.count(w) > 0;
                if (!same) continue;
                for (const auto& q : quantities(app))
                    if (q.kind == decided.kind) {
                        item.applied = q.text;
                        // Less than applied for: the item is granted in part.
                        if (item.outcome == Outcome::bevilling && quantity_less(q, decided)) item.outcome = Outcome::delvis;
                        break;
                    }
            }
        }
    }
    // A reconsideration that grants and also sends the complaint on to the appeals body ("Din klage
    // over rengøringen er derfor sendt videre til Ankestyrelsen i dag") has not given full medhold:
    // the part forwarded is upheld.
    if (reconsideration && el.outcome == Outcome::bevilling) {
        // "… er derfor ikke sendt videre" forwards nothing; "Da vi ikke har givet dig ret i den del, …,
        // har vi i dag sendt din klage …" does: a leading clause of reason is read past.
        static const RE2 condition(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:hvis|såfremt|dersom|når|medmindre|ikke)(?:[^\pL]|$))"));
        static const RE2 reason_clause(R"((?i)^(?:da|fordi|eftersom|idet)\s[^,]*(?:,\s*(?:der|som|hvor)\s[^,]*)*,\s*)");
        for (const auto& s : seg.sentences) {
            const auto& p = paras[s.paragraph];
            if ((p.zone != Zone::body && p.zone != Zone::footnote) || st.quoted[s.paragraph] ||
                st.para_section[s.paragraph] == structure::Section::appendix)
                continue;
            const std::string stxt = sentence_text(t, s);
            std::string main_clause = stxt;
            RE2::Replace(&main_clause, reason_clause, "");
            if (!c.forwarded_complaint.matches(stxt) || RE2::PartialMatch(main_clause, condition)) continue;
            el.outcome = Outcome::delvis;
            any.partial = true;
            el.requires_reasoning = true;
            break;
        }
    }
    // An item granted with less than applied for makes a full grant partial.
    if (el.outcome == Outcome::bevilling &&
        std::any_of(el.items.begin(), el.items.end(), [](const Elements::Item& i) { return i.outcome == Outcome::delvis; })) {
        el.outcome = Outcome::delvis;
        any.partial = true;
        el.requires_reasoning = true;
    }
    // The last resort: no cue read the result, but the subject or a sentence of the result part
    // refuses in a general form ("Vi bytter ikke rollatoren", "Oliver henvises ikke til
    // specialskole"; outcome.txt [refusal-generic]). The letter is read as a refusal, never as
    // certain (no fejl rests on it); `any` is left alone, so it does not make a letter a decision.
    // A full grant is left alone: its result part holds many negated sentences that refuse nothing
    // ("Ydelsen beskattes ikke", "Vi henter ikke din gamle rollator").
    bool generic = false;
    if (el.outcome == Outcome::ukendt) {
        static const RE2 condition(lexicon::latin_letters(R"((?i)(?:^(?:[-–•*]\s*)?|, )(?:hvis|såfremt|når|dersom|medmindre|hvorfor|hvad)(?:[^\pL]|$))"));
        auto refuses = [&](const std::string& x) {
            return c.refusal_generic.matches(x) && !c.refusal_generic_not.matches(x) && !RE2::PartialMatch(x, condition) &&
                   (x.empty() || x.back() != '?') && !c.history.matches(x) && !c.reported.matches(x);
        };
        Evidence at;
        if (st.subject && refuses(sentence_text_of(t, paras[*st.subject]))) at.set(paras[*st.subject].begin, paras[*st.subject].end);
        for (std::size_t k : area_sentences) {
            if (at.found) break;
            if (refuses(sentence_text(t, seg.sentences[k]))) at.set(seg.sentences[k].begin, seg.sentences[k].end);
        }
        if (at.found) {
            generic = true;
            el.outcome = Outcome::afslag;
            el.result = at;
            el.requires_reasoning = true;
            el.items.push_back({Outcome::afslag, at, {}, {}});  // the refused item, as every report lists items
        }
    }
    return {any, decisive_sentence, upheld_earlier, reconsideration, generic};
}

}  // namespace klartjek::legal::detail
