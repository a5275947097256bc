// Extraction quality as findings: a letter that could not be read well is said so, never
// silently analysed as if it were empty or fine.
#pragma once

#include <vector>

#include "core/types.hpp"
#include "lexicon/lexicon.hpp"

namespace klartjek::extract {

std::vector<Finding> quality_findings(const Document& doc, const lexicon::Lexicons& lex);

}  // namespace klartjek::extract
