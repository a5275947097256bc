#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string_view>

#include "legal/parts.hpp"
#include "lexicon/patterns.hpp"

namespace klartjek::legal::detail {

// Legal references: which law the letter's § references belong to, whether it names a legal basis
// outside the appeal guidance, and, in a child's case after 2024, serviceloven's outdated children's
// provisions and aid provisions without barnets lov § 90.
void read_references(const NormalizedText& t, const Segmentation& seg, const structure::Structure& st, const Cues& c,
                     Elements& el, const lexicon::Lexicons& lex) {
    const auto& paras = t.paragraphs;
    auto first_scan = scan_statutes(t.text, lex, "");
    std::set<std::string> laws;
    for (const auto& r : first_scan.refs)
        if (!r.law.empty() && !r.instrument) laws.insert(r.law);  // an executive order is no second law
    for (const auto& b : first_scan.bare_laws) laws.insert(b.law);
    std::set<std::string> material;
    for (const auto& l : laws)
        if (!c.procedural_laws.count(l) && l != "RSL") material.insert(l);
    auto paragraph_at = [&](std::uint32_t offset) -> std::size_t {
        auto it = std::upper_bound(paras.begin(), paras.end(), offset,
                                   [](std::uint32_t o, const Paragraph& p) { return o < p.begin; });
        return it == paras.begin() ? 0 : static_cast<std::size_t>(it - paras.begin() - 1);
    };
    // The laws named outside the appeal guidance: "Reglerne står i retssikkerhedslovens §§ 66 og 67"
    // in the guidance makes no second law for the decision's own bare §§ ("§ 112, stk. 1").
    std::set<std::string> own_laws;
    for (const auto& r : first_scan.refs)
        if (!r.law.empty() && !r.instrument && !st.in_appeal(paragraph_at(r.begin), r.begin)) own_laws.insert(r.law);
    for (const auto& b : first_scan.bare_laws)
        if (!st.in_appeal(paragraph_at(b.begin), b.begin)) own_laws.insert(b.law);
    const bool guidance_only_others = material.size() == 1 && own_laws.size() == 1 && own_laws.count(*material.begin());
    if (material.size() == 1 && (laws.size() == 1 || guidance_only_others)) el.default_law = *material.begin();
    if (el.default_law.empty()) {
        el.statutes = std::move(first_scan);
    } else {
        std::set<std::pair<std::uint32_t, std::string>> unnamed;  // refs no law was found for before the default
        if (laws.size() > 1)
            for (const auto& r : first_scan.refs)
                if (r.law.empty()) unnamed.insert({r.begin, r.paragraph});
        el.statutes = scan_statutes(t.text, lex, el.default_law);
        // In the guidance itself a bare "§§ 66 og 67" stays unresolved: it is not the decision's law.
        for (auto& r : el.statutes.refs)
            if (unnamed.count({r.begin, r.paragraph}) && st.in_appeal(paragraph_at(r.begin), r.begin)) r.law.clear();
    }

    // A quoted § without a law of its own ("§ 67. Fristen for at klage er 4 uger …") belongs to the law
    // the title above the quotation names ("Lov om retssikkerhed og administration på det sociale
    // område (retssikkerhedsloven)"): the nearest title above, across quoted paragraphs and headings
    // only, that names exactly one law. A title is a short line that is no statute text: no §, Stk.
    // or numbered item at its start (after any quotation mark) and no full stop or comma at its end;
    // a law named inside the quoted text ("… efter lov om almene boliger.") is the text's own.
    {
        auto laws_in = [&](std::size_t j) {
            std::set<std::string> in;
            for (const auto& b : el.statutes.bare_laws)
                if (b.begin >= paras[j].begin && b.begin < paras[j].end) in.insert(b.law);
            return in;
        };
        static const RE2 statute_text(R"(^[\s"'«»“”„]*(?:§|[Ss]tk\.|\d{1,2}\)|[a-zæøå]\)))");
        auto title = [&](std::size_t j) {
            const re2::StringPiece pj(t.text.data() + paras[j].begin, paras[j].end - paras[j].begin);
            if (pj.size() > 160 || RE2::PartialMatch(pj, statute_text)) return false;
            std::size_t e = pj.size();
            while (e > 0 && (pj[e - 1] == ' ' || pj[e - 1] == '\n')) --e;
            return e > 0 && pj[e - 1] != '.' && pj[e - 1] != ',' && pj[e - 1] != ';';
        };
        for (auto& r : el.statutes.refs) {
            if (!r.law.empty()) continue;
            const std::size_t p = paragraph_at(r.begin);
            if (p >= paras.size() || !st.quoted[p]) continue;
            for (std::size_t j = p; j-- > 0 && p - j <= 12;) {
                if (!st.quoted[j] && !st.heading[j] && paras[j].kind != ParaKind::heading) break;
                if (!title(j)) continue;
                const auto in = laws_in(j);
                if (in.empty()) continue;
                if (in.size() == 1) r.law = *in.begin();
                break;
            }
        }
    }

    // Statute text quoted paragraph by paragraph ("§ 113. Kommunalbestyrelsen skal …" and below it
    // "Stk. 2. Hjælpen udgør …"): a quoted paragraph that opens with "Stk. N." cites that stk. of
    // the § quoted above it.
    {
        static const RE2 para_head(R"(^§\s*\d{1,3}(?: ?[a-zA-Z])?\.(?:\s|$))");
        static const RE2 stk_head(R"(^([Ss]tk\.\s*(\d{1,2})\.)(?:\s|$))");
        std::optional<StatuteRef> head;  // the § quoted last (a copy: `added` is merged after the loop)
        std::vector<StatuteRef> added;
        for (std::size_t p = 0; p < paras.size(); ++p) {
            if (!st.quoted[p]) {
                head.reset();
                continue;
            }
            const re2::StringPiece pt(t.text.data() + paras[p].begin, paras[p].end - paras[p].begin);
            auto add = [&](re2::StringPiece label, int stk) {
                StatuteRef r;
                r.law = head->law;
                r.paragraph = head->paragraph;
                r.stk = stk;
                r.begin = static_cast<std::uint32_t>(label.data() - t.text.data());
                r.end = r.begin + static_cast<std::uint32_t>(label.size());
                r.law_named = head->law_named;
                r.instrument = head->instrument;
                added.push_back(std::move(r));
            };
            int stk = 0;
            re2::StringPiece label;
            if (RE2::PartialMatch(pt, para_head)) {
                head.reset();
                for (const auto& r : el.statutes.refs)
                    if (r.begin >= paras[p].begin && r.begin < paras[p].begin + 3 && !r.law.empty() && !r.stk) {
                        head = r;
                        break;
                    }
            } else if (head && RE2::PartialMatch(pt, stk_head, &label, &stk)) {
                add(label, stk);
            }
            // A "Stk. N." that opens a sentence inside the quoted paragraph (its line joined to the
            // one above: "§ 113. … sædvanligt indbo. Stk. 2. Der kan kun ydes hjælp, …"); a "§ N."
            // opening a sentence there is the next quoted § ("§ 112. … § 113. … Stk. 2. …").
            // That § is of the same quoted law as the one before it.
            static const RE2 inside(R"([.:] (?:§\s*(\d{1,3})(?: ?([a-zA-Z]))?\.|(Stk\.\s*(\d{1,2})\.))\s)");
            re2::StringPiece rest = pt, number, letter, stk_number;  // (an absent group parses to no int)
            while (RE2::FindAndConsume(&rest, inside, &number, &letter, &label, &stk_number)) {
                if (!number.empty()) {
                    if (head) {
                        head->paragraph = std::string(number);
                        if (!letter.empty()) head->paragraph += " " + std::string(1, static_cast<char>(std::tolower(static_cast<unsigned char>(letter[0]))));
                        head->stk.reset(), head->nr.reset(), head->pkt.reset();
                    }
                } else if (head) {
                    add(label, std::stoi(std::string(stk_number)));
                }
            }
        }
        if (!added.empty()) {
            auto& refs = el.statutes.refs;
            refs.insert(refs.end(), added.begin(), added.end());
            std::stable_sort(refs.begin(), refs.end(), [](const StatuteRef& a, const StatuteRef& b) { return a.begin < b.begin; });
        }
    }

    auto sentence_at = [&](std::uint32_t offset) -> std::pair<std::uint32_t, std::uint32_t> {
        for (const auto& s : seg.sentences)
            if (s.begin <= offset && offset < std::max(s.end, s.begin + 1)) return {s.begin, s.end};
        return {offset, offset + 1};
    };
    std::set<std::string> cited_laws;
    bool has_bl90 = false;
    bool procedural_ref = false;  // a procedural law (forvaltningsloven …) cited outside the guidance
    for (std::size_t i = 0; i < el.statutes.refs.size(); ++i) {
        const auto& r = el.statutes.refs[i];
        if (!r.law.empty()) cited_laws.insert(r.law);
        // A reference in a condition ("Hvis Karla selv får en funktionsnedsættelse, er det reglerne i
        // barnets lov § 86, der gælder") tells what would apply to someone else, not whom the letter is about.
        // Only a reference that could make a child case looks up its sentence (a linear search).
        // Nor does one in a sentence about earlier help ("Indtil da fik dine forældre dækket
        // merudgifter til dig efter barnets lov § 86", "den dagældende servicelovs § 52").
        static const RE2 condition(lexicon::latin_letters(R"((?i)(?:^|[^\pL])(?:hvis|såfremt|dersom)(?:[^\pL]|$))"));
        auto conditional = [&] {
            const auto [sb, se] = sentence_at(r.begin);
            const std::string_view sentence(t.text.data() + sb, se - sb);
            return RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), condition) ||
                   c.historical.matches(sentence);
        };
        if (r.law == "BL" && !st.quoted[paragraph_at(r.begin)] && !el.young_adult && !conditional()) el.child = true;
        // Serviceloven's former children's provisions (§§ 41, 42 …) concern children only.
        if (r.law == "SEL" && c.outdated_sel.count(r.paragraph) && !st.quoted[paragraph_at(r.begin)] && !conditional()) el.child = true;
        if (r.law == "BL" && r.paragraph == "90") has_bl90 = true;
        std::size_t p = paragraph_at(r.begin);
        // A sentence that says what the decision is taken under ("Afgørelsen er truffet efter
        // barnets lov § 87, stk. 1.") gives the legal basis even where it stands beside the
        // guidance's own rules ("Reglerne om genvurdering og klage står i …") in one paragraph.
        // Like conditional(), it looks up its sentence (a linear search) only when asked: for a
        // reference in the guidance's zone.
        auto declared = [&] {
            // The guidance's own rules ("Lovgrundlag: retssikkerhedslovens §§ 66 og 67") are no basis.
            if (r.law == "RSL" || c.procedural_laws.count(r.law)) return false;
            const auto [sb, se] = sentence_at(r.begin);
            return c.decided_under.matches(std::string_view(t.text.data() + sb, r.begin - sb));
        };
        bool in_appeal = st.in_appeal(p, r.begin) && !declared();
        if (!in_appeal && !c.procedural_laws.count(r.law)) el.legal_basis = true;
        if (!in_appeal && c.procedural_laws.count(r.law)) procedural_ref = true;
        if (!in_appeal && !r.law.empty() && !c.procedural_laws.count(r.law) && r.law != "RSL") el.material_basis = true;
        if (r.law.empty() && laws.size() >= 2) el.unresolved.push_back(i);
    }
    // A decision about the case itself, as its subject line says ("Vedr.: Din anmodning om, at Rasmus
    // Holt kan repræsentere dig", "Afgørelse om aktindsigt"): the procedural law it is taken under
    // (forvaltningsloven § 8, offentlighedsloven) is its legal basis.
    if (!el.legal_basis && procedural_ref) {
        auto text_of = [&](std::size_t p) { return std::string_view(t.text.data() + paras[p].begin, paras[p].end - paras[p].begin); };
        if (st.subject) el.legal_basis = c.procedural_matter.matches(text_of(*st.subject));
        else {
            // No subject heading: a subject field among the lines above the first heading.
            static const RE2 subject_field(R"((?i)^(?:vedr\.?|vedrørende|emne|angående)\s*:)");
            for (std::size_t p = 0; p < paras.size() && !st.heading[p] && !el.legal_basis; ++p) {
                const auto pt = text_of(p);
                el.legal_basis = RE2::PartialMatch(re2::StringPiece(pt.data(), pt.size()), subject_field) && c.procedural_matter.matches(pt);
            }
        }
    }
    for (std::size_t i = 0; i < el.statutes.bare_laws.size(); ++i) {
        const auto& b = el.statutes.bare_laws[i];
        if (c.procedural_laws.count(b.law) || b.law == "RSL" || cited_laws.count(b.law)) continue;
        std::size_t p = paragraph_at(b.begin);
        if (st.in_appeal(p, b.begin)) continue;
        el.law_only.push_back(i);
    }
    const bool after_bl = el.structure.date.found() && !el.structure.date.before(2024, 1, 1);
    if (after_bl && el.child) {
        for (std::size_t i = 0; i < el.statutes.refs.size(); ++i) {
            const auto& r = el.statutes.refs[i];
            if (r.law != "SEL") continue;
            auto [sb, se] = sentence_at(r.begin);
            std::string_view sentence = std::string_view(t.text).substr(sb, se - sb);
            // "dagældende", or a date before barnets lov in the same sentence: the rule that applied then.
            auto when = structure::find_date(sentence);
            bool historical = c.historical.matches(sentence) || (when && when->before(2024, 1, 1)) ||
                              st.quoted[paragraph_at(r.begin)];
            if (c.outdated_sel.count(r.paragraph) && !historical) el.outdated.push_back(i);
            if (c.via_bl90.count(r.paragraph) && !has_bl90) el.missing_bl90.push_back(i);
        }
    }
}

}  // namespace klartjek::legal::detail
