#include "config/config.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <re2/re2.h>
#include <toml++/toml.h>

#include "lexicon/lexicon.hpp"
#include "rules/registry.hpp"
#include "text/utf8.hpp"

namespace klartjek::config {

namespace {

namespace fs = std::filesystem;

Origin origin_of(const toml::source_region& r, const std::string& name) {
    return Origin{name, static_cast<int>(r.begin.line)};
}

[[noreturn]] void fail(const std::string& name, const toml::source_region& r, const std::string& what) {
    throw ConfigError(fmt::format("{}:{}: {}", name, r.begin.line, what));
}

std::string level_text(std::optional<Severity> s) {
    if (!s) return "off";
    switch (*s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        default: return "info";
    }
}

// A level as written: false when it is none of the names; `level` nullopt for "off".
bool parse_level(const std::string& v, std::optional<Severity>& level) {
    level.reset();
    if (v == "off" || v == "fra") return true;
    if (v == "info") level = Severity::info;
    else if (v == "warning" || v == "advarsel") level = Severity::warning;
    else if (v == "error" || v == "fejl") level = Severity::error;
    return level.has_value();
}

// Rule ids a finding can carry that are not in the registry (extraction quality and this module).
const std::vector<std::string>& other_rule_ids() {
    static const std::vector<std::string> ids = {"extract-garbled", "extract-no-text",   "extract-ocr-suspect",
                                                 "extract-encoding", "extract-pdf-damaged", "extract-not-danish",
                                                 "extract-html-leftovers", "extract-tracked-changes",
                                                 "config-appeal-approved", "config-area-outside"};
    return ids;
}

bool known_rule(std::string_view id) {
    if (rules::find(id)) return true;
    for (const auto& o : other_rule_ids())
        if (o == id) return true;
    return false;
}

bool prefix_matches_any(std::string_view prefix) {
    for (const auto& r : rules::registry())
        if (r.id.starts_with(prefix)) return true;
    for (const auto& o : other_rule_ids())
        if (std::string_view(o).starts_with(prefix)) return true;
    return false;
}

// A string or an array of strings.
std::vector<std::string> strings(const toml::node& n, const std::string& name, const std::string& what) {
    std::vector<std::string> out;
    if (auto s = n.value<std::string>()) {
        out.push_back(*s);
        return out;
    }
    const auto* arr = n.as_array();
    if (!arr) fail(name, n.source(), what + " skal være en tekst eller en liste af tekster");
    for (const auto& e : *arr) {
        auto s = e.value<std::string>();
        if (!s) fail(name, e.source(), what + ": hvert element skal være en tekst i anførselstegn");
        out.push_back(*s);
    }
    return out;
}

// Folded text with a map from each folded byte back to its byte in the original.
struct Folded {
    std::string text;
    std::vector<std::uint32_t> at;
};

Folded fold_with_map(const std::string& s) {
    Folded f;
    bool space = false;
    for (std::uint32_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        std::uint32_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
        if (i + len > s.size()) len = 1;
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            space = !f.text.empty();
            ++i;
            continue;
        }
        if (space) f.text += ' ', f.at.push_back(i), space = false;
        std::string lower = text::to_lower(std::string_view(s).substr(i, len));
        for (char ch : lower) f.text += ch, f.at.push_back(i);
        i += len;
    }
    return f;
}

// Lower case with every run of white space made one space, trimmed: the same folding as the
// letter's text gets, so an approved wording is found as written.
std::string fold(std::string_view s) { return fold_with_map(std::string(s)).text; }

std::string quote(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

std::string list(const std::vector<std::string>& v) {
    std::string out = "[";
    for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + quote(v[i]);
    return out + "]";
}

std::string number_text(double d) {
    std::string s = fmt::format("{}", d);
    return s;
}

const char* const kSuppressKeys = "rule, text, fingerprint, reason, who, date";

// One `[[suppress]]` table: the rule must exist, the pattern compile, the reason say something.
Suppression parse_suppression(const toml::node& n, const std::string& name) {
    const auto* tbl = n.as_table();
    if (!tbl) fail(name, n.source(), "hvert [[suppress]]-punkt skal være en tabel");
    Suppression s;
    s.origin = origin_of(n.source(), name);
    auto text_of = [&](const toml::node& v, const std::string& key) {
        if (auto str = v.value<std::string>()) return *str;
        if (key == "date")
            if (auto d = v.value<toml::date>())
                return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d->year), static_cast<int>(d->month), static_cast<int>(d->day));
        fail(name, v.source(), key + " skal være en tekst i anførselstegn");
    };
    for (auto&& [k, v] : *tbl) {
        std::string key(k.str());
        if (key == "rule") s.rule = text_of(v, key);
        else if (key == "text") s.text = text_of(v, key);
        else if (key == "fingerprint") s.fingerprint = text_of(v, key);
        else if (key == "reason") s.reason = text_of(v, key);
        else if (key == "who") s.who = text_of(v, key);
        else if (key == "date") s.date = text_of(v, key);
        else fail(name, k.source(), "ukendt nøgle \"" + key + "\" i [[suppress]] (kan være: " + kSuppressKeys + ")");
    }
    if (s.rule.empty()) fail(name, n.source(), "[[suppress]] mangler rule = \"regel-id\"");
    bool prefix = s.rule.back() == '*';
    if (prefix ? !prefix_matches_any(std::string_view(s.rule).substr(0, s.rule.size() - 1)) : !known_rule(s.rule))
        fail(name, n.source(), "ukendt regel \"" + s.rule + "\" i [[suppress]] (se 'klartjek rules')");
    if (fold(s.reason).empty())
        fail(name, n.source(), "[[suppress]] for \"" + s.rule + "\" mangler en begrundelse: reason = \"…\"");
    if (!s.text.empty() && !s.fingerprint.empty())
        fail(name, n.source(), "[[suppress]] kan have text eller fingerprint, ikke begge");
    if (!s.text.empty()) {
        RE2::Options o;
        o.set_log_errors(false);
        auto re = std::make_shared<const RE2>(s.text, o);
        if (!re->ok()) fail(name, n.source(), "text = \"" + s.text + "\" er ikke et gyldigt RE2-mønster");
        s.re = re;
    }
    if (!s.fingerprint.empty() &&
        (s.fingerprint.size() != 32 || s.fingerprint.find_first_not_of("0123456789abcdef") != std::string::npos))
        fail(name, n.source(), "fingerprint skal være 32 tegn 0-9 og a-f (som i JSON- og SARIF-uddata)");
    return s;
}

