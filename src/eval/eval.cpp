#include "eval/eval.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <re2/re2.h>

#include <set>

#include "core/error.hpp"
#include "core/pipeline.hpp"
#include "legal/scope.hpp"
#include "report/check.hpp"
#include "report/show.hpp"
#include "text/cpr.hpp"

namespace klartjek::eval {

namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

void count_bool(Result& r, const std::string& file, const std::string& what, bool expected, bool got) {
    Counts& c = r.elements[what];
    if (expected && got) ++c.tp;
    else if (!expected && got) ++c.fp;
    else if (expected && !got) ++c.fn;
    else ++c.tn;
    if (expected != got) r.disagreements.push_back({file, what, expected ? "ja" : "nej", got ? "ja" : "nej"});
}

void count_rule(Result& r, const std::string& file, const std::string& rule, bool expected, bool fired) {
    Counts& c = r.rules[rule];
    if (expected && fired) ++c.tp;
    else if (!expected && fired) ++c.fp;
    else if (expected && !fired) ++c.fn;
    else ++c.tn;
    if (expected != fired)
        r.disagreements.push_back({file, "regel " + rule, expected ? "skulle melde" : "skulle ikke melde", fired ? "meldte" : "meldte ikke"});
}

void count_sets(Result& r, const std::string& file, const std::string& what, const std::set<std::string>& expected,
                const std::set<std::string>& got) {
    Counts& c = r.elements[what];
    std::string missing, extra;
    for (const auto& e : expected) {
        if (got.count(e)) ++c.tp;
        else ++c.fn, missing += (missing.empty() ? "" : ", ") + e;
    }
    for (const auto& g : got)
        if (!expected.count(g)) ++c.fp, extra += (extra.empty() ? "" : ", ") + g;
    if (what == "cpr_numbers") {  // never print the numbers themselves
        for (std::string* s : {&missing, &extra})
            for (char& ch : *s)
                if (ch >= '0' && ch <= '9') ch = '*';
    }
    if (!missing.empty() || !extra.empty())
        r.disagreements.push_back({file, what, missing.empty() ? "-" : "mangler " + missing, extra.empty() ? "-" : "ekstra " + extra});
}

std::set<std::string> string_set(const json& j) {
    std::set<std::string> s;
    if (j.is_array())
        for (const auto& x : j)
            if (x.is_string()) s.insert(x.get<std::string>());
    return s;
}

bool get_bool(const json& j, const char* key, bool def = false) {
    auto it = j.find(key);
    return it != j.end() && it->is_boolean() ? it->get<bool>() : def;
}

}  // namespace

