#include "plain/spelling.hpp"

#include <hunspell/hunspell.h>

#include <fstream>
#include <mutex>
#include <unordered_map>

#include "lexicon/lexicon.hpp"
#include "text/cpr.hpp"
#include "text/utf8.hpp"

namespace klartjek::plain {

namespace {

// One Hunspell dictionary per Lexicons value (spelling_da.txt's words are added to it), with the
// words `add_user_words` gives. Its caches change under a lock; what it answers does not.
class Speller {
public:
    static const Speller& get(const lexicon::Lexicons& lex) { return lex.compiled<Speller>("plain/speller"); }
    explicit Speller(const lexicon::Lexicons& lex) {
        const char* dirs[] = {"/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell"};
        for (const char* d : dirs) {
            std::string aff = std::string(d) + "/da_DK.aff", dic = std::string(d) + "/da_DK.dic";
            if (std::ifstream(aff) && std::ifstream(dic)) {
                h_ = Hunspell_create(aff.c_str(), dic.c_str());
                break;
            }
        }
        if (h_)
            for (const auto& w : lex.file("spelling_da.txt").section("words")) Hunspell_add(h_, w.c_str());
    }
    Speller(const Speller&) = delete;
    Speller& operator=(const Speller&) = delete;
    bool available() const { return h_ != nullptr; }
    bool correct(std::string_view w) const {
        std::lock_guard lock(mu_);
        std::string key(w);
        auto it = cache_.find(key);
        if (it != cache_.end()) return it->second;
        bool ok = !h_ || Hunspell_spell(h_, key.c_str()) != 0;
        if (cache_.size() >= kMaxCached) cache_.clear();  // a long batch must not grow without bound
        cache_.emplace(key, ok);
        return ok;
    }
    std::vector<std::string> suggest(std::string_view w, std::size_t max) const {
        std::lock_guard lock(mu_);
        std::vector<std::string> out;
        if (!h_) return out;
        std::string key(w);
        auto it = suggest_cache_.find(key);
        if (it == suggest_cache_.end()) {
            char** list = nullptr;
            int n = Hunspell_suggest(h_, &list, key.c_str());
            std::vector<std::string> all;
            for (int i = 0; i < n; ++i) all.emplace_back(list[i]);
            if (list) Hunspell_free_list(h_, &list, n);
            if (suggest_cache_.size() >= kMaxCached / 10) suggest_cache_.clear();
            it = suggest_cache_.emplace(key, std::move(all)).first;
        }
        for (std::size_t i = 0; i < it->second.size() && i < max; ++i) out.push_back(it->second[i]);
        return out;
    }
    void add(const std::string& w) const {
        std::lock_guard lock(mu_);
        if (h_) Hunspell_add(h_, w.c_str());
        cache_.clear();
    }
    ~Speller() {
        if (h_) Hunspell_destroy(h_);
    }

private:
    static constexpr std::size_t kMaxCached = 200000;
    Hunhandle* h_ = nullptr;
    mutable std::mutex mu_;
    mutable std::unordered_map<std::string, bool> cache_;
    mutable std::unordered_map<std::string, std::vector<std::string>> suggest_cache_;
};

}  // namespace

bool url_or_mail_context(std::string_view t, std::uint32_t b, std::uint32_t e) {
    // Inside "x@y.dk", "www.borger.dk", "https://…": a non-space run containing @ / www / ://.
    std::size_t s = b, f = e;
    while (s > 0 && t[s - 1] != ' ' && t[s - 1] != '\n') --s;
    while (f < t.size() && t[f] != ' ' && t[f] != '\n') ++f;
    std::string_view run = t.substr(s, f - s);
    return run.find('@') != std::string_view::npos || run.find('<') != std::string_view::npos ||
           run.find('=') != std::string_view::npos || run.find("www.") != std::string_view::npos ||
           run.find("://") != std::string_view::npos || run.find(".dk") != std::string_view::npos ||
           run.find(".com") != std::string_view::npos || run.find('/') != std::string_view::npos;
}

namespace {
}  // namespace

void add_user_words(const std::string& path, const lexicon::Lexicons& lex) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("kan ikke læse ordlisten " + path);
    std::string line;
    while (std::getline(in, line)) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
        if (!line.empty() && line[0] != '#') Speller::get(lex).add(line);
    }
}

