// `klartjek serve` in-process (issue 12): the server on an ephemeral port, driven by
// httplib::Client. Page and headers, /api/check against analyse_file, CPR masking, limits
// (413, 400, 504), the LanguageTool API with a recorded LibreOffice request and UTF-16 offsets,
// concurrency and shutdown.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
#include <httplib.h>
#include <unicode/unistr.h>

#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "core/error.hpp"
#include "core/pipeline.hpp"
#include "extract/extract.hpp"
#include "report/check.hpp"
#include "report/formats.hpp"
#include "serve/languagetool.hpp"
#include "serve/server.hpp"

using namespace klartjek;
namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

namespace {

const fs::path kRoot = KLARTJEK_SOURCE_DIR;
const fs::path kPdf = kRoot / "samples" / "01-odense-hjaelpemiddel-bevilling.pdf";
const fs::path kTxt = kRoot / "samples" / "07-randers-merudgifter-barn-foraeldet-hjemmel.txt";
const fs::path kDocx = kRoot / "tests" / "inputs" / "docx" / "samples" / "02-aarhus-merudgifter-delvis.docx";
const char* kDocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// What LibreOffice Writer's LanguageTool remote checker posts for one paragraph (recorded form:
// languagetoolimp.cxx percent-encodes everything but RFC 3986's unreserved characters).
// The paragraph: "Vi har lagt vægt på, at din ansøgnig om støtte 😀 til 𝔸-klassen ikke beskriver
// behovet. Dit CPR-nummer er 010190-1234, og «Navn» skal udfyldes."
const char* kLibreOfficeBody =
    "text=Vi%20har%20lagt%20v%C3%A6gt%20p%C3%A5%2C%20at%20din%20ans%C3%B8gnig%20om%20st%C3%B8tte%20%F0%9F%98%80%20til%20"
    "%F0%9D%94%B8-klassen%20ikke%20beskriver%20behovet.%20Dit%20CPR-nummer%20er%20010190-1234%2C%20og%20%C2%ABNavn%C2%BB"
    "%20skal%20udfyldes.&language=da-DK";
const std::string kLibreOfficeText =
    "Vi har lagt vægt på, at din ansøgnig om støtte 😀 til 𝔸-klassen ikke beskriver behovet. Dit CPR-nummer er "
    "010190-1234, og «Navn» skal udfyldes.";

// The UTF-16 range [offset, offset+length) of a UTF-8 string, as UTF-8 (ICU counts as Java does).
std::string utf16_slice(const std::string& s, long offset, long length) {
    std::string out;
    icu::UnicodeString::fromUTF8(s).tempSubString(static_cast<int32_t>(offset), static_cast<int32_t>(length)).toUTF8String(out);
    return out;
}

struct Running {
    std::unique_ptr<serve::Server> server;
    int port = 0;
    explicit Running(serve::Options o = {}) {
        o.port = 0;
        server = std::make_unique<serve::Server>(std::move(o));
        server->start();
        port = server->port();
    }
    httplib::Client client() const {
        httplib::Client c("127.0.0.1", port);
        c.set_read_timeout(120, 0);
        c.set_write_timeout(120, 0);
        return c;
    }
};

// One server for the tests that need no special options (starting one warms the analysis).
Running& shared() {
    static Running r([] {
        serve::Options o;
        o.workers = 4;
        return o;
    }());
    return r;
}

// The check JSON of the file analysed under the name the server gives the upload (the name is
// part of each finding's fingerprint).
json expected_check(const fs::path& p, const std::string& name) {
    report::TextOptions topt;
    topt.page_images = false;
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    json j = json::parse(report::check_json(analyse_document(extract::extract_bytes(ss.str(), name)), topt).dump());
    j.erase("file");
    return j;
}

void check_security_headers(const httplib::Result& r) {
    REQUIRE(r);
    CHECK(r->get_header_value("Content-Security-Policy") == serve::kContentSecurityPolicy);
    CHECK(r->get_header_value("X-Content-Type-Options") == "nosniff");
    CHECK(r->get_header_value("Referrer-Policy") == "no-referrer");
    CHECK_FALSE(r->has_header("Access-Control-Allow-Origin"));
}

bool has_cpr(const std::string& body) {
    return body.find("010190-1234") != std::string::npos || body.find("0101901234") != std::string::npos ||
           body.find("010190") != std::string::npos;
}

}  // namespace