void parse_suppress_array(const toml::node& n, const toml::key& key, const std::string& name, std::vector<Suppression>& out) {
    const auto* arr = n.as_array();
    if (!arr) fail(name, key.source(), "suppress skal skrives [[suppress]] (en liste af tabeller)");
    for (const auto& e : *arr) out.push_back(parse_suppression(e, name));
}

toml::table parse_toml(std::string_view toml_text, const std::string& name) {
    try {
        return toml::parse(toml_text, name);
    } catch (const toml::parse_error& e) {
        // toml++ explains in English only; the line and column say where, in Danish.
        throw ConfigError(fmt::format("{}:{}: ugyldig TOML i linje {}, kolonne {} (se README: Konfiguration)", name,
                                      e.source().begin.line, e.source().begin.line, e.source().begin.column));
    }
}

}  // namespace

bool Suppression::matches(const Finding& f, std::string_view excerpt) const {
    bool prefix = !rule.empty() && rule.back() == '*';
    if (prefix ? f.rule.compare(0, rule.size() - 1, rule, 0, rule.size() - 1) != 0 : f.rule != rule) return false;
    if (!fingerprint.empty() && f.fingerprint != fingerprint) return false;
    if (re && !RE2::PartialMatch(excerpt, *re)) return false;
    return true;
}

std::vector<Suppression> parse_suppressions(std::string_view toml_text, const std::string& name) {
    toml::table root = parse_toml(toml_text, name);
    std::vector<Suppression> out;
    for (auto&& [key, node] : root) {
        if (key.str() != "suppress")
            fail(name, key.source(), "ukendt nøgle \"" + std::string(key.str()) + "\" (en undertrykkelsesfil har kun [[suppress]]-punkter)");
        parse_suppress_array(node, key, name, out);
    }
    return out;
}

