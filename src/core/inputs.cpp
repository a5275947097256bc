#include "core/inputs.hpp"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>

#include "extract/extract.hpp"

namespace klartjek {

namespace fs = std::filesystem;

std::string glob_to_re2(std::string_view glob) {
    if (glob.size() >= 2 && glob.substr(0, 2) == "./") glob.remove_prefix(2);
    std::string re, literal;
    auto flush = [&] {
        re += RE2::QuoteMeta(literal);
        literal.clear();
    };
    // Without a folder separator the glob names a file at any depth.
    if (glob.find('/') == std::string_view::npos) re = "(?:.*/)?";
    for (std::size_t i = 0; i < glob.size(); ++i) {
        char c = glob[i];
        if (c == '*' && i + 1 < glob.size() && glob[i + 1] == '*') {
            flush();
            i += 1;
            if (i + 1 < glob.size() && glob[i + 1] == '/') {
                re += "(?:.*/)?";  // "**/": any number of folders, also none
                i += 1;
            } else {
                re += ".*";
            }
        } else if (c == '*') {
            flush();
            re += "[^/]*";
        } else if (c == '?') {
            flush();
            re += "[^/]";
        } else {
            literal += c;
        }
    }
    flush();
    return re;
}

namespace {

std::vector<std::unique_ptr<re2::RE2>> compile(const std::vector<std::string>& globs, const char* flag) {
    std::vector<std::unique_ptr<re2::RE2>> out;
    for (const auto& g : globs) {
        if (g.empty()) throw std::runtime_error(fmt::format("{}: mønsteret er tomt", flag));
        RE2::Options o;
        o.set_log_errors(false);
        o.set_dot_nl(true);
        auto re = std::make_unique<re2::RE2>(glob_to_re2(g), o);
        if (!re->ok()) throw std::runtime_error(fmt::format("{}: mønsteret '{}' kan ikke bruges", flag, g));
        out.push_back(std::move(re));
    }
    return out;
}

bool any_match(const std::vector<std::unique_ptr<re2::RE2>>& res, std::string_view path) {
    return std::any_of(res.begin(), res.end(), [&](const auto& re) { return RE2::FullMatch(path, *re); });
}

// Why a file is skipped without analysis ("" when it may be a letter).
std::string skip_reason(const std::string& path) {
    if (fs::path(path).filename() == ".klartjek.toml") return "konfigurationsfil (.klartjek.toml)";  // the folder's configuration
    std::ifstream in(path, std::ios::binary);
    std::string head(1 << 16, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return extract::other_format(head);
}

}  // namespace

PathFilter::PathFilter(const std::vector<std::string>& include, const std::vector<std::string>& exclude)
    : include_(compile(include, "--include")), exclude_(compile(exclude, "--exclude")) {}
PathFilter::PathFilter() = default;
PathFilter::~PathFilter() = default;
PathFilter::PathFilter(PathFilter&&) noexcept = default;
PathFilter& PathFilter::operator=(PathFilter&&) noexcept = default;

bool PathFilter::selects(std::string_view path) const {
    std::string p(path);
    while (p.size() >= 2 && p.compare(0, 2, "./") == 0) p.erase(0, 2);
    if (!include_.empty() && !any_match(include_, p)) return false;
    return !any_match(exclude_, p);
}

long long InputFiles::skipped_total() const {
    long long n = 0;
    for (const auto& [why, k] : skipped) n += k;
    return n;
}

InputFiles collect_inputs(const std::vector<std::string>& inputs, const CollectOptions& opt) {
    InputFiles out;
    std::set<std::string> seen;
    // One candidate: `relative` is what the globs see; files found in a folder are skipped when
    // they are recognisably not letters.
    auto consider = [&](const std::string& path, const std::string& relative, bool in_folder) {
        if (seen.count(path)) return;
        ++out.found;
        if (!opt.filter.selects(relative)) {
            ++out.excluded;
            seen.insert(path);
            return;
        }
        if (in_folder || opt.skip_named_files) {
            std::string why = skip_reason(path);
            if (!why.empty()) {
                ++out.skipped[why];
                seen.insert(path);
                return;
            }
        }
        seen.insert(path);
        out.files.push_back(path);
    };
    for (const auto& in : inputs) {
        if (in == "-") {
            if (seen.insert(in).second) {
                ++out.found;
                out.files.push_back(in);
            }
        } else if (!in.empty() && in[0] == '@') {
            std::ifstream list(in.substr(1));
            if (!list) throw std::runtime_error("listen " + in.substr(1) + " findes ikke eller kan ikke læses");
            std::vector<std::string> lines;
            std::string line;
            while (std::getline(list, line)) {
                while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
                if (!line.empty() && line[0] != '#') lines.push_back(line);
            }
            for (const auto& l : lines) consider(l, l, false);
        } else if (fs::is_directory(in)) {
            std::vector<fs::path> files;
            std::error_code ec;
            for (auto it = fs::recursive_directory_iterator(in, fs::directory_options::skip_permission_denied, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
                if (it->is_regular_file(ec)) files.push_back(it->path());
            std::sort(files.begin(), files.end());
            for (const auto& f : files) consider(f.string(), f.lexically_relative(in).generic_string(), true);
        } else if (fs::exists(in) || opt.keep_missing) {
            consider(in, in, false);
        } else {
            throw std::runtime_error(in + " findes ikke");
        }
    }
    return out;
}

std::string no_letters_message(const InputFiles& in, const std::vector<std::string>& inputs) {
    std::string where;
    if (inputs.size() == 1) {
        std::error_code ec;
        where = fs::is_directory(inputs[0], ec) ? "mappen " + inputs[0] : inputs[0];
    } else {
        where = fmt::format("de {} inddata", inputs.size());
    }
    if (in.found == 0) return fmt::format("ingen breve at tjekke: {} indeholder ingen filer", where);
    std::string why = fmt::format("ingen breve at tjekke i {}: {} {}", where, in.found, in.found == 1 ? "fil fundet" : "filer fundet");
    if (in.excluded) why += fmt::format(", {} udeladt af --include/--exclude", in.excluded);
    for (const auto& [reason, n] : in.skipped) {
        std::string r = reason;
        while (!r.empty() && (r.back() == '.' || r.back() == ' ')) r.pop_back();
        why += fmt::format(", {} sprunget over ({})", n, r);
    }
    return why;
}

}  // namespace klartjek
