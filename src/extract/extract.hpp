// Input → positioned document. The kind of input is decided by its content, never by its name.
#pragma once

#include <string>
#include <string_view>

#include "core/types.hpp"

namespace klartjek::extract {

struct Options {
    // Password tried when a PDF needs one. Empty is always tried first.
    std::string password;
};

// Reads a file ("-" for standard input) and extracts it. Throws InputError with a Danish
// sentence when the input is empty, truncated, not a letter format, or cannot be opened.
Document extract_file(const std::string& path, const Options& opt = {});

// Extracts from bytes already in memory; `name` is used in the document only.
Document extract_bytes(std::string_view bytes, const std::string& name, const Options& opt = {});

// Kind detection by content: "%PDF-" header near the start → PDF; valid text → text.
enum class ContentKind { pdf, text, empty, binary };
ContentKind sniff(std::string_view bytes);

Document extract_pdf(std::string_view bytes, const std::string& name, const Options& opt);
Document extract_text(std::string_view bytes, const std::string& name);

}  // namespace klartjek::extract
