#include "audit/store.hpp"

#include <sqlite3.h>

#include <stdexcept>

namespace klartjek::audit {

namespace {

const char* kToolVersion = "klartjek-analysis/3";

struct Stmt {
    sqlite3_stmt* s = nullptr;
    Stmt(sqlite3* db, const char* sql) {
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
            throw std::runtime_error(std::string("SQLite: ") + sqlite3_errmsg(db));
    }
    ~Stmt() { sqlite3_finalize(s); }
    Stmt& bind(int i, const std::string& v) {
        sqlite3_bind_text(s, i, v.c_str(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Stmt& bind(int i, long long v) {
        sqlite3_bind_int64(s, i, v);
        return *this;
    }
    bool step() {
        int rc = sqlite3_step(s);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        throw std::runtime_error(std::string("SQLite: ") + sqlite3_errmsg(sqlite3_db_handle(s)));
    }
    std::string text(int i) {
        auto p = sqlite3_column_text(s, i);
        return p ? reinterpret_cast<const char*>(p) : "";
    }
    long long integer(int i) { return sqlite3_column_int64(s, i); }
};

constexpr const char* kAuditColumns = "id, started, IFNULL(finished,''), inputs_key, inputs, IFNULL(out_dir,'')";

AuditInfo audit_from(Stmt& q) {
    return {q.integer(0), q.text(1), q.text(2), q.text(3), q.integer(4), q.text(5)};
}

}  // namespace

Store::Store(const std::string& path) {
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        std::string msg = db_ ? sqlite3_errmsg(db_) : "ukendt fejl";
        sqlite3_close(db_);
        db_ = nullptr;
        throw std::runtime_error("kan ikke åbne databasen " + path + ": " + msg);
    }
    sqlite3_busy_timeout(db_, 10000);
    try {
        exec("PRAGMA journal_mode=WAL");
        exec("PRAGMA synchronous=NORMAL");
        exec("CREATE TABLE IF NOT EXISTS audits(id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT,"
             " inputs_key TEXT NOT NULL, inputs INTEGER NOT NULL)");
        exec("CREATE TABLE IF NOT EXISTS letters(hash TEXT NOT NULL, tool TEXT NOT NULL, status TEXT NOT NULL,"
             " error TEXT, record TEXT, PRIMARY KEY(hash, tool))");
        exec("CREATE TABLE IF NOT EXISTS audit_letters(audit_id INTEGER NOT NULL, path TEXT NOT NULL, hash TEXT NOT NULL,"
             " PRIMARY KEY(audit_id, path))");
        // Stores made before the reports' folder was recorded get the column (empty).
        bool has_out_dir = false;
        {
            Stmt cols(db_, "PRAGMA table_info(audits)");
            while (cols.step()) has_out_dir |= cols.text(1) == "out_dir";
        }
        if (!has_out_dir) exec("ALTER TABLE audits ADD COLUMN out_dir TEXT");
    } catch (const std::exception& e) {
        sqlite3_close(db_);
        db_ = nullptr;
        throw std::runtime_error("databasen " + path + " kan ikke bruges: " + e.what());
    }
}

Store::~Store() { sqlite3_close(db_); }

void Store::exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::string msg = err ? err : "?";
        sqlite3_free(err);
        throw std::runtime_error("SQLite: " + msg);
    }
}

AuditInfo Store::begin_audit(const std::string& key, long long inputs, const std::string& now, const std::string& out_dir) {
    Stmt q(db_, (std::string("SELECT ") + kAuditColumns + " FROM audits WHERE finished IS NULL AND inputs_key=? ORDER BY id DESC LIMIT 1").c_str());
    q.bind(1, key);
    if (q.step()) {
        AuditInfo info = audit_from(q);
        if (info.out_dir != out_dir) {  // resumed into another folder: the reports are written there now
            Stmt u(db_, "UPDATE audits SET out_dir=? WHERE id=?");
            u.bind(1, out_dir).bind(2, info.id);
            u.step();
            info.out_dir = out_dir;
        }
        return info;
    }
    Stmt ins(db_, "INSERT INTO audits(started, inputs_key, inputs, out_dir) VALUES(?,?,?,?)");
    ins.bind(1, now).bind(2, key).bind(3, inputs).bind(4, out_dir);
    ins.step();
    return {sqlite3_last_insert_rowid(db_), now, "", key, inputs, out_dir};
}

void Store::finish_audit(long long id, const std::string& now) {
    Stmt q(db_, "UPDATE audits SET finished=? WHERE id=?");
    q.bind(1, now).bind(2, id);
    q.step();
}

std::optional<StoredLetter> Store::find(const std::string& hash) {
    Stmt q(db_, "SELECT status, IFNULL(error,''), IFNULL(record,'') FROM letters WHERE hash=? AND tool=?");
    q.bind(1, hash).bind(2, std::string(kToolVersion));
    if (!q.step()) return std::nullopt;
    StoredLetter l;
    l.hash = hash;
    l.status = q.text(0);
    l.error = q.text(1);
    std::string rec = q.text(2);
    if (!rec.empty()) l.record = nlohmann::ordered_json::parse(rec);
    return l;
}

void Store::put(long long audit_id, const std::string& path, const std::string& hash, const std::string& status,
                const std::string& error, const nlohmann::ordered_json& record) {
    exec("BEGIN IMMEDIATE");
    try {
        Stmt q(db_, "INSERT OR REPLACE INTO letters(hash, tool, status, error, record) VALUES(?,?,?,?,?)");
        q.bind(1, hash).bind(2, std::string(kToolVersion)).bind(3, status).bind(4, error).bind(5, record.is_null() ? "" : record.dump());
        q.step();
        Stmt l(db_, "INSERT OR REPLACE INTO audit_letters(audit_id, path, hash) VALUES(?,?,?)");
        l.bind(1, audit_id).bind(2, path).bind(3, hash);
        l.step();
        exec("COMMIT");
    } catch (...) {
        exec("ROLLBACK");
        throw;
    }
}

void Store::link(long long audit_id, const std::string& path, const std::string& hash) {
    Stmt l(db_, "INSERT OR REPLACE INTO audit_letters(audit_id, path, hash) VALUES(?,?,?)");
    l.bind(1, audit_id).bind(2, path).bind(3, hash);
    l.step();
}

std::vector<StoredLetter> Store::letters(long long audit_id) {
    Stmt q(db_, "SELECT a.path, a.hash, l.status, IFNULL(l.error,''), IFNULL(l.record,'') FROM audit_letters a"
                " JOIN letters l ON l.hash=a.hash AND l.tool=? WHERE a.audit_id=? ORDER BY a.path");
    q.bind(1, std::string(kToolVersion)).bind(2, audit_id);
    std::vector<StoredLetter> out;
    while (q.step()) {
        StoredLetter l{q.text(0), q.text(1), q.text(2), q.text(3), {}};
        std::string rec = q.text(4);
        if (!rec.empty()) l.record = nlohmann::ordered_json::parse(rec);
        out.push_back(std::move(l));
    }
    return out;
}

std::optional<AuditInfo> Store::latest_finished(std::optional<long long> before) {
    Stmt q(db_, (std::string("SELECT ") + kAuditColumns + " FROM audits WHERE finished IS NOT NULL AND id < ? ORDER BY id DESC LIMIT 1").c_str());
    q.bind(1, before.value_or(1LL << 62));
    if (!q.step()) return std::nullopt;
    return audit_from(q);
}

std::optional<AuditInfo> Store::latest() {
    Stmt q(db_, (std::string("SELECT ") + kAuditColumns + " FROM audits ORDER BY id DESC LIMIT 1").c_str());
    if (!q.step()) return std::nullopt;
    return audit_from(q);
}

std::optional<AuditInfo> Store::audit(long long id) {
    Stmt q(db_, (std::string("SELECT ") + kAuditColumns + " FROM audits WHERE id=?").c_str());
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return audit_from(q);
}

}  // namespace klartjek::audit
