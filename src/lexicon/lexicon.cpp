#include "lexicon/lexicon.hpp"
#include "lexicon/check.hpp"

#include <fstream>
#include <mutex>
#include <sstream>
#include <stdexcept>

namespace klartjek::lexicon {

std::string trim(std::string_view s) {
    auto b = s.find_first_not_of(" \t\r");
    if (b == std::string_view::npos) return {};
    auto e = s.find_last_not_of(" \t\r");
    return std::string(s.substr(b, e - b + 1));
}

namespace {

std::mutex g_mutex;
std::string g_override;
std::map<std::string, LexiconFile> g_cache;

}  // namespace

LexiconFile LexiconFile::parse(std::string_view name, std::string_view content) {
    LexiconFile f;
    f.name_ = std::string(name);
    std::string current = "";
    std::size_t pos = 0;
    while (pos <= content.size()) {
        auto nl = content.find('\n', pos);
        if (nl == std::string_view::npos) nl = content.size();
        std::string line = trim(content.substr(pos, nl - pos));
        pos = nl + 1;
        if (line.empty() || line[0] == '#') continue;
        if (line.front() == '[' && line.back() == ']') {
            current = line.substr(1, line.size() - 2);
            f.sections_[current];
            continue;
        }
        f.sections_[current].push_back(line);
    }
    return f;
}

const std::vector<std::string>& LexiconFile::section(const std::string& s) const {
    auto it = sections_.find(s);
    if (it == sections_.end())
        throw std::runtime_error("lexicon " + name_ + " has no section [" + s + "]");
    return it->second;
}

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

void set_override_directory(const std::string& dir) {
    std::lock_guard lock(g_mutex);
    g_override = dir;
    g_cache.clear();
}

const LexiconFile& get(const std::string& file) {
    std::lock_guard lock(g_mutex);
    auto it = g_cache.find(file);
    if (it != g_cache.end()) return it->second;
    std::string content;
    bool found = false;
    if (!g_override.empty()) {
        std::ifstream in(g_override + "/" + file, std::ios::binary);
        if (in) {
            std::ostringstream ss;
            ss << in.rdbuf();
            content = ss.str();
            found = true;
        }
    }
    if (!found) {
        for (const auto& [name, data] : embedded_files())
            if (name == file) content = std::string(data), found = true;
    }
    if (!found) throw std::runtime_error("lexicon file not found: " + file);
    return g_cache.emplace(file, LexiconFile::parse(file, content)).first->second;
}

}  // namespace klartjek::lexicon