TEST_CASE("serve: the page is Danish, self-contained, script-free and carries the security headers") {
    auto c = shared().client();
    auto r = c.Get("/");
    REQUIRE(r);
    CHECK(r->status == 200);
    check_security_headers(r);
    CHECK(r->get_header_value("Content-Type").find("text/html") == 0);
    const std::string& b = r->body;
    CHECK(b.find("<html lang=\"da\">") != std::string::npos);
    CHECK(b.find("<form method=\"post\" enctype=\"multipart/form-data\" action=\"/check\">") != std::string::npos);
    CHECK(b.find("type=\"file\" id=\"file\" name=\"file\"") != std::string::npos);
    CHECK(b.find("<textarea id=\"text\" name=\"text\"") != std::string::npos);
    CHECK(b.find("<script") == std::string::npos);
    CHECK(b.find("http://") == std::string::npos);
    CHECK(b.find("https://") == std::string::npos);
    CHECK(b.find("src=") == std::string::npos);
    CHECK(b.find("@import") == std::string::npos);
    CHECK(b.find("url(") == std::string::npos);

    auto nf = c.Get("/findes-ikke");
    REQUIRE(nf);
    CHECK(nf->status == 404);
    check_security_headers(nf);
    CHECK(nf->body.find("Siden findes ikke.") != std::string::npos);
}

TEST_CASE("serve: /api/check gives the check JSON of analyse_file for a PDF, a DOCX and a text file") {
    auto c = shared().client();
    SUBCASE("PDF as the raw body") {
        auto r = c.Post("/api/check?name=brev.pdf", slurp(kPdf), "application/pdf");
        REQUIRE(r);
        CHECK(r->status == 200);
        check_security_headers(r);
        json got = json::parse(r->body);
        CHECK(got["file"] == "brev.pdf");
        got.erase("file");
        json want = expected_check(kPdf, "brev.pdf");
        CHECK(got["checklist"] == want["checklist"]);
        CHECK(got == want);
    }
    SUBCASE("DOCX as multipart field 'file'") {
        httplib::MultipartFormDataItems items = {{"file", slurp(kDocx), "02-aarhus.docx", kDocxType}};
        auto r = c.Post("/api/check", items);
        REQUIRE(r);
        CHECK(r->status == 200);
        json got = json::parse(r->body);
        CHECK(got["file"] == "02-aarhus.docx");
        got.erase("file");
        json want = expected_check(kDocx, "02-aarhus.docx");
        CHECK(got["checklist"] == want["checklist"]);
        CHECK(got == want);
    }
    SUBCASE("text without a content type: the content decides") {
        auto r = c.Post("/api/check", slurp(kTxt), "");
        REQUIRE(r);
        CHECK(r->status == 200);
        json got = json::parse(r->body);
        CHECK(got["file"] == "brev");
        got.erase("file");
        CHECK(got == expected_check(kTxt, "brev"));
    }
    SUBCASE("a readable but textless PDF gives the normal JSON with its extraction findings") {
        const fs::path img = kRoot / "tests" / "inputs" / "image-only.pdf";
        auto r = c.Post("/api/check", slurp(img), "application/pdf");
        REQUIRE(r);
        CHECK(r->status == 200);
        json got = json::parse(r->body);
        got.erase("file");
        CHECK(got == expected_check(img, "brev"));
        REQUIRE(got["findings"].size() > 0);
        CHECK(got["findings"][0]["rule"].get<std::string>().rfind("extract-", 0) == 0);
    }
}

