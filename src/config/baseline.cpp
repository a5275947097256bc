#include "config/baseline.hpp"

#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "audit/hash.hpp"
#include "core/pipeline.hpp"
#include "klartjek_version.hpp"
#include "text/cpr.hpp"
#include "text/utf8.hpp"

namespace klartjek::baseline {

namespace fs = std::filesystem;

std::string letter_key(const std::string& document_name) {
    if (document_name == "-" || document_name.empty()) return "<stdin>";
    return text::mask_file_name(fs::path(document_name).filename().string());
}

std::string finding_text(const std::string& text, const std::vector<text::Range>& mask, const Finding& f, bool folded) {
    if (f.end <= f.begin || f.end > text.size()) return {};
    std::string s = text.substr(f.begin, f.end - f.begin);
    std::vector<text::Range> local;
    for (auto [b, e] : mask)
        if (b < f.end && e > f.begin) local.push_back({b > f.begin ? b - f.begin : 0, std::min(e, f.end) - f.begin});
    text::mask_ranges(s, local);
    if (!folded) {
        for (char& c : s)
            if (c == '\n' || c == '\t' || c == '\r') c = ' ';
        return s;
    }
    std::string lower = text::to_lower(s), out;
    bool space = false;
    for (char c : lower) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ', space = false;
        out += c;
    }
    return out;
}

void assign(std::vector<Finding>& findings, const std::string& text, const std::vector<text::Range>& mask,
            const std::string& document_name) {
    const std::string key = letter_key(document_name);
    std::map<std::string, int> seen;
    for (auto& f : findings) {
        std::string base = f.rule + '\x1f' + finding_text(text, mask, f, true) + '\x1f' + key;
        int n = seen[base]++;
        f.fingerprint = audit::content_hash(base + '\x1f' + std::to_string(n));
    }
}

void apply(const Baseline& b, std::vector<Finding>& findings, std::vector<Finding>& known) {
    std::vector<Finding> kept;
    for (auto& f : findings) (b.contains(f.fingerprint) ? known : kept).push_back(std::move(f));
    findings = std::move(kept);
}

Baseline load(const std::string& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw BaselineError(path + ": er en mappe, ikke en basislinje");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw BaselineError(path + ": basislinjen findes ikke eller kan ikke læses");
    std::ostringstream ss;
    ss << in.rdbuf();
    auto j = nlohmann::json::parse(ss.str(), nullptr, false);
    if (j.is_discarded()) throw BaselineError(path + ": basislinjen er ikke gyldig JSON (skriv den med --write-baseline)");
    if (!j.is_object() || !j.contains("schema") || j["schema"] != kSchema)
        throw BaselineError(path + ": er ikke en basislinje fra klartjek (schema skal være \"" + std::string(kSchema) + "\")");
    if (!j.contains("entries") || !j["entries"].is_array())
        throw BaselineError(path + ": basislinjen mangler listen \"entries\"");
    Baseline b;
    b.file = path;
    for (const auto& e : j["entries"]) {
        if (!e.is_object() || !e.contains("fingerprint") || !e["fingerprint"].is_string())
            throw BaselineError(path + ": et punkt i basislinjen mangler \"fingerprint\"");
        b.fingerprints.insert(e["fingerprint"].get<std::string>());
    }
    return b;
}

std::vector<Entry> entries(const Analysis& a) {
    std::vector<const Finding*> all;
    for (const auto& f : a.findings) all.push_back(&f);
    for (const auto& f : a.known) all.push_back(&f);
    std::stable_sort(all.begin(), all.end(), [](const Finding* x, const Finding* y) {
        if (x->begin != y->begin) return x->begin < y->begin;
        return x->rule < y->rule;
    });
    std::vector<Entry> out;
    const std::string key = letter_key(a.document.name);
    for (const Finding* f : all) {
        std::string ex = finding_text(a.text.text, a.cpr.mask, *f, true);
        if (ex.size() > 200) {
            std::size_t cut = 200;
            while (cut > 0 && (static_cast<unsigned char>(ex[cut]) & 0xC0) == 0x80) --cut;
            ex = ex.substr(0, cut) + "…";
        }
        out.push_back({f->fingerprint, f->rule, ex, key});
    }
    return out;
}

nlohmann::ordered_json to_json(const std::vector<Entry>& entries, const std::string& created) {
    auto list = nlohmann::ordered_json::array();
    std::vector<const Entry*> sorted;
    for (const auto& e : entries) sorted.push_back(&e);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Entry* x, const Entry* y) { return x->file < y->file; });
    for (const Entry* e : sorted)
        list.push_back({{"fingerprint", e->fingerprint}, {"rule", e->rule}, {"excerpt", e->excerpt}, {"file", e->file}});
    return {{"schema", kSchema}, {"klartjek", KLARTJEK_VERSION}, {"created", created}, {"entries", list}};
}

std::string now_iso() {
    if (const char* fixed = std::getenv("KLARTJEK_NOW")) return fixed;
    std::time_t t = std::time(nullptr);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
    return buf;
}

}  // namespace klartjek::baseline
