#include "serve/languagetool.hpp"

#include <algorithm>

#include "core/error.hpp"
#include "core/pipeline.hpp"
#include "extract/extract.hpp"
#include "plain/readability.hpp"
#include "plain/spelling.hpp"
#include "rules/registry.hpp"
#include "text/cpr.hpp"
#include "text/utf8.hpp"

namespace klartjek::serve {

namespace {

constexpr const char* kVersion = "0.2.0";
constexpr std::size_t kContextChars = 40;  // code points either side, as LanguageTool's default

int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string url_decode(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '+') {
            out += ' ';
        } else if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
            out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

const std::string* field(const std::multimap<std::string, std::string>& f, const std::string& k) {
    auto it = f.find(k);
    return it == f.end() ? nullptr : &it->second;
}

bool accepted_language(std::string l) {
    for (char& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return l == "da" || l == "da-dk" || l == "auto";
}

// A language code shown back in an error: letters, digits and '-' only, at most 20 of them.
std::string shown_code(const std::string& l) {
    std::string out;
    for (char c : l)
        if (out.size() < 20 && (std::isalnum(static_cast<unsigned char>(c)) || c == '-')) out += c;
    return out;
}

void append_mapped(LtText& t, std::string_view checked_part, std::uint32_t submitted_at, bool one_to_one) {
    for (std::size_t i = 0; i < checked_part.size(); ++i) {
        t.checked += checked_part[i];
        t.to_submitted.push_back(one_to_one ? submitted_at + static_cast<std::uint32_t>(i) : submitted_at);
    }
}

// Letters or digits between two words of the input mean the word was not found where expected.
bool plain_gap(std::string_view g) {
    if (g.size() > 64) return false;
    for (std::size_t i = 0; i < g.size();) {
        char32_t c = text::next_codepoint(g, i);
        if (text::is_letter(c) || text::is_digit(c)) return false;
    }
    return true;
}

bool ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Moves `i` back (dir < 0) or forward over up to n code points of s.
std::size_t step_codepoints(std::string_view s, std::size_t i, std::size_t n, int dir) {
    for (std::size_t k = 0; k < n; ++k) {
        if (dir < 0) {
            if (i == 0) break;
            text::prev_codepoint(s, i);
        } else {
            if (i >= s.size()) break;
            text::next_codepoint(s, i);
        }
    }
    return i;
}

struct Category {
    const char* id;
    const char* name;
    const char* issue_type;
};

// LibreOffice colours the underline by category id: TYPOS red, STYLE blue, anything else orange.
Category category_of(const std::string& rule) {
    auto starts = [&](const char* p) { return rule.rfind(p, 0) == 0; };
    if (starts("spell-")) return {"TYPOS", "Stavning", "misspelling"};
    if (starts("plain-")) return {"STYLE", "Klarsprog", "style"};
    if (starts("legal-") || starts("appeal-")) return {"KLARTJEK_LEGAL", "Forvaltningsret", "legal"};
    if (starts("privacy-")) return {"KLARTJEK_PRIVACY", "Persondata", "legal"};
    if (starts("template-")) return {"KLARTJEK_TEMPLATE", "Skabelonrester", "uncategorized"};
    return {"KLARTJEK", "klartjek", "uncategorized"};
}

// Rules that judge a single passage. The others judge the letter's parts (a missing legal basis,
// reasoning or appeal guidance) and need the whole letter: LibreOffice sends one paragraph at a
// time, where they would be wrong.
bool passage_rule(const std::string& rule) {
    for (const char* p : {"spell-", "plain-", "privacy-", "template-", "legal-ref-"})
        if (rule.rfind(p, 0) == 0) return true;
    return false;
}

nlohmann::ordered_json language_json() {
    return {{"name", "Danish"},
            {"code", "da-DK"},
            {"detectedLanguage", {{"name", "Danish"}, {"code", "da-DK"}, {"confidence", 1.0}}}};
}

}  // namespace

std::multimap<std::string, std::string> parse_urlencoded(std::string_view body) {
    std::multimap<std::string, std::string> out;
    std::size_t i = 0;
    while (i <= body.size()) {
        std::size_t amp = body.find('&', i);
        if (amp == std::string_view::npos) amp = body.size();
        std::string_view pair = body.substr(i, amp - i);
        if (!pair.empty()) {
            std::size_t eq = pair.find('=');
            if (eq == std::string_view::npos) out.emplace(url_decode(pair), "");
            else out.emplace(url_decode(pair.substr(0, eq)), url_decode(pair.substr(eq + 1)));
        }
        i = amp + 1;
    }
    return out;
}

std::vector<std::uint32_t> utf16_prefix(std::string_view s) {
    std::vector<std::uint32_t> out(s.size() + 1, 0);
    std::uint32_t units = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t start = i;
        char32_t c = text::next_codepoint(s, i);
        for (std::size_t k = start; k < i; ++k) out[k] = units;
        units += c >= 0x10000 && c <= 0x10FFFF ? 2 : 1;
    }
    out[s.size()] = units;
    return out;
}

OffsetMap map_to_input(const NormalizedText& n, std::string_view in) {
    struct M {
        std::uint32_t nb, ne, ib, ie;
    };
    const std::string& t = n.text;
    std::vector<M> ms;
    ms.reserve(n.spans.size());
    std::size_t cur = 0;
    for (const auto& sp : n.spans) {
        if (sp.end <= sp.begin || sp.end > t.size()) continue;
        std::string_view w(t.data() + sp.begin, sp.end - sp.begin);
        std::size_t pos = in.find(w, cur);
        if (pos != std::string_view::npos && plain_gap(in.substr(cur, pos - cur))) {
            ms.push_back({sp.begin, sp.end, static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + w.size())});
            cur = pos + w.size();
        } else {
            // Normalisation changed the word (ligature, NFC, a control character): take the next
            // run of non-space input as its source.
            std::size_t s = cur;
            while (s < in.size() && ascii_space(in[s])) ++s;
            std::size_t e = s;
            while (e < in.size() && !ascii_space(in[e])) ++e;
            ms.push_back({sp.begin, sp.end, static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(e)});
            cur = e;
        }
    }
    const auto n_size = t.size();
    const auto in_size = static_cast<std::uint32_t>(in.size());
    OffsetMap m;
    m.begin.resize(n_size + 1);
    m.end.resize(n_size + 1);
    auto inside = [](const M& x, std::size_t o) {
        return x.ib + static_cast<std::uint32_t>(std::min<std::size_t>(o - x.nb, x.ie - x.ib));
    };
    std::size_t k = 0, j = 0;
    for (std::size_t o = 0; o <= n_size; ++o) {
        while (k < ms.size() && ms[k].ne <= o) ++k;  // first span ending after o
        if (k < ms.size() && ms[k].nb <= o) m.begin[o] = inside(ms[k], o);
        else m.begin[o] = k < ms.size() ? ms[k].ib : in_size;
        while (j < ms.size() && ms[j].ne < o) ++j;  // first span ending at or after o
        if (j < ms.size() && ms[j].nb < o) m.end[o] = inside(ms[j], o);
        else m.end[o] = j > 0 ? ms[j - 1].ie : 0;
    }
    return m;
}

