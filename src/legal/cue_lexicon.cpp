#include "legal/cue_lexicon.hpp"

namespace klartjek::legal {

namespace {
std::string trim(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
    std::size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    return s.substr(i);
}
}  // namespace

std::vector<CueEntry> cue_entries(const lexicon::LexiconFile& file, const std::string& section) {
    std::vector<CueEntry> out;
    for (const auto& line : file.section(section)) {
        CueEntry e;
        std::size_t cut = line.find("  # ");
        e.pattern = trim(line.substr(0, cut));
        while (cut != std::string::npos) {
            std::size_t next = line.find("  # ", cut + 4);
            std::string part = line.substr(cut + 4, next == std::string::npos ? std::string::npos : next - cut - 4);
            if (part.rfind("+ ", 0) == 0) e.must_match.push_back(trim(part.substr(2)));
            else if (part.rfind("- ", 0) == 0) e.must_not_match.push_back(trim(part.substr(2)));
            cut = next;
        }
        if (!e.pattern.empty()) out.push_back(std::move(e));
    }
    return out;
}

std::vector<std::string> cue_patterns(const lexicon::LexiconFile& file, const std::string& section) {
    std::vector<std::string> out;
    for (auto& e : cue_entries(file, section)) out.push_back(std::move(e.pattern));
    return out;
}

}  // namespace klartjek::legal
