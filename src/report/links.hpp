// Links in the HTML reports: every normalised § reference of a law with a known consolidated act
// (lexicons/acts.txt) opens that act on Retsinformation, and a source line links the guidance it
// names. Plain <a href> with rel="noopener noreferrer"; no script, so the report's CSP holds.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "lexicon/lexicon.hpp"

namespace re2 {
class RE2;
}

namespace klartjek::report {

class RefLinker {
public:
    explicit RefLinker(const lexicon::Lexicons& lex);  // the acts of acts.txt
    explicit RefLinker(std::map<std::string, std::string> act_urls);
    ~RefLinker();
    RefLinker(RefLinker&&) noexcept;

    // `escaped` is HTML already escaped (html_escape); every normalised reference in it
    // ("SEL § 97, stk. 1", "RSL §§ 66-67", "FVL § 24, stk. 1, 1. pkt.") whose law has an act
    // becomes a link to the act. Other text is copied unchanged.
    std::string link(std::string_view escaped) const;

    // A rule's or checklist element's source for HTML: escaped, its references linked, and the
    // guidance it names (legal/sources.hpp, found by `url`) linked to `url`.
    std::string source(std::string_view source, std::string_view url) const;

private:
    std::map<std::string, std::string> urls_;
    std::unique_ptr<re2::RE2> re_;
};

// <a href="URL" rel="noopener noreferrer">TEXT</a>; `text_html` is already escaped.
std::string external_link(std::string_view url, std::string_view text_html);

}  // namespace klartjek::report
