// The rule registry: one line per rule, sorted by id. `klartjek rules` and the README's rule table
// are generated from it.
#include "rules/registry.hpp"

#include <algorithm>

#include "legal/sources.hpp"

#include "rules/appeal-body-missing.hpp"
#include "rules/appeal-body-obsolete.hpp"
#include "rules/appeal-deadline-missing.hpp"
#include "rules/appeal-deadline-start.hpp"
#include "rules/appeal-deadline-wrong.hpp"
#include "rules/appeal-how-missing.hpp"
#include "rules/appeal-missing.hpp"
#include "rules/appeal-route-direct.hpp"
#include "rules/legal-basis-generic.hpp"
#include "rules/legal-basis-guidance-only.hpp"
#include "rules/legal-basis-law-only.hpp"
#include "rules/legal-basis-missing.hpp"
#include "rules/legal-citizen-statement-missing.hpp"
#include "rules/legal-date-missing.hpp"
#include "rules/legal-helhedsvurdering-missing.hpp"
#include "rules/legal-period-missing.hpp"
#include "rules/legal-reasoning-bare.hpp"
#include "rules/legal-reasoning-missing.hpp"
#include "rules/legal-ref-missing-bl90.hpp"
#include "rules/legal-ref-outdated.hpp"
#include "rules/legal-ref-unresolved.hpp"
#include "rules/legal-result-late.hpp"
#include "rules/legal-scope.hpp"
#include "rules/plain-compound-long.hpp"
#include "rules/plain-double-negation.hpp"
#include "rules/plain-formal-address.hpp"
#include "rules/plain-impersonal-sender.hpp"
#include "rules/plain-legal-term.hpp"
#include "rules/plain-lix.hpp"
#include "rules/plain-nominal.hpp"
#include "rules/plain-officialese.hpp"
#include "rules/plain-opening-clause.hpp"
#include "rules/plain-passive.hpp"
#include "rules/plain-sentence-average.hpp"
#include "rules/plain-sentence-long.hpp"
#include "rules/plain-third-person.hpp"
#include "rules/privacy-cpr.hpp"
#include "rules/spell-unknown-word.hpp"
#include "rules/template-leftover.hpp"

