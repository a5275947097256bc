#include "extract/extract.hpp"
#include "extract/layout.hpp"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <sys/stat.h>

#include <re2/re2.h>

#include "core/error.hpp"
#include "lexicon/lexicon.hpp"
#include "text/utf8.hpp"

namespace klartjek::extract {

namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Recognisable non-letter formats get a message that says what the file is and what to do.
const char* known_binary(std::string_view b) {
    if (starts_with(b, "\x89PNG")) return "Filen er et billede (PNG), ikke et brev med tekst. Gem brevet som PDF med tekst.";
    if (starts_with(b, "\xFF\xD8\xFF")) return "Filen er et billede (JPEG), ikke et brev med tekst. Gem brevet som PDF med tekst.";
    if (starts_with(b, "II*\0") || starts_with(b, "MM\0*")) return "Filen er et billede (TIFF), ikke et brev med tekst. Gem brevet som PDF med tekst.";
    if (starts_with(b, "\xD0\xCF\x11\xE0")) {
        // A Compound File: an old .doc, or a .docx encrypted with a password (Word wraps the
        // encrypted package in a compound file with an "EncryptedPackage" stream).
        static const std::string_view encrypted("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
        if (b.find(encrypted) != std::string_view::npos)
            return "Word-dokumentet er beskyttet med en adgangskode (krypteret) og kan ikke læses. Fjern adgangskoden i Word "
                   "(Filer › Oplysninger › Beskyt dokument) og gem igen, eller gem brevet som PDF.";
        return "Filen er et ældre Word- eller Office-dokument (.doc), som klartjek ikke læser. Åbn det i Word eller LibreOffice og "
               "gem det som Word-dokument (.docx) eller PDF.";
    }
    return nullptr;
}

// Text formats that are not letters as they stand.
const char* known_text_format(std::string_view b) {
    if (starts_with(b, "\xEF\xBB\xBF")) b.remove_prefix(3);
    if (starts_with(b, "{\\rtf"))
        return "Filen er et RTF-dokument (.rtf), som klartjek ikke læser. Åbn det i Word eller LibreOffice og gem det som "
               "Word-dokument (.docx) eller PDF.";
    return nullptr;
}

bool is_zip(std::string_view b) { return starts_with(b, "PK\x03\x04") || starts_with(b, "PK\x05\x06"); }

// An OpenDocument file stores its type uncompressed as its first entry ("mimetype").
bool is_odt(std::string_view b) {
    return is_zip(b) && b.substr(0, 200).find("application/vnd.oasis.opendocument.text") != std::string_view::npos;
}

std::string read_all(std::istream& in, std::size_t limit) {
    std::string data;
    char buf[65536];
    while (in) {
        in.read(buf, sizeof buf);
        data.append(buf, static_cast<std::size_t>(in.gcount()));
        if (data.size() > limit)
            throw InputError("Filen er for stor (over " + std::to_string(limit / (1024 * 1024)) + " MiB) til at være et brev.");
    }
    return data;
}

std::string decode_with(const char* charset, std::string_view bytes) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter* conv = ucnv_open(charset, &err);
    if (U_FAILURE(err)) return {};
    icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), conv, err);
    ucnv_close(conv);
    if (U_FAILURE(err)) return {};
    std::string out;
    u.toUTF8String(out);
    return out;
}


// ---- HTML leftovers in plain text ----
// Text pasted from a web page or a web form keeps some of its markup: "<br>" where the lines
// broke, "&nbsp;" between "§" and its number, "<strong>" around a heading. Only these few
// formatting tags and character references are read (a letter's own "<<Borgers navn>>" or
// "a < b" is left alone); a whole HTML page is refused before this (markup_or_source).
struct HtmlLine {
    std::string text;
    std::vector<int> column;  // per byte of text: the source column it came from (1-based)
};