LtText lt_parse(const std::multimap<std::string, std::string>& fields) {
    const std::string* lang = field(fields, "language");
    if (!lang || lang->empty()) throw LtError(400, "Error: Missing 'language' parameter. Use language=da-DK (klartjek checks Danish letters only).");
    if (!accepted_language(*lang))
        throw LtError(400, "Error: '" + shown_code(*lang) +
                               "' is not a language code known to this server. Supported language codes are: da, da-DK, auto (klartjek checks Danish letters only).");
    LtText t;
    if (const std::string* text = field(fields, "text")) {
        t.submitted = *text;
        append_mapped(t, *text, 0, true);
    } else if (const std::string* data = field(fields, "data")) {
        auto j = nlohmann::json::parse(*data, nullptr, false);
        if (j.is_discarded() || !j.is_object() || !j.contains("annotation") || !j["annotation"].is_array())
            throw LtError(400, "Error: 'data' must be JSON like {\"annotation\":[{\"text\":\"...\"},{\"markup\":\"...\"}]}");
        for (const auto& part : j["annotation"]) {
            if (!part.is_object()) throw LtError(400, "Error: every element of 'annotation' must be an object with 'text' or 'markup'");
            const auto at = static_cast<std::uint32_t>(t.submitted.size());
            if (part.contains("text") && part["text"].is_string()) {
                const std::string s = part["text"].get<std::string>();
                t.submitted += s;
                append_mapped(t, s, at, true);
            } else if (part.contains("markup") && part["markup"].is_string()) {
                t.submitted += part["markup"].get<std::string>();
                if (part.contains("interpretAs") && part["interpretAs"].is_string())
                    append_mapped(t, part["interpretAs"].get<std::string>(), at, false);
            } else {
                throw LtError(400, "Error: every element of 'annotation' must have a string 'text' or 'markup'");
            }
        }
    } else {
        throw LtError(400, "Error: Missing 'text' or 'data' parameter");
    }
    if (text::first_invalid_utf8(t.submitted) != std::string::npos)
        throw LtError(400, "Error: the text is not valid UTF-8");
    t.to_submitted.push_back(static_cast<std::uint32_t>(t.submitted.size()));
    return t;
}

nlohmann::ordered_json lt_languages() {
    return nlohmann::ordered_json::array({{{"name", "Danish"}, {"code", "da"}, {"longCode", "da-DK"}}});
}

