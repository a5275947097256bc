#include "legal/checklist.hpp"

#include <stdexcept>

#include "legal/elements.hpp"
#include "legal/sources.hpp"

namespace klartjek::legal {

const char* status_id(Status s) {
    switch (s) {
        case Status::ok: return "ok";
        case Status::missing: return "missing";
        case Status::wrong: return "wrong";
        case Status::not_required: return "not-required";
        case Status::uncertain: return "uncertain";
        case Status::not_applicable: return "not-applicable";
    }
    return "uncertain";
}

const char* status_da(Status s) {
    switch (s) {
        case Status::ok: return "i orden";
        case Status::missing: return "mangler";
        case Status::wrong: return "forkert";
        case Status::not_required: return "ikke krævet";
        case Status::uncertain: return "usikker";
        case Status::not_applicable: return "ikke relevant";
    }
    return "usikker";
}

const char* status_mark(Status s) {
    switch (s) {
        case Status::ok: return "✓";
        case Status::missing:
        case Status::wrong: return "✗";
        case Status::uncertain: return "?";
        case Status::not_required:
        case Status::not_applicable: return "–";
    }
    return "?";
}

const Verdict& Checklist::at(const std::string& element) const {
    for (const auto& v : items)
        if (v.element == element) return v;
    throw std::logic_error("checklist has no element " + element);
}

ElementSource element_source(const std::string& element) {
    // The guidance named last in each line is the one the link opens.
    if (element == "outcome") return {"Ankestyrelsen, \"At skrive en afgørelse\" (2016)", sources::ast_at_skrive.url};
    if (element == "legal_basis")
        return {"FVL § 24, stk. 1, 1. pkt.; Folketingets Ombudsmand, Myndighedsguiden: Begrundelse", sources::ombudsmand_begrundelse.url};
    if (element == "reasoning")
        return {"FVL §§ 22 og 24; Folketingets Ombudsmand, Myndighedsguiden: Begrundelse", sources::ombudsmand_begrundelse.url};
    if (element == "appeal_guidance")
        return {"FVL § 25, stk. 1; RSL §§ 60, 66 og 67; Ankestyrelsen, Klagevejledning og tidsfrister", sources::ast_klagevejledning.url};
    if (element == "citizen_statement")
        return {"RSL § 4; FVL § 19; BL § 5 (børn); Folketingets Ombudsmand, Myndighedsguiden: Partshøring",
                sources::ombudsmand_partshoering.url};
    throw std::logic_error("checklist has no element " + element);
}

const std::vector<std::string>& checklist_elements() {
    static const std::vector<std::string> ids = {"outcome", "legal_basis", "reasoning", "appeal_guidance", "citizen_statement"};
    return ids;
}

namespace {

// "87 % sandsynligt": how sure the outcome model is of its reading.
std::string model_share(const Elements& el) {
    return std::to_string(static_cast<int>(el.outcome_model.probability * 100 + 0.5)) + " % sandsynligt";
}

}  // namespace

Checklist make_checklist(const Elements& el) {
    Checklist c;
    const Scope& sc = el.scope;
    auto add = [&](const char* id, const char* label, Status s, std::string detail, Evidence e = {}) {
        const ElementSource src = element_source(id);
        c.items.push_back({id, label, s, std::move(detail), e, std::string(src.name), std::string(src.url)});
    };

    // Not assessed at all: unreadable, not a decision, or another legal area.
    std::string not_assessed;
    if (!sc.readable) not_assessed = "Kunne ikke vurderes: " + sc.unreadable_why + ".";
    else if (sc.type != DocType::afgoerelse && sc.type != DocType::ukendt && sc.type_certain)
        not_assessed = std::string("Brevet er ") + (sc.type == DocType::partshoering ? "en " : "") + doc_type_da(sc.type) +
                       ", ikke en afgørelse; kravene til en afgørelse gælder ikke.";
    else if (sc.area == Area::other && sc.area_certain)
        not_assessed = "Brevet hører under et andet retsområde" + (sc.area_law.empty() ? std::string() : " (" + sc.area_law + ")") +
                       " end det sociale; klartjek vurderer ikke kravene dér.";
    if (!not_assessed.empty()) {
        c.scope_note = not_assessed;
        add("outcome", "Afgørelse", sc.readable ? Status::ok : Status::not_applicable,
            sc.readable ? outcome_da(el.outcome) : "kunne ikke læses", el.result);
        for (auto [id, label] : {std::pair{"legal_basis", "Lovgrundlag"}, {"reasoning", "Begrundelse"},
                                 {"appeal_guidance", "Klagevejledning"}, {"citizen_statement", "Borgerens synspunkter"}})
            add(id, label, Status::not_applicable, "");
        return c;
    }

    // Assessed; a missing part is a verdict only when the outcome, type and area are certain and
    // every page could be read.
    const bool sure = el.outcome_certain && sc.type == DocType::afgoerelse && sc.type_certain && sc.area == Area::social &&
                      sc.area_certain && !sc.partly_readable;
    const bool req = el.requires_reasoning;
    if (!sure) {
        std::string why;
        if (sc.partly_readable) why = "en eller flere sider har ingen læsbar tekst";
        else if (sc.type != DocType::afgoerelse || !sc.type_certain) why = "det ikke er sikkert, at brevet er en afgørelse";
        else if (sc.area != Area::social || !sc.area_certain) why = "det ikke er sikkert, hvilket retsområde brevet hører under";
        else if (el.outcome_model.used)
            why = "resultatet er læst af resultatmodellen, der vejer hele brevets ordvalg (" + model_share(el) +
                  "), ikke af en sætning, der siger det";
        else if (el.reconsideration) why = "brevet er en genvurdering efter en klage, og hvad den skal indeholde, afhænger af, hvilke dele der ændres, og hvilke der sendes videre til Ankestyrelsen";
        else why = "resultatet (bevilling, delvis, afslag, ophør) kunne ikke afgøres sikkert";
        c.scope_note = "klartjek melder ikke mangler som fejl, fordi " + why + ".";
    }
    auto absent = [&](const char* what_if_not_required) {
        if (!sure) return std::pair{Status::uncertain, std::string("ikke fundet (usikkert, om den kræves)")};
        if (!req) return std::pair{Status::not_required, std::string(what_if_not_required)};
        return std::pair{Status::missing, std::string("ikke fundet")};
    };

    std::string outcome_detail = el.outcome == Outcome::ukendt ? "kunne ikke afgøres" : outcome_da(el.outcome);
    if (el.outcome_model.used)
        outcome_detail += std::string(" (resultatmodellen, ") + model_share(el) + "; sætningerne alene: " +
                          (el.outcome_model.cue_outcome == Outcome::ukendt ? "kunne ikke afgøres" : outcome_da(el.outcome_model.cue_outcome)) + ")";
    add("outcome", "Afgørelse", el.outcome_certain ? Status::ok : Status::uncertain, outcome_detail, el.result);

    if (el.legal_basis) {
        bool outdated = !el.outdated.empty();
        add("legal_basis", "Lovgrundlag", outdated ? Status::wrong : Status::ok,
            outdated ? "forældet henvisning" : "paragraf angivet");
    } else {
        auto [s, d] = absent("ikke krævet ved fuld bevilling");
        add("legal_basis", "Lovgrundlag", s, d);
    }

    if (el.reasoning()) add("reasoning", "Begrundelse", Status::ok, "hensyn og oplysninger", el.reasoning_first);
    else if (el.reasoning_any)
        add("reasoning", "Begrundelse", sure && req ? Status::wrong : (req ? Status::uncertain : Status::not_required),
            el.reasoning_item_bare.found ? "kun en konklusion for en af afgørelserne" : "kun en konklusion",
            el.reasoning_item_bare.found ? el.reasoning_item_bare : el.reasoning_first);
    else {
        auto [s, d] = absent("ikke krævet ved fuld bevilling");
        add("reasoning", "Begrundelse", s, d);
    }

    const auto& ap = el.appeal;
    if (ap.no_appeal)
        add("appeal_guidance", "Klagevejledning", Status::ok,
            "kan ikke påklages administrativt" + (ap.no_appeal_rule.empty() ? std::string() : " (" + ap.no_appeal_rule + ")"), ap.first);
    else if (ap.present) {
        std::string d = ap.deadline ? "frist " + *ap.deadline : "ingen frist";
        d += ap.direct.found ? " · direkte til Ankestyrelsen" : ap.via_kommune ? " · via kommunen" : "";
        d += ap.body_named ? " · Ankestyrelsen" : " · ingen klageinstans";
        bool wrong = (ap.deadline && !ap.deadline_ok) || !ap.deadline || ap.direct.found || !ap.obsolete.empty() || !ap.body_named;
        add("appeal_guidance", "Klagevejledning", wrong ? (sure ? Status::wrong : Status::uncertain) : Status::ok, d, ap.first);
    } else if (sure && req && ap.trace.found) {
        add("appeal_guidance", "Klagevejledning", Status::uncertain,
            "ikke genkendt, men brevet taler om at klage eller være uenig (usikkert, om den mangler)", ap.trace);
    } else {
        auto [s, d] = absent("ikke krævet ved fuld bevilling");
        add("appeal_guidance", "Klagevejledning", s, d);
    }

    if (el.citizen.found) add("citizen_statement", "Borgerens synspunkter", Status::ok, "nævnt", el.citizen);
    else {
        auto [s, d] = absent("ikke krævet ved fuld bevilling");
        add("citizen_statement", "Borgerens synspunkter", s, d);
    }
    return c;
}

}  // namespace klartjek::legal