TEST_CASE("serve: bad input gives 400 with the Danish InputError message") {
    auto c = shared().client();
    auto expect_error = [&](const httplib::Result& r, const std::string& msg) {
        REQUIRE(r);
        CHECK(r->status == 400);
        check_security_headers(r);
        CHECK(r->get_header_value("Content-Type").find("application/json") == 0);
        json j = json::parse(r->body);
        CHECK(j["fejl"] == msg);
    };
    std::string garbage;
    for (int i = 0; i < 4096; ++i) garbage += static_cast<char>((i * 7919 + 13) % 251);
    std::string garbage_msg;
    try {
        extract::extract_bytes(garbage, "x");
    } catch (const InputError& e) {
        garbage_msg = e.what();
    }
    REQUIRE_FALSE(garbage_msg.empty());
    expect_error(c.Post("/api/check", garbage, "application/octet-stream"), garbage_msg);
    expect_error(c.Post("/api/check", "", "text/plain"), "Filen er tom.");
    expect_error(c.Post("/api/check", slurp(kRoot / "tests" / "inputs" / "truncated.pdf"), "application/pdf"),
                 [] {
                     try {
                         extract::extract_file((kRoot / "tests" / "inputs" / "truncated.pdf").string());
                     } catch (const InputError& e) {
                         return std::string(e.what());
                     }
                     return std::string();
                 }());
    expect_error(c.Post("/api/check", slurp(kTxt), "image/png"),
                 "Typen understøttes ikke: send en PDF-fil, et Word-dokument (.docx) eller en tekstfil.");
    httplib::MultipartFormDataItems wrong_field = {{"dokument", slurp(kTxt), "brev.txt", "text/plain"}};
    expect_error(c.Post("/api/check", wrong_field), "Feltet 'file' mangler i formularen.");
}

TEST_CASE("serve: a CPR number in the letter or in its name never reaches a response") {
    auto c = shared().client();
    std::string letter = slurp(kTxt);
    letter.insert(letter.find('\n') + 1, "Borger: Jens Hansen, CPR-nr. 010190-1234\n");
    // /api/check: name in the query and in the multipart file name
    auto r1 = c.Post("/api/check?name=010190-1234%20afgørelse.txt", letter, "text/plain");
    REQUIRE(r1);
    CHECK(r1->status == 200);
    CHECK_FALSE(has_cpr(r1->body));
    CHECK(r1->body.find("privacy-cpr") != std::string::npos);  // found, and shown masked
    httplib::MultipartFormDataItems items = {{"file", letter, "0101901234.txt", "text/plain"}};
    auto r2 = c.Post("/api/check", items);
    REQUIRE(r2);
    CHECK(r2->status == 200);
    CHECK_FALSE(has_cpr(r2->body));
    // the form: HTML report
    auto r3 = c.Post("/check", items);
    REQUIRE(r3);
    CHECK(r3->status == 200);
    CHECK_FALSE(has_cpr(r3->body));
    // LanguageTool: the match is there, its context and sentence are masked
    auto r4 = c.Post("/v2/check", kLibreOfficeBody, "application/x-www-form-urlencoded");
    REQUIRE(r4);
    CHECK(r4->status == 200);
    CHECK_FALSE(has_cpr(r4->body));
    CHECK(r4->body.find("privacy-cpr") != std::string::npos);
    // a file that cannot be read: the error names no file
    auto r5 = c.Post("/api/check?name=010190-1234.pdf", "%PDF-1.4 garbage", "application/pdf");
    REQUIRE(r5);
    CHECK(r5->status == 400);
    CHECK_FALSE(has_cpr(r5->body));
}

TEST_CASE("serve: the form returns the annotated HTML report with a link back") {
    auto c = shared().client();
    SUBCASE("a file") {
        httplib::MultipartFormDataItems items = {{"file", slurp(kPdf), "brev.pdf", "application/pdf"}, {"text", "", "", ""}};
        auto r = c.Post("/check", items);
        REQUIRE(r);
        CHECK(r->status == 200);
        check_security_headers(r);
        CHECK(r->body.find("<h1>Tjek af afgørelsesbrev</h1>") != std::string::npos);
        CHECK(r->body.find("<a href=\"/\">") != std::string::npos);
        // the same report `check --format html --no-page-images` gives, plus the link
        report::TextOptions topt;
        topt.page_images = false;
        Analysis a = analyse_document(extract::extract_bytes(slurp(kPdf), "brev.pdf"));
        std::string want = report::html(a, topt, "");
        std::string got = r->body;
        auto nav = got.find("<nav ");
        REQUIRE(nav != std::string::npos);
        got.erase(nav, got.find("</nav>\n", nav) + 7 - nav);
        CHECK(got == want);
    }
    SUBCASE("pasted text") {
        httplib::MultipartFormDataItems items = {{"file", "", "", "application/octet-stream"}, {"text", slurp(kTxt), "", ""}};
        auto r = c.Post("/check", items);
        REQUIRE(r);
        CHECK(r->status == 200);
        CHECK(r->body.find("<h1>Tjek af afgørelsesbrev</h1>") != std::string::npos);
    }
    SUBCASE("nothing chosen") {
        httplib::MultipartFormDataItems items = {{"file", "", "", "application/octet-stream"}, {"text", "  \r\n", "", ""}};
        auto r = c.Post("/check", items);
        REQUIRE(r);
        CHECK(r->status == 400);
        check_security_headers(r);
        CHECK(r->body.find("Vælg en fil") != std::string::npos);
    }
    SUBCASE("not a letter") {
        httplib::MultipartFormDataItems items = {{"file", "<html><body><script>x()</script></body></html>", "x.txt", "text/plain"}};
        auto r = c.Post("/check", items);
        REQUIRE(r);
        CHECK(r->status == 400);
        CHECK(r->body.find("<script>") == std::string::npos);
    }
}

