#include "rules/legal-citizen-statement-missing.hpp"

namespace klartjek::rules {

void check_legal_citizen_statement_missing(const Context& c, Findings& out) {
    if (c.el.checklist.at("citizen_statement").status != legal::Status::missing) return;
    report(out, "legal-citizen-statement-missing", Severity::warning,
           std::string("Brevet nævner ikke, hvad borgeren selv har sagt eller ønsket, og tager ikke stilling til det") +
               (c.el.child ? " (i børnesager også barnets synspunkter, barnets lov § 5)." : " (retssikkerhedslovens § 4).") +
               " Brevet alene kan ikke vise, om der skulle partshøres, men uden borgerens synspunkter ser begrundelsen ensidig ud.",
           "Skriv et afsnit \"Det har du fortalt os\" med borgerens synspunkter og hvordan I har vurderet dem.", anchor(c));
}

}  // namespace klartjek::rules