Result evaluate(const std::string& labels_path, const lexicon::Lexicons& lex) {
    if (fs::is_directory(labels_path)) throw std::runtime_error(labels_path + " er en mappe, ikke en etiketfil (JSON)");
    std::ifstream in(labels_path);
    if (!in) throw std::runtime_error(labels_path + " findes ikke eller kan ikke læses");
    json labels;
    try {
        labels = json::parse(in);
    } catch (const json::parse_error& e) {
        // nlohmann's message is English; keep only where the syntax breaks.
        int line = 0, column = 0;
        std::string where;
        if (RE2::PartialMatch(e.what(), R"(line (\d+), column (\d+))", &line, &column))
            where = fmt::format(" (fejl i linje {}, kolonne {})", line, column);
        throw std::runtime_error(labels_path + " er ikke gyldig JSON" + where);
    } catch (const std::exception&) {
        throw std::runtime_error(labels_path + " kan ikke læses som JSON");
    }
    if (!labels.is_array()) throw std::runtime_error(labels_path + ": forventede en JSON-liste med ét objekt pr. brev");
    fs::path dir = fs::path(labels_path).parent_path();
    Result r;
    for (const auto& lab : labels) {
      try {
        if (!lab.is_object() || !lab.contains("file") || !lab["file"].is_string())
            throw std::runtime_error(labels_path + ": et objekt mangler feltet \"file\"");
        const std::string labelled = lab["file"].get<std::string>();
        std::string path = (dir / labelled).string();
        // Reported under the masked name: file names often carry CPR numbers.
        std::string file = text::mask_file_name(labelled);
        // A letter labelled as a scan is read from its image-only PDF (tests/corpus/make-scans.py),
        // in scans/ beside the labels unless the label names the PDF itself.
        const bool scan = lab.value("render", "") == "scan";
        if (scan && fs::path(labelled).extension() != ".pdf") {
            fs::path pdf = dir / "scans" / (fs::path(labelled).stem().string() + ".pdf");
            if (!fs::exists(pdf)) {
                r.failures.push_back({file, "den scannede udgave mangler: " + text::mask_file_name(pdf.string())});
                continue;
            }
            path = pdf.string();
        }
        Analysis a;
        try {
            AnalyseOptions aopt;
            aopt.lexicons = &lex;
            a = analyse_file(path, aopt);
        } catch (const std::exception& e) {
            r.failures.push_back({file, e.what()});
            continue;
        }
        ++r.letters;
        const auto& el = a.elements;
        // A rule "fired" when it gave a verdict (fejl or advarsel): an info line that says klartjek
        // could not decide (appeal-missing beside words about complaining) claims nothing.
        std::set<std::string> fired;
        for (const auto& f : a.findings)
            if (f.severity != Severity::info) fired.insert(f.rule);
        // Legal verdicts (fejl or advarsel from a legal or appeal rule) on this letter.
        std::vector<std::string> legal_verdicts;
        for (const auto& f : a.findings)
            if (f.severity != Severity::info && (f.rule.rfind("legal-", 0) == 0 || f.rule.rfind("appeal-", 0) == 0))
                legal_verdicts.push_back(f.rule);
        const std::string doc_type = lab.value("doc_type", "afgoerelse");
        const std::string area = lab.value("legal_area", "social");

        // Unreadable: the only thing to get right is to say nothing of the law.
        count_bool(r, file, "unreadable", scan, !el.scope.readable);
        if (scan) {
            count_rule(r, file, "ingen juridisk dom på ulæselige breve", false, !legal_verdicts.empty());
            continue;
        }
        if (lab.contains("doc_type")) {
            std::string got = legal::doc_type_id(el.scope.type);
            for (const char* cls : {"afgoerelse", "partshoering", "kvittering", "orientering", "andet-brev"}) {
                Counts& c = r.elements[std::string("doc_type=") + cls];
                bool e = doc_type == cls, g = got == cls;
                if (e && g) ++c.tp;
                else if (!e && g) ++c.fp;
                else if (e && !g) ++c.fn;
                else ++c.tn;
            }
            if (doc_type != got) r.disagreements.push_back({file, "doc_type", doc_type, got});
        }
        if (lab.contains("legal_area")) count_bool(r, file, "legal_area=other", area == "other", el.scope.area == legal::Area::other);
        if (lab.contains("child_case") && lab["child_case"].is_boolean())
            count_bool(r, file, "child_case", lab["child_case"].get<bool>(), el.child);
        const bool in_scope = doc_type == "afgoerelse" && area == "social";
        if (!in_scope) {
            std::string rules;
            for (const auto& v : legal_verdicts) rules += (rules.empty() ? "" : ", ") + v;
            count_rule(r, file, "ingen sociale krav uden for området", false, !legal_verdicts.empty());
            if (!rules.empty()) r.disagreements.back().got += " (" + rules + ")";
        }

        // Outcome: one-vs-rest counts per class.
        if (lab.contains("outcome") && lab["outcome"].is_string()) {
            std::string want = lab["outcome"].get<std::string>(), got = legal::outcome_id(el.outcome);
            for (const char* cls : {"bevilling", "delvis", "afslag", "ophoer", "ikke-afgoerelse"}) {
                Counts& c = r.elements[std::string("outcome=") + cls];
                bool e = want == cls, g = got == cls;
                if (e && g) ++c.tp;
                else if (!e && g) ++c.fp;
                else if (e && !g) ++c.fn;
                else ++c.tn;
            }
            if (want != got) r.disagreements.push_back({file, "outcome", want, got});
        }
        const bool needs = get_bool(lab, "requires_reasoning", true);
        count_bool(r, file, "requires_reasoning", needs, el.requires_reasoning);
        count_bool(r, file, "has_legal_basis", get_bool(lab, "has_legal_basis"), el.legal_basis);
        count_bool(r, file, "has_reasoning", get_bool(lab, "has_reasoning"), el.reasoning());
        count_bool(r, file, "has_appeal_guidance", get_bool(lab, "has_appeal_guidance"), el.appeal.present);
        count_bool(r, file, "has_citizen_statement", get_bool(lab, "has_citizen_statement"), el.citizen.found);
        // The same elements only where the law requires them of this letter (a decision in the
        // social area; reasoning and guidance unless it grants in full): whether a receipt "has a
        // legal basis" or a full grant "a reasoning" is a question the labels answer both ways and
        // no verdict depends on. Counted, not listed again among the disagreements.
        if (in_scope) {
            auto required = [&](const char* what, bool expected, bool got) {
                Counts& c = r.elements[std::string(what) + " (krævet)"];
                if (expected && got) ++c.tp;
                else if (!expected && got) ++c.fp;
                else if (expected && !got) ++c.fn;
                else ++c.tn;
            };
            required("has_legal_basis", get_bool(lab, "has_legal_basis"), el.legal_basis);
            required("has_citizen_statement", get_bool(lab, "has_citizen_statement"), el.citizen.found);
            if (needs) {
                required("has_reasoning", get_bool(lab, "has_reasoning"), el.reasoning());
                required("has_appeal_guidance", get_bool(lab, "has_appeal_guidance"), el.appeal.present);
            }
        }

        // The stated deadline: right when equal, a false positive when we report another or one that is not there.
        {
            const json& d = lab.value("appeal_deadline_stated", json());
            std::set<std::string> want, got;
            if (d.is_string()) want.insert(d.get<std::string>());
            if (el.appeal.deadline) got.insert(*el.appeal.deadline);
            count_sets(r, file, "appeal_deadline", want, got);
        }
        if (lab.contains("appeal_route_correct") && lab["appeal_route_correct"].is_boolean()) {
            bool want_wrong = !lab["appeal_route_correct"].get<bool>();
            bool got_wrong = el.appeal_route_correct() && !*el.appeal_route_correct();
            count_bool(r, file, "appeal_route_wrong", want_wrong, got_wrong);
        }
        count_sets(r, file, "provision_refs", string_set(lab.value("provision_refs", json::array())),
                   [&] {
                       auto v = report::provision_refs(el.statutes);
                       return std::set<std::string>(v.begin(), v.end());
                   }());
        count_sets(r, file, "outdated_refs", string_set(lab.value("outdated_refs", json::array())), [&] {
            auto v = report::outdated_refs(el);
            return std::set<std::string>(v.begin(), v.end());
        }());
        {
            std::set<std::string> got;
            for (auto [b, e] : a.cpr.numbers) got.insert(a.text.text.substr(b, e - b));
            count_sets(r, file, "cpr_numbers", string_set(lab.value("cpr_numbers", json::array())), got);
        }

        // Rules whose firing the labels decide (only a decision in the social area has these requirements).
        const bool decision = needs && in_scope;
        count_rule(r, file, "legal-basis-missing", decision && !get_bool(lab, "has_legal_basis"), fired.count("legal-basis-missing"));
        count_rule(r, file, "legal-reasoning-missing|bare", decision && !get_bool(lab, "has_reasoning"),
                   fired.count("legal-reasoning-missing") || fired.count("legal-reasoning-bare"));
        count_rule(r, file, "appeal-missing", decision && !get_bool(lab, "has_appeal_guidance"), fired.count("appeal-missing"));
        {
            const json& d = lab.value("appeal_deadline_stated", json());
            // 4 weeks is the social area's deadline (retssikkerhedsloven § 67); another area has its own.
            bool wrong = decision && d.is_string() && d.get<std::string>() != "4 uger" && d.get<std::string>() != "28 dage";
            count_rule(r, file, "appeal-deadline-wrong", wrong, fired.count("appeal-deadline-wrong"));
        }
        if (lab.contains("appeal_route_correct") && lab["appeal_route_correct"].is_boolean())
            count_rule(r, file, "appeal-route-direct|body-obsolete|body-missing", !lab["appeal_route_correct"].get<bool>(),
                       fired.count("appeal-route-direct") || fired.count("appeal-body-obsolete") || fired.count("appeal-body-missing"));
        count_rule(r, file, "legal-ref-outdated", !string_set(lab.value("outdated_refs", json::array())).empty(),
                   fired.count("legal-ref-outdated"));
        count_rule(r, file, "legal-citizen-statement-missing", decision && !get_bool(lab, "has_citizen_statement"),
                   fired.count("legal-citizen-statement-missing"));
      } catch (const json::exception&) {
        // A label of the wrong type (a number where text belongs …): nlohmann's message is English.
        std::string name = lab.is_object() && lab.contains("file") && lab["file"].is_string() ? lab["file"].get<std::string>() : "?";
        throw std::runtime_error(labels_path + ": etiketterne for " + text::mask_file_name(name) +
                                 " har et felt af forkert type (fx et tal, hvor der skal stå tekst)");
      }
    }
    return r;
}