std::vector<Suppression> load_suppressions(const std::string& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw ConfigError(path + ": er en mappe, ikke en undertrykkelsesfil");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ConfigError(path + ": undertrykkelsesfilen findes ikke eller kan ikke læses");
    std::ostringstream ss;
    ss << in.rdbuf();
    return parse_suppressions(ss.str(), path);
}

const std::vector<std::string>& tunable_thresholds() {
    static const std::vector<std::string> keys = {"long_sentence_info", "long_sentence_warning", "avg_sentence_info",
                                                  "long_compound_letters", "lix_info", "lix_warning",
                                                  "passive_share_info"};
    return keys;
}

const RuleSetting* Config::setting(std::string_view rule) const {
    const RuleSetting* best = nullptr;
    std::size_t best_len = 0;
    for (const auto& r : rules) {
        bool prefix = !r.key.empty() && r.key.back() == '*';
        if (!prefix) {
            if (r.key == rule) return &r;
            continue;
        }
        std::string_view p(r.key.data(), r.key.size() - 1);
        if (rule.substr(0, p.size()) == p && p.size() + 1 > best_len) best = &r, best_len = p.size() + 1;
    }
    return best;
}

std::optional<Severity> Config::level(std::string_view rule, Severity standard) const {
    const RuleSetting* s = setting(rule);
    return s ? s->level : std::optional<Severity>{standard};
}

double Config::threshold(const std::string& key, const lexicon::Lexicons& lex) const {
    auto it = thresholds.find(key);
    if (it != thresholds.end()) return it->second.value;
    return lex.file("plain_language.txt").number("thresholds", key);
}

