#include "audit/aggregate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "audit/record.hpp"
#include "legal/elements.hpp"
#include "plain/readability.hpp"
#include "text/cpr.hpp"

namespace klartjek::audit {

namespace {

using J = nlohmann::ordered_json;

// File names often carry CPR numbers; summaries never show them.
std::string masked(const std::string& path) { return text::mask_file_name(path); }

// The outcome id of a record ("ophoer") as the CSV shows it ("ophør eller nedsættelse").
std::string outcome_label(const std::string& id) {
    auto o = legal::parse_outcome(id);
    return o ? legal::outcome_da(*o) : id;
}

struct Tally {
    long long applicable = 0, met = 0;
};

J share_json(const Tally& t) {
    return {{"applicable", t.applicable}, {"met", t.met},
            {"share", t.applicable ? std::round(1e4 * static_cast<double>(t.met) / static_cast<double>(t.applicable)) / 1e4 : 0.0}};
}

std::map<std::string, Tally> tally(const std::vector<const J*>& recs) {
    std::map<std::string, Tally> out;
    for (const J* r : recs)
        for (const auto& req : requirements()) {
            if (!applies(*r, req.id)) continue;
            auto& t = out[req.id];
            ++t.applicable;
            if (met(*r, req.id)) ++t.met;
        }
    return out;
}

J split(const std::map<std::string, std::vector<const J*>>& groups) {
    J out = J::object();
    for (const auto& [name, recs] : groups) {
        auto t = tally(recs);
        J reqs = J::object();
        for (const auto& req : requirements()) {
            auto it = t.find(req.id);
            if (it != t.end() && it->second.applicable > 0) reqs[req.id] = share_json(it->second);
        }
        out[name] = {{"letters", recs.size()}, {"requirements", reqs}};
    }
    return out;
}

std::vector<const J*> ok_records(const std::vector<StoredLetter>& letters) {
    std::vector<const J*> out;
    for (const auto& l : letters)
        if (l.status == "ok") out.push_back(&l.record);
    return out;
}

}  // namespace

J summarise(const SummaryInput& in) {
    auto recs = ok_records(in.letters);
    J s;
    s["schema"] = "klartjek.audit-summary/1";
    J audit = in.audit;
    audit["analysed"] = recs.size();
    audit["failed"] = in.letters.size() - recs.size();
    // Letters kept out of the requirement shares, and why (counted apart, like the barometer does).
    {
        int unreadable = 0, not_decision = 0, other_area = 0, uncertain = 0;
        for (const J* r : recs) {
            if (!r->contains("scope")) continue;
            const J& sc = (*r)["scope"];
            if (!sc.value("readable", true)) ++unreadable;
            else if (sc.value("document_type", "") != "afgoerelse" && sc.value("document_type", "") != "ukendt") ++not_decision;
            else if (sc.value("legal_area", "") == "other") ++other_area;
            else if (!sc.value("note", J()).is_null()) ++uncertain;
        }
        audit["not_assessed"] = {{"unreadable", unreadable}, {"not_decision", not_decision}, {"other_area", other_area},
                                 {"uncertain", uncertain}};
    }
    // Findings a baseline knew (--baseline) or the unit suppressed with a reason: not in the counts.
    {
        long long baselined = 0, suppressed = 0;
        for (const J* r : recs) baselined += r->value("baselined", 0), suppressed += r->value("suppressed", 0);
        audit["baselined"] = baselined;
        audit["suppressed"] = suppressed;
    }
    s["audit"] = audit;
    s["previous_audit"] = in.previous_audit;

    auto now = tally(recs);
    std::map<std::string, Tally> before;
    if (in.previous) before = tally(ok_records(*in.previous));
    J reqs = J::array();
    for (const auto& req : requirements()) {
        J r = share_json(now[req.id]);
        r["id"] = req.id;
        r["label"] = req.label;
        auto it = before.find(req.id);
        r["previous_share"] = in.previous && it != before.end() && it->second.applicable
                                  ? J(std::round(1e4 * static_cast<double>(it->second.met) / static_cast<double>(it->second.applicable)) / 1e4)
                                  : J(nullptr);
        J ordered = {{"id", r["id"]}, {"label", r["label"]}, {"applicable", r["applicable"]}, {"met", r["met"]},
                     {"share", r["share"]}, {"previous_share", r["previous_share"]}};
        reqs.push_back(ordered);
    }
    s["requirements"] = reqs;

    std::map<std::string, std::vector<const J*>> by_outcome, by_provision, by_municipality, by_month;
    for (const J* r : recs) {
        by_outcome[r->value("outcome", "ukendt")].push_back(r);
        std::string m = r->value("municipality", "");
        by_municipality[m.empty() ? "(ukendt afsender)" : m].push_back(r);
        std::string d = r->value("date", "");
        by_month[d.size() >= 7 ? d.substr(0, 7) : "(ukendt dato)"].push_back(r);
        // By paragraph (law + §), not stk.: "SEL § 100".
        std::vector<std::string> seen;
        for (const auto& p : (*r)["provisions"]) {
            std::string ref = p.get<std::string>();
            auto comma = ref.find(',');
            if (comma != std::string::npos) ref = ref.substr(0, comma);
            if (std::find(seen.begin(), seen.end(), ref) != seen.end()) continue;
            if (ref.rfind("FVL", 0) == 0 || ref.rfind("RSL", 0) == 0) continue;  // procedure, not the help decided
            seen.push_back(ref);
            by_provision[ref].push_back(r);
        }
    }
    s["by_outcome"] = split(by_outcome);
    s["by_provision"] = split(by_provision);
    s["by_municipality"] = split(by_municipality);
    s["by_month"] = split(by_month);

    // LIX distribution.
    std::vector<double> lix;
    for (const J* r : recs)
        if ((*r)["lix"].is_number()) lix.push_back((*r)["lix"].get<double>());
    std::sort(lix.begin(), lix.end());
    J bins = J::array();
    for (int from = 0; from < 70; from += 5) {
        long long n = std::count_if(lix.begin(), lix.end(), [&](double v) { return v >= from && v < from + 5; });
        bins.push_back({{"from", from}, {"to", from + 5}, {"count", n}});
    }
    bins.push_back({{"from", 70}, {"to", 100}, {"count", std::count_if(lix.begin(), lix.end(), [](double v) { return v >= 70; })}});
    J bands = {{"meget let", 0}, {"let", 0}, {"middel", 0}, {"svær", 0}, {"meget svær", 0}};
    double sum = 0;
    for (double v : lix) {
        bands[plain::lix_band(v)] = bands[plain::lix_band(v)].get<long long>() + 1;
        sum += v;
    }
    double median = lix.empty() ? 0 : lix.size() % 2 ? lix[lix.size() / 2] : (lix[lix.size() / 2 - 1] + lix[lix.size() / 2]) / 2;
    s["lix"] = {{"bins", bins}, {"bands", bands},
                {"mean", lix.empty() ? 0.0 : std::round(10 * sum / static_cast<double>(lix.size())) / 10},
                {"median", std::round(10 * median) / 10}, {"letters", lix.size()}};

    long long sentences = 0, long_sentences = 0, words = 0, officialese = 0;
    double passive = 0;
    for (const J* r : recs) {
        sentences += r->value("sentences", 0LL);
        long_sentences += r->value("long_sentences", 0LL);
        words += r->value("words", 0LL);
        officialese += r->value("officialese_hits", 0LL);
        passive += r->value("passive_share", 0.0);
    }
    s["long_sentence_share"] = sentences ? std::round(1e4 * static_cast<double>(long_sentences) / static_cast<double>(sentences)) / 1e4 : 0.0;
    s["officialese_per_1000_words"] = words ? std::round(10 * 1000.0 * static_cast<double>(officialese) / static_cast<double>(words)) / 10 : 0.0;
    s["passive_share_mean"] = recs.empty() ? 0.0 : std::round(1e4 * passive / static_cast<double>(recs.size())) / 1e4;

    // The most frequent rules, by letters affected.
    std::map<std::string, std::tuple<long long, long long, std::string>> rules;
    for (const J* r : recs)
        for (auto it = (*r)["rules"].begin(); it != (*r)["rules"].end(); ++it) {
            auto& [letters, findings, sev] = rules[it.key()];
            ++letters;
            findings += it.value()["count"].get<long long>();
            sev = it.value()["severity"].get<std::string>();
        }
    std::vector<std::pair<std::string, std::tuple<long long, long long, std::string>>> top(rules.begin(), rules.end());
    std::stable_sort(top.begin(), top.end(), [](const auto& a, const auto& b) { return std::get<0>(a.second) > std::get<0>(b.second); });
    J top_rules = J::array();
    for (std::size_t i = 0; i < top.size() && i < 15; ++i)
        top_rules.push_back({{"rule", top[i].first}, {"severity", std::get<2>(top[i].second)},
                             {"letters", std::get<0>(top[i].second)}, {"findings", std::get<1>(top[i].second)}});
    s["top_rules"] = top_rules;

    std::vector<const J*> worst = recs;
    std::stable_sort(worst.begin(), worst.end(), [](const J* a, const J* b) {
        auto ea = a->value("errors", 0), eb = b->value("errors", 0);
        if (ea != eb) return ea > eb;
        return a->value("warnings", 0) > b->value("warnings", 0);
    });
    J worst_json = J::array();
    for (std::size_t i = 0; i < worst.size() && i < 20; ++i) {
        if (worst[i]->value("errors", 0) + worst[i]->value("warnings", 0) == 0) break;
        worst_json.push_back({{"file", masked((*worst[i])["file"].get<std::string>())}, {"report", (*worst[i])["report"]},
                              {"errors", (*worst[i])["errors"]}, {"warnings", (*worst[i])["warnings"]}});
    }
    s["worst_letters"] = worst_json;
    // Every analysed letter for the index's full list, most errors first (then warnings, info and
    // the name): counts, elements and requirement verdicts only, never text.
    std::vector<const J*> all = recs;
    std::stable_sort(all.begin(), all.end(), [](const J* a, const J* b) {
        auto key = [](const J* r) {
            return std::make_tuple(-r->value("errors", 0), -r->value("warnings", 0), -r->value("infos", 0),
                                   masked(r->value("file", std::string())));
        };
        return key(a) < key(b);
    });
    J all_json = J::array();
    for (const J* r : all) {
        J reqs = J::object();
        for (const auto& req : requirements()) reqs[req.id] = applies(*r, req.id) ? J(met(*r, req.id)) : J(nullptr);
        all_json.push_back({{"file", masked(r->value("file", std::string()))}, {"report", (*r).value("report", J(nullptr))},
                            {"outcome", r->value("outcome", "ukendt")},
                            {"municipality", r->value("municipality", std::string()).empty() ? std::string("(ukendt afsender)")
                                                                                           : r->value("municipality", std::string())},
                            {"date", r->value("date", std::string())}, {"errors", r->value("errors", 0)},
                            {"warnings", r->value("warnings", 0)}, {"infos", r->value("infos", 0)},
                            {"lix", (*r)["lix"].is_number() ? (*r)["lix"] : J(nullptr)}, {"requirements", reqs}});
    }
    s["letters"] = all_json;
    J failures = J::array();
    for (const auto& l : in.letters)
        if (l.status != "ok") failures.push_back({{"file", masked(l.path)}, {"reason", l.error}});
    s["failures"] = failures;
    return s;
}

namespace {

// letters.csv and letters-excel.csv: the same rows, written by the CSV writer of `check --format
// csv` (report::csv_line) in either dialect; LIX (column 16) is the one decimal number.
std::string letters_table(const std::vector<StoredLetter>& letters, report::CsvDialect d) {
    std::string out = report::csv_preamble(d);
    for (const auto& row : letters_rows(letters)) out += report::csv_line(row, d, {16});
    return out;
}

}  // namespace

std::vector<std::vector<std::string>> letters_rows(const std::vector<StoredLetter>& letters) {
    auto yn = [](bool b) { return std::string(b ? "ja" : "nej"); };
    std::vector<std::vector<std::string>> rows = {
        {"fil", "status", "fejlaarsag", "kommune", "dato", "afgoerelse", "lovgrundlag", "begrundelse", "klagevejledning",
         "korrekt_klagevejledning", "borgerens_synspunkter", "foraeldede_henvisninger", "paragraffer", "fejl", "advarsler", "info", "lix",
         "rapport", "basislinje", "undertrykt"}};
    for (const auto& l : letters) {
        const auto& r = l.record;
        std::vector<std::string> c = {masked(l.path), l.status, l.error};
        if (l.status == "ok") {
            std::string prov, outd;
            for (const auto& p : r["provisions"]) prov += (prov.empty() ? "" : "; ") + p.get<std::string>();
            for (const auto& p : r["outdated_refs"]) outd += (outd.empty() ? "" : "; ") + p.get<std::string>();
            // Each requirement as the summary counts it: "ja"/"nej" when it applies, "–" when the letter
            // is not assessed for it (not a decision, another area, unreadable, uncertain, not required).
            auto req = [&](const char* id) { return applies(r, id) ? yn(met(r, id)) : std::string("–"); };
            c.insert(c.end(), {r.value("municipality", ""), r.value("date", ""), outcome_label(r.value("outcome", "")), req("legal_basis"),
                               req("reasoning"), req("appeal_guidance"), req("appeal_correct"),
                               req("citizen_statement"), outd, prov, std::to_string(r.value("errors", 0)),
                               std::to_string(r.value("warnings", 0)), std::to_string(r.value("infos", 0)),
                               r["lix"].is_number() ? fmt::format("{:.1f}", r["lix"].get<double>()) : "",
                               r["report"].is_string() ? r["report"].get<std::string>() : std::string(),
                               std::to_string(r.value("baselined", 0)), std::to_string(r.value("suppressed", 0))});
        } else {
            c.resize(20);
        }
        rows.push_back(std::move(c));
    }
    return rows;
}

std::string letters_csv(const std::vector<StoredLetter>& letters, report::CsvDialect d) { return letters_table(letters, d); }

std::string letters_excel_csv(const std::vector<StoredLetter>& letters) { return letters_table(letters, report::CsvDialect::excel_da); }

}  // namespace klartjek::audit