namespace klartjek::rules {

namespace sources = legal::sources;

const std::vector<RuleInfo>& registry() {
    static const std::vector<RuleInfo> rules = {
        {"appeal-body-missing", Severity::error, "Klagevejledningen nævner ikke Ankestyrelsen", "FVL § 25, stk. 1; RSL § 60; Retssikkerhedsloven kapitel 10 (LBK nr. 261 af 13/03/2024)", sources::rsl_kapitel_10.url, check_appeal_body_missing},
        {"appeal-body-obsolete", Severity::warning, "Klagevejledningen nævner en nedlagt eller forkert klageinstans", "RSL § 60 (Ankestyrelsen er klageinstans); Retssikkerhedsloven kapitel 10 (LBK nr. 261 af 13/03/2024)", sources::rsl_kapitel_10.url, check_appeal_body_obsolete},
        {"appeal-deadline-missing", Severity::error, "Klagevejledningen nævner ingen klagefrist", "FVL § 25, stk. 1; RSL § 67; Ankestyrelsen, Klagevejledning og tidsfrister", sources::ast_klagevejledning.url, check_appeal_deadline_missing},
        {"appeal-deadline-start", Severity::warning, "Klagefristen regnes fra brevets dato", "RSL § 67 (fristen regnes fra modtagelsen); Ankestyrelsen, Klagefrister", sources::ast_klagefrister.url, check_appeal_deadline_start},
        {"appeal-deadline-wrong", Severity::error, "Forkert klagefrist", "RSL § 67 (4 uger); Ankestyrelsen, Klagevejledning og tidsfrister", sources::ast_klagevejledning.url, check_appeal_deadline_wrong},
        {"appeal-how-missing", Severity::warning, "Klagevejledningen siger ikke, hvordan man klager", "FVL § 25, stk. 1; Justitsministeriets vejledning om forvaltningsloven pkt. 139-141", sources::jm_vejledning_klage.url, check_appeal_how_missing},
        {"appeal-missing", Severity::error, "Klagevejledning mangler", "FVL § 25, stk. 1; RSL §§ 66-67; DUKH, Praksisnyt 63 \"Klagevejledning i afgørelsessager\"", sources::dukh_klagevejledning.url, check_appeal_missing},
        {"appeal-route-direct", Severity::warning, "Klagen sendes direkte til Ankestyrelsen", "RSL § 66 (genvurdering i kommunen); Ankestyrelsen, Klagevejledning og tidsfrister", sources::ast_klagevejledning.url, check_appeal_route_direct},
        {"legal-basis-generic", Severity::warning, "Kun en generel henvisning til \"gældende regler\"", "FVL § 24, stk. 1; Folketingets Ombudsmand, Myndighedsguiden: Begrundelse", sources::ombudsmand_begrundelse.url, check_legal_basis_generic},
        {"legal-basis-guidance-only", Severity::warning, "Kun en vejledning eller kvalitetsstandard som grundlag", "FVL § 24, stk. 1 (en vejledning eller et serviceniveau er ikke en retsregel); Folketingets Ombudsmand, Myndighedsguiden: Begrundelse", sources::ombudsmand_begrundelse.url, check_legal_basis_guidance_only},
        {"legal-basis-law-only", Severity::warning, "En lov er nævnt uden paragraf", "FVL § 24, stk. 1; Ankestyrelsens praksisundersøgelse \"Merudgifter og tabt arbejdsfortjeneste\"", sources::ast_praksisundersoegelse.url, check_legal_basis_law_only},
        {"legal-basis-missing", Severity::error, "Afgørelsen henviser ikke til en bestemt paragraf", "FVL § 24, stk. 1, 1. pkt.; Folketingets Ombudsmand, Myndighedsguiden: Begrundelse", sources::ombudsmand_begrundelse.url, check_legal_basis_missing},
        {"legal-citizen-statement-missing", Severity::warning, "Borgerens egne synspunkter er ikke nævnt", "RSL § 4; FVL § 19; BL § 5 (børn); Folketingets Ombudsmand, Myndighedsguiden: Partshøring", sources::ombudsmand_partshoering.url, check_legal_citizen_statement_missing},
        {"legal-date-missing", Severity::info, "Brevets dato er ikke fundet", "God forvaltningsskik (klartjeks eget tjek; ingen bestemt lovregel)", "", check_legal_date_missing},
        {"legal-helhedsvurdering-missing", Severity::info, "Intet tegn på en helhedsvurdering", "RSL § 5; DUKH, Praksisnyt 55 \"Helhedsvurdering efter RSL § 5\"", sources::dukh_helhedsvurdering.url, check_legal_helhedsvurdering_missing},
        {"legal-period-missing", Severity::info, "Bevillingens periode er ikke angivet", "God forvaltningsskik (klartjeks eget tjek; ingen bestemt lovregel)", "", check_legal_period_missing},
        {"legal-reasoning-bare", Severity::warning, "Begrundelsen er kun en konklusion", "FVL § 24, stk. 1 og 2; Folketingets Ombudsmand, Myndighedsguiden: Begrundelse", sources::ombudsmand_begrundelse.url, check_legal_reasoning_bare},
        {"legal-reasoning-missing", Severity::error, "Afgørelsen har ingen begrundelse", "FVL §§ 22 og 24; Folketingets Ombudsmand, Myndighedsguiden: Begrundelse", sources::ombudsmand_begrundelse.url, check_legal_reasoning_missing},
        {"legal-ref-missing-bl90", Severity::warning, "Hjælpemidler m.m. til børn citeret fra serviceloven uden barnets lov § 90", "BL § 90; Delvejledning 6 til barnets lov (VEJ nr. 9375 af 28/05/2024), afsnit 124", sources::delvejledning_6_afsnit_124.url, check_legal_ref_missing_bl90},
        {"legal-ref-outdated", Severity::error, "Forældet henvisning til serviceloven i en børnesag efter 1. januar 2024", "Barnets lov (LOV nr. 721 af 13/06/2023, i kraft 1. januar 2024) afløser servicelovens regler for børn", sources::barnets_lov.url, check_legal_ref_outdated},
        {"legal-ref-unresolved", Severity::warning, "En paragraf uden lov, når brevet nævner flere love", "FVL § 24, stk. 1; Ankestyrelsens praksisundersøgelse \"Merudgifter og tabt arbejdsfortjeneste\"", sources::ast_praksisundersoegelse.url, check_legal_ref_unresolved},
        {"legal-scope", Severity::info, "Hvad brevet er: ikke en afgørelse, et andet retsområde, eller usikkert (så melder de juridiske regler intet)", "FVL §§ 22, 24 og 25 gælder kun afgørelser; Ankestyrelsen, \"At skrive en afgørelse\" (2016)", sources::ast_at_skrive.url, check_legal_scope},
        {"legal-result-late", Severity::info, "Resultatet står sent i brevet", "Ankestyrelsen, \"At skrive en afgørelse\" (2016), resumé hos HK Kommunal", sources::ast_at_skrive_hk.url, check_legal_result_late},
        {"plain-compound-long", Severity::info, "Meget langt sammensat ord", "Klartjeks eget valg (grænsen på 20 bogstaver er et forslag)", "", check_plain_compound_long},
        {"plain-double-negation", Severity::info, "Dobbelt nægtelse", "Klartjeks eget valg", "", check_plain_double_negation},
        {"plain-formal-address", Severity::warning, "Borgeren tiltales med De/Dem/Deres", "Naturstyrelsens sprogpolitik (skriv du og vi)", sources::naturstyrelsen_sprogpolitik.url, check_plain_formal_address},
        {"plain-impersonal-sender", Severity::info, "Kommunen omtaler sig selv upersonligt (man, forvaltningen)", "Naturstyrelsens sprogpolitik (skriv du og vi)", sources::naturstyrelsen_sprogpolitik.url, check_plain_impersonal_sender},
        {"plain-legal-term", Severity::info, "Juridisk fagord uden forklaring", "Ankestyrelsen, \"At skrive en afgørelse\" (2016): borgeren skal forstå sproget; ordlisten er klartjeks egen", sources::ast_at_skrive.url, check_plain_legal_term},
        {"plain-lix", Severity::info, "LIX over 45 (svær) eller 55 (meget svær)", "Sprogvaskeriet, \"Tjek din LIX\" (LIX-skalaen); Vejledning om forvaltningsloven pkt. 214; grænserne 45 og 55 er klartjeks eget valg", sources::sprogvaskeriet_lix.url, check_plain_lix},
        {"plain-nominal", Severity::info, "Navneordsstil: udsagnsord gjort til navneord", "Naturstyrelsens sprogpolitik (aktivt og konkret sprog)", sources::naturstyrelsen_sprogpolitik.url, check_plain_nominal},
        {"plain-officialese", Severity::info, "Kancellisprog (papirord) med et enklere alternativ", "Korrektur.dk, \"Skær ned på dine papirord\"; Naturstyrelsens sprogpolitik; opslaget Kancellistil; resten er klartjeks egen liste", sources::korrektur_papirord.url, check_plain_officialese},
        {"plain-opening-clause", Severity::info, "Sætningen starter med en lang ledsætning", "Korrektur.dk, \"Skær ned på dine papirord\"; opslaget Kancellistil (antologien.dk)", sources::korrektur_papirord.url, check_plain_opening_clause},
        {"plain-passive", Severity::info, "Mange sætninger i passiv", "Opslaget \"Kancellistil\" (antologien.dk): passiv er typisk kancellistil; grænsen er klartjeks eget valg", sources::kancellistil.url, check_plain_passive},
        {"plain-sentence-average", Severity::info, "Gennemsnitlig sætningslængde over 20 ord", "Om at skrive (Per Salling), \"Korte sætninger\": 15-18 ord i gennemsnit", sources::om_at_skrive.url, check_plain_sentence_average},
        {"plain-sentence-long", Severity::info, "Meget lang sætning (over 30 ord; over 40: advarsel)", "Om at skrive (Per Salling), \"Korte sætninger\"; grænserne 30 og 40 ord er klartjeks eget valg", sources::om_at_skrive.url, check_plain_sentence_long},
        {"plain-third-person", Severity::info, "Borgeren omtales i tredje person", "Naturstyrelsens sprogpolitik (skriv du og vi); Korrektur.dk, \"Skær ned på dine papirord\" (undertegnede → jeg)", sources::naturstyrelsen_sprogpolitik.url, check_plain_third_person},
        {"privacy-cpr", Severity::info, "Brevet indeholder et CPR-nummer (vises aldrig i rapporter)", "Databeskyttelsesloven § 11", sources::databeskyttelsesloven_11.url, check_privacy_cpr},
        {"spell-unknown-word", Severity::info, "Ord, som ikke findes i den danske ordbog", "Den danske Hunspell-ordbog (Stavekontrolden) og klartjeks egen ordliste", "", check_spell_unknown_word},
        {"template-leftover", Severity::error, "Pladsholder, flettefelt eller hjælpetekst fra skabelonen er ikke udfyldt", "God forvaltningsskik; FVL §§ 22 og 24", "", check_template_leftover},
    };
    return rules;
}

const RuleInfo* find(std::string_view id) {
    for (const auto& r : registry())
        if (r.id == id) return &r;
    return nullptr;
}

namespace {

// The rules that judge a part only some outcomes require (appeal guidance and legal basis are
// required of every decision but a full grant): each reads Elements::requires_reasoning.
bool outcome_dependent(std::string_view id) {
    static constexpr std::string_view ids[] = {
        "appeal-body-missing",  "appeal-body-obsolete", "appeal-deadline-missing",  "appeal-deadline-start",
        "appeal-deadline-wrong", "appeal-how-missing",  "appeal-missing",           "appeal-route-direct",
        "legal-basis-generic",  "legal-basis-guidance-only", "legal-basis-law-only", "legal-helhedsvurdering-missing"};
    return std::find(std::begin(ids), std::end(ids), id) != std::end(ids);
}

}  // namespace

std::vector<Finding> run(const Context& c, const std::vector<std::string>* only) {
    std::vector<Finding> out;
    // Legal rules judge a readable decision in the social area whose type and area are certain;
    // anything else gets the one legal-scope line instead. Nothing but privacy runs on a letter
    // klartjek could not read.
    const auto& sc = c.el.scope;
    const bool legal = sc.decision_in_scope() && sc.type_certain && sc.area_certain;
    for (const auto& r : registry()) {
        if (only && std::find(only->begin(), only->end(), r.id) == only->end()) continue;
        if (!sc.readable && !r.id.starts_with("privacy-")) continue;
        if (!legal && r.id != "legal-scope" && (r.id.starts_with("legal-") || r.id.starts_with("appeal-"))) continue;
        const std::size_t before = out.size();
        r.fn(c, out);
        // The outcome model gave an outcome of another kind than the sentences read: whether the
        // part this rule judges is required at all is not certain, so it says so at info level.
        if (!c.el.requirements_certain && outcome_dependent(r.id))
            for (std::size_t i = before; i < out.size(); ++i)
                if (out[i].severity != Severity::info) {
                    out[i].severity = Severity::info;
                    out[i].message += " (Usikkert, om det kræves: resultatet er læst af resultatmodellen, ikke af en sætning i brevet.)";
                }
    }
    return out;
}

}  // namespace klartjek::rules