TEST_CASE("serve: a body over --max-bytes gives 413 with a Danish message") {
    serve::Options o;
    o.max_bytes = 64 * 1024;
    Running run(o);
    auto c = run.client();
    std::string big(100 * 1024, 'a');
    for (const char* path : {"/api/check", "/v2/check", "/check"}) {
        CAPTURE(path);
        auto r = c.Post(path, big, "text/plain");
        REQUIRE(r);
        CHECK(r->status == 413);
        check_security_headers(r);
        CHECK(r->body.find("for stor") != std::string::npos);
    }
    // just under the limit is read
    std::string letter = slurp(kTxt);
    REQUIRE(letter.size() < o.max_bytes);
    auto ok = c.Post("/api/check", letter, "text/plain");
    REQUIRE(ok);
    CHECK(ok->status == 200);
}

TEST_CASE("serve: /v2/check answers a recorded LibreOffice request in LanguageTool's shape, offsets in UTF-16") {
    auto c = shared().client();
    auto r = c.Post("/v2/check", kLibreOfficeBody, "application/x-www-form-urlencoded");
    REQUIRE(r);
    CHECK(r->status == 200);
    check_security_headers(r);
    json j = json::parse(r->body);
    CHECK(j["software"]["name"] == "klartjek");
    CHECK(j["software"].contains("version"));
    CHECK(j["language"]["code"] == "da-DK");
    CHECK(j["language"]["name"] == "Danish");
    REQUIRE(j["matches"].is_array());
    std::map<std::string, std::string> seen;  // rule → text at its offset
    for (const auto& m : j["matches"]) {
        for (const char* k : {"message", "shortMessage", "sentence"}) CHECK(m[k].is_string());
        REQUIRE(m["offset"].is_number_integer());
        REQUIRE(m["length"].is_number_integer());
        REQUIRE(m["replacements"].is_array());
        for (const auto& rep : m["replacements"]) CHECK(rep["value"].is_string());
        CHECK(m["context"]["text"].is_string());
        CHECK(m["context"]["offset"].is_number_integer());
        CHECK(m["context"]["length"] == m["length"]);
        CHECK(m["rule"]["id"].is_string());
        CHECK(m["rule"]["description"].is_string());
        CHECK(m["rule"]["issueType"].is_string());
        CHECK(m["rule"]["category"]["id"].is_string());
        CHECK(m["rule"]["category"]["name"].is_string());
        const long off = m["offset"], len = m["length"];
        seen[m["rule"]["id"]] = utf16_slice(kLibreOfficeText, off, len);
        // the context slice names the same text (CPR masked in the context only)
        std::string ctx = utf16_slice(m["context"]["text"], m["context"]["offset"], len);
        if (m["rule"]["id"] != "privacy-cpr") CHECK(ctx == seen[m["rule"]["id"]]);
    }
    // after æ, å, ø, an emoji and a mathematical letter (two UTF-16 units each)
    CHECK(seen["spell-unknown-word"] == "ansøgnig");
    CHECK(seen["privacy-cpr"] == "010190-1234");
    CHECK(seen["template-leftover"] == "«Navn»");
    for (const auto& m : j["matches"]) {
        if (m["rule"]["id"] == "spell-unknown-word") {
            CHECK(m["rule"]["category"]["id"] == "TYPOS");
            CHECK(m["rule"]["issueType"] == "misspelling");
            bool suggested = false;
            for (const auto& rep : m["replacements"]) suggested |= rep["value"] == "ansøgning";
            CHECK(suggested);
        }
    }
    // one paragraph, as LibreOffice sends it: nothing about the letter's missing parts
    for (const auto& [rule, text] : seen) {
        CAPTURE(rule);
        CHECK(rule.find("-missing") == std::string::npos);
    }
}

