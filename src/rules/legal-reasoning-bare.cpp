#include "rules/legal-reasoning-bare.hpp"

namespace klartjek::rules {

void check_legal_reasoning_bare(const Context& c, Findings& out) {
    if (c.el.checklist.at("reasoning").status != legal::Status::wrong) return;
    if (c.el.reasoning_item_bare.found) {
        // One item of several: the others are reasoned, this one is only concluded.
        report(out, "legal-reasoning-bare", Severity::warning,
               "Brevet begrunder de andre afgørelser, men for denne siger begrundelsen hverken, hvad der er lagt vægt "
               "på, eller hvilke oplysninger afgørelsen bygger på. En konklusion som \"du opfylder ikke betingelserne\" "
               "er ikke nok (forvaltningslovens § 24, stk. 1 og 2).",
               "Skriv under denne afgørelse, hvad I har lagt vægt på, f.eks. \"Vi har lagt vægt på, at det fremgår af "
               "lægeerklæringen af [dato], at …\".",
               c.el.reasoning_item_bare);
        return;
    }
    std::string what = !c.el.reasoning_weight && !c.el.reasoning_facts ? "hvad der er lagt vægt på, og hvilke oplysninger"
                       : !c.el.reasoning_weight                      ? "hvad der er lagt vægt på i vurderingen"
                                                                     : "hvilke konkrete oplysninger i sagen";
    report(out, "legal-reasoning-bare", Severity::warning,
           "Begrundelsen siger ikke " + what + " afgørelsen bygger på. En konklusion som \"du opfylder ikke betingelserne\" "
           "er ikke nok (forvaltningslovens § 24, stk. 1 og 2).",
           "Skriv f.eks. \"Vi har lagt vægt på, at det fremgår af lægeerklæringen af [dato], at …\".",
           c.el.reasoning_first.found ? c.el.reasoning_first : anchor(c));
}

}  // namespace klartjek::rules
