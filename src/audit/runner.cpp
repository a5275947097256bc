#include "audit/runner.hpp"

#include "config/config.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "audit/aggregate.hpp"
#include "config/baseline.hpp"
#include "audit/hash.hpp"
#include "audit/record.hpp"
#include "audit/store.hpp"
#include "audit/summary_html.hpp"
#include "audit/xlsx.hpp"
#include "extract/extract.hpp"
#include "core/error.hpp"
#include "core/inputs.hpp"
#include "core/pipeline.hpp"
#include "report/formats.hpp"
#include "report/show.hpp"
#include "text/cpr.hpp"

namespace klartjek::audit {

namespace fs = std::filesystem;
using J = nlohmann::ordered_json;

namespace {

volatile std::sig_atomic_t g_interrupted = 0;
void on_signal(int) { g_interrupted = 1; }

std::string now_iso() {
    if (const char* fixed = std::getenv("KLARTJEK_NOW")) return fixed;  // reproducible tests
    std::time_t t = std::time(nullptr);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
    return buf;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

bool write_all(int fd, const char* p, std::size_t n) {
    while (n > 0) {
        ssize_t w = ::write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        p += w;
        n -= static_cast<std::size_t>(w);
    }
    return true;
}

bool read_all(int fd, char* p, std::size_t n) {
    while (n > 0) {
        ssize_t r = ::read(fd, p, n);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return false;
        p += r;
        n -= static_cast<std::size_t>(r);
    }
    return true;
}

bool send_msg(int fd, const std::string& s) {
    std::uint32_t n = static_cast<std::uint32_t>(s.size());
    return write_all(fd, reinterpret_cast<const char*>(&n), 4) && write_all(fd, s.data(), s.size());
}

bool recv_msg(int fd, std::string& s) {
    std::uint32_t n = 0;
    if (!read_all(fd, reinterpret_cast<char*>(&n), 4) || n > (1u << 30)) return false;
    s.resize(n);
    return read_all(fd, s.data(), n);
}

// The name a letter is stored and shown under: the path with digit runs masked
// (text::mask_file_name), and when that changed it, a tag made from the path's hash in letters
// only (no digits that a later masking could touch), so that masked names stay unique and stable
// across resumed runs.
std::string stored_name(const std::string& path, bool show) {
    if (show) return path;
    std::string m = text::mask_file_name(path);
    if (m == path) return m;
    std::string h = content_hash(path), tag;
    for (std::size_t i = 0; i < 8 && i < h.size(); ++i) {
        char c = h[i];
        tag += static_cast<char>('a' + (c >= 'a' ? c - 'a' + 10 : c - '0'));
    }
    return m + " #" + tag;
}

// The per-letter report's file name: readable, unique by content, never a CPR number.
std::string report_name(const std::string& path, const std::string& hash) {
    std::string stem = text::mask_file_name(fs::path(path == "-" ? "stdin" : path).stem().string());
    std::string safe;
    for (char c : stem) safe += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '_';
    if (safe.size() > 60) safe.resize(60);
    return safe + "-" + hash.substr(0, 8) + ".html";
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// Test-only hooks (KLARTJEK_TEST_HOOKS=1): a letter containing a marker crashes, hangs or eats
// memory inside its worker, so the tests can prove that the batch survives it.
void test_hooks(const std::string& path) {
    static const bool on = std::getenv("KLARTJEK_TEST_HOOKS") != nullptr;
    if (!on) return;
    if (const char* delay = std::getenv("KLARTJEK_TEST_DELAY_MS")) usleep(static_cast<useconds_t>(std::atoi(delay)) * 1000);
    std::string data = read_file(path);
    if (data.find("KLARTJEK_TEST_CRASH") != std::string::npos) std::raise(SIGSEGV);
    if (data.find("KLARTJEK_TEST_HANG") != std::string::npos)
        for (;;) pause();
    if (data.find("KLARTJEK_TEST_MEMORY") != std::string::npos) {
        // Sanitizer builds cannot run under an address-space limit: there the hook only
        // simulates the failed allocation.
        if (kSanitized) throw std::bad_alloc();
        std::vector<std::string> hog;
        for (;;) hog.emplace_back(64 << 20, 'x');
    }
}

[[noreturn]] void worker_main(int task_fd, int result_fd, const Options& opt) {
    std::signal(SIGINT, SIG_IGN);
    std::signal(SIGTERM, SIG_DFL);
    if (!kSanitized && opt.memory_mb > 0) {
        rlimit rl{};
        rl.rlim_cur = rl.rlim_max = static_cast<rlim_t>(opt.memory_mb) << 20;
        setrlimit(RLIMIT_AS, &rl);
    }
    report::TextOptions topt;
    topt.show_cpr = opt.show_cpr;
    topt.page_images = opt.page_images;
    topt.back_link = "../index.html";  // letters/<name>.html → the audit's index
    config::Resolver configs(opt.config_file, opt.no_config, opt.lex());  // checked by the parent already
    std::optional<baseline::Baseline> known;
    if (!opt.baseline_file.empty()) known = baseline::load(opt.baseline_file);
    std::vector<config::Suppression> suppressions;
    if (!opt.suppressions_file.empty()) suppressions = config::load_suppressions(opt.suppressions_file);
    std::string task;
    while (recv_msg(task_fd, task)) {
        auto nl = task.find('\n');
        std::string hash = task.substr(0, nl), path = task.substr(nl + 1);
        J reply;
        try {
            test_hooks(path);
            AnalyseOptions aopt;
            aopt.config = configs.for_letter(path);
            aopt.lexicons = &opt.lex();
            if (known) aopt.baseline = &*known;
            if (!suppressions.empty()) aopt.suppressions = &suppressions;
            Analysis a = analyse_file(path, aopt);
            std::string name = report_name(path, hash);
            std::ofstream page(fs::path(opt.out_dir) / "letters" / name, std::ios::binary);
            page << report::html(a, topt, path);
            reply = {{"ok", true}, {"record", letter_record(a, stored_name(path, opt.show_cpr), "letters/" + name)}};
            // The baseline's entries travel beside the record, never into the store (they hold excerpts).
            if (!opt.write_baseline.empty()) {
                J list = J::array();
                for (const auto& e : baseline::entries(a))
                    list.push_back({{"fingerprint", e.fingerprint}, {"rule", e.rule}, {"excerpt", e.excerpt}, {"file", e.file}});
                reply["baseline"] = list;
            }
        } catch (const InputError& e) {
            reply = {{"ok", false}, {"error", e.what()}};
        } catch (const config::ConfigError& e) {
            reply = {{"ok", false}, {"error", std::string("Konfigurationen kan ikke bruges: ") + e.what()}};
        } catch (const std::bad_alloc&) {
            reply = {{"ok", false}, {"error", fmt::format("Hukommelsesgrænsen på {} MiB blev overskredet.", opt.memory_mb)}};
        } catch (const std::exception& e) {
            reply = {{"ok", false}, {"error", std::string("Intern fejl: ") + e.what()}};
        }
        if (!send_msg(result_fd, reply.dump(-1, ' ', false, J::error_handler_t::replace))) break;
    }
    _exit(0);
}

struct Worker {
    pid_t pid = -1;
    int task_fd = -1, result_fd = -1;
    bool busy = false;
    std::string path, hash;
    std::chrono::steady_clock::time_point started;
};

class Pool {
public:
    Pool(int n, const Options& opt) : opt_(opt) {
        workers_.resize(static_cast<std::size_t>(n));
        for (auto& w : workers_) spawn(w);
    }
    ~Pool() {
        for (auto& w : workers_) stop(w, true);
    }
    std::vector<Worker>& workers() { return workers_; }

    void spawn(Worker& w) {
        int task[2], result[2];
        if (pipe(task) != 0 || pipe(result) != 0) throw std::runtime_error("kan ikke oprette en arbejdsproces (pipe)");
        std::cout.flush();
        std::cerr.flush();
        pid_t pid = fork();
        if (pid < 0) throw std::runtime_error("kan ikke oprette en arbejdsproces (fork)");
        if (pid == 0) {
            // The child keeps only its own two pipe ends.
            for (auto& other : workers_) {
                if (other.task_fd >= 0) close(other.task_fd);
                if (other.result_fd >= 0) close(other.result_fd);
            }
            close(task[1]);
            close(result[0]);
            worker_main(task[0], result[1], opt_);
        }
        close(task[0]);
        close(result[1]);
        fcntl(task[1], F_SETFD, FD_CLOEXEC);
        fcntl(result[0], F_SETFD, FD_CLOEXEC);
        w = Worker{};
        w.pid = pid;
        w.task_fd = task[1];
        w.result_fd = result[0];
    }

    // Kills a worker (after a crash or time-out) and reaps it; returns how it ended.
    std::string stop(Worker& w, bool kill_it) {
        if (w.pid < 0) return {};
        if (w.task_fd >= 0) close(w.task_fd);
        if (w.result_fd >= 0) close(w.result_fd);
        if (kill_it) ::kill(w.pid, SIGKILL);
        int status = 0;
        waitpid(w.pid, &status, 0);
        w.pid = -1;
        w.task_fd = w.result_fd = -1;
        if (WIFSIGNALED(status)) return fmt::format("signal {}", WTERMSIG(status));
        return fmt::format("afslutningskode {}", WEXITSTATUS(status));
    }

private:
    const Options& opt_;
    std::vector<Worker> workers_;
};

// Counts the letters as they finish and hands the count to the caller at most five times a second.
struct ProgressCounter {
    const std::function<void(const Progress&)>* sink = nullptr;
    Progress p;
    std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now(), last{};
    void show(bool force = false) {
        if (!sink || !*sink) return;
        auto now = std::chrono::steady_clock::now();
        if (!force && now - last < std::chrono::milliseconds(200)) return;
        last = now;
        double secs = std::chrono::duration<double>(now - start).count();
        p.letters_per_second = secs > 0 ? static_cast<double>(p.done) / secs : 0;
        (*sink)(p);
    }
};

void write_text(const fs::path& p, const std::string& s) {
    std::ofstream f(p, std::ios::binary);
    if (!f) throw std::runtime_error("kan ikke skrive " + p.string());
    f << s;
}

void write_outputs(const fs::path& dir, const J& summary, const std::vector<StoredLetter>& letters,
                   report::CsvDialect dialect = report::CsvDialect::rfc4180) {
    write_text(dir / "summary.json", summary.dump(1, ' ', false, J::error_handler_t::replace) + "\n");
    write_text(dir / "letters.csv", letters_csv(letters, dialect));
    write_text(dir / "letters-excel.csv", letters_excel_csv(letters));
    write_letters_xlsx((dir / "letters.xlsx").string(), summary, letters);
    write_text(dir / "index.html", summary_html(summary));
}

J summary_for(Store& store, const AuditInfo& info, const std::string& db_name) {
    SummaryInput in;
    in.audit = {{"id", info.id}, {"started", info.started}, {"finished", info.finished.empty() ? J(nullptr) : J(info.finished)},
                {"inputs", info.inputs}, {"stores", J::array({db_name})}};
    in.letters = store.letters(info.id);
    if (auto prev = store.latest_finished(info.id)) {
        in.previous = store.letters(prev->id);
        in.previous_audit = {{"id", prev->id}, {"finished", prev->finished}};
    }
    return summarise(in);
}

}  // namespace

int run_audit(const Options& opt_in) {
    Options opt = opt_in;
    if (opt.jobs <= 0) opt.jobs = std::max(1, static_cast<int>(sysconf(_SC_NPROCESSORS_ONLN)));
    auto fail = parse_severity(opt.fail_on);
    if (!fail) throw std::runtime_error("--fail-on skal være error/fejl, warning/advarsel eller info");
    // Files that are recognisably not letters (HTML, source code, images, archives) are skipped
    // and counted by reason; nothing else about them is kept.
    CollectOptions copt;
    copt.filter = PathFilter(opt.include, opt.exclude);
    copt.skip_named_files = true;
    InputFiles input = collect_inputs(opt.inputs, copt);
    if (input.files.empty()) throw std::runtime_error(no_letters_message(input, opt.inputs));
    std::vector<std::string> paths = std::move(input.files);
    std::sort(paths.begin(), paths.end());
    const std::map<std::string, long long>& skipped = input.skipped;
    fs::path dir(opt.out_dir);
    fs::create_directories(dir / "letters");
    std::string db_path = opt.db.empty() ? (dir / "audit.sqlite").string() : opt.db;

    // The configuration each letter gets (a bad --config stops here, before any work).
    config::Resolver configs(opt.config_file, opt.no_config, opt.lex());
    // A missing or broken baseline or suppression file stops here too; their contents key the cache.
    std::string triage_key;
    if (!opt.baseline_file.empty()) {
        baseline::load(opt.baseline_file);
        triage_key += std::string("\0baseline\0", 10) + read_file(opt.baseline_file);
    }
    if (!opt.suppressions_file.empty()) {
        config::load_suppressions(opt.suppressions_file);
        triage_key += std::string("\0suppress\0", 10) + read_file(opt.suppressions_file);
    }
    std::vector<baseline::Entry> baseline_entries;
    std::string key;
    for (const auto& p : paths) key += p + "\n";
    key = content_hash(key);

    // Workers first: they must not inherit an open database connection in use.
    Pool pool(opt.jobs, opt);
    Store store(db_path);
    AuditInfo info = store.begin_audit(key, static_cast<long long>(paths.size()), now_iso(), fs::absolute(dir).lexically_normal().string());

    struct Task {
        std::string path, hash;
    };
    std::vector<Task> todo;
    ProgressCounter progress;
    progress.sink = &opt.on_progress;
    progress.p.total = paths.size();
    auto say = [&](const std::string& line) {
        if (opt.on_message) opt.on_message(line);
    };
    for (const auto& p : paths) {
        std::string data = read_file(p);
        // The letter's findings depend on its configuration: a letter checked under another
        // .klartjek.toml is another entry of the store.
        const config::Config* cfg = nullptr;
        try {
            cfg = configs.for_letter(p);
        } catch (const config::ConfigError&) {
            // The worker reports it for this letter.
        }
        std::string hash = content_hash((cfg ? data + std::string("\0klartjek.toml\0", 15) + cfg->raw : data) + triage_key);
        // Writing a baseline needs every letter's findings, which the store does not keep: no cache.
        auto cached = opt.write_baseline.empty() ? store.find(hash) : std::nullopt;
        bool report_present = cached && cached->status == "ok" &&
                              fs::exists(dir / cached->record.value("report", std::string("letters/?")));
        if (cached && (cached->status != "ok" || report_present)) {
            store.link(info.id, stored_name(p, opt.show_cpr), hash);  // done in an earlier run: nothing to redo
            ++progress.p.done;
            if (cached->status != "ok") ++progress.p.failed;
            continue;
        }
        todo.push_back({p, hash});
    }

    g_interrupted = 0;
    struct sigaction sa {};
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    std::size_t next = 0;
    const auto limit = std::chrono::seconds(opt.timeout_seconds);
    auto record_failure = [&](Worker& w, const std::string& why) {
        store.put(info.id, stored_name(w.path, opt.show_cpr), w.hash, "failed", why, nullptr);
        ++progress.p.done;
        ++progress.p.failed;
    };
    while (!g_interrupted) {
        bool any_busy = false;
        for (auto& w : pool.workers()) {
            if (!w.busy && next < todo.size()) {
                w.path = todo[next].path;
                w.hash = todo[next].hash;
                ++next;
                if (!send_msg(w.task_fd, w.hash + "\n" + w.path)) {
                    pool.stop(w, true);
                    pool.spawn(w);
                    --next;
                    continue;
                }
                w.busy = true;
                w.started = std::chrono::steady_clock::now();
            }
            any_busy |= w.busy;
        }
        if (!any_busy) break;
        std::vector<pollfd> fds;
        std::vector<Worker*> who;
        for (auto& w : pool.workers())
            if (w.busy) {
                fds.push_back({w.result_fd, POLLIN, 0});
                who.push_back(&w);
            }
        int rc = poll(fds.data(), fds.size(), 200);
        if (rc < 0 && errno != EINTR) throw std::runtime_error("poll fejlede");
        for (std::size_t i = 0; rc > 0 && i < fds.size(); ++i) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            Worker& w = *who[i];
            std::string msg;
            if (!recv_msg(w.result_fd, msg)) {
                std::string how = pool.stop(w, true);
                record_failure(w, "Arbejdsprocessen stoppede uventet under analysen (" + how + "); filen er måske skadelig eller beskadiget.");
                pool.spawn(w);
                continue;
            }
            J reply = J::parse(msg, nullptr, false);
            if (reply.is_discarded()) {
                record_failure(w, "Ugyldigt svar fra arbejdsprocessen.");
            } else if (reply.value("ok", false)) {
                if (reply.contains("baseline"))
                    for (const auto& e : reply["baseline"])
                        baseline_entries.push_back({e.value("fingerprint", ""), e.value("rule", ""), e.value("excerpt", ""), e.value("file", "")});
                store.put(info.id, stored_name(w.path, opt.show_cpr), w.hash, "ok", "", reply["record"]);
                ++progress.p.done;
            } else {
                record_failure(w, reply.value("error", std::string("ukendt fejl")));
            }
            w.busy = false;
        }
        auto now = std::chrono::steady_clock::now();
        for (auto& w : pool.workers())
            if (w.busy && now - w.started > limit) {
                pool.stop(w, true);
                record_failure(w, fmt::format("Tidsgrænsen på {} sekunder pr. brev blev overskredet.", opt.timeout_seconds));
                pool.spawn(w);
            }
        progress.show();
    }
    progress.show(true);

    if (g_interrupted) {
        say(fmt::format("klartjek: afbrudt — {} af {} breve er gemt i {}. Kør samme kommando igen for at fortsætte.", progress.p.done,
                        paths.size(), db_path));
        auto partial = summary_for(store, info, fs::path(db_path).filename().string());
        write_outputs(dir, partial, store.letters(info.id), report::csv_dialect(opt.csv_dialect));
        return 130;
    }
    store.finish_audit(info.id, now_iso());
    info = *store.audit(info.id);
    auto summary = summary_for(store, info, fs::path(db_path).filename().string());
    long long skipped_total = 0;
    J reasons = J::array();
    for (const auto& [why, n] : skipped) {
        skipped_total += n;
        reasons.push_back({{"reason", why}, {"files", n}});
    }
    summary["skipped"] = {{"files", skipped_total}, {"reasons", reasons}};
    summary["excluded"] = input.excluded;  // left out by --include/--exclude
    auto letters = store.letters(info.id);
    write_outputs(dir, summary, letters, report::csv_dialect(opt.csv_dialect));

    if (!opt.write_baseline.empty()) {
        std::ofstream out(opt.write_baseline, std::ios::binary);
        out << baseline::to_json(baseline_entries, now_iso()).dump(1) << "\n";
        if (!out) throw std::runtime_error("kan ikke skrive basislinjen til " + opt.write_baseline);
        say(fmt::format("klartjek: basislinjen med {} fund er skrevet til {}", baseline_entries.size(),
                        opt.show_cpr ? opt.write_baseline : text::mask_file_name(opt.write_baseline)));
    }
    bool findings = false;
    std::size_t failed = 0;
    long long baselined = 0, suppressed = 0;
    for (const auto& l : letters) {
        if (l.status != "ok") {
            ++failed;
            say("klartjek: " + l.path + ": " + (opt.show_cpr ? l.error : text::mask_file_name(l.error)));
            continue;
        }
        baselined += l.record.value("baselined", 0);
        suppressed += l.record.value("suppressed", 0);
        int at_or_above = 0;
        if (*fail <= Severity::error) at_or_above += l.record.value("errors", 0);
        if (*fail <= Severity::warning) at_or_above += l.record.value("warnings", 0);
        if (*fail <= Severity::info) at_or_above += l.record.value("infos", 0);
        if (at_or_above > 0) findings = true;
    }
    for (const auto& [why, n] : skipped)
        say(fmt::format("klartjek: {} {} sprunget over: {}", n, n == 1 ? "fil" : "filer", why));
    const auto analysed = letters.size() - failed;
    say(fmt::format("klartjek: {} {} analyseret, {} kunne ikke læses, {} {} sprunget over (ikke breve). Oversigt: {}", analysed,
                    analysed == 1 ? "brev" : "breve", failed, skipped_total, skipped_total == 1 ? "fil" : "filer",
                    (dir / "index.html").string()));
    if (baselined || suppressed)
        say(fmt::format("klartjek: {} kendte fund skjult af basislinjen, {} fund undertrykt", baselined, suppressed));
    if (failed) return 2;
    return findings ? 1 : 0;
}

// Merges the latest audit of each store. A letter is its content (the hash): when several stores
// hold it, the result of the newest audit counts (by the time it finished; on a tie, the store
// named last), once, and the other stores' copies are left out. Every letter's report is copied
// from the folder its audit wrote it to into OUT/letters/; a report that cannot be found is not
// linked (the summary counts it), so the merged index has no dead link.
int run_report(const std::vector<std::string>& dbs, const std::string& out_dir, const MessageSink& on_message) {
    struct Source {
        std::string db;
        AuditInfo info;
        std::vector<StoredLetter> letters;
    };
    std::vector<Source> sources;
    long long inputs = 0;
    J stores = J::array();
    for (const auto& db : dbs) {
        if (!fs::exists(db)) throw std::runtime_error("databasen " + db + " findes ikke");
        Store store(db);
        auto info = store.latest_finished();
        if (!info) info = store.latest();
        if (!info) throw std::runtime_error("databasen " + db + " indeholder ingen audit");
        stores.push_back(db);
        inputs += info->inputs;
        sources.push_back({db, *info, store.letters(info->id)});
    }
    // The newest store for each content hash.
    auto stamp = [](const AuditInfo& i) { return i.finished.empty() ? i.started : i.finished; };
    std::map<std::string, std::size_t> winner;
    std::map<std::string, std::set<std::size_t>> holders;
    long long in_stores = 0;
    for (std::size_t i = 0; i < sources.size(); ++i)
        for (const auto& l : sources[i].letters) {
            ++in_stores;
            holders[l.hash].insert(i);
            auto [it, fresh] = winner.emplace(l.hash, i);
            if (!fresh && stamp(sources[i].info) >= stamp(sources[it->second].info)) it->second = i;
        }
    long long duplicates = 0, dropped = 0;
    for (const auto& [h, who] : holders)
        if (who.size() > 1) ++duplicates;

    fs::path out(out_dir);
    fs::create_directories(out / "letters");
    SummaryInput in;
    long long copied = 0, missing = 0;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        // Where this audit's reports are: the recorded folder, else (older stores) the store's own folder.
        fs::path from = sources[i].info.out_dir.empty() ? fs::absolute(sources[i].db).parent_path() : fs::path(sources[i].info.out_dir);
        for (auto& l : sources[i].letters) {
            if (winner[l.hash] != i) {
                ++dropped;
                continue;
            }
            if (l.status == "ok") {
                const std::string report = l.record.value("report", std::string());
                std::error_code ec;
                bool ok = !report.empty() && report.find("..") == std::string::npos && fs::is_regular_file(from / report, ec);
                if (ok) {
                    fs::path target = out / report;
                    fs::create_directories(target.parent_path(), ec);
                    if (!fs::equivalent(from / report, target, ec))
                        fs::copy_file(from / report, target, fs::copy_options::overwrite_existing, ec);
                    ok = !ec && fs::is_regular_file(target, ec);
                }
                if (ok) ++copied;
                else {
                    ++missing;
                    l.record["report"] = nullptr;
                }
            }
            in.letters.push_back(std::move(l));
        }
    }
    std::stable_sort(in.letters.begin(), in.letters.end(),
                     [](const StoredLetter& a, const StoredLetter& b) { return std::tie(a.path, a.hash) < std::tie(b.path, b.hash); });
    in.audit = {{"id", nullptr}, {"started", nullptr}, {"finished", now_iso()}, {"inputs", inputs}, {"stores", stores}};
    in.previous_audit = nullptr;
    J summary = summarise(in);
    summary["merge"] = {{"stores", sources.size()},
                        {"letters_in_stores", in_stores},
                        {"letters", in.letters.size()},
                        {"in_several_stores", duplicates},
                        {"left_out", dropped},
                        {"rule", "newest"},
                        {"reports_copied", copied},
                        {"reports_missing", missing}};
    write_outputs(out, summary, in.letters);
    if (on_message) {
        on_message(fmt::format("klartjek: samlet oversigt over {} breve fra {} databaser ({} fandtes i flere og tælles én gang; det "
                               "nyeste resultat gælder): {}",
                               in.letters.size(), dbs.size(), duplicates, (out / "index.html").string()));
        if (missing) on_message(fmt::format("klartjek: {} brevrapporter blev ikke fundet og er ikke linket i oversigten", missing));
    }
    return 0;
}

}  // namespace klartjek::audit