TEST_CASE("serve: /v2/check with data (markup counted in offsets, not checked), language and errors") {
    auto c = shared().client();
    SUBCASE("annotation") {
        json data = {{"annotation",
                      json::array({{{"markup", "<p class=\"æøå😀\">"}},
                                   {{"text", "Vi har lagt vægt på, at din ansøgnig ikke beskriver behovet."}},
                                   {{"markup", "</p>"}, {"interpretAs", "\n\n"}}})}};
        httplib::Params form = {{"data", data.dump()}, {"language", "da"}};
        auto r = c.Post("/v2/check", form);
        REQUIRE(r);
        CHECK(r->status == 200);
        json j = json::parse(r->body);
        const std::string submitted = "<p class=\"æøå😀\">Vi har lagt vægt på, at din ansøgnig ikke beskriver behovet.</p>";
        bool found = false;
        for (const auto& m : j["matches"])
            if (m["rule"]["id"] == "spell-unknown-word") {
                found = true;
                CHECK(utf16_slice(submitted, m["offset"], m["length"]) == "ansøgnig");
            }
        CHECK(found);
    }
    SUBCASE("multipart form and language=auto") {
        httplib::MultipartFormDataItems items = {{"text", kLibreOfficeText, "", ""}, {"language", "auto", "", ""}};
        auto r = c.Post("/v2/check", items);
        REQUIRE(r);
        CHECK(r->status == 200);
        CHECK(json::parse(r->body)["matches"].size() > 0);
    }
    SUBCASE("text over 8 KiB (httplib's own form limit does not apply)") {
        std::string t;
        while (t.size() < 20000) t += "Vi har lagt vægt på, at din ansøgning beskriver behovet. ";
        httplib::Params form = {{"text", t}, {"language", "da-DK"}};
        auto r = c.Post("/v2/check", form);
        REQUIRE(r);
        CHECK(r->status == 200);
    }
    SUBCASE("other languages are refused as LanguageTool does") {
        auto r = c.Post("/v2/check", "text=Hello%20world&language=en-US", "application/x-www-form-urlencoded");
        REQUIRE(r);
        CHECK(r->status == 400);
        check_security_headers(r);
        CHECK(r->body.find("'en-US' is not a language code") != std::string::npos);
        auto r2 = c.Post("/v2/check", "text=Hej", "application/x-www-form-urlencoded");
        REQUIRE(r2);
        CHECK(r2->status == 400);
        auto r3 = c.Post("/v2/check", "language=da", "application/x-www-form-urlencoded");
        REQUIRE(r3);
        CHECK(r3->status == 400);
        auto r4 = c.Post("/v2/check", "data=%7Bnope&language=da", "application/x-www-form-urlencoded");
        REQUIRE(r4);
        CHECK(r4->status == 400);
    }
    SUBCASE("empty text gives no matches") {
        auto r = c.Post("/v2/check", "text=%20%20&language=da-DK", "application/x-www-form-urlencoded");
        REQUIRE(r);
        CHECK(r->status == 200);
        CHECK(json::parse(r->body)["matches"].empty());
    }
    SUBCASE("languages") {
        auto r = c.Get("/v2/languages");
        REQUIRE(r);
        CHECK(r->status == 200);
        check_security_headers(r);
        json j = json::parse(r->body);
        REQUIRE(j.is_array());
        bool da = false;
        for (const auto& l : j) da |= l["code"] == "da" && l["longCode"] == "da-DK" && l["name"].is_string();
        CHECK(da);
    }
}

TEST_CASE("serve: offsets map back through normalisation (spaces, line breaks, hyphenation)") {
    const std::string input = "Vi har  lagt\tvægt på,\r\nat din\n\n  ansøgnig 😀 ikke\nbeskriver behovet.";
    Analysis a = analyse_document(extract::extract_text(input, "t"));
    auto m = serve::map_to_input(a.text, input);
    const std::string& n = a.text.text;
    for (const char* w : {"Vi", "vægt", "ansøgnig", "beskriver", "behovet."}) {
        CAPTURE(w);
        auto at = n.find(w);
        REQUIRE(at != std::string::npos);
        const auto b = m.begin[at], e = m.end[at + std::strlen(w)];
        REQUIRE(e >= b);
        CHECK(input.substr(b, e - b) == w);
    }
    auto u = serve::utf16_prefix("aæ😀b");
    CHECK(u.back() == 5);
    CHECK(u[1] == 1);  // æ starts at unit 1
    CHECK(u[3] == 2);  // 😀 starts at unit 2
    CHECK(u[7] == 4);  // b after the surrogate pair
    auto f = serve::parse_urlencoded("text=a+b%C3%A6%2B&language=da-DK&x");
    CHECK(f.find("text")->second == "a bæ+");
    CHECK(f.find("language")->second == "da-DK");
    CHECK(f.count("x") == 1);
}