Config parse(std::string_view toml_text, const std::string& name, const lexicon::Lexicons& lex) {
    Config cfg;
    cfg.file = name;
    cfg.raw = std::string(toml_text);
    toml::table root = parse_toml(toml_text, name);
    for (auto&& [key, node] : root) {
        const std::string section(key.str());
        if (section == "suppress") {
            parse_suppress_array(node, key, name, cfg.suppress);
            continue;
        }
        const auto* tbl = node.as_table();
        if (!tbl) fail(name, key.source(), "\"" + section + "\" skal være en sektion ([" + section + "])");
        if (section == "rules" || section == "regler") {
            for (auto&& [k, v] : *tbl) {
                std::string id(k.str());
                auto s = v.value<std::string>();
                std::optional<Severity> lvl;
                if (!s || !parse_level(*s, lvl)) fail(name, v.source(), "reglen \"" + id + "\" skal have værdien \"off\", \"info\", \"warning\" eller \"error\"");
                bool prefix = !id.empty() && id.back() == '*';
                if (prefix ? !prefix_matches_any(std::string_view(id).substr(0, id.size() - 1)) : !known_rule(id))
                    fail(name, k.source(), "ukendt regel \"" + id + "\" (se 'klartjek rules')");
                cfg.rules.push_back({id, lvl, origin_of(k.source(), name)});
            }
        } else if (section == "thresholds" || section == "grænser") {
            const auto& allowed = tunable_thresholds();
            for (auto&& [k, v] : *tbl) {
                std::string id(k.str());
                if (std::find(allowed.begin(), allowed.end(), id) == allowed.end()) {
                    std::string names;
                    for (const auto& a : allowed) names += (names.empty() ? "" : ", ") + a;
                    fail(name, k.source(), "ukendt grænse \"" + id + "\" (kan være: " + names + ")");
                }
                auto d = v.value<double>();
                if (!d || *d < 0) fail(name, v.source(), "grænsen \"" + id + "\" skal være et tal, ikke negativt");
                cfg.thresholds[id] = {*d, origin_of(k.source(), name)};
            }
        } else if (section == "words" || section == "ord") {
            for (auto&& [k, v] : *tbl) {
                std::string id(k.str());
                if (id != "accept" && id != "godkend") fail(name, k.source(), "ukendt nøgle \"" + id + "\" i [words] (kun accept)");
                for (auto& w : strings(v, name, "accept")) {
                    if (w.empty() || w.find(' ') != std::string::npos)
                        fail(name, v.source(), "accept: \"" + w + "\" skal være ét ord");
                    cfg.accept_words.push_back(w);
                }
                cfg.accept_origin = origin_of(k.source(), name);
            }
        } else if (section == "officialese" || section == "kancellisprog") {
            for (auto&& [k, v] : *tbl) {
                std::string id(k.str());
                if (id != "allow" && id != "tillad") fail(name, k.source(), "ukendt nøgle \"" + id + "\" i [officialese] (kun allow)");
                for (auto& w : strings(v, name, "allow")) {
                    if (fold(w).empty()) fail(name, v.source(), "allow: en tom tekst");
                    cfg.officialese_allow.push_back(fold(w));
                }
                cfg.allow_origin = origin_of(k.source(), name);
            }
        } else if (section == "profile" || section == "profil") {
            for (auto&& [k, v] : *tbl) {
                std::string id(k.str());
                if (id == "klagevejledning" || id == "appeal_text") {
                    for (auto& t : strings(v, name, id)) {
                        std::string f = fold(t);
                        if (f.size() < 80)
                            fail(name, v.source(), id + ": teksten er for kort til at genkende en klagevejledning (mindst 80 tegn)");
                        cfg.appeal_texts.push_back(f);
                    }
                    cfg.appeal_origin = origin_of(k.source(), name);
                } else if (id == "kommune" || id == "municipality") {
                    cfg.municipality = strings(v, name, id);
                    cfg.municipality_origin = origin_of(k.source(), name);
                } else if (id == "områder" || id == "omraader" || id == "areas") {
                    // The legal areas the unit works in: "social" (the area klartjek knows) and/or
                    // "andet" (any other area).
                    cfg.areas.clear();
                    for (auto& a : strings(v, name, id)) {
                        std::string f = text::to_lower(a);
                        if (f == "social" || f == "socialområdet") cfg.areas.push_back("social");
                        else if (f == "andet" || f == "andre" || f == "other") cfg.areas.push_back("other");
                        else fail(name, v.source(), id + ": ukendt område \"" + a + "\" (kan være: social, andet)");
                    }
                    cfg.areas_origin = origin_of(k.source(), name);
                } else {
                    fail(name, k.source(), "ukendt nøgle \"" + id + "\" i [profile] (kan være: kommune, klagevejledning, områder)");
                }
            }
        } else {
            fail(name, key.source(),
                 "ukendt sektion [" + section + "] (kan være: [rules], [thresholds], [words], [officialese], [profile], [[suppress]])");
        }
    }
    // A pair of thresholds that contradict each other is an error, not a silent surprise.
    auto pair_ok = [&](const char* lo, const char* hi) {
        if (!cfg.thresholds.count(lo) && !cfg.thresholds.count(hi)) return;
        if (cfg.threshold(lo, lex) > cfg.threshold(hi, lex)) {
            const auto& at = cfg.thresholds.count(lo) ? cfg.thresholds[lo] : cfg.thresholds[hi];
            throw ConfigError(fmt::format("{}:{}: {} ({}) må ikke være større end {} ({})", name, at.origin.line, lo,
                                          number_text(cfg.threshold(lo, lex)), hi, number_text(cfg.threshold(hi, lex))));
        }
    };
    pair_ok("long_sentence_info", "long_sentence_warning");
    pair_ok("lix_info", "lix_warning");
    return cfg;
}

Config load(const std::string& path, const lexicon::Lexicons& lex) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw ConfigError(path + ": er en mappe, ikke en konfigurationsfil");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ConfigError(path + ": konfigurationsfilen findes ikke eller kan ikke læses");
    std::ostringstream ss;
    ss << in.rdbuf();
    return parse(ss.str(), path, lex);
}

