// The rule registry: one line per rule, sorted by id. `klartjek rules` and the README's rule table
// are generated from it.
#include "rules/registry.hpp"

#include <algorithm>

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

const std::vector<RuleInfo>& registry() {
    static const std::vector<RuleInfo> rules = {
        {"appeal-body-missing", Severity::error, "Klagevejledningen nævner ikke Ankestyrelsen", "FVL § 25, stk. 1; RSL § 60", check_appeal_body_missing},
        {"appeal-body-obsolete", Severity::warning, "Klagevejledningen nævner en nedlagt eller forkert klageinstans", "RSL § 60; domain.md KV-08", check_appeal_body_obsolete},
        {"appeal-deadline-missing", Severity::error, "Klagevejledningen nævner ingen klagefrist", "FVL § 25, stk. 1; RSL § 67", check_appeal_deadline_missing},
        {"appeal-deadline-start", Severity::warning, "Klagefristen regnes fra brevets dato", "RSL § 67", check_appeal_deadline_start},
        {"appeal-deadline-wrong", Severity::error, "Forkert klagefrist", "RSL § 67", check_appeal_deadline_wrong},
        {"appeal-how-missing", Severity::warning, "Klagevejledningen siger ikke, hvordan man klager", "FVL § 25, stk. 1", check_appeal_how_missing},
        {"appeal-missing", Severity::error, "Klagevejledning mangler", "FVL § 25, stk. 1; RSL §§ 66-67", check_appeal_missing},
        {"appeal-route-direct", Severity::warning, "Klagen sendes direkte til Ankestyrelsen", "RSL § 66; Ankestyrelsen (domain.md S16)", check_appeal_route_direct},
        {"legal-basis-generic", Severity::warning, "Kun en generel henvisning til \"gældende regler\"", "FVL § 24, stk. 1", check_legal_basis_generic},
        {"legal-basis-guidance-only", Severity::warning, "Kun en vejledning eller kvalitetsstandard som grundlag", "FVL § 24, stk. 1; domain.md REF-08", check_legal_basis_guidance_only},
        {"legal-basis-law-only", Severity::warning, "En lov er nævnt uden paragraf", "FVL § 24, stk. 1; Ankestyrelsens praksisundersøgelse (domain.md S6)", check_legal_basis_law_only},
        {"legal-basis-missing", Severity::error, "Afgørelsen henviser ikke til en bestemt paragraf", "FVL § 24, stk. 1, 1. pkt.", check_legal_basis_missing},
        {"legal-citizen-statement-missing", Severity::warning, "Borgerens egne synspunkter er ikke nævnt", "RSL § 4; FVL § 19; barnets lov § 5 (børn)", check_legal_citizen_statement_missing},
        {"legal-date-missing", Severity::info, "Brevets dato er ikke fundet", "domain.md STR-03", check_legal_date_missing},
        {"legal-helhedsvurdering-missing", Severity::info, "Intet tegn på en helhedsvurdering", "RSL § 5", check_legal_helhedsvurdering_missing},
        {"legal-period-missing", Severity::info, "Bevillingens periode er ikke angivet", "domain.md STR-09", check_legal_period_missing},
        {"legal-reasoning-bare", Severity::warning, "Begrundelsen er kun en konklusion", "FVL § 24, stk. 1 og 2", check_legal_reasoning_bare},
        {"legal-reasoning-missing", Severity::error, "Afgørelsen har ingen begrundelse", "FVL §§ 22 og 24", check_legal_reasoning_missing},
        {"legal-ref-missing-bl90", Severity::warning, "Hjælpemidler m.m. til børn citeret fra serviceloven uden barnets lov § 90", "Barnets lov § 90; domain.md §2.3 OUT-02", check_legal_ref_missing_bl90},
        {"legal-ref-outdated", Severity::error, "Forældet henvisning til serviceloven i en børnesag efter 1. januar 2024", "Barnets lov (i kraft 1. januar 2024); domain.md §2.3", check_legal_ref_outdated},
        {"legal-ref-unresolved", Severity::warning, "En paragraf uden lov, når brevet nævner flere love", "FVL § 24, stk. 1; domain.md REF-02", check_legal_ref_unresolved},
        {"legal-scope", Severity::info, "Hvad brevet er: ikke en afgørelse, et andet retsområde, eller usikkert (så melder de juridiske regler intet)", "FVL §§ 22, 24, 25 gælder kun afgørelser; Ankestyrelsen, \"At skrive en afgørelse\"", check_legal_scope},
        {"legal-result-late", Severity::info, "Resultatet står sent i brevet", "Ankestyrelsen, \"At skrive en afgørelse\" (domain.md S5)", check_legal_result_late},
        {"plain-compound-long", Severity::info, "Meget langt sammensat ord", "domain.md §4.2 PL-04 (tærskel er forslag)", check_plain_compound_long},
        {"plain-double-negation", Severity::info, "Dobbelt nægtelse", "domain.md §4.2 PL-17", check_plain_double_negation},
        {"plain-formal-address", Severity::warning, "Borgeren tiltales med De/Dem/Deres", "domain.md §4.2 PL-05 (Naturstyrelsens sprogpolitik: du)", check_plain_formal_address},
        {"plain-impersonal-sender", Severity::info, "Kommunen omtaler sig selv upersonligt (man, forvaltningen)", "domain.md §4.2 PL-07", check_plain_impersonal_sender},
        {"plain-legal-term", Severity::info, "Juridisk fagord uden forklaring", "domain.md §4.2 PL-14, §4.6", check_plain_legal_term},
        {"plain-lix", Severity::info, "LIX over 45 (svær) eller 55 (meget svær)", "Vejledning om forvaltningsloven pkt. 214; LIX (domain.md §4.1)", check_plain_lix},
        {"plain-nominal", Severity::info, "Navneordsstil: udsagnsord gjort til navneord", "domain.md §4.5", check_plain_nominal},
        {"plain-officialese", Severity::info, "Kancellisprog (papirord) med et enklere alternativ", "domain.md §4.3 (Korrektur.dk, Naturstyrelsens sprogpolitik m.fl.)", check_plain_officialese},
        {"plain-opening-clause", Severity::info, "Sætningen starter med en lang ledsætning", "domain.md §4.2 PL-18", check_plain_opening_clause},
        {"plain-passive", Severity::info, "Mange sætninger i passiv", "domain.md §4.2 PL-11, §4.4 (tærskel er forslag)", check_plain_passive},
        {"plain-sentence-average", Severity::info, "Gennemsnitlig sætningslængde over 20 ord", "domain.md §4.2 PL-01 (Om at skrive: 15-18 ord)", check_plain_sentence_average},
        {"plain-sentence-long", Severity::info, "Meget lang sætning (over 30 ord; over 40: advarsel)", "domain.md §4.2 PL-02 (tærskler er forslag)", check_plain_sentence_long},
        {"plain-third-person", Severity::info, "Borgeren omtales i tredje person", "domain.md §4.2 PL-06", check_plain_third_person},
        {"privacy-cpr", Severity::info, "Brevet indeholder et CPR-nummer (vises aldrig i rapporter)", "Databeskyttelsesloven § 11; domain.md §6", check_privacy_cpr},
        {"spell-unknown-word", Severity::info, "Ord, som ikke findes i den danske ordbog", "Hunspell da_DK (Stavekontrolden) + lexicons/spelling_da.txt", check_spell_unknown_word},
        {"template-leftover", Severity::error, "Pladsholder, flettefelt eller hjælpetekst fra skabelonen er ikke udfyldt", "God forvaltningsskik; FVL §§ 22 og 24", check_template_leftover},
    };
    return rules;
}

const RuleInfo* find(std::string_view id) {
    for (const auto& r : registry())
        if (r.id == id) return &r;
    return nullptr;
}

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
        r.fn(c, out);
    }
    return out;
}

}  // namespace klartjek::rules
