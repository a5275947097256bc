// The library's front door: one letter from file to analysed text. Never prints, never exits.
#pragma once

#include <string>

#include "core/types.hpp"
#include "extract/extract.hpp"

namespace klartjek {

struct Analysis {
    Document document;
    NormalizedText text;
    Segmentation segments;
    std::vector<Finding> findings;  // extraction quality so far; rules add theirs later
};

// Throws InputError when the file cannot be read as a letter at all.
Analysis analyse_file(const std::string& path, const extract::Options& opt = {});
Analysis analyse_document(Document doc);

}  // namespace klartjek