std::optional<std::string> discover(const std::string& letter) {
    std::error_code ec;
    fs::path start = letter == "-" ? fs::current_path(ec) : fs::absolute(fs::path(letter), ec).parent_path();
    if (ec) return std::nullopt;
    for (fs::path dir = start;; dir = dir.parent_path()) {
        fs::path candidate = dir / ".klartjek.toml";
        if (fs::is_regular_file(candidate, ec)) return candidate.string();
        if (!dir.has_parent_path() || dir.parent_path() == dir) break;
    }
    return std::nullopt;
}

Resolver::Resolver(std::string file, bool none, const lexicon::Lexicons& lex) : file_(std::move(file)), none_(none), lex_(&lex) {
    if (!file_.empty() && !none_) cache_.emplace(file_, load(file_, lex));  // a bad --config fails at once
}

const Config* Resolver::for_letter(const std::string& letter) {
    if (none_) return nullptr;
    std::string path = file_;
    if (path.empty()) {
        auto found = discover(letter);
        if (!found) return nullptr;
        path = *found;
    }
    auto it = cache_.find(path);
    if (it == cache_.end()) it = cache_.emplace(path, load(path, lex_ ? *lex_ : lexicon::embedded())).first;
    return &it->second;
}

void apply(const Config& cfg, const NormalizedText& text, std::vector<Finding>& findings, std::string_view area,
           std::uint32_t at_begin, std::uint32_t at_end) {
    if (cfg.empty()) return;
    auto excerpt = [&](const Finding& f) {
        if (f.end <= f.begin || f.end > text.text.size()) return std::string();
        return text.text.substr(f.begin, f.end - f.begin);
    };
    // The unit's approved appeal wording, verbatim (spaces and case aside).
    std::optional<std::pair<std::uint32_t, std::uint32_t>> approved;
    if (!cfg.appeal_texts.empty()) {
        Folded f = fold_with_map(text.text);
        for (const auto& t : cfg.appeal_texts) {
            auto pos = f.text.find(t);
            if (pos == std::string::npos) continue;
            std::uint32_t b = f.at[pos], e = f.at[pos + t.size() - 1] + 1;
            while (e < text.text.size() && (static_cast<unsigned char>(text.text[e]) & 0xC0) == 0x80) ++e;
            approved = {b, e};
            break;
        }
    }
    std::vector<Finding> out;
    for (auto& f : findings) {
        if (approved && f.rule.rfind("appeal-", 0) == 0) continue;
        if (f.rule == "spell-unknown-word" && !cfg.accept_words.empty()) {
            std::string w = text::to_lower(excerpt(f));
            if (std::any_of(cfg.accept_words.begin(), cfg.accept_words.end(),
                            [&](const std::string& a) { return text::to_lower(a) == w; }))
                continue;
        }
        if (f.rule == "plain-officialese" && !cfg.officialese_allow.empty()) {
            std::string w = fold(excerpt(f));
            bool allowed = false;
            for (const auto& a : cfg.officialese_allow)
                if (w == a || w.find(a) != std::string::npos) allowed = true;
            if (allowed) continue;
        }
        auto lvl = cfg.level(f.rule, f.severity);
        if (!lvl) continue;
        // A configured level replaces the rule's own level; a finding the rule gave at info level
        // because klartjek could not decide (appeal-missing beside words about complaining) stays
        // info unless the rule is switched off.
        const rules::RuleInfo* info = rules::find(f.rule);
        const bool undecided_info = info && f.severity == Severity::info && info->severity != Severity::info;
        if (!undecided_info) f.severity = *lvl;
        out.push_back(std::move(f));
    }
    if (approved) {
        Finding n;
        n.rule = "config-appeal-approved";
        n.severity = Severity::info;
        n.message = "Klagevejledningen er kommunens godkendte tekst fra " + cfg.appeal_origin.text() +
                    "; klartjek har ikke vurderet den igen.";
        n.begin = approved->first;
        n.end = approved->second;
        if (auto lvl = cfg.level(n.rule, n.severity)) {
            n.severity = *lvl;
            out.push_back(std::move(n));
        }
    }
    // A letter of a legal area the unit does not work in: said once, at info level.
    if (!cfg.areas.empty() && (area == "social" || area == "other") &&
        std::find(cfg.areas.begin(), cfg.areas.end(), area) == cfg.areas.end()) {
        Finding n;
        n.rule = "config-area-outside";
        n.severity = Severity::info;
        n.message = std::string("Brevet hører til ") + (area == "social" ? "det sociale område" : "et andet retsområde end det sociale") +
                    ", som enheden ikke arbejder med ifølge " + cfg.areas_origin.text() + ".";
        n.begin = at_begin;
        n.end = at_end;
        if (auto lvl = cfg.level(n.rule, n.severity)) {
            n.severity = *lvl;
            out.push_back(std::move(n));
        }
    }
    findings = std::move(out);
}

