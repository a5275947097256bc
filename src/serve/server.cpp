#include "serve/server.hpp"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>

#include <csignal>
#include <signal.h>
#include <sys/socket.h>

#include "core/error.hpp"
#include "core/pipeline.hpp"
#include "extract/extract.hpp"
#include "lexicon/lexicon.hpp"
#include "report/check.hpp"
#include "report/extract_json.hpp"
#include "report/formats.hpp"
#include "serve/languagetool.hpp"

namespace klartjek::serve {

const char* const kContentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'";

namespace {

constexpr const char* kJson = "application/json; charset=utf-8";
constexpr const char* kHtml = "text/html; charset=utf-8";
constexpr const char* kText = "text/plain; charset=utf-8";

// A response computed on the analysis thread.
struct Outcome {
    int status = 200;
    std::string body;
    std::string type = kJson;
};

std::string json_error(const std::string& msg) {
    return nlohmann::ordered_json{{"fejl", msg}}.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

const char kPageStyle[] = R"CSS(
:root{--fg:#1b1b1b;--mut:#5b5b5b;--acc:#1f4e79;--bg:#fff;--line:#c9c9c9}
*{box-sizing:border-box}
body{font:17px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--fg);background:var(--bg);margin:0}
main{max-width:760px;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem;margin:.2rem 0 .5rem}
p.lead{color:var(--mut);margin-top:0}
fieldset{border:1px solid var(--line);border-radius:8px;padding:1rem 1.2rem;margin:1rem 0}
legend{font-weight:600;padding:0 .3rem}
input[type=file]{display:block;width:100%;padding:1.2rem;border:2px dashed var(--line);border-radius:8px;background:#fafafa}
textarea{width:100%;min-height:12rem;font:inherit;padding:.6rem;border:1px solid var(--line);border-radius:6px}
button{font:inherit;font-weight:600;background:var(--acc);color:#fff;border:0;border-radius:6px;padding:.6rem 1.4rem;cursor:pointer}
button:focus,input:focus,textarea:focus{outline:3px solid #ffbf47;outline-offset:2px}
small,.note{color:var(--mut)}
.note{font-size:.9rem;border-top:1px solid var(--line);margin-top:2rem;padding-top:.8rem}
.err{border-left:4px solid #b3261e;padding:.4rem .8rem;background:#fdf1f0}
)CSS";

std::string page_head(const std::string& title) {
    return std::string("<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<meta name=\"referrer\" content=\"no-referrer\"><title>") +
           title + "</title><style>" + kPageStyle + "</style></head><body><main>\n";
}

// A Danish error page for the form (the message is ours, never text from the letter).
std::string error_page(const std::string& msg) {
    return page_head("klartjek: brevet kunne ikke tjekkes") + "<h1>Brevet kunne ikke tjekkes</h1><p class=\"err\">" +
           report::html_escape(msg) + "</p><p><a href=\"/\">Tilbage til forsiden</a></p></main></body></html>\n";
}

// The HTML report with a way back to the form at the top.
std::string with_back_link(std::string page) {
    const std::string link = "<nav style=\"max-width:1200px;margin:0 auto;padding:.6rem 1.5rem 0\"><a href=\"/\">&larr; Tjek et andet brev</a></nav>\n";
    auto at = page.find("<body>");
    if (at == std::string::npos) return link + page;
    at += 6;
    if (at < page.size() && page[at] == '\n') ++at;
    page.insert(at, link);
    return page;
}

// The file name given by the client, shortened and without a directory; masked by the reports.
std::string clean_name(std::string name) {
    auto slash = name.find_last_of("/\\");
    if (slash != std::string::npos) name.erase(0, slash + 1);
    for (char& c : name)
        if (static_cast<unsigned char>(c) < 0x20) c = '_';
    if (name.size() > 200) name.resize(200);
    return name.empty() ? std::string("brev") : name;
}

// Content types accepted for a raw /api/check body; the content decides the kind in any case.
bool accepted_type(const std::string& ct) {
    std::string t = ct.substr(0, ct.find(';'));
    while (!t.empty() && t.back() == ' ') t.pop_back();
    for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return t.empty() || t == "application/pdf" || t == "application/vnd.openxmlformats-officedocument.wordprocessingml.document" ||
           t == "text/plain" || t == "application/octet-stream" || t == "application/x-pdf";
}

struct Part {
    std::string name, filename, content_type, data;
};

// A request body read through httplib's content reader (so the size limit is ours and the
// form body has no 8 KiB cap).
struct Body {
    bool ok = true;
    bool too_large = false;
    bool multipart = false;
    std::string raw;
    std::vector<Part> parts;
    const Part* part(const std::string& name) const {
        for (const auto& p : parts)
            if (p.name == name) return &p;
        return nullptr;
    }
};

Body read_body(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader, std::size_t max) {
    Body b;
    std::size_t total = 0;
    if (req.is_multipart_form_data()) {
        b.multipart = true;
        b.ok = reader(
            [&](const httplib::MultipartFormData& f) {
                if (b.parts.size() >= 16) return false;
                b.parts.push_back({f.name, f.filename, f.content_type, {}});
                return true;
            },
            [&](const char* d, std::size_t n) {
                total += n;
                if (total > max) return b.too_large = true, false;
                if (!b.parts.empty()) b.parts.back().data.append(d, n);
                return true;
            });
    } else {
        b.ok = reader([&](const char* d, std::size_t n) {
            total += n;
            if (total > max) return b.too_large = true, false;
            b.raw.append(d, n);
            return true;
        });
    }
    if (res.status == 413) b.too_large = true;  // Content-Length over the limit: httplib skipped the body
    if (b.too_large) b.ok = false;
    return b;
}

std::string too_large_message(std::size_t max) {
    return "Filen er for stor: serveren modtager højst " + std::to_string(max / (1024 * 1024)) +
           " MiB pr. forespørgsel (--max-bytes).";
}

// Counts analyses still running after their request was answered with 504.
struct Tracker {
    std::mutex m;
    std::condition_variable cv;
    int running = 0;
    int overdue = 0;
};

struct Slot {
    std::mutex m;
    std::condition_variable cv;
    bool done = false;
    bool abandoned = false;
    Outcome out;
};

}  // namespace

struct Server::Impl {
    Options opt;
    httplib::Server http;
    std::shared_ptr<Tracker> tracker = std::make_shared<Tracker>();
    std::thread listener;
    int port = -1;
    std::atomic<bool> stopping{false};
    std::atomic<bool> in_run{false}, run_done{false};

    const lexicon::Lexicons& lexicons() const { return opt.lexicons ? *opt.lexicons : lexicon::embedded(); }


    // Runs `work` on its own thread with the time limit. On time-out the request is answered 504
    // and the analysis finishes in the background (it cannot be interrupted); while as many
    // analyses as there are workers are overdue, new ones are refused with 503.
    Outcome limited(std::function<Outcome()> work, bool json) {
        auto t = tracker;
        {
            std::lock_guard lock(t->m);
            if (t->overdue >= std::max(1, opt.workers))
                return {503, json ? json_error("Serveren er optaget af andre tjek; prøv igen om lidt.")
                                  : error_page("Serveren er optaget af andre tjek; prøv igen om lidt."),
                        json ? kJson : kHtml};
            ++t->running;
        }
        auto slot = std::make_shared<Slot>();
        std::thread([slot, t, work = std::move(work), hook = opt.before_analysis, json] {
            Outcome o;
            try {
                if (hook) hook();
                o = work();
            } catch (const InputError& e) {
                o = {400, json ? json_error(e.what()) : error_page(e.what()), json ? kJson : kHtml};
            } catch (const std::exception&) {
                // The message may quote the letter: not passed on.
                o = {500, json ? json_error("Intern fejl under tjekket af brevet.") : error_page("Intern fejl under tjekket af brevet."),
                     json ? kJson : kHtml};
            }
            bool abandoned;
            {
                std::lock_guard lock(slot->m);
                slot->out = std::move(o);
                slot->done = true;
                abandoned = slot->abandoned;
            }
            slot->cv.notify_all();
            {
                std::lock_guard lock(t->m);
                --t->running;
                if (abandoned) --t->overdue;
            }
            t->cv.notify_all();
        }).detach();
        std::unique_lock lock(slot->m);
        if (slot->cv.wait_for(lock, std::chrono::seconds(opt.timeout_seconds), [&] { return slot->done; }))
            return std::move(slot->out);
        slot->abandoned = true;
        lock.unlock();
        {
            std::lock_guard tl(t->m);
            ++t->overdue;
        }
        const std::string msg = "Tjekket tog længere end " + std::to_string(opt.timeout_seconds) +
                                " sekunder og blev afbrudt. Prøv med et kortere brev.";
        return {504, json ? json_error(msg) : error_page(msg), json ? kJson : kHtml};
    }

    static void reply(httplib::Response& res, const Outcome& o) {
        res.status = o.status;
        res.set_content(o.body, o.type.c_str());
    }

    void routes() {
        http.Get("/", [](const httplib::Request&, httplib::Response& res) { res.set_content(page_html(), kHtml); });

        http.Post("/check", [this](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader) {
            Body b = read_body(req, res, reader, opt.max_bytes);
            if (b.too_large) return reply(res, {413, error_page(too_large_message(opt.max_bytes)), kHtml});
            if (!b.ok || !b.multipart)
                return reply(res, {400, error_page("Formularen kunne ikke læses. Vælg en fil eller indsæt teksten og prøv igen."), kHtml});
            const Part* file = b.part("file");
            const Part* pasted = b.part("text");
            std::string bytes, name;
            if (file && !file->data.empty()) {
                bytes = file->data;
                name = clean_name(file->filename);
            } else if (pasted && pasted->data.find_first_not_of(" \t\r\n") != std::string::npos) {
                bytes = pasted->data;
                name = "indsat tekst";
            } else {
                return reply(res, {400, error_page("Vælg en fil (PDF, Word eller tekst) eller indsæt brevets tekst."), kHtml});
            }
            reply(res, limited(
                           [bytes = std::move(bytes), name = std::move(name), cfg = opt.config ? &*opt.config : nullptr, lex = &lexicons()] {
                               AnalyseOptions aopt;
                               aopt.config = cfg;
                               aopt.lexicons = lex;
                               extract::Options eopt;
                               eopt.lexicons = lex;
                               Analysis a = analyse_document(extract::extract_bytes(bytes, name, eopt), aopt);
                               report::TextOptions topt;
                               topt.page_images = false;
                               return Outcome{200, with_back_link(report::html(a, topt, "")), kHtml};
                           },
                           false));
        });

        http.Post("/api/check", [this](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader) {
            Body b = read_body(req, res, reader, opt.max_bytes);
            if (b.too_large) return reply(res, {413, json_error(too_large_message(opt.max_bytes)), kJson});
            if (!b.ok) return reply(res, {400, json_error("Forespørgslen kunne ikke læses."), kJson});
            std::string bytes, name = req.has_param("name") ? req.get_param_value("name") : "";
            if (b.multipart) {
                const Part* file = b.part("file");
                if (!file) return reply(res, {400, json_error("Feltet 'file' mangler i formularen."), kJson});
                bytes = file->data;
                if (name.empty()) name = file->filename;
            } else {
                if (!accepted_type(req.get_header_value("Content-Type")))
                    return reply(res, {400, json_error("Typen understøttes ikke: send en PDF-fil, et Word-dokument (.docx) eller en tekstfil."), kJson});
                bytes = std::move(b.raw);
            }
            name = clean_name(name);
            reply(res, limited(
                           [bytes = std::move(bytes), name = std::move(name), cfg = opt.config ? &*opt.config : nullptr, lex = &lexicons()] {
                               AnalyseOptions aopt;
                               aopt.config = cfg;
                               aopt.lexicons = lex;
                               extract::Options eopt;
                               eopt.lexicons = lex;
                               Analysis a = analyse_document(extract::extract_bytes(bytes, name, eopt), aopt);
                               report::TextOptions topt;
                               topt.page_images = false;
                               return Outcome{200, report::dump_lines(report::check_json(a, topt)), kJson};
                           },
                           true));
        });

        http.Post("/v2/check", [this](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader) {
            Body b = read_body(req, res, reader, opt.max_bytes);
            if (b.too_large) return reply(res, {413, "Error: " + too_large_message(opt.max_bytes), kText});
            if (!b.ok) return reply(res, {400, "Error: the request could not be read", kText});
            std::multimap<std::string, std::string> fields;
            if (b.multipart) {
                for (auto& p : b.parts) fields.emplace(p.name, std::move(p.data));
            } else {
                fields = parse_urlencoded(b.raw);
            }
            for (const auto& [k, v] : req.params) fields.emplace(k, v);  // LanguageTool also reads the query
            LtText text;
            try {
                text = lt_parse(fields);
            } catch (const LtError& e) {
                return reply(res, {e.status, e.what(), kText});
            }
            reply(res, limited(
                           [text = std::move(text), cfg = opt.config ? &*opt.config : nullptr, lex = &lexicons()] {
                               return Outcome{200, lt_check(text, *lex, cfg).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace), kJson};
                           },
                           true));
        });

        http.Get("/v2/languages", [](const httplib::Request&, httplib::Response& res) { res.set_content(lt_languages().dump(), kJson); });

        // Errors httplib answers itself (404, 405, 413 before a handler, 400 bad request): a Danish body.
        http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
            if (!res.body.empty()) return;
            std::string msg = res.status == 404   ? "Siden findes ikke."
                              : res.status == 413 ? "Forespørgslen er for stor."
                              : res.status == 405 ? "Metoden understøttes ikke her."
                                                  : "Forespørgslen kunne ikke behandles.";
            if (req.path.rfind("/api/", 0) == 0) res.set_content(json_error(msg), kJson);
            else if (req.path.rfind("/v2/", 0) == 0) res.set_content("Error: " + msg, kText);
            else res.set_content(error_page(msg), kHtml);
        });
        http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
            res.status = 500;
            res.set_content(json_error("Intern fejl."), kJson);
        });
    }
};

