#include "rules/template-leftover.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <memory>

#include "legal/cue_lexicon.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/patterns.hpp"
#include <stdexcept>

namespace klartjek::rules {

namespace {

struct Patterns {
    // One RE2 each, not one RE2::Set: the bounded repetitions of Unicode classes these patterns
    // need ("«Fornavn»" is at most 40 letters) make a set larger than RE2's memory budget, and a
    // letter has few paragraphs.
    std::vector<std::unique_ptr<RE2>> placeholder, help, note;

    explicit Patterns(const lexicon::Lexicons& lexicons) {
        RE2::Options o;
        o.set_case_sensitive(false);
        o.set_log_errors(false);
        const auto& lex = lexicons.file("template.txt");
        for (const auto& p : legal::cue_patterns(lex, "placeholder"))
            placeholder.push_back(compile(p, o));
        for (const auto& p : legal::cue_patterns(lex, "help-text"))
            help.push_back(compile(p, o));
        for (const auto& p : legal::cue_patterns(lex, "annotation"))
            note.push_back(compile(p, o));
    }
    static std::unique_ptr<RE2> compile(const std::string& p, const RE2::Options& o) {
        auto re = std::make_unique<RE2>(lexicon::unicode_boundaries(p), o);
        if (!re->ok()) throw std::runtime_error("lexicons/template.txt: bad pattern '" + p + "': " + re->error());
        return re;
    }
    static const Patterns& get(const lexicon::Lexicons& lex) {
        return lex.compiled<Patterns>("rules/template-leftover", [](const lexicon::Lexicons& l) { return Patterns(l); });
    }
};

bool edge(char ch) { return ch == ' ' || ch == '(' || ch == ',' || ch == ';' || ch == ')'; }

}  // namespace

void check_template_leftover(const Context& c, Findings& out) {
    const auto& pats = Patterns::get(c.lex);
    const std::string& text = c.text.text;
    std::size_t reported = 0;
    constexpr std::size_t kMax = 20;  // a template left entirely unfilled needs no more to be seen
    for (const auto& para : c.text.paragraphs) {
        std::string_view s(text.data() + para.begin, para.end - para.begin);
        // Leftovers in this paragraph, in text order, without overlaps.
        std::vector<std::pair<std::size_t, std::size_t>> hits;
        std::vector<int> kinds;  // 0 placeholder, 1 help text, 2 a reviewer's comment
        for (int kind = 0; kind < 3; ++kind)
            for (const auto& re : kind == 0 ? pats.placeholder : kind == 1 ? pats.help : pats.note) {
                re2::StringPiece input(s.data(), s.size()), m;
                std::size_t pos = 0;
                while (pos <= s.size() && re->Match(input, pos, s.size(), RE2::UNANCHORED, &m, 1)) {
                    std::size_t b = static_cast<std::size_t>(m.data() - s.data()), e = b + m.size();
                    std::size_t tb = b, te = e;
                    while (tb < te && edge(s[tb])) ++tb;  // the rewritten \b takes a neighbour along
                    while (te > tb && edge(s[te - 1])) --te;
                    if (te > tb) {
                        hits.push_back({tb, te});
                        kinds.push_back(kind);
                    }
                    pos = e > pos ? e : pos + 1;
                }
            }
        std::vector<std::size_t> order(hits.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            // Longest first at the same start: "xx-xx-xxxx" is one leftover, not three.
            if (hits[a].first != hits[b].first) return hits[a].first < hits[b].first;
            if (hits[a].second != hits[b].second) return hits[a].second > hits[b].second;
            return kinds[a] > kinds[b];  // "[slettet af AKN: …]" is a reviewer's mark before it is a placeholder
        });
        std::size_t last_end = 0;
        for (std::size_t i : order) {
            auto [b, e] = hits[i];
            if (b < last_end) continue;
            last_end = e;
            if (reported++ >= kMax) return;
            legal::Evidence where;
            where.set(para.begin + static_cast<std::uint32_t>(b), para.begin + static_cast<std::uint32_t>(e));
            if (kinds[i] == 2)
                report(out, "template-leftover", Severity::error,
                       "Brevet indeholder en kommentar eller en rettelse fra udkastet, som ikke er fjernet. Et brev med kommentarer må ikke sendes.",
                       "Gennemfør rettelsen, og slet kommentaren og den tekst, der er markeret som slettet.", where);
            else if (kinds[i] == 1)
                report(out, "template-leftover", Severity::error,
                       "Brevet indeholder hjælpetekst fra skabelonen, som ikke er slettet. Et brev med skabelontekst må ikke sendes.",
                       "Slet hjælpeteksten, og skriv det, den beder om, med brevets egne oplysninger.", where);
            else
                report(out, "template-leftover", Severity::error,
                       "Brevet indeholder en pladsholder eller et flettefelt, som ikke er udfyldt. Et brev med pladsholdere må ikke sendes.",
                       "Udfyld feltet med de rigtige oplysninger, eller slet det, før brevet sendes.", where);
        }
    }
}

}  // namespace klartjek::rules