std::string describe(const Config& cfg, const lexicon::Lexicons& lexicons) {
    std::string s;
    auto line = [&](const std::string& left, const std::string& where) {
        std::string l = left;
        std::size_t chars = 0;  // columns, not bytes: "Københavns" is one column per letter
        for (char ch : l) chars += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
        if (chars < 44) l.append(44 - chars, ' ');
        s += l + " # " + where + "\n";
    };
    s += cfg.empty() ? "# Ingen konfigurationsfil: klartjeks standardværdier.\n"
                     : "# Konfiguration fra " + cfg.file + "\n";
    s += "\n[rules]\n";
    for (const auto& r : rules::registry()) {
        const RuleSetting* set = cfg.setting(r.id);
        auto lvl = set ? set->level : std::optional<Severity>{r.severity};
        line(fmt::format("\"{}\" = \"{}\"", r.id, level_text(lvl)),
             set ? "fra " + set->origin.text() + (set->key != r.id ? " (" + set->key + ")" : "") : "standard");
    }
    s += "\n[thresholds]\n";
    const auto& lex = lexicons.file("plain_language.txt");
    for (const auto& k : tunable_thresholds()) {
        auto it = cfg.thresholds.find(k);
        double standard = lex.number("thresholds", k);
        if (it != cfg.thresholds.end())
            line(k + " = " + number_text(it->second.value),
                 "fra " + it->second.origin.text() + " (standard: " + number_text(standard) + ")");
        else
            line(k + " = " + number_text(standard), "standard (lexicons/plain_language.txt)");
    }
    s += "\n[words]\n";
    line("accept = " + list(cfg.accept_words), cfg.accept_words.empty() ? "standard" : "fra " + cfg.accept_origin.text());
    s += "\n[officialese]\n";
    line("allow = " + list(cfg.officialese_allow), cfg.officialese_allow.empty() ? "standard" : "fra " + cfg.allow_origin.text());
    s += "\n[profile]\n";
    line("kommune = " + list(cfg.municipality), cfg.municipality.empty() ? "standard" : "fra " + cfg.municipality_origin.text());
    {
        std::vector<std::string> shown;
        for (const auto& a : cfg.areas) shown.push_back(a == "social" ? "social" : "andet");
        line("omraader = " + list(shown), cfg.areas.empty() ? "standard: alle" : "fra " + cfg.areas_origin.text());
    }
    s += cfg.appeal_texts.empty()
             ? "# klagevejledning: ingen godkendt tekst (standard)\n"
             : "# klagevejledning: " + std::to_string(cfg.appeal_texts.size()) + " godkendt(e) tekst(er) fra " +
                   cfg.appeal_origin.text() + "\n";
    for (const auto& u : cfg.suppress) {
        s += "\n[[suppress]]\n";
        line("rule = " + quote(u.rule), "fra " + u.origin.text());
        if (!u.text.empty()) s += "text = " + quote(u.text) + "\n";
        if (!u.fingerprint.empty()) s += "fingerprint = " + quote(u.fingerprint) + "\n";
        s += "reason = " + quote(u.reason) + "\n";
        if (!u.who.empty()) s += "who = " + quote(u.who) + "\n";
        if (!u.date.empty()) s += "date = " + quote(u.date) + "\n";
    }
    return s;
}

}  // namespace klartjek::config