Server::Server(Options opt) : impl_(std::make_unique<Impl>()) {
    impl_->opt = std::move(opt);
    if (impl_->opt.workers < 1) impl_->opt.workers = 1;
    if (impl_->opt.timeout_seconds < 1) impl_->opt.timeout_seconds = 1;
    auto& h = impl_->http;
    const int workers = impl_->opt.workers;
    h.new_task_queue = [workers] { return new httplib::ThreadPool(static_cast<std::size_t>(workers)); };
    h.set_default_headers({{"Content-Security-Policy", kContentSecurityPolicy},
                           {"X-Content-Type-Options", "nosniff"},
                           {"Referrer-Policy", "no-referrer"},
                           {"X-Frame-Options", "DENY"},
                           {"Cache-Control", "no-store"}});
    // httplib's default also sets SO_REUSEPORT, which would let a second server (or another
    // program of the same user) bind the same port and take requests: SO_REUSEADDR only.
    h.set_socket_options([](socket_t sock) {
        int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    h.set_payload_max_length(impl_->opt.max_bytes);
    const auto t = static_cast<time_t>(impl_->opt.timeout_seconds);
    h.set_read_timeout(t, 0);
    h.set_write_timeout(t, 0);
    h.set_keep_alive_timeout(2);
    // No logger: httplib would hand it every request and response, letter included.
    impl_->routes();
}

Server::~Server() {
    stop();
    if (impl_->listener.joinable()) impl_->listener.join();
    // Analyses answered with 504 may still run; give them a bounded time to finish.
    auto t = impl_->tracker;
    std::unique_lock lock(t->m);
    t->cv.wait_for(lock, std::chrono::seconds(2 * impl_->opt.timeout_seconds), [&] { return t->running == 0; });
}

void Server::bind() {
    // httplib writes to sockets without MSG_NOSIGNAL: a client that hangs up mid-answer would
    // raise SIGPIPE and end the process. Ignore it unless the program has its own handler.
    struct sigaction old {};
    if (sigaction(SIGPIPE, nullptr, &old) == 0 && old.sa_handler == SIG_DFL && !(old.sa_flags & SA_SIGINFO))
        std::signal(SIGPIPE, SIG_IGN);
    // Warm-up: compiles the lexicons' patterns, the Hunspell dictionary and the rules' patterns
    // once, before requests arrive (the Lexicons value compiles them thread-safely on first use,
    // but the first request should not pay for them).
    try {
        AnalyseOptions warm;
        warm.lexicons = &impl_->lexicons();
        (void)analyse_document(extract::extract_text(
            "Kære Anne\n\nDu har søgt om hjælp. Vi har bevilget hjælpen efter servicelovens § 100.\n\n"
            "Du kan klage inden 4 uger.\n\nMed venlig hilsen\nKommunen\n",
            "opvarmning"), warm);
    } catch (const std::exception&) {
        // A warm-up failure would show again on the first request; not fatal here.
    }
    auto& h = impl_->http;
    if (impl_->opt.port == 0) {
        impl_->port = h.bind_to_any_port(impl_->opt.host);
    } else {
        impl_->port = h.bind_to_port(impl_->opt.host, impl_->opt.port) ? impl_->opt.port : -1;
    }
    if (impl_->port <= 0)
        throw std::runtime_error("kan ikke lytte på " + impl_->opt.host + ":" + std::to_string(impl_->opt.port) +
                                 " (er adressen optaget eller ugyldig?)");
}

int Server::port() const { return impl_->port; }

bool Server::run() {
    impl_->in_run = true;
    bool ok = impl_->stopping ? true : impl_->http.listen_after_bind();
    impl_->run_done = true;
    return ok;
}

void Server::start() {
    bind();
    impl_->in_run = true;  // before the thread starts, so that stop() waits for it
    impl_->listener = std::thread([this] { run(); });
    // Returns when the socket is bound; requests queue in the backlog until listen_after_bind runs.
}

void Server::stop() {
    impl_->stopping = true;
    impl_->http.stop();
    // run() may have passed its check and not yet be listening: stop again until it returns.
    while (impl_->in_run && !impl_->run_done) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        impl_->http.stop();
    }
}

std::string page_html() {
    std::string p = page_head("klartjek: tjek et afgørelsesbrev");
    p += R"HTML(<h1>Tjek et afgørelsesbrev</h1>
<p class="lead">Vælg brevet som PDF, Word-dokument (.docx) eller tekstfil, eller indsæt teksten. Du får en rapport med tjeklisten øverst og fejlene først.</p>
<form method="post" enctype="multipart/form-data" action="/check">
<fieldset><legend>Vælg en fil</legend>
<label for="file">Brevet (PDF, .docx eller .txt)</label>
<input type="file" id="file" name="file" accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain">
</fieldset>
<fieldset><legend>… eller indsæt teksten</legend>
<label for="text">Brevets tekst</label>
<textarea id="text" name="text" spellcheck="false"></textarea>
<small>Bruges kun, når der ikke er valgt en fil.</small>
</fieldset>
<p><button type="submit">Tjek brevet</button></p>
</form>
<p class="note">Brevet tjekkes af klartjek på den server, du har startet (som standard kun på denne computer). Intet gemmes, og intet sendes videre; CPR-numre vises maskeret i rapporten.
Skriver du i LibreOffice Writer, kan klartjek også vise fund direkte i teksten: brug denne adresse med <code>/v2</code> som LanguageTool-server.</p>
</main></body></html>
)HTML";
    return p;
}

}  // namespace klartjek::serve