const char* html_entity(std::string_view name) {
    static const std::pair<std::string_view, const char*> table[] = {
        {"nbsp", " "},     {"amp", "&"},      {"lt", "<"},        {"gt", ">"},       {"quot", "\""},
        {"apos", "'"},     {"bull", "•"},     {"raquo", "»"},     {"laquo", "«"},    {"ndash", "–"},
        {"mdash", "—"},    {"hellip", "…"},   {"sect", "§"},      {"aelig", "æ"},    {"oslash", "ø"},
        {"aring", "å"},    {"AElig", "Æ"},    {"Oslash", "Ø"},    {"Aring", "Å"},    {"eacute", "é"},
        {"shy", ""},       {"rsquo", "’"},    {"lsquo", "‘"},     {"rdquo", "”"},    {"ldquo", "“"},
        {"bdquo", "„"},    {"middot", "·"},   {"euro", "€"},      {"frac12", "½"},   {"deg", "°"},
    };
    for (const auto& [n, v] : table)
        if (n == name) return v;
    return nullptr;
}

// Splits one source line at its line-breaking tags ("<br>", "</p>" …), drops the other formatting
// tags and decodes character references. An empty piece between two breaks is an empty line (a
// paragraph break); a break at the start or the end of the line adds nothing, the line breaks
// there anyway.
// `html_seen` counts the tags and references read; `column_base` is the column of part[0].
std::vector<HtmlLine> read_html_leftovers(std::string_view part, int column_base, std::size_t& html_seen) {
    static const RE2 tag(R"((?i)<(/?)(br|hr|p|div|li|ul|ol|h[1-6]|tr|td|th|table|tbody|thead|strong|b|i|u|em|span|a|font|sup|sub|o:p)(?:\s[^<>]{0,300})?\s*/?>)");
    static const RE2 ref(R"(&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,7});)");
    std::vector<HtmlLine> lines(1);
    int column = column_base;
    std::size_t i = 0;
    auto put = [&](std::string_view bytes, int col) {
        for (char ch : bytes) {
            lines.back().text += ch;
            lines.back().column.push_back(col);
        }
    };
    while (i < part.size()) {
        const re2::StringPiece rest(part.data() + i, part.size() - i);
        re2::StringPiece m[3];
        if (rest[0] == '<' && tag.Match(rest, 0, rest.size(), RE2::ANCHOR_START, m, 3)) {
            ++html_seen;
            std::string name(m[2].data(), m[2].size());
            for (char& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            const bool closing = !m[1].empty();
            if (name == "br" || name == "hr" || name == "p" || name == "div" || name == "li" || name == "ul" || name == "ol" || name == "tr" ||
                name == "table" || (name.size() == 2 && name[0] == 'h'))
                lines.emplace_back();
            else if (!closing && (name == "td" || name == "th"))
                put("  ", column);  // a table cell: a column gap
            column += static_cast<int>(text::count_codepoints(std::string_view(m[0].data(), m[0].size())));
            i += m[0].size();
            continue;
        }
        if (rest[0] == '&' && ref.Match(rest, 0, rest.size(), RE2::ANCHOR_START, m, 2)) {
            const std::string_view name(m[1].data(), m[1].size());
            std::string decoded;
            bool known = true;
            if (name[0] == '#') {
                const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
                const unsigned long v = std::stoul(std::string(name.substr(hex ? 2 : 1)), nullptr, hex ? 16 : 10);
                // 128-159 are Windows-1252's characters in pasted web text ("&#150;" for a dash), as
                // HTML reads them; a soft hyphen is dropped, as "&shy;" is.
                static const char32_t cp1252[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                                    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
                char32_t c = static_cast<char32_t>(v);
                if (v >= 0x80 && v <= 0x9F) c = cp1252[v - 0x80];
                if (v == 0xA0) c = U' ';
                if (c < 0x20 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) known = false;
                else if (c != 0xAD) text::append_utf8(decoded, c);
            } else if (const char* v = html_entity(name)) {
                decoded = v;
            } else {
                known = false;
            }
            if (known) {
                ++html_seen;
                put(decoded, column);
                column += static_cast<int>(text::count_codepoints(std::string_view(m[0].data(), m[0].size())));
                i += m[0].size();
                continue;
            }
        }
        // One code point as it is.
        std::size_t len = 1;
        while (i + len < part.size() && (static_cast<unsigned char>(part[i + len]) & 0xC0) == 0x80) ++len;
        put(part.substr(i, len), column);
        ++column;
        i += len;
    }
    auto blank = [](const HtmlLine& l) { return l.text.find_first_not_of(" \t\r") == std::string::npos; };
    if (lines.size() > 1 && blank(lines.back())) lines.pop_back();
    // A break opening the line before text ("<br>Du fik …") breaks nothing the line break before it
    // has not broken already; a line of only a break stays an empty line (a paragraph break).
    if (lines.size() > 1 && blank(lines.front()) && !blank(lines[1])) lines.erase(lines.begin());
    return lines;
}

}  // namespace

const char* markup_or_source(std::string_view b) {
    static const char* kMarkup =
        "Filen er HTML eller XML (opmærkning), ikke et brev. klartjek læser PDF, Word (.docx) og ren tekst; gem brevet som PDF eller .docx.";
    static const char* kSource =
        "Filen er kildekode eller et stylesheet (f.eks. JavaScript, CSS eller JSON), ikke et brev.";
    // A prologue settles it: <!DOCTYPE html>, <html>, <?xml …?>, <svg>, after any comments.
    static const RE2 prologue(R"(^(?:\x{FEFF})?\s*(?:<!--.*?-->\s*)*<(?:!doctype|html|\?xml|svg|head|body)\b)", [] {
        RE2::Options o;
        o.set_case_sensitive(false);
        o.set_dot_nl(true);
        return o;
    }());
    // Line kinds (RE2, so a hostile line cannot make this slow).
    static const RE2 tag_line(R"(^\s*<[A-Za-z!/?][^<>]{0,400}>)");
    static const RE2 code_line(
        R"(^\s*(?:(?:function|var|let|const|import|export|return|class|def|#include|#define|package|public|private|@media|@import|@font-face)\b)"
        R"(|.*[;{}]\s*$)"
        R"(|[-\w.#:,>\[\]="' *]+\{)"
        R"(|"[^"]{1,80}"\s*:)"
        R"(|[a-z-]{2,40}\s*:\s*[^;]{1,200};))");
    std::string_view probe = b.substr(0, 1 << 16);
    if (RE2::PartialMatch(re2::StringPiece(probe.data(), probe.size()), prologue)) return kMarkup;
    std::size_t lines = 0, tags = 0, code = 0, pos = 0;
    while (pos < probe.size() && lines < 2000) {
        std::size_t nl = probe.find('\n', pos);
        if (nl == std::string_view::npos) nl = probe.size();
        std::string_view line = probe.substr(pos, nl - pos);
        pos = nl + 1;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        ++lines;
        re2::StringPiece lp(line.data(), line.size());
        // Text pasted from a web page is a letter with leftovers, read as such (read_html_leftovers):
        // a line that opens with a plain formatting tag ("<br>", "<strong>") or ends with a
        // character reference ("&nbsp;") is neither markup nor code.
        static const RE2 leftover_open(R"((?i)^\s*</?(?:br|hr|p|div|li|strong|b|i|u|em|span|sup|sub|o:p)\s*/?>)");
        static const RE2 reference_end(R"(&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,7});\s*$)");
        if (RE2::PartialMatch(lp, leftover_open) || RE2::PartialMatch(lp, reference_end)) continue;
        if (RE2::PartialMatch(lp, tag_line)) ++tags;
        else if (RE2::PartialMatch(lp, code_line)) ++code;
    }
    // A letter has few such lines (an e-mail address in <>, a stray semicolon); a page of markup
    // or code has many.
    if (lines == 0 || (tags + code) < 5 || (tags + code) * 10 < lines * 4) return nullptr;
    return tags >= code ? kMarkup : kSource;
}

std::string other_format(std::string_view head) {
    head = head.substr(0, 1 << 16);
    switch (sniff(head)) {
        case ContentKind::binary:
            if (const char* msg = known_binary(head)) return msg;
            return {};
        case ContentKind::text:
            if (const char* msg = known_text_format(head)) return msg;
            if (const char* msg = markup_or_source(head)) return msg;
            return {};
        case ContentKind::docx:
            // A .docx is a letter; an OpenDocument text is named; any other archive is tried and
            // fails with its reason.
            if (is_odt(head))
                return "Filen er et OpenDocument-dokument (.odt). klartjek læser PDF, Word (.docx) og ren tekst: gem brevet som .docx eller PDF.";
            return {};
        default: return {};
    }
}

ContentKind sniff(std::string_view b) {
    if (b.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) return ContentKind::empty;
    if (b.substr(0, 1024).find("%PDF-") != std::string_view::npos) return ContentKind::pdf;
    if (is_zip(b)) return ContentKind::docx;
    if (known_binary(b)) return ContentKind::binary;
    if (starts_with(b, "\xFF\xFE") || starts_with(b, "\xFE\xFF")) return ContentKind::text;  // UTF-16 BOM
    std::size_t probe = std::min<std::size_t>(b.size(), 1 << 16), control = 0;
    for (std::size_t i = 0; i < probe; ++i) {
        unsigned char c = static_cast<unsigned char>(b[i]);
        if (c == 0) return ContentKind::binary;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++control;
    }
    return control * 100 > probe ? ContentKind::binary : ContentKind::text;
}

Document extract_bytes(std::string_view bytes, const std::string& name, const Options& opt) {
    switch (sniff(bytes)) {
        case ContentKind::empty:
            throw InputError(bytes.empty() ? "Filen er tom." : "Filen indeholder ingen tekst (kun blanktegn).");
        case ContentKind::binary:
            if (const char* msg = known_binary(bytes)) throw InputError(msg);
            throw InputError("Filen er hverken en PDF-fil, et Word-dokument eller en tekstfil (indholdet er binære data).");
        case ContentKind::pdf:
            return extract_pdf(bytes, name, opt);
        case ContentKind::docx:
            return extract_docx(bytes, name, opt.lex());
        case ContentKind::text:
            if (const char* msg = known_text_format(bytes)) throw InputError(msg);
            if (const char* msg = markup_or_source(bytes)) throw InputError(msg);
            {
                Document doc = extract_text(bytes, name);
                layout::separate_sidebar_lines(doc, opt.lex());
                layout::mark_text_page_breaks(doc, opt.lex());
                return doc;
            }
    }
    throw InputError("Ukendt filtype.");
}

Document extract_file(const std::string& path, const Options& opt) {
    const auto limit = static_cast<std::size_t>(opt.lex().file("extraction.txt").number("limits", "max_file_bytes"));
    std::string data;
    if (path == "-") {
        data = read_all(std::cin, limit);
    } else {
        struct stat st {};
        if (stat(path.c_str(), &st) != 0) throw InputError("Filen findes ikke eller kan ikke læses.");
        if (S_ISDIR(st.st_mode)) throw InputError("Det er en mappe, ikke en fil.");
        if (static_cast<std::size_t>(st.st_size) > limit)
            throw InputError("Filen er for stor (" + std::to_string(st.st_size / (1024 * 1024)) + " MiB) til at være et brev; grænsen er " +
                             std::to_string(limit / (1024 * 1024)) + " MiB.");
        std::ifstream in(path, std::ios::binary);
        if (!in) throw InputError("Filen kan ikke åbnes (mangler læseadgang?).");
        data = read_all(in, limit);
    }
    return extract_bytes(data, path, opt);
}

Document extract_text(std::string_view bytes, const std::string& name) {
    Document doc;
    doc.name = name;
    doc.kind = SourceKind::text;
    std::string utf8;
    if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF")) {
        utf8 = decode_with(starts_with(bytes, "\xFF\xFE") ? "UTF-16LE" : "UTF-16BE", bytes.substr(2));
        doc.quality.decoded_as = "UTF-16";
    } else {
        if (starts_with(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
        std::size_t bad = text::first_invalid_utf8(bytes);
        if (bad == std::string_view::npos) {
            utf8.assign(bytes);
            doc.quality.decoded_as = "UTF-8";
        } else {
            // Danish text files saved by older Windows programs are Windows-1252; read them as
            // such and say so (extract-encoding), rather than refusing or dropping letters.
            utf8 = decode_with("windows-1252", bytes);
            doc.quality.decoded_as = "windows-1252";
        }
    }
    if (utf8.find_first_not_of(" \t\r\n\f\v") == std::string::npos)
        throw InputError("Filen indeholder ingen tekst.");

    PPage page;
    page.number = 1;
    PBlock block;
    int line_no = 0;
    int source_line = 0;  // lines of the file, across form feeds
    auto flush_block = [&] {
        if (!block.lines.empty()) page.blocks.push_back(std::move(block));
        block = PBlock{};
    };
    auto flush_page = [&] {
        flush_block();
        doc.pages.push_back(std::move(page));
        page = PPage{};
        page.number = static_cast<int>(doc.pages.size()) + 1;
        line_no = 0;
    };
    // Markup leftovers are read only in a file that has a line-breaking tag or a non-breaking
    // space in it (text pasted from a web page); elsewhere "<b>" or "&c;" stays as written.
    static const RE2 html_hint(R"((?i)<br\s*/?>|</p>|&nbsp;|&#160;)");
    const bool html = RE2::PartialMatch(utf8, html_hint);
    std::size_t pos = 0;
    while (pos <= utf8.size()) {
        std::size_t nl = utf8.find('\n', pos);
        if (nl == std::string::npos) nl = utf8.size();
        std::string_view raw(utf8.data() + pos, nl - pos);
        pos = nl + 1;
        ++source_line;
        int column_base = 1;  // column of raw[0] in the source line (raw moves past form feeds)
        // Form feeds separate pages (the pdftotext convention).
        while (true) {
            auto ff = raw.find('\f');
            const std::string_view source_part = raw.substr(0, ff);
            std::vector<HtmlLine> pieces;
            if (html) {
                pieces = read_html_leftovers(source_part, column_base, doc.quality.html_leftovers);
            } else {
                pieces.emplace_back();
                pieces.back().text.assign(source_part);
            }
            // The pieces of one source line share its number: a location names the file's line.
            ++line_no;
            for (const HtmlLine& piece : pieces) {
                // A Markdown table ("| Rollator | SEL § 112 | Bevilget |"): its pipes are column
                // gaps, not words, and its rule line ("|---|:--:|") is no text at all.
                static const RE2 pipe_row(R"(^[ \t]*\|.*\|[ \t\r]*$)");
                static const RE2 pipe_rule(R"(^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?)?[ \t\r]*$)");
                const bool pipes = RE2::FullMatch(piece.text, pipe_row);
                if (pipes && RE2::FullMatch(piece.text, pipe_rule)) continue;
                // Compact rows ("|Ydelse|Ansøgt|Bevilget|") too: every pipe of a row is a gap.
                std::string unpiped;
                if (pipes) {
                    unpiped = piece.text;
                    for (char& ch : unpiped)
                        if (ch == '|') ch = '\t';
                }
                const std::string_view part = pipes ? std::string_view(unpiped) : std::string_view(piece.text);
                PLine line;
                line.number = line_no;
                line.source_line = source_line;
                std::size_t i = 0;
                while (i < part.size()) {
                    std::size_t gap = i;
                    bool tab = false;
                    while (i < part.size() && (part[i] == ' ' || part[i] == '\t' || part[i] == '\r')) tab |= part[i++] == '\t';
                    const bool column_gap = !line.words.empty() && (tab || i - gap >= 2);
                    std::size_t s = i;
                    while (i < part.size() && part[i] != ' ' && part[i] != '\t' && part[i] != '\r') ++i;
                    if (i > s) {
                        PWord w;
                        w.text.assign(part.substr(s, i - s));
                        w.column_gap_before = column_gap;
                        w.column = html ? piece.column[s] : column_base + static_cast<int>(text::count_codepoints(part.substr(0, s)));
                        text::count_quality(w.text, doc.quality);
                        line.words.push_back(std::move(w));
                    }
                }
                if (line.words.empty()) flush_block();
                else block.lines.push_back(std::move(line));
            }
            if (ff == std::string_view::npos) break;
            column_base += static_cast<int>(text::count_codepoints(raw.substr(0, ff + 1)));
            raw.remove_prefix(ff + 1);
            flush_page();
        }
    }
    flush_block();
    if (page.word_count() > 0 || doc.pages.empty()) doc.pages.push_back(std::move(page));
    return doc;
}

}  // namespace klartjek::extract
