#include "legal/acts.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <stdexcept>

#include "lexicon/lexicon.hpp"

namespace klartjek::legal {

namespace {

std::map<std::string, std::string> load(const lexicon::Lexicons& lex) {
    static const RE2 eli(R"(https://www\.retsinformation\.dk/eli/lta/(19|20)\d\d/[1-9]\d{0,4})");
    const auto& laws = lex.file("laws.txt").section("laws");
    std::map<std::string, std::string> out;
    for (const auto& line : lex.file("acts.txt").section("acts")) {
        auto eq = line.find('=');
        if (eq == std::string::npos) throw std::runtime_error("lexicon acts.txt: [acts] \"" + line + "\" is not LAW = URL");
        std::string law = lexicon::trim(std::string_view(line).substr(0, eq));
        std::string url = lexicon::trim(std::string_view(line).substr(eq + 1));
        if (std::find(laws.begin(), laws.end(), law) == laws.end())
            throw std::runtime_error("lexicon acts.txt: [acts] " + law + " is not a law id of laws.txt [laws]");
        if (!RE2::FullMatch(url, eli))
            throw std::runtime_error("lexicon acts.txt: [acts] " + law + ": " + url + " is not a Retsinformation ELI address");
        if (!out.emplace(law, url).second) throw std::runtime_error("lexicon acts.txt: [acts] " + law + " is listed twice");
    }
    return out;
}

}  // namespace

// Not cached here: the Lexicons value already holds the file.
std::map<std::string, std::string> act_urls(const lexicon::Lexicons& lex) { return load(lex); }

std::string act_url(std::string_view law, const lexicon::Lexicons& lex) {
    const auto m = act_urls(lex);
    auto it = m.find(std::string(law));
    return it == m.end() ? std::string() : it->second;
}

}  // namespace klartjek::legal
