#include "lexicon/lexicon.hpp"

#include <fstream>
#include <sstream>

namespace klartjek::lexicon {

std::string trim(std::string_view s) {
    auto b = s.find_first_not_of(" \t\r");
    if (b == std::string_view::npos) return {};
    auto e = s.find_last_not_of(" \t\r");
    return std::string(s.substr(b, e - b + 1));
}

LexiconFile LexiconFile::parse(std::string_view name, std::string_view content) {
    LexiconFile f;
    f.name_ = std::string(name);
    std::string current = "";
    std::size_t pos = 0;
    int n = 0;
    while (pos <= content.size()) {
        auto nl = content.find('\n', pos);
        if (nl == std::string_view::npos) nl = content.size();
        std::string line = trim(content.substr(pos, nl - pos));
        pos = nl + 1;
        ++n;
        if (line.empty() || line[0] == '#') continue;
        if (line.front() == '[' && line.back() == ']') {
            current = line.substr(1, line.size() - 2);
            f.sections_[current];
            continue;
        }
        auto& s = f.sections_[current];
        s.entries.push_back(line);
        s.lines.push_back(n);
    }
    return f;
}

const LexiconFile::Section& LexiconFile::find(const std::string& s) const {
    auto it = sections_.find(s);
    if (it == sections_.end())
        throw std::runtime_error("lexicon " + name_ + " has no section [" + s + "]");
    return it->second;
}

const std::vector<std::string>& LexiconFile::section(const std::string& s) const { return find(s).entries; }

const std::vector<int>& LexiconFile::lines(const std::string& s) const { return find(s).lines; }

double LexiconFile::number(const std::string& s, const std::string& key) const {
    for (const auto& line : section(s)) {
        auto eq = line.find('=');
        if (eq == std::string::npos) continue;
        if (trim(line.substr(0, eq)) != key) continue;
        std::string v = trim(line.substr(eq + 1));
        try {
            std::size_t used = 0;
            double d = std::stod(v, &used);
            if (used == v.size()) return d;
        } catch (const std::exception&) {
        }
        throw std::runtime_error("lexicon " + name_ + ": [" + s + "] " + key + " is not a number");
    }
    throw std::runtime_error("lexicon " + name_ + ": [" + s + "] has no " + key);
}

std::vector<std::pair<std::string, std::string>> LexiconFile::pairs(const std::string& s) const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& line : section(s)) {
        auto eq = line.find('=');
        if (eq == std::string::npos) continue;
        out.emplace_back(trim(std::string_view(line).substr(0, eq)), trim(std::string_view(line).substr(eq + 1)));
    }
    return out;
}

namespace {

std::string joined(const std::vector<LexiconProblem>& problems) {
    std::string s;
    for (const auto& p : problems) s += (s.empty() ? "" : "\n") + p.text();
    return s;
}

}  // namespace

LexiconError::LexiconError(std::string dir, std::vector<LexiconProblem> problems)
    : std::runtime_error(joined(problems)), dir_(std::move(dir)), problems_(std::move(problems)) {}

struct Lexicons::Cache {
    struct Item {
        std::type_index type;
        std::shared_ptr<const void> value;
    };
    std::mutex mutex;
    std::map<std::string, Item, std::less<>> items;
};

Lexicons::Lexicons() : cache_(std::make_unique<Cache>()) {}
Lexicons::Lexicons(Lexicons&&) noexcept = default;
Lexicons& Lexicons::operator=(Lexicons&&) noexcept = default;
Lexicons::~Lexicons() = default;

Lexicons Lexicons::load(const std::optional<std::string>& dir) {
    Lexicons l;
    if (dir) {
        auto r = check_directory(*dir);
        if (!r.ok()) throw LexiconError(*dir, std::move(r.problems));
        l.dir_ = *dir;
    }
    for (const auto& [name, data] : embedded_files()) {
        std::string content(data);
        if (dir) {
            std::ifstream in(*dir + "/" + std::string(name), std::ios::binary);
            if (in) {
                std::ostringstream ss;
                ss << in.rdbuf();
                content = ss.str();
            }
        }
        l.files_.emplace(std::string(name), LexiconFile::parse(name, content));
    }
    return l;
}

const LexiconFile& Lexicons::file(std::string_view name) const {
    auto it = files_.find(name);
    if (it == files_.end()) throw std::runtime_error("lexicon file not found: " + std::string(name));
    return it->second;
}

const void* Lexicons::find_compiled(std::string_view key, std::type_index type) const {
    std::lock_guard lock(cache_->mutex);
    auto it = cache_->items.find(key);
    if (it == cache_->items.end()) return nullptr;
    if (it->second.type != type) throw std::logic_error("lexicon cache: " + std::string(key) + " holds another type");
    return it->second.value.get();
}

const void* Lexicons::store_compiled(std::string_view key, std::type_index type, std::shared_ptr<const void> value) const {
    std::lock_guard lock(cache_->mutex);
    // Two threads may have built the same thing at once: the first one stored wins.
    auto [it, fresh] = cache_->items.try_emplace(std::string(key), Cache::Item{type, std::move(value)});
    if (!fresh && it->second.type != type) throw std::logic_error("lexicon cache: " + std::string(key) + " holds another type");
    return it->second.value.get();
}

const Lexicons& embedded() {
    static const Lexicons l = Lexicons::load();
    return l;
}

}  // namespace klartjek::lexicon
