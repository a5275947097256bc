// Input → positioned document. The kind of input is decided by its content, never by its name.
#pragma once

#include <string>
#include <string_view>

#include "core/types.hpp"
#include "lexicon/lexicon.hpp"

namespace klartjek::extract {

struct Options {
    // Password tried when a PDF needs one. Empty is always tried first.
    std::string password;
    // The lexicons to read with (limits, layout thresholds, letterhead patterns); nullptr:
    // lexicon::embedded().
    const lexicon::Lexicons* lexicons = nullptr;
    const lexicon::Lexicons& lex() const { return lexicons ? *lexicons : lexicon::embedded(); }
};

// Reads a file ("-" for standard input) and extracts it. Throws InputError with a Danish
// sentence when the input is empty, truncated, not a letter format, or cannot be opened.
Document extract_file(const std::string& path, const Options& opt = {});

// Extracts from bytes already in memory; `name` is used in the document only.
Document extract_bytes(std::string_view bytes, const std::string& name, const Options& opt = {});

// Kind detection by content: "%PDF-" header near the start → PDF; a ZIP archive → DOCX (checked
// when read); valid text → text.
enum class ContentKind { pdf, docx, text, empty, binary };
ContentKind sniff(std::string_view bytes);

// Text that is markup or source code (HTML, XML, SVG, JavaScript, CSS, JSON …), decided by
// content: a markup/XML prologue, or mostly lines that are tags or code. Returns the Danish
// sentence the file is refused with, or nullptr for text that may be a letter.
const char* markup_or_source(std::string_view bytes);

// A recognised format that is not a letter (markup or source code, an image, a ZIP/DOCX
// archive, an old Office file), from the first 64 KiB: the Danish sentence it is refused with,
// or an empty string when it may be a letter (a PDF, text, or bytes that may be a damaged
// letter). Cheap: `audit` skips and counts such files instead of handing them to its workers.
std::string other_format(std::string_view head);

Document extract_pdf(std::string_view bytes, const std::string& name, const Options& opt);
Document extract_text(std::string_view bytes, const std::string& name);
// Word 2007+ (.docx). Throws InputError for a damaged, encrypted, oversized or non-Word archive.
Document extract_docx(std::string_view bytes, const std::string& name, const lexicon::Lexicons& lex);

}  // namespace klartjek::extract
