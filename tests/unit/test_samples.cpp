// The committed sample letters end to end through the library: every word the generator drew
// into a text layer must come back (samples/src/*.rendered.txt), and no letterhead, header or
// footer line may end up inside a body sentence.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/pipeline.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"
#include "word_bag.hpp"

using namespace klartjek;
using klartjek::testing::bag;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct Sample {
    fs::path file, source, rendered;
};

std::vector<Sample> samples() {
    std::vector<Sample> out;
    fs::path dir = fs::path(KLARTJEK_SOURCE_DIR) / "samples";
    for (const auto& e : fs::directory_iterator(dir)) {
        auto ext = e.path().extension();
        if (ext != ".pdf" && ext != ".txt") continue;
        auto stem = e.path().stem().string();
        fs::path rendered = dir / "src" / (stem + ".rendered.txt");
        if (!fs::exists(rendered)) continue;
        out.push_back({e.path(), dir / "src" / (stem + ".txt"), rendered});
    }
    std::sort(out.begin(), out.end(), [](const Sample& a, const Sample& b) { return a.file < b.file; });
    return out;
}

// Header values of a sample source ("@letterhead: a | b").
std::vector<std::string> source_lines(const std::string& src, const std::string& key) {
    std::vector<std::string> out;
    std::istringstream in(src);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("@" + key + ":", 0) != 0) continue;
        std::string v = line.substr(key.size() + 2);
        std::size_t pos = 0;
        while (true) {
            auto bar = v.find(" | ", pos);
            std::string part = v.substr(pos, bar == std::string::npos ? std::string::npos : bar - pos);
            auto b = part.find_first_not_of(' ');
            if (b != std::string::npos) out.push_back(part.substr(b));
            if (bar == std::string::npos) break;
            pos = bar + 3;
        }
    }
    return out;
}

}  // namespace

TEST_CASE("samples: at least 20 letters, each with its source and rendered text") {
    CHECK(samples().size() >= 20);
}

TEST_CASE("samples: words recovered from the text layer (goal >= 99.5 % per letter)") {
    std::size_t total = 0, recovered_total = 0;
    for (const auto& s : samples()) {
        CAPTURE(s.file.string());
        Analysis a = analyse_file(s.file.string());
        auto want = bag(slurp(s.rendered));
        auto got = bag(a.text.text);
        std::size_t n = 0, rec = 0;
        for (const auto& [w, c] : want) {
            n += c;
            auto it = got.find(w);
            rec += std::min(c, it == got.end() ? 0 : it->second);
        }
        total += n;
        recovered_total += rec;
        CHECK(n > 100);
        CHECK(static_cast<double>(rec) >= 0.995 * static_cast<double>(n));
        // Nothing invented either: no more words than were drawn (superscripts removed above).
        std::size_t extra = 0;
        for (const auto& [w, c] : got) {
            auto it = want.find(w);
            int had = it == want.end() ? 0 : it->second;
            if (c > had) extra += c - had;
        }
        CHECK(extra * 200 <= n);
    }
    MESSAGE("recovered " << recovered_total << " of " << total << " words");
}

