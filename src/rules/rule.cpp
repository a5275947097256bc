#include "rules/rule.hpp"

#include "lexicon/lexicon.hpp"

namespace klartjek::rules {

void report(Findings& out, const char* rule, Severity sev, std::string message, std::string suggestion,
            const legal::Evidence& where) {
    Finding f;
    f.rule = rule;
    f.severity = sev;
    f.message = std::move(message);
    f.suggestion = std::move(suggestion);
    if (where.found) {
        f.begin = where.begin;
        f.end = where.end;
    }
    out.push_back(std::move(f));
}

double threshold(const Context& c, const std::string& key) {
    if (c.config) return c.config->threshold(key, c.lex);
    return c.lex.file("plain_language.txt").number("thresholds", key);
}

legal::Evidence sentence_at(const Context& c, std::uint32_t offset) {
    legal::Evidence e;
    for (const auto& s : c.segments.sentences)
        if (s.begin <= offset && offset < s.end) {
            e.set(s.begin, s.end);
            return e;
        }
    e.set(offset, offset + 1);
    return e;
}

legal::Evidence anchor(const Context& c) {
    if (c.el.result.found) return c.el.result;
    legal::Evidence e;
    for (const auto& s : c.segments.sentences)
        if (c.text.paragraphs[s.paragraph].zone == Zone::body) {
            e.set(s.begin, s.end);
            break;
        }
    return e;
}

}  // namespace klartjek::rules