nlohmann::ordered_json lt_check(const LtText& t, const lexicon::Lexicons& lex, const config::Config* config) {
    nlohmann::ordered_json out;
    out["software"] = {{"name", "klartjek"}, {"version", kVersion}, {"buildDate", ""}, {"apiVersion", 1},
                       {"premium", false}, {"status", ""}};
    out["warnings"] = {{"incompleteResults", false}};
    out["language"] = language_json();
    auto matches = nlohmann::ordered_json::array();

    Analysis a;
    bool analysed = false;
    if (std::any_of(t.checked.begin(), t.checked.end(), [](char c) { return !ascii_space(c); })) {
        try {
            AnalyseOptions opt;
            opt.config = config;
            opt.lexicons = &lex;
            a = analyse_document(extract::extract_text(t.checked, "tekst"), opt);
            analysed = true;
        } catch (const InputError&) {
            // No letter text at all (only spaces, controls …): nothing to underline.
        }
    }
    if (analysed) {
        const OffsetMap m = map_to_input(a.text, t.checked);
        const auto u16 = utf16_prefix(t.submitted);
        std::string shown = t.submitted;  // context and sentence come from here: CPR numbers masked
        text::mask_cpr(shown, lex);
        auto to_sub = [&](std::uint32_t checked_off) { return t.to_submitted[std::min<std::size_t>(checked_off, t.checked.size())]; };
        const bool whole_letter = a.text.paragraphs.size() > 1;
        if (!whole_letter && !a.elements.scope.readable && a.segments.words.size() > 0) {
            // The analysis judges too short a text as no letter at all and runs no rules; a
            // paragraph from an editor is a passage, not a letter: run the passage rules on it.
            // (Only here: what the analysis decides for a letter is unchanged.)
            legal::Elements el = a.elements;
            el.scope.readable = true;
            const auto running = plain::running_sentences(a.text, a.segments, el);
            std::vector<std::string> ids;
            for (const auto& r : rules::registry())
                if (passage_rule(std::string(r.id))) ids.emplace_back(r.id);
            rules::Context ctx{a.text, a.segments, el, running, a.readability, lex, config};
            auto found = rules::run(ctx, &ids);
            if (config) config::apply(*config, a.text, found);
            std::stable_sort(found.begin(), found.end(), [](const Finding& x, const Finding& y) {
                return x.begin != y.begin ? x.begin < y.begin : x.rule < y.rule;
            });
            a.findings.insert(a.findings.end(), found.begin(), found.end());
        }
        for (const auto& f : a.findings) {
            if (f.end <= f.begin || f.end > a.text.text.size()) continue;
            if (!whole_letter && !passage_rule(f.rule)) continue;
            std::uint32_t sb = to_sub(m.begin[f.begin]);
            std::uint32_t se = to_sub(m.end[f.end]);
            if (se < sb) se = sb;
            const auto* info = rules::find(f.rule);
            const Category cat = category_of(f.rule);

            nlohmann::ordered_json mt;
            std::string message = f.message;
            if (!f.suggestion.empty()) message += " " + f.suggestion;
            mt["message"] = message;
            mt["shortMessage"] = info ? std::string(info->description) : std::string();
            auto reps = nlohmann::ordered_json::array();
            if (f.rule.rfind("spell-", 0) == 0)
                for (const auto& s : plain::suggestions(std::string_view(a.text.text).substr(f.begin, f.end - f.begin), lex, 5))
                    reps.push_back({{"value", s}});
            mt["replacements"] = reps;
            mt["offset"] = u16[sb];
            mt["length"] = u16[se] - u16[sb];
            const std::size_t cb = step_codepoints(shown, sb, kContextChars, -1);
            const std::size_t ce = step_codepoints(shown, se, kContextChars, +1);
            std::string ctx = shown.substr(cb, ce - cb);
            for (char& c : ctx)
                if (c == '\n' || c == '\r' || c == '\t') c = ' ';
            mt["context"] = {{"text", ctx}, {"offset", u16[sb] - u16[cb]}, {"length", u16[se] - u16[sb]}};
            std::string sentence;
            for (const auto& s : a.segments.sentences)
                if (s.begin <= f.begin && f.begin < s.end) {
                    std::uint32_t b = to_sub(m.begin[s.begin]), e = to_sub(m.end[s.end]);
                    if (e > b) sentence = shown.substr(b, e - b);
                    break;
                }
            mt["sentence"] = sentence;
            mt["type"] = {{"typeName", "Other"}};
            mt["rule"] = {{"id", f.rule},
                          {"description", info ? std::string(info->description) : f.rule},
                          {"issueType", cat.issue_type},
                          {"category", {{"id", cat.id}, {"name", cat.name}}}};
            // LanguageTool's "urls": the client offers the rule's source as "more information".
            if (info && !info->source_url.empty()) mt["rule"]["urls"] = nlohmann::ordered_json::array({{{"value", info->source_url}}});
            mt["ignoreForIncompleteSentence"] = false;
            mt["contextForSureMatch"] = 0;
            matches.push_back(std::move(mt));
        }
    }
    out["matches"] = matches;
    return out;
}

}  // namespace klartjek::serve