// The words of the letter's running text (everything but the letterhead, running header and
// footer lines) must all be found in body or footnote paragraphs, and nothing else may be.
TEST_CASE("samples: body zones hold exactly the running text") {
    for (const auto& s : samples()) {
        CAPTURE(s.file.string());
        Analysis a = analyse_file(s.file.string());
        if (a.document.kind != SourceKind::pdf) continue;
        std::string src = slurp(s.source);
        auto want = bag(slurp(s.rendered));
        std::string furniture;
        for (const char* key : {"letterhead", "header", "footer"})
            for (auto l : source_lines(src, key)) {
                bool per_page = std::string(key) != "letterhead";
                for (std::size_t p = 1; p <= (per_page ? a.document.pages.size() : 1); ++p) {
                    std::string x = l;
                    for (auto [k, v] : {std::pair<std::string, std::size_t>{"{pages}", a.document.pages.size()}, {"{page}", p}})
                        for (auto i = x.find(k); i != std::string::npos; i = x.find(k)) x.replace(i, k.size(), std::to_string(v));
                    furniture += x + "\n";
                }
            }
        // Pages without a text layer: their running lines were never drawn as text.
        for (std::size_t k = 0; k < a.document.quality.pages_without_text.size(); ++k)
            for (const char* key : {"header", "footer"})
                for (auto l : source_lines(src, key)) {
                    std::string x = l;
                    int p = a.document.quality.pages_without_text[k];
                    for (auto [kk, v] : {std::pair<std::string, std::size_t>{"{pages}", a.document.pages.size()}, {"{page}", static_cast<std::size_t>(p)}})
                        for (auto i = x.find(kk); i != std::string::npos; i = x.find(kk)) x.replace(i, kk.size(), std::to_string(v));
                    for (auto& [w, c] : bag(x)) want[w] += c;  // added back: subtracted below
                }
        for (auto& [w, c] : bag(furniture)) want[w] -= c;
        std::string body;
        for (const auto& p : a.text.paragraphs)
            if (p.zone == Zone::body || p.zone == Zone::footnote) body += a.text.text.substr(p.begin, p.end - p.begin) + "\n";
        auto got = bag(body);
        std::size_t n = 0, missing = 0, extra = 0;
        for (const auto& [w, c] : want) {
            if (c <= 0) continue;
            n += c;
            auto it = got.find(w);
            int have = it == got.end() ? 0 : it->second;
            if (have < c) missing += c - have;
        }
        for (const auto& [w, c] : got) {
            auto it = want.find(w);
            int should = it == want.end() ? 0 : std::max(0, it->second);
            if (c > should) extra += c - should;
        }
        CHECK(missing * 200 <= n);
        CHECK(extra * 200 <= n);
    }
}

TEST_CASE("samples: letterhead, header and footer lines never inside a body sentence") {
    for (const auto& s : samples()) {
        CAPTURE(s.file.string());
        std::string src = slurp(s.source);
        std::string body_src = src.substr(src.find("\n\n") == std::string::npos ? 0 : src.find("\n\n"));
        Analysis a = analyse_file(s.file.string());
        std::vector<std::string> furniture;
        for (const char* key : {"letterhead", "header", "footer"})
            for (auto& l : source_lines(src, key)) {
                if (l.find("{page") != std::string::npos) {
                    for (std::size_t p = 1; p <= a.document.pages.size(); ++p) {
                        std::string x = l;
                        auto r = [&](const std::string& k, std::size_t v) {
                            for (auto i = x.find(k); i != std::string::npos; i = x.find(k)) x.replace(i, k.size(), std::to_string(v));
                        };
                        r("{pages}", a.document.pages.size());
                        r("{page}", p);
                        furniture.push_back(x);
                    }
                } else {
                    furniture.push_back(l);
                }
            }
        auto recipient = source_lines(src, "recipient");
        for (const auto& line : furniture) {
            // Only lines that the letter's own body or recipient block does not also say.
            if (line.size() < 8 || body_src.find(line) != std::string::npos) continue;
            if (std::find(recipient.begin(), recipient.end(), line) != recipient.end()) continue;
            for (const auto& sent : a.segments.sentences) {
                if (a.text.paragraphs[sent.paragraph].zone != Zone::body) continue;
                std::string t = a.text.text.substr(sent.begin, sent.end - sent.begin);
                CAPTURE(line);
                CAPTURE(t);
                // In a PDF the page furniture is never body text at all; a plain-text letter has
                // no geometry, so there a furniture line may stand as its own item, never inside
                // a sentence.
                if (a.document.kind == SourceKind::pdf) CHECK(t.find(line) == std::string::npos);
                else CHECK((t == line || t.find(line) == std::string::npos));
            }
        }
    }
}
