#include "rules/plain-compound-long.hpp"

#include <set>
#include <fmt/format.h>

#include "lexicon/lexicon.hpp"
#include "plain/readability.hpp"
#include "text/utf8.hpp"
#include "plain/spelling.hpp"

namespace klartjek::rules {

void check_plain_compound_long(const Context& c, Findings& out) {
    const auto& lex = c.lex.file("plain_language.txt");
    const auto min_letters = static_cast<std::size_t>(threshold(c, "long_compound_letters"));
    const auto& running = c.running;
    std::set<std::string> seen;
    std::string_view text(c.text.text);
    std::size_t w = 0;
    for (std::size_t k = 0; k < c.segments.sentences.size(); ++k) {
        const auto& s = c.segments.sentences[k];
        while (w < c.segments.words.size() && c.segments.words[w].begin < s.begin) ++w;
        if (!running[k]) continue;
        for (std::size_t i = w; i < c.segments.words.size() && c.segments.words[i].end <= s.end; ++i) {
            std::string_view word = text.substr(c.segments.words[i].begin, c.segments.words[i].end - c.segments.words[i].begin);
            if (plain::letters(word) < min_letters || word.find('-') != std::string_view::npos) continue;
            if (plain::url_or_mail_context(text, c.segments.words[i].begin, c.segments.words[i].end)) continue;
            std::string lower = text::to_lower(word);
            bool exempt = false;
            for (const auto& stem : lex.section("long-compound-exempt"))
                if (lower.rfind(text::to_lower(stem), 0) == 0) exempt = true;
            if (exempt) continue;
            if (!seen.insert(std::string(word)).second) continue;
            legal::Evidence at;
            at.set(c.segments.words[i].begin, c.segments.words[i].end);
            report(out, "plain-compound-long", Severity::info,
                   fmt::format("\"{}\" er et meget langt ord ({} bogstaver).", word, plain::letters(word)),
                   "Skriv det med flere ord, f.eks. \"beregningen af dine merudgifter\" i stedet for \"merudgiftsberegningen\".",
                   at);
        }
    }
}

}  // namespace klartjek::rules
