#include "legal/outcome_model.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>
#include <stdexcept>

#include "text/utf8.hpp"

namespace klartjek::legal::detail {

OutcomeModel::OutcomeModel(const lexicon::Lexicons& lex) {
    const auto& f = lex.file("outcome_model.txt");
    override_at = f.number("settings", "override");
    fill_at = f.number("settings", "fill");
    override_certain_at = f.number("settings", "override_certain");
    auto row = [](const std::string& s, std::string* name) {
        std::istringstream in(s);
        std::array<double, 5> w{};
        if (name && !(in >> *name)) throw std::runtime_error("outcome_model.txt: tom linje");
        for (double& v : w)
            if (!(in >> v)) throw std::runtime_error("outcome_model.txt: for få tal i \"" + s + "\"");
        return w;
    };
    const auto& b = f.section("bias");
    if (b.size() != 1) throw std::runtime_error("outcome_model.txt: [bias] skal have én linje");
    bias = row(b.front(), nullptr);
    for (const auto& e : f.section("weights")) {
        std::string name;
        auto w = row(e, &name);
        weights.emplace(std::move(name), w);
    }
}

const OutcomeModel& OutcomeModel::get(const lexicon::Lexicons& lex) {
    return lex.compiled<OutcomeModel>("legal/outcome_model", [](const lexicon::Lexicons& l) { return OutcomeModel(l); });
}

std::vector<std::string> model_words(const std::string& text) {
    static const RE2 word("([a-zæøåé]+|[0-9]+)");
    const std::string lower = text::to_lower(text);
    std::vector<std::string> words;
    re2::StringPiece in(lower);
    std::string w;
    while (RE2::FindAndConsume(&in, word, &w)) words.push_back(w[0] >= '0' && w[0] <= '9' ? "N" : w);
    std::vector<std::string> out = words;
    for (std::size_t i = 1; i < words.size(); ++i) out.push_back(words[i - 1] + "_" + words[i]);
    return out;
}

namespace {

// Scores of each class from a set of features (each counted once).
std::array<double, 5> score(const OutcomeModel& m, const std::set<std::string>& features, bool with_bias) {
    std::array<double, 5> z = with_bias ? m.bias : std::array<double, 5>{};
    for (const auto& f : features) {
        auto it = m.weights.find(f);
        if (it == m.weights.end()) continue;
        for (std::size_t k = 0; k < z.size(); ++k) z[k] += it->second[k];
    }
    return z;
}

// Whether the model reads a sentence: not appeal guidance, not quoted statute text.
bool model_reads(const Sentence& s, const structure::Structure& st) {
    const std::size_t p = s.paragraph;
    return !(p < st.quoted.size() && st.quoted[p]) && !st.in_appeal(p, s.begin);
}

// A sentence's text on one line.
std::string one_line(std::string s) {
    for (char& ch : s)
        if (ch == '\n' || ch == '\t' || ch == '\r') ch = ' ';
    return s;
}

}  // namespace

ModelReading read_outcome_model(const NormalizedText& t, const Segmentation& seg, const structure::Structure& st,
                                const lexicon::Lexicons& lex) {
    const OutcomeModel& m = OutcomeModel::get(lex);
    ModelReading r;
    const auto words = model_words(model_text(t, seg, st));
    const std::set<std::string> features(words.begin(), words.end());
    const auto z = score(m, features, true);
    const double top = *std::max_element(z.begin(), z.end());
    double sum = 0;
    for (double v : z) sum += std::exp(v - top);
    std::size_t best = 0;
    for (std::size_t k = 0; k < z.size(); ++k)
        if (z[k] > z[best]) best = k;
    std::size_t second = best == 0 ? 1 : 0;
    for (std::size_t k = 0; k < z.size(); ++k)
        if (k != best && z[k] > z[second]) second = k;
    r.outcome = model_classes[best];
    r.probability = 1.0 / sum;
    // The evidence: the sentence whose own words speak most for the reading against the runner-up.
    double most = 0;
    for (const auto& s : seg.sentences) {
        if (!model_reads(s, st)) continue;
        const auto sw = model_words(t.letter_text(s.begin, s.end));
        const auto sz = score(m, std::set<std::string>(sw.begin(), sw.end()), false);
        const double margin = sz[best] - sz[second];
        if (margin > most) most = margin, r.at = {}, r.at.set(s.begin, s.end);
    }
    return r;
}

}  // namespace klartjek::legal::detail

namespace klartjek::legal {

std::string model_text(const NormalizedText& t, const Segmentation& seg, const structure::Structure& st) {
    std::string out;
    for (const auto& s : seg.sentences) {
        if (!detail::model_reads(s, st)) continue;
        if (!out.empty()) out += ' ';
        out += detail::one_line(t.letter_text(s.begin, s.end));
    }
    return out;
}

}  // namespace klartjek::legal
