// The audit store: one SQLite file with every analysed letter (by content hash) and every audit
// run. Each letter is committed on its own as it finishes (WAL journal), so a run killed at any
// moment loses at most the letters in flight, and a rerun skips what is there.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace klartjek::audit {

struct StoredLetter {
    std::string path, hash, status, error;  // status: "ok" or "failed"
    nlohmann::ordered_json record;          // letter_record() for "ok"
};

struct AuditInfo {
    long long id = 0;
    std::string started, finished, inputs_key;
    long long inputs = 0;
    std::string out_dir;  // where the audit wrote its per-letter reports (absolute; "" in old stores)
};

class Store {
public:
    // Opens or creates the store; throws std::runtime_error with a Danish message.
    explicit Store(const std::string& path);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // An unfinished audit over the same inputs is resumed; otherwise a new one starts.
    // `out_dir` is recorded so that `klartjek report` can find the per-letter reports again.
    AuditInfo begin_audit(const std::string& inputs_key, long long inputs, const std::string& now, const std::string& out_dir = "");
    void finish_audit(long long audit_id, const std::string& now);

    // A stored result for this content and tool version, if any.
    std::optional<StoredLetter> find(const std::string& hash);
    void put(long long audit_id, const std::string& path, const std::string& hash, const std::string& status,
             const std::string& error, const nlohmann::ordered_json& record);
    void link(long long audit_id, const std::string& path, const std::string& hash);

    // The letters of an audit (sorted by path), and the audit before it.
    std::vector<StoredLetter> letters(long long audit_id);
    std::optional<AuditInfo> latest_finished(std::optional<long long> before = std::nullopt);
    std::optional<AuditInfo> latest();
    std::optional<AuditInfo> audit(long long id);

private:
    sqlite3* db_ = nullptr;
    void exec(const char* sql);
};

}  // namespace klartjek::audit