bool spelling_available(const lexicon::Lexicons& lex) { return Speller::get(lex).available(); }
bool spelled_correctly(std::string_view w, const lexicon::Lexicons& lex) { return Speller::get(lex).correct(w); }
std::vector<std::string> suggestions(std::string_view w, const lexicon::Lexicons& lex, std::size_t max) {
    return Speller::get(lex).suggest(w, max);
}

const SpellLimits& SpellLimits::get(const lexicon::Lexicons& lexicons) {
    return lexicons.compiled<SpellLimits>("plain/spell-limits", [](const lexicon::Lexicons& lexicons) {
        const auto& lex = lexicons.file("plain_language.txt");
        SpellLimits r;
        r.danish_known_share = lex.number("thresholds", "danish_known_share");
        r.danish_min_words = static_cast<std::size_t>(lex.number("thresholds", "danish_min_words"));
        r.max_suggested = static_cast<std::size_t>(lex.number("thresholds", "spelling_max_suggested"));
        r.max_suggest_bytes = static_cast<std::size_t>(lex.number("thresholds", "spelling_max_suggest_bytes"));
        return r;
    });
}

SpellCheck spell_check(const NormalizedText& t, const Segmentation& seg, const std::vector<bool>& sentences,
                       const lexicon::Lexicons& lex) {
    SpellCheck out;
    if (!spelling_available(lex)) return out;
    out.hits = misspellings(t, seg, sentences, lex, &out.language);
    const auto& lim = SpellLimits::get(lex);
    if (out.language.checked >= lim.danish_min_words && out.language.known_share() < lim.danish_known_share) {
        out.not_danish = true;
        out.hits.clear();
    }
    return out;
}

std::vector<SpellHit> misspellings(const NormalizedText& t, const Segmentation& seg, const std::vector<bool>& sentences,
                                   const lexicon::Lexicons& lex, LanguageEstimate* language) {
    std::vector<SpellHit> out;
    if (!spelling_available(lex)) return out;
    std::string_view text(t.text);
    auto cpr = text::find_cpr(text, lex);
    std::size_t w = 0;
    for (std::size_t k = 0; k < seg.sentences.size(); ++k) {
        const auto& s = seg.sentences[k];
        while (w < seg.words.size() && seg.words[w].begin < s.begin) ++w;
        if (!sentences[k]) continue;
        for (std::size_t i = w; i < seg.words.size() && seg.words[i].end <= s.end; ++i) {
            const auto& tok = seg.words[i];
            if (tok.kind != WordKind::letters) continue;
            std::string_view word = text.substr(tok.begin, tok.end - tok.begin);
            if (word.size() < 3) continue;
            char32_t first = text::first_codepoint(word);
            if (!text::is_lower(first)) continue;  // names, sentence starts, abbreviations
            if (word.find('.') != std::string_view::npos) continue;  // "f.eks", "bl.a"
            if (url_or_mail_context(text, tok.begin, tok.end)) continue;
            // "stk.", "tlf.", "inkl.": abbreviations end in a dot the word token leaves out;
            // "børne-" is the first part of a shared compound ("børne- og ungeudvalget").
            if (tok.end < text.size() && (text[tok.end] == '.' || text[tok.end] == '-') && word.size() <= 6) continue;
            bool in_cpr = false;
            for (auto [b, e] : cpr) in_cpr |= tok.begin < e && b < tok.end;
            if (in_cpr) continue;
            if (language) ++language->checked;
            if (spelled_correctly(word, lex)) {
                if (language) ++language->known;
                continue;
            }
            // A hyphenated compound is right when each part is.
            if (word.find('-') != std::string_view::npos) {
                bool parts_ok = true;
                std::size_t p = 0;
                while (p <= word.size()) {
                    auto d = word.find('-', p);
                    std::string_view part = word.substr(p, d == std::string_view::npos ? std::string_view::npos : d - p);
                    if (!part.empty() && !spelled_correctly(part, lex)) parts_ok = false;
                    if (d == std::string_view::npos) break;
                    p = d + 1;
                }
                if (parts_ok) {
                    if (language) ++language->known;
                    continue;
                }
            }
            out.push_back({tok.begin, tok.end, std::string(word)});
        }
    }
    return out;
}

}  // namespace klartjek::plain
