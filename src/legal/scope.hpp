// What a document is, decided before any legal rule reads it: readable or not, which kind of
// letter (a decision, a partshøring, a receipt, an orientation, another letter), and which legal
// area. Requirements depend on all three; each decision carries the sentence it rests on and
// whether klartjek is certain of it (an uncertain one turns legal errors into one info line).
#pragma once

#include <string>
#include <vector>

#include "core/types.hpp"
#include "legal/evidence.hpp"
#include "legal/statute.hpp"
#include "structure/structure.hpp"

namespace klartjek::legal {

enum class DocType { afgoerelse, partshoering, kvittering, orientering, andet_brev, ukendt };
enum class Area { social, other, ukendt };

const char* doc_type_id(DocType t);  // "afgoerelse", "partshoering", "kvittering", "orientering", "andet-brev", "ukendt"
const char* doc_type_da(DocType t);  // Danish for users
const char* area_id(Area a);         // "social", "other", "ukendt"
const char* area_da(Area a);

struct Scope {
    bool readable = true;         // false: no text klartjek can read, so no legal verdict at all
    bool partly_readable = false; // some pages had no text: a "missing" part may stand there
    std::string unreadable_why;   // Danish

    DocType type = DocType::ukendt;
    bool type_certain = false;
    Evidence type_evidence;

    Area area = Area::ukendt;
    bool area_certain = false;
    Evidence area_evidence;
    std::string area_law;         // the other area's law or word ("FSL", "byggetilladelse"), for messages

    // The letter is a decision in the social area, read from a text klartjek could read.
    bool decision_in_scope() const { return readable && type == DocType::afgoerelse && area == Area::social; }
};

// What the outcome reading found in the letter's result part (feeds the document type).
struct DecisionSignals {
    bool decisive = false;  // a sentence that grants, refuses, reduces or stops something
    Evidence at;
};

Scope read_scope(const NormalizedText& text, const Segmentation& seg, const structure::Structure& st,
                 const StatuteScan& statutes, const std::vector<Finding>& extraction, const DecisionSignals& decision,
                 const lexicon::Lexicons& lex);

}  // namespace klartjek::legal
