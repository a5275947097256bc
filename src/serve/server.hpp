// `klartjek serve`: a local web server (cpp-httplib) for caseworkers and editors.
//
//   GET  /              Danish page: pick a PDF/DOCX/TXT or paste text (works without JavaScript)
//   POST /check         the form → the annotated HTML report `check --format html` gives
//   POST /api/check     the file as the body (or multipart field `file`) → `check` JSON
//   POST /v2/check      LanguageTool's HTTP API (serve/languagetool.hpp)
//   GET  /v2/languages  LanguageTool's language list (Danish)
//
// Nothing is written to disk and nothing from a letter is logged; CPR numbers are masked in every
// answer as in `check`. Every response carries a strict Content-Security-Policy. The library
// never prints and never exits: the CLI (src/cli) prints the address and handles signals.
#pragma once

#include <optional>

#include "config/config.hpp"
#include "lexicon/lexicon.hpp"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

namespace klartjek::serve {

struct Options {
    std::string host = "127.0.0.1";
    int port = 8089;                          // 0: any free port (see Server::port())
    int workers = 2;                          // requests handled at the same time
    std::size_t max_bytes = 50u * 1024 * 1024;  // request body limit (413 above it)
    int timeout_seconds = 30;                 // per analysis (504 above it); also socket read/write
    std::optional<config::Config> config;     // .klartjek.toml for every request (--config or found)
    // The lexicons every request is read with (loaded once at start-up); nullptr: lexicon::embedded().
    const lexicon::Lexicons* lexicons = nullptr;
    // Test hook, never set in production: runs on the analysis thread before each analysis.
    std::function<void()> before_analysis;
};

// The security headers every response carries.
extern const char* const kContentSecurityPolicy;

class Server {
public:
    explicit Server(Options opt);
    ~Server();  // stops and waits for running analyses (bounded)
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // Loads the lexicons and the Hunspell dictionary (one warm-up analysis), then binds.
    // Sets SIGPIPE to be ignored if it still has its default action (httplib writes without
    // MSG_NOSIGNAL, so a client hanging up would otherwise end the process).
    // Throws std::runtime_error with a Danish sentence when the address cannot be bound.
    void bind();
    int port() const;  // the bound port (after bind())

    // Serves until stop(); returns false if listening failed. Call after bind().
    bool run();
    // bind() + run() on a background thread (tests).
    void start();
    // Stops accepting and ends run(); thread-safe and idempotent, but not async-signal-safe:
    // call it from a normal thread (the CLI uses a sigwait thread).
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The start page (self-contained HTML and CSS, no script).
std::string page_html();

}  // namespace klartjek::serve