TEST_CASE("serve: 8 parallel clients get the same answers as one client alone") {
    auto& run = shared();
    const std::string pdf = slurp(kPdf), docx = slurp(kDocx);
    // sequential answers first
    auto c = run.client();
    auto a1 = c.Post("/api/check", pdf, "application/pdf");
    auto a2 = c.Post("/v2/check", kLibreOfficeBody, "application/x-www-form-urlencoded");
    auto a3 = c.Post("/api/check", docx, kDocxType);
    REQUIRE(a1);
    REQUIRE(a2);
    REQUIRE(a3);
    const std::string want[3] = {a1->body, a2->body, a3->body};
    constexpr int kClients = 8, kRounds = 3;
    std::vector<std::vector<std::pair<int, std::string>>> got(kClients);
    std::vector<std::thread> threads;
    for (int t = 0; t < kClients; ++t)
        threads.emplace_back([&, t] {
            auto cl = run.client();
            for (int i = 0; i < kRounds; ++i) {
                const int kind = (t + i) % 3;
                httplib::Result r = kind == 0   ? cl.Post("/api/check", pdf, "application/pdf")
                                    : kind == 1 ? cl.Post("/v2/check", kLibreOfficeBody, "application/x-www-form-urlencoded")
                                                : cl.Post("/api/check", docx, kDocxType);
                got[t].emplace_back(r ? r->status : -1, r ? r->body : std::string());
                got[t].back().second = std::to_string(kind) + got[t].back().second;
            }
        });
    for (auto& th : threads) th.join();
    int answers = 0;
    for (int t = 0; t < kClients; ++t)
        for (const auto& [status, body] : got[t]) {
            CHECK(status == 200);
            const int kind = body[0] - '0';
            CHECK(body.substr(1) == want[kind]);
            ++answers;
        }
    CHECK(answers == kClients * kRounds);
}

TEST_CASE("serve: an analysis over the time limit gives 504; the server goes on") {
    struct Gate {
        std::mutex m;
        std::condition_variable cv;
        bool open = false;
        int calls = 0;
    };
    auto gate = std::make_shared<Gate>();
    serve::Options o;
    o.timeout_seconds = 1;
    o.before_analysis = [gate] {
        std::unique_lock lock(gate->m);
        if (++gate->calls == 1) gate->cv.wait(lock, [&] { return gate->open; });  // the first analysis hangs
    };
    Running run(o);
    auto c = run.client();
    auto r = c.Post("/api/check", slurp(kTxt), "text/plain");
    REQUIRE(r);
    CHECK(r->status == 504);
    check_security_headers(r);
    CHECK(json::parse(r->body)["fejl"].get<std::string>().find("sekunder") != std::string::npos);
    {
        std::lock_guard lock(gate->m);
        gate->open = true;
    }
    gate->cv.notify_all();
    auto r2 = c.Post("/api/check", slurp(kTxt), "text/plain");
    REQUIRE(r2);
    CHECK(r2->status == 200);
}

TEST_CASE("serve: stop() ends the server; it no longer answers") {
    auto run = std::make_unique<Running>();
    auto c = run->client();
    auto r = c.Get("/v2/languages");
    REQUIRE(r);
    CHECK(r->status == 200);
    run->server->stop();
    run->server->stop();  // idempotent
    httplib::Client after("127.0.0.1", run->port);
    after.set_connection_timeout(2, 0);
    auto r2 = after.Get("/v2/languages");
    CHECK_FALSE(r2);
    run.reset();  // joins the listener thread
}

TEST_CASE("serve: stop() right after start() does not hang") {
    for (int i = 0; i < 3; ++i) {
        Running run;
        run.server->stop();
    }
}