std::string format_text(const Result& r) {
    auto dec = [](double v) { return report::decimal_da(v, 3); };  // Danish decimal comma
    std::string out = fmt::format("Breve: {}   kunne ikke læses: {}\n", r.letters, r.failures.size());
    {
        int right = 0, all = 0;
        for (const auto& [k, c] : r.elements)
            if (k.rfind("outcome=", 0) == 0) right += c.tp, all += c.tp + c.fn;
        if (all) out += fmt::format("Resultat rigtigt: {} af {} ({})\n", right, all, dec(static_cast<double>(right) / all));
    }
    out += "\n";
    out += fmt::format("{:<36} {:>4} {:>4} {:>4}  {:>9} {:>6}\n", "element", "TP", "FP", "FN", "præcision", "recall");
    for (const auto& [k, c] : r.elements)
        out += fmt::format("{:<36} {:>4} {:>4} {:>4}  {:>9} {:>6}\n", k, c.tp, c.fp, c.fn, dec(c.precision()), dec(c.recall()));
    out += fmt::format("\n{:<48} {:>4} {:>4} {:>4}  {:>9} {:>6}\n", "regel", "TP", "FP", "FN", "præcision", "recall");
    for (const auto& [k, c] : r.rules)
        out += fmt::format("{:<48} {:>4} {:>4} {:>4}  {:>9} {:>6}\n", k, c.tp, c.fp, c.fn, dec(c.precision()), dec(c.recall()));
    if (!r.disagreements.empty()) {
        out += "\nUenigheder:\n";
        for (const auto& d : r.disagreements)
            out += fmt::format("  {}: {}: forventet {}, fik {}\n", d.file, d.what, d.expected, d.got);
    }
    for (const auto& [f, e] : r.failures) out += fmt::format("  {}: kunne ikke læses: {}\n", f, e);
    return out;
}

nlohmann::ordered_json format_json(const Result& r) {
    nlohmann::ordered_json j;
    j["schema"] = "klartjek.eval/1";
    j["letters"] = r.letters;
    auto table = [](const std::map<std::string, Counts>& m) {
        nlohmann::ordered_json t = nlohmann::ordered_json::object();
        for (const auto& [k, c] : m)
            t[k] = {{"tp", c.tp}, {"fp", c.fp}, {"fn", c.fn}, {"precision", c.precision()}, {"recall", c.recall()}};
        return t;
    };
    j["elements"] = table(r.elements);
    j["rules"] = table(r.rules);
    auto d = nlohmann::ordered_json::array();
    for (const auto& x : r.disagreements) d.push_back({{"file", x.file}, {"what", x.what}, {"expected", x.expected}, {"got", x.got}});
    j["disagreements"] = d;
    auto f = nlohmann::ordered_json::array();
    for (const auto& [file, e] : r.failures) f.push_back({{"file", file}, {"error", e}});
    j["failures"] = f;
    return j;
}

}  // namespace klartjek::eval
