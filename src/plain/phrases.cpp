#include "plain/phrases.hpp"

#include <map>
#include <mutex>
#include <stdexcept>

#include "lexicon/lexicon.hpp"
#include "lexicon/patterns.hpp"
#include "text/utf8.hpp"

namespace klartjek::plain {

namespace {

std::vector<std::string> split_fields(const std::string& line) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (true) {
        auto bar = line.find(" | ", pos);
        std::string f = line.substr(pos, bar == std::string::npos ? std::string::npos : bar - pos);
        while (!f.empty() && f.back() == ' ') f.pop_back();
        while (!f.empty() && f.front() == ' ') f.erase(0, 1);
        out.push_back(f);
        if (bar == std::string::npos) break;
        pos = bar + 3;
    }
    return out;
}

}  // namespace

PhraseSet::PhraseSet(const lexicon::Lexicons& lex, const std::string& file, const std::string& section) {
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    set_ = std::make_unique<RE2::Set>(o, RE2::UNANCHORED);
    for (const auto& line : lex.file(file).section(section)) {
        auto f = split_fields(line);
        PhraseEntry e;
        e.pattern = f[0];
        if (f.size() > 1) e.hint = f[1];
        if (f.size() > 2) e.flag_example = f[2];
        if (f.size() > 3) e.not_flag_example = f[3];
        if (f.size() > 4) e.source = f[4];
        std::string p = lexicon::unicode_boundaries(e.pattern);
        std::string err;
        if (set_->Add(p, &err) < 0) throw std::runtime_error(file + " [" + section + "]: bad pattern '" + e.pattern + "': " + err);
        each_.push_back(std::make_unique<RE2>(p, o));
        entries_.push_back(std::move(e));
    }
    if (!set_->Compile()) throw std::runtime_error(file + " [" + section + "] does not compile");
}

std::vector<PhraseHit> PhraseSet::find(std::string_view s) const {
    std::vector<PhraseHit> out;
    if (entries_.empty()) return out;
    std::vector<int> which;
    if (!set_->Match(re2::StringPiece(s.data(), s.size()), &which)) return out;
    std::sort(which.begin(), which.end());
    for (int i : which) {
        re2::StringPiece m;
        if (!each_[i]->Match(re2::StringPiece(s.data(), s.size()), 0, s.size(), RE2::UNANCHORED, &m, 1)) continue;
        std::size_t b = m.data() - s.data(), e = b + m.size();
        // The Unicode-aware boundary may have consumed one neighbouring non-letter: trim it.
        while (b < e && (s[b] == ' ' || s[b] == ',' || s[b] == '(' || s[b] == '"')) ++b;
        while (e > b && (s[e - 1] == ' ' || s[e - 1] == ',' || s[e - 1] == '.' || s[e - 1] == ')' || s[e - 1] == '"' ||
                         s[e - 1] == '?' || s[e - 1] == '!' || s[e - 1] == ':' || s[e - 1] == ';'))
            --e;
        // A footnote's superscript digit ("partshøring²") is no part of the phrase.
        if (std::size_t before = e; e > b && text::is_superscript_digit(text::prev_codepoint(s, before)) && before >= b) e = before;
        out.push_back({static_cast<std::size_t>(i), b, e});
    }
    return out;
}

const PhraseSet& phrases(const lexicon::Lexicons& lex, const std::string& file, const std::string& section) {
    return lex.compiled<PhraseSet>("phrases/" + file + "#" + section,
                                   [&](const lexicon::Lexicons& l) { return PhraseSet(l, file, section); });
}

}  // namespace klartjek::plain
