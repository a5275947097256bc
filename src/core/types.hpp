// The plain value types that flow through the pipeline: positioned document, normalised text,
// segments and findings. Each stage is a function from one of these to the next.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace klartjek {

// A rectangle in PDF points, origin at the top-left corner of the page, y growing downwards
// (the convention Poppler's text layer uses). Text input has no geometry: all zero.
struct Box {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    double width() const { return x1 - x0; }
    double height() const { return y1 - y0; }
    bool empty() const { return x1 <= x0 || y1 <= y0; }
    void unite(const Box& o);
};

// Where a piece of the page sits in the letter. Only `body` is running text.
enum class Zone { body, header, footer, letterhead, footnote };
const char* zone_name(Zone z);

enum class ParaKind { text, heading, list_item };
const char* para_kind_name(ParaKind k);

// ---- positioned document (output of extract) ----

struct PWord {
    std::string text;  // UTF-8 as extracted (not yet normalised)
    Box box;
    float font_size = 0;
    bool bold = false;
    bool italic = false;
    bool superscript = false;  // raised, smaller digits: footnote reference
    bool space_after = true;   // the PDF has white space after this word on its line
    int rotation = 0;          // 0 for horizontal text; otherwise quarter turns
    bool column_gap_before = false;  // plain text: two or more spaces or a tab before the word (a table column)
    int column = 0;  // plain text: 1-based column of the word's first character in its source line (0: unknown)
};

// A line fragment: words on one baseline without a column-sized gap between them.
struct PLine {
    std::vector<PWord> words;
    Box box;
    int number = 0;  // 1-based line number on its page, in reading order
    int source_line = 0;  // plain text: 1-based line in the source file, across form feeds (0: unknown)
    float font_size() const;  // dominant font size
    bool bold() const;        // all words bold
};

// Lines that belong together geometrically (a paragraph or a column piece).
struct PBlock {
    std::vector<PLine> lines;
    Box box;
    Zone zone = Zone::body;
    // Set when the source says what the block is (a DOCX paragraph and its style): the block is
    // then exactly one paragraph of this kind, whatever its geometry.
    std::optional<ParaKind> kind;
};

struct PPage {
    int number = 0;  // 1-based
    double width = 0, height = 0;
    std::vector<PBlock> blocks;  // in reading order
    std::size_t word_count() const;
};

enum class SourceKind { pdf, text, docx };

struct ExtractQuality {
    bool encrypted = false;
    int pdf_errors = 0;               // syntax errors Poppler reported while reading
    std::vector<int> pages_without_text;
    std::size_t chars = 0;            // characters in the text layer
    std::size_t replacement_chars = 0;  // U+FFFD
    std::size_t private_use_chars = 0;  // U+E000..U+F8FF: glyphs without a Unicode mapping
    std::size_t control_chars = 0;
    std::string decoded_as;           // text input: "UTF-8" or the fallback encoding used
    bool tracked_changes = false;     // DOCX: changes not yet accepted or rejected
    std::size_t html_leftovers = 0;   // text input: HTML tags and character references read as layout and characters
};

// A Word comment that tells klartjek to ignore a rule ("klartjek:ignore rule-id — reason"),
// anchored in body paragraphs `first`..`last` ("afsnit" numbers, PLine::number). Other comments
// are never read.
struct IgnoreComment {
    std::string text;  // the whole comment, white space collapsed
    int first = 0, last = 0;
};

struct Document {
    std::string name;  // as given on the command line
    SourceKind kind = SourceKind::pdf;
    std::vector<PPage> pages;
    ExtractQuality quality;
    std::vector<IgnoreComment> ignore_comments;  // DOCX only
};

// ---- normalised text ----

// Maps a byte range of the normalised text back to the source word it came from.
struct Span {
    std::uint32_t begin = 0, end = 0;
    int page = 0;   // 1-based
    int line = 0;   // 1-based, per page
    Box box;
    int source_line = 0;  // plain text: line in the source file (PLine::source_line); 0 otherwise
    int column = 0;       // plain text: column of the span's first character (PWord::column); 0 otherwise
};

struct Paragraph {
    std::uint32_t begin = 0, end = 0;  // byte range in NormalizedText::text
    Zone zone = Zone::body;
    ParaKind kind = ParaKind::text;
};

struct SourceLocation {
    int page = 0;
    int line = 0;
    Box box;
    // Where an editor puts the cursor, 1-based, the column in characters: in a text file the line
    // of the file and the column in it; in a Word document the paragraph ("afsnit", 0 in headers,
    // footers and notes) and the character in it; in a PDF the line on the page and the character
    // in that line of the normalised text. Set by locate(), not by boxes().
    int source_line = 0;
    int column = 0;
};

// One UTF-8 string for the whole letter. Paragraphs are separated by "\n\n"; inside a paragraph
// lines are joined with single spaces. Every byte maps back to a page, line and box.
struct NormalizedText {
    std::string text;
    std::vector<Span> spans;  // sorted by begin, non-overlapping
    std::vector<Paragraph> paragraphs;
    // Offsets in `text` where a table cell other than a row's first begins (a plain-text table row
    // whose columns are separated by two or more spaces or a tab), ascending. A row is one paragraph.
    std::vector<std::uint32_t> cell_starts;
    // A draft's reviewer comments and the text marked deleted ("[AKN: Husk datoerne.]", "[slettet af
    // AKN: Vi har besluttet …]", lexicons/template.txt [annotation]): [begin, end) ranges in `text`,
    // ascending and disjoint. They are not the letter's own words; the readers skip them.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> annotations;

    // text[begin, end) without the annotations in it.
    std::string letter_text(std::uint32_t begin, std::uint32_t end) const;
    SourceLocation locate(std::uint32_t offset) const;
    // One box per (page, line) touched by the range, in text order.
    std::vector<SourceLocation> boxes(std::uint32_t begin, std::uint32_t end) const;
};

// ---- segments ----

enum class WordKind { letters, number, mixed };

struct WordToken {
    std::uint32_t begin = 0, end = 0;
    WordKind kind = WordKind::letters;
};

struct Sentence {
    std::uint32_t begin = 0, end = 0;  // trimmed of surrounding whitespace
    std::size_t paragraph = 0;         // index into NormalizedText::paragraphs
};

struct Segmentation {
    std::vector<Sentence> sentences;
    std::vector<WordToken> words;
};

// ---- findings ----

enum class Severity { info, warning, error };
const char* severity_name(Severity s);         // "info" / "warning" / "error"
const char* severity_name_da(Severity s);      // "info" / "advarsel" / "fejl"
std::optional<Severity> parse_severity(const std::string& s);  // accepts English and Danish

struct Finding {
    std::string rule;  // stable kebab-case id with family prefix
    Severity severity = Severity::info;
    std::string message;     // Danish
    std::string suggestion;  // Danish, optional
    std::uint32_t begin = 0, end = 0;  // byte range in the normalised text (0,0: whole letter)
    std::vector<int> pages;            // pages concerned (1-based)
    // Identifies the finding across runs without line numbers or offsets (config/baseline.hpp);
    // set by the pipeline.
    std::string fingerprint;
};

// A finding the user suppressed with a reason: never dropped silently, shown apart.
struct SuppressedFinding {
    Finding finding;
    std::string reason;
    std::string origin;    // "<file>:<line>" of the suppression, or "<letter>: kommentar i afsnit N"
    std::string who, date;  // optional, as written
    bool in_source = false;  // a comment in the letter itself (SARIF kind "inSource")
};

}  // namespace klartjek
