// DOCX → document: the ZIP container through libzip, the WordprocessingML parts through pugixml.
//
// A Word document has no pages or lines until Word lays it out, so the document has one "page"
// whose lines are paragraphs: every PLine carries its paragraph number ("afsnit N", counted over
// the non-empty paragraphs of the main story: body, table cells and text boxes, in reading order),
// and every block is one paragraph whose kind (heading, list item, text) the extractor decides
// from the paragraph's style. Headers, footers, footnotes and endnotes are furniture (line 0).
//
// The text is read as it will be sent: tracked insertions in, deletions out, field results in and
// field codes out, comments never (a comment starting "klartjek:ignore" is kept apart, with the
// paragraphs it is anchored in, as a suppression: Document::ignore_comments). Sizes are capped before anything is decompressed into memory.
#include <pugixml.hpp>
#include <zip.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "core/error.hpp"
#include "extract/extract.hpp"
#include "extract/layout.hpp"
#include "lexicon/lexicon.hpp"
#include "text/utf8.hpp"

namespace klartjek::extract {

namespace {

constexpr const char* kNotWord =
    "Filen er et ZIP-arkiv, men ikke et Word-dokument (word/document.xml mangler). klartjek læser PDF, Word (.docx) og ren tekst.";
constexpr const char* kBadZip =
    "Word-dokumentet (.docx) er beskadiget: ZIP-arkivet kan ikke læses. Åbn det i Word og gem det igen, eller gem brevet som PDF.";
constexpr const char* kBadXml =
    "Word-dokumentet (.docx) er beskadiget: teksten i dokumentet (word/document.xml) er ikke gyldig XML. Åbn det i Word og gem det igen, eller gem brevet som PDF.";
constexpr const char* kZipEncrypted =
    "Word-dokumentet (.docx) er krypteret og kan ikke læses. Gem brevet uden adgangskode eller som PDF.";

// Nothing deeper than this is followed: real documents nest tables and text boxes a few levels.
constexpr int kMaxDepth = 64;

std::string_view local(const char* name) {
    std::string_view s(name);
    auto colon = s.find(':');
    return colon == std::string_view::npos ? s : s.substr(colon + 1);
}

bool is(const pugi::xml_node& n, std::string_view name) { return local(n.name()) == name; }

pugi::xml_attribute attr(const pugi::xml_node& n, std::string_view name) {
    for (auto a : n.attributes())
        if (local(a.name()) == name) return a;
    return {};
}

pugi::xml_node child(const pugi::xml_node& n, std::string_view name) {
    for (auto c : n.children())
        if (is(c, name)) return c;
    return {};
}

// <w:b/>, <w:b w:val="1"/> are on; w:val="0"/"false"/"off" is off.
bool toggle_on(const pugi::xml_node& n) {
    if (!n) return false;
    std::string_view v = attr(n, "val").value();
    return !(v == "0" || v == "false" || v == "off");
}

class Archive {
public:
    Archive(std::string_view bytes, std::size_t entry_limit, std::size_t total_limit)
        : entry_limit_(entry_limit), total_limit_(total_limit) {
        zip_error_t err;
        zip_error_init(&err);
        zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
        if (!src) {
            zip_error_fini(&err);
            throw InputError(kBadZip);
        }
        za_ = zip_open_from_source(src, ZIP_RDONLY, &err);
        zip_error_fini(&err);
        if (!za_) {
            zip_source_free(src);
            throw InputError(kBadZip);
        }
    }
    ~Archive() {
        if (za_) zip_discard(za_);
    }
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    bool has(const std::string& name) const { return zip_name_locate(za_, name.c_str(), 0) >= 0; }

    // The entry's bytes, or nullopt when it is absent. Reads at most the limit (the size in the
    // archive's directory may lie), so a zip bomb costs no more memory than the limit.
    std::optional<std::string> read(const std::string& name) {
        zip_int64_t idx = zip_name_locate(za_, name.c_str(), 0);
        if (idx < 0) return std::nullopt;
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(za_, static_cast<zip_uint64_t>(idx), 0, &st) == 0) {
            if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) throw InputError(kZipEncrypted);
            if ((st.valid & ZIP_STAT_SIZE) && st.size > entry_limit_) too_big();
        }
        zip_file_t* f = zip_fopen_index(za_, static_cast<zip_uint64_t>(idx), 0);
        if (!f) throw InputError(kBadZip);
        std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> guard(f, zip_fclose);
        std::string out;
        char buf[65536];
        while (true) {
            zip_int64_t n = zip_fread(f, buf, sizeof buf);
            if (n < 0) throw InputError(kBadZip);
            if (n == 0) break;
            out.append(buf, static_cast<std::size_t>(n));
            total_ += static_cast<std::size_t>(n);
            if (out.size() > entry_limit_ || total_ > total_limit_) too_big();
        }
        return out;
    }

private:
    zip_t* za_ = nullptr;
    std::size_t entry_limit_, total_limit_, total_ = 0;

    [[noreturn]] void too_big() const {
        throw InputError("Word-dokumentet (.docx) fylder for meget, når det pakkes ud (over " +
                         std::to_string(entry_limit_ / (1024 * 1024)) + " MiB pr. del eller " +
                         std::to_string(total_limit_ / (1024 * 1024)) +
                         " MiB i alt), til at være et brev. Det kan være en fil, der er lavet til at lamme programmer.");
    }
};

// Resolved paragraph styles: what a style id means for the reader.
struct StyleInfo {
    bool heading = false;  // Title, Heading 1-3 (or outline level 0-2)
    bool list = false;     // a list style, or a style with numbering
};

std::map<std::string, StyleInfo> read_styles(const std::string& xml) {
    std::map<std::string, StyleInfo> out;
    pugi::xml_document doc;
    if (!doc.load_buffer(xml.data(), xml.size())) return out;  // styles are optional; a bad part loses only styles
    struct Raw {
        std::string name, based_on;
        int outline = -1;
        bool numbered = false;
    };
    std::map<std::string, Raw> raw;
    for (auto s : doc.document_element().children()) {
        if (!is(s, "style") || std::string_view(attr(s, "type").value()) != "paragraph") continue;
        Raw r;
        r.name = text::to_lower(attr(child(s, "name"), "val").value());
        r.based_on = attr(child(s, "basedOn"), "val").value();
        auto ppr = child(s, "pPr");
        if (auto ol = child(ppr, "outlineLvl")) r.outline = attr(ol, "val").as_int(-1);
        r.numbered = static_cast<bool>(child(ppr, "numPr"));
        raw[attr(s, "styleId").value()] = std::move(r);
    }
    for (const auto& [id, r0] : raw) {
        StyleInfo info;
        std::string cur = id;
        for (int hops = 0; hops < 16 && raw.count(cur); ++hops) {
            const Raw& r = raw.at(cur);
            const std::string& n = r.name;
            if (n == "title" || n == "heading 1" || n == "heading 2" || n == "heading 3" || (r.outline >= 0 && r.outline <= 2))
                info.heading = true;
            if (n.rfind("list", 0) == 0 || r.numbered) info.list = true;
            if (info.heading || info.list || r.based_on.empty() || r.based_on == cur) break;
            cur = r.based_on;
        }
        out[id] = info;
    }
    return out;
}

// A paragraph as read: text with line breaks, footnote marks and formatting.
struct ParaText {
    std::vector<std::vector<PWord>> lines{{}};
    std::string pending;     // characters of the word being built
    std::size_t bold_chars = 0, chars = 0;
    float size = 0;          // largest explicit run size (points)
    bool glue = false;       // the next word follows a footnote mark without white space

    void flush() {
        if (pending.empty()) return;
        if (glue && !lines.back().empty()) lines.back().back().space_after = false;
        glue = false;
        PWord w;
        w.text = std::move(pending);
        pending.clear();
        lines.back().push_back(std::move(w));
    }
    void add_char_run(std::string_view s, bool bold) {
        std::size_t i = 0;
        while (i < s.size()) {
            std::size_t start = i;
            char32_t c = text::next_codepoint(s, i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                flush();
                glue = false;
                continue;
            }
            pending.append(s.substr(start, i - start));
            ++chars;
            if (bold) ++bold_chars;
        }
    }
    void space() {
        flush();
        glue = false;
    }
    void line_break() {
        flush();
        glue = false;
        if (!lines.back().empty()) lines.emplace_back();
    }
    // A footnote mark: superscript, glued to the word before it.
    void mark(const std::string& number) {
        flush();
        PWord w;
        w.text = number;
        w.superscript = true;
        w.space_after = true;
        if (!lines.back().empty()) lines.back().back().space_after = false;
        lines.back().push_back(std::move(w));
        glue = true;
    }
    bool empty() const {
        for (const auto& l : lines)
            if (!l.empty()) return false;
        return pending.empty();
    }
};

class Reader {
public:
    Reader(Archive& zip, Document& doc, const lexicon::Lexicons& lex) : zip_(zip), doc_(doc), lex_(lex) {}

    void run() {
        auto main = zip_.read("word/document.xml");
        if (!main) throw InputError(kNotWord);
        pugi::xml_document xml;
        if (!xml.load_buffer(main->data(), main->size())) throw InputError(kBadXml);
        auto body = child(xml.document_element(), "body");
        if (!body) throw InputError(kBadXml);

        if (auto s = zip_.read("word/styles.xml")) styles_ = read_styles(*s);
        read_relationships();
        // Footnote and endnote texts are parsed first; each is emitted after the paragraph (or
        // list) that first refers to it, numbered in the order the body refers to them.
        notes_["footnote"] = read_notes("word/footnotes.xml", "footnote");
        notes_["endnote"] = read_notes("word/endnotes.xml", "endnote");
        read_ignore_comments();

        // Headers and footers that any section refers to, each part once.
        std::vector<std::string> headers, footers;
        collect_header_refs(body, headers, footers, 0);

        page_.number = 1;
        for (const auto& h : headers) furniture_part(h, Zone::header);
        walk(body, Zone::body, 0);
        flush_notes(pending_notes_.size());
        for (const auto& f : footers) furniture_part(f, Zone::footer);
        doc_.pages.push_back(std::move(page_));
    }

private:
    Archive& zip_;
    Document& doc_;
    const lexicon::Lexicons& lex_;
    PPage page_;
    std::map<std::string, StyleInfo> styles_;
    std::map<std::string, std::string> rels_;  // r:id → part name ("word/header1.xml")
    std::map<std::string, std::map<std::string, pugi::xml_node>> notes_;
    std::map<std::string, std::unique_ptr<pugi::xml_document>> note_docs_;
    // Notes referred to but not yet emitted (kind, id). A note follows the paragraph that refers to
    // it, or the list that paragraph belongs to, as a PDF prints it at the foot of the page: near
    // its reference, inside the same section.
    std::vector<std::pair<std::string, std::string>> pending_notes_;
    std::map<std::string, std::map<std::string, int>> note_number_;
    int paragraph_no_ = 0;
    int nested_ = 0;  // inside a table or a text box
    std::set<std::string> furniture_seen_;  // header and footer paragraphs already read
    // The last block, when it is a running-text paragraph of the main text that a following
    // paragraph may continue (see continues()).
    std::optional<std::size_t> open_text_;
    // Text boxes met inside the paragraph being read; emitted right after it.
    std::vector<pugi::xml_node> pending_boxes_;
    // Comments that tell klartjek to ignore a rule ("klartjek:ignore …"), by id; where each starts.
    std::map<std::string, std::string> ignore_text_;
    std::map<std::string, int> comment_start_;
    std::set<std::string> comment_done_;
    std::vector<bool> field_in_code_;

    void read_relationships() {
        auto xml = zip_.read("word/_rels/document.xml.rels");
        if (!xml) return;
        pugi::xml_document d;
        if (!d.load_buffer(xml->data(), xml->size())) return;
        for (auto r : d.document_element().children()) {
            std::string target = r.attribute("Target").value();
            if (target.empty() || target.find("..") != std::string::npos) continue;
            if (target[0] == '/') target = target.substr(1);
            else target = "word/" + target;
            rels_[r.attribute("Id").value()] = target;
        }
    }

    // word/comments.xml: only the comments addressed to klartjek are kept (what else reviewers
    // write is none of its business).
    void read_ignore_comments() {
        auto xml = zip_.read("word/comments.xml");
        if (!xml) return;
        pugi::xml_document d;
        if (!d.load_buffer(xml->data(), xml->size())) return;
        for (auto c : d.document_element().children()) {
            if (!is(c, "comment")) continue;
            std::string text;
            for (auto p : c.children()) {
                if (!is(p, "p")) continue;
                if (!text.empty()) text += ' ';
                append_text(p, text, 0);
            }
            std::string folded;
            bool space = false;
            for (char ch : text) {
                if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
                    space = !folded.empty();
                    continue;
                }
                if (space) folded += ' ', space = false;
                folded += ch;
            }
            if (folded.rfind("klartjek:ignore", 0) == 0) ignore_text_[attr(c, "id").value()] = folded;
        }
    }

    static void append_text(const pugi::xml_node& n, std::string& out, int depth) {
        if (depth > kMaxDepth) return;
        for (auto c : n.children()) {
            if (is(c, "t")) out += c.text().get();
            else append_text(c, out, depth + 1);
        }
    }

    // Comment anchors: a range start or end, or a bare reference (a comment on a point), mapped to
    // the body paragraphs ("afsnit") they span. `between`: a marker between paragraphs.
    void comment_marker(std::string_view name, const pugi::xml_node& c, Zone zone, bool between) {
        if (ignore_text_.empty() || (zone != Zone::body && zone != Zone::letterhead)) return;
        std::string id = attr(c, "id").value();
        auto it = ignore_text_.find(id);
        if (it == ignore_text_.end() || comment_done_.count(id)) return;
        if (name == "commentRangeStart") {
            comment_start_.emplace(id, paragraph_no_ + 1);
            return;
        }
        int here = between ? paragraph_no_ : paragraph_no_ + 1;
        auto st = comment_start_.find(id);
        int first = st == comment_start_.end() ? here : st->second;
        if (name == "commentReference" && st == comment_start_.end()) first = here;
        if (here < first) here = first;
        doc_.ignore_comments.push_back({it->second, first, here});
        comment_done_.insert(id);
    }

    std::map<std::string, pugi::xml_node> read_notes(const std::string& part, const char* kind) {
        std::map<std::string, pugi::xml_node> out;
        auto xml = zip_.read(part);
        if (!xml) return out;
        auto d = std::make_unique<pugi::xml_document>();
        if (!d->load_buffer(xml->data(), xml->size())) return out;
        for (auto n : d->document_element().children()) {
            if (!is(n, kind)) continue;
            std::string_view type = attr(n, "type").value();
            if (!type.empty() && type != "normal") continue;  // separators
            out[attr(n, "id").value()] = n;
        }
        note_docs_[part] = std::move(d);
        return out;
    }

    void collect_header_refs(const pugi::xml_node& n, std::vector<std::string>& headers, std::vector<std::string>& footers,
                             int depth) {
        if (depth > kMaxDepth) return;
        for (auto c : n.children()) {
            if (is(c, "headerReference") || is(c, "footerReference")) {
                auto it = rels_.find(attr(c, "id").value());
                if (it == rels_.end()) continue;
                auto& list = is(c, "headerReference") ? headers : footers;
                if (std::find(list.begin(), list.end(), it->second) == list.end()) list.push_back(it->second);
            } else if (is(c, "sectPr") || is(c, "pPr") || is(c, "p")) {
                collect_header_refs(c, headers, footers, depth + 1);
            }
        }
    }

    void furniture_part(const std::string& part, Zone zone) {
        auto xml = zip_.read(part);
        if (!xml) return;
        pugi::xml_document d;
        if (!d.load_buffer(xml->data(), xml->size())) return;
        walk(d.document_element(), zone, 0);
    }

    void flush_notes(std::size_t n) {
        std::vector<std::pair<std::string, std::string>> now(pending_notes_.begin(), pending_notes_.begin() + static_cast<std::ptrdiff_t>(n));
        pending_notes_.erase(pending_notes_.begin(), pending_notes_.begin() + static_cast<std::ptrdiff_t>(n));
        for (const auto& [kind, id] : now) emit_note(kind, id);
    }

    void emit_note(const std::string& kind, const std::string& id) {
        auto it = notes_[kind].find(id);
        if (it == notes_[kind].end()) return;
        current_note_ = std::to_string(note_number_[kind][id]);
        walk(it->second, Zone::footnote, 0);
        current_note_.clear();
    }
    std::string current_note_;  // the number a w:footnoteRef inside a note stands for

    // Block-level content: paragraphs, tables (rows and cells in order), content controls,
    // tracked insertions; deletions are skipped.
    void walk(const pugi::xml_node& n, Zone zone, int depth) {
        if (depth > kMaxDepth) return;
        for (auto c : n.children()) {
            std::string_view name = local(c.name());
            if (name == "p") paragraph(c, zone, depth + 1);
            else if (name == "commentRangeStart" || name == "commentRangeEnd") comment_marker(name, c, zone, true);
            else if (name == "del" || name == "moveFrom") doc_.quality.tracked_changes = true;
            else if (name == "AlternateContent") walk(alternate(c), zone, depth + 1);
            else if (name == "ins" || name == "moveTo") {
                doc_.quality.tracked_changes = true;
                walk(c, zone, depth + 1);
            } else if (name == "tbl") {
                ++nested_;
                walk(c, zone, depth + 1);
                --nested_;
            } else if (name == "tr") {
                table_row(c, zone, depth + 1);
            } else if (name == "tc" || name == "sdt" || name == "sdtContent" ||
                       name == "customXml" || name == "txbxContent" || name == "smartTag")
                walk(c, zone, depth + 1);
        }
    }

    // A table row. When each of its cells holds one short paragraph of running text ("Kørestol" |
    // "Afslag" | "–"), the row is read as one line whose cells are separated by a column gap, as a
    // row of a plain-text table: the reader then knows which cell stands in which column. Any other
    // row (a cell of several paragraphs, a list, a heading) keeps one paragraph per cell.
    void table_row(const pugi::xml_node& tr, Zone zone, int depth) {
        bool plain = zone == Zone::body;
        for (auto c : tr.children()) {
            std::string_view name = local(c.name());
            if (name != "tc" && name != "trPr" && name != "tblPrEx") plain = false;  // content controls, tracked rows
            if (name == "tc")
                for (auto d : c.children())
                    if (local(d.name()) == "tbl") plain = false;  // a table inside a cell
        }
        if (!plain) {
            walk(tr, zone, depth);
            return;
        }
        const std::size_t first = page_.blocks.size();
        std::vector<std::size_t> cell_first;  // the first block of each cell
        for (auto c : tr.children()) {
            if (local(c.name()) != "tc") continue;
            cell_first.push_back(page_.blocks.size());
            walk(c, zone, depth + 1);
        }
        const std::size_t end = page_.blocks.size();
        if (cell_first.size() < 2 || end - first != cell_first.size()) return;
        for (std::size_t i = 0; i < cell_first.size(); ++i) {
            if (cell_first[i] != first + i) return;  // an empty cell, or one of several paragraphs
            const PBlock& b = page_.blocks[first + i];
            std::size_t words = 0;
            for (const auto& l : b.lines) words += l.words.size();
            if (b.zone != Zone::body || b.kind != ParaKind::text || b.lines.size() != 1 || words == 0 || words > 30) return;
        }
        PBlock row = std::move(page_.blocks[first]);
        for (std::size_t i = first + 1; i < end; ++i) {
            auto& words = page_.blocks[i].lines.front().words;
            words.front().column_gap_before = true;
            for (auto& w : words) row.lines.front().words.push_back(std::move(w));
        }
        page_.blocks.resize(first);
        page_.blocks.push_back(std::move(row));
        open_text_.reset();
    }

    // mc:AlternateContent: the first Choice, else the Fallback; never both (they hold the same
    // text box twice).
    static pugi::xml_node alternate(const pugi::xml_node& n) {
        if (auto c = child(n, "Choice")) return c;
        return child(n, "Fallback");
    }

    ParaKind paragraph_kind(const pugi::xml_node& ppr, const ParaText& t) const {
        std::string style = attr(child(ppr, "pStyle"), "val").value();
        auto it = styles_.find(style);
        StyleInfo info = it == styles_.end() ? StyleInfo{} : it->second;
        if (auto ol = child(ppr, "outlineLvl")) {
            int lvl = attr(ol, "val").as_int(9);
            if (lvl >= 0 && lvl <= 2) info.heading = true;
        }
        if (info.heading) return ParaKind::heading;
        if (auto num = child(ppr, "numPr")) {
            if (std::string_view(attr(child(num, "numId"), "val").value()) != "0") return ParaKind::list_item;
        } else if (info.list) {
            return ParaKind::list_item;
        }
        // A short paragraph in bold throughout, without a closing full stop, is a heading
        // typed by hand ("Klagevejledning" in bold Normal style); not a table's bold header cell.
        std::size_t words = 0;
        for (const auto& l : t.lines) words += l.size();
        if (nested_ == 0 && t.lines.size() == 1 && t.chars > 0 && t.bold_chars == t.chars && words <= 15) {
            char32_t end = text::last_codepoint(t.lines.back().back().text);
            if (end != '.' && end != ',' && end != ';') return ParaKind::heading;
        }
        return ParaKind::text;
    }

    void paragraph(const pugi::xml_node& p, Zone zone, int depth) {
        ParaText t;
        auto ppr = child(p, "pPr");
        auto mark_rpr = child(ppr, "rPr");  // the paragraph mark: inserted or deleted as a change too
        if (child(ppr, "pPrChange") || child(mark_rpr, "ins") || child(mark_rpr, "del")) doc_.quality.tracked_changes = true;
        auto boxes = std::move(pending_boxes_);
        pending_boxes_.clear();
        const std::size_t notes_before = pending_notes_.size();
        inline_content(p, t, false, zone, depth);
        t.flush();
        const bool empty = t.empty();
        bool repeated = false;
        if (!empty && (zone == Zone::header || zone == Zone::footer)) {
            // The first-page, odd and even headers often repeat a line ("Odense Kommune"); like a
            // PDF's running header it is read once.
            std::string key = std::to_string(static_cast<int>(zone)) + ":";
            for (const auto& l : t.lines)
                for (const auto& w : l) key += w.text + " ";
            repeated = !furniture_seen_.insert(key).second;
        }
        if (!empty && !repeated) {
            PBlock b;
            b.zone = zone;
            b.kind = paragraph_kind(ppr, t);
            if (zone == Zone::body && *b.kind != ParaKind::list_item && notes_before > 0) flush_notes(notes_before);
            int number = zone == Zone::body || zone == Zone::letterhead ? ++paragraph_no_ : 0;
            const bool running = zone == Zone::body && nested_ == 0 && *b.kind == ParaKind::text;
            const bool joined = running && open_text_ && *open_text_ + 1 == page_.blocks.size() && continues(page_.blocks.back(), t);
            for (auto& words : t.lines) {
                if (words.empty()) continue;
                PLine l;
                l.number = number;
                for (auto& w : words) {
                    w.bold = t.chars > 0 && t.bold_chars == t.chars;
                    w.font_size = t.size > 0 ? t.size : 0;
                    text::count_quality(w.text, doc_.quality);
                }
                l.words = std::move(words);
                b.lines.push_back(std::move(l));
            }
            if (joined) {
                for (auto& l : b.lines) page_.blocks.back().lines.push_back(std::move(l));
            } else {
                page_.blocks.push_back(std::move(b));
            }
            open_text_.reset();
            if (running) open_text_ = page_.blocks.size() - 1;
        }
        if (empty && zone == Zone::body) open_text_.reset();  // an empty paragraph separates
        // Text boxes anchored in this paragraph follow it.
        auto mine = std::move(pending_boxes_);
        pending_boxes_ = std::move(boxes);
        for (const auto& box : mine) text_box(box, zone, depth + 1);
    }

    // A paragraph that starts in lower case right after one that ends without a full stop, colon,
    // question or exclamation mark is the rest of the same sentence: a text pasted or imported
    // with a paragraph mark at every line end ("… senest 4 uger efter, at du har" / "modtaget
    // afgørelsen."). It joins the paragraph before it, as a wrapped line does in a PDF; each keeps
    // its own "afsnit" number.
    static bool continues(const PBlock& prev, const ParaText& next) {
        if (prev.lines.empty() || prev.lines.back().words.empty()) return false;
        const std::string& last = prev.lines.back().words.back().text;
        char32_t end = text::last_codepoint(last);
        if (end == '.' || end == ':' || end == '?' || end == '!' || end == ';') return false;
        const auto& first_line = next.lines.front().empty() && next.lines.size() > 1 ? next.lines[1] : next.lines.front();
        if (first_line.empty()) return false;
        char32_t start = text::first_codepoint(first_line.front().text);
        return text::is_lower(start) || end == '-' || end == 0x00AD;
    }

    // A text box or shape: a sidebar. Contact data in it (address, phone, case number, date) is
    // the letterhead, as in a PDF; anything else is read as body text.
    void text_box(const pugi::xml_node& content, Zone zone, int depth) {
        std::size_t first = page_.blocks.size();
        ++nested_;
        walk(content, zone, depth);
        --nested_;
        if (zone != Zone::body) return;
        std::size_t lines = 0, contact = 0, long_lines = 0;
        for (std::size_t i = first; i < page_.blocks.size(); ++i)
            for (const auto& l : page_.blocks[i].lines) {
                std::string s;
                for (const auto& w : l.words) s += (s.empty() ? "" : " ") + w.text;
                ++lines;
                if (layout::is_contact_line(s, lex_)) ++contact;
                if (l.words.size() > 7) ++long_lines;
            }
        if (lines > 0 && long_lines == 0 && contact * 4 >= lines)
            for (std::size_t i = first; i < page_.blocks.size(); ++i) page_.blocks[i].zone = Zone::letterhead;
    }

    // Run-level content of a paragraph (or of a hyperlink, field, content control … inside it).
    void inline_content(const pugi::xml_node& n, ParaText& t, bool bold, Zone zone, int depth) {
        if (depth > kMaxDepth) return;
        for (auto c : n.children()) {
            std::string_view name = local(c.name());
            if (name == "r") run(c, t, zone, depth + 1);
            else if (name == "commentRangeStart" || name == "commentRangeEnd") comment_marker(name, c, zone, false);
            else if (name == "del" || name == "moveFrom") doc_.quality.tracked_changes = true;
            else if (name == "ins" || name == "moveTo") {
                doc_.quality.tracked_changes = true;
                inline_content(c, t, bold, zone, depth + 1);
            } else if (name == "hyperlink" || name == "fldSimple" || name == "smartTag" || name == "customXml" ||
                       name == "sdt" || name == "sdtContent" || name == "dir" || name == "bdo")
                inline_content(c, t, bold, zone, depth + 1);
            else if (name == "AlternateContent") inline_content(alternate(c), t, bold, zone, depth + 1);
            else if (name == "oMath" || name == "oMathPara") math(c, t, depth + 1);
        }
    }

    void math(const pugi::xml_node& n, ParaText& t, int depth) {
        if (depth > kMaxDepth) return;
        for (auto c : n.children()) {
            if (is(c, "t")) t.add_char_run(c.text().get(), false);
            else math(c, t, depth + 1);
        }
    }

    bool in_field_code() const { return !field_in_code_.empty() && field_in_code_.back(); }

    void run(const pugi::xml_node& r, ParaText& t, Zone zone, int depth) {
        auto rpr = child(r, "rPr");
        bool bold = toggle_on(child(rpr, "b"));
        if (auto sz = child(rpr, "sz")) t.size = std::max(t.size, static_cast<float>(attr(sz, "val").as_int(0)) / 2.0f);
        if (child(rpr, "rPrChange")) doc_.quality.tracked_changes = true;
        bool hidden = toggle_on(child(rpr, "vanish"));
        for (auto c : r.children()) {
            std::string_view name = local(c.name());
            if (name == "fldChar") {
                std::string_view type = attr(c, "fldCharType").value();
                if (type == "begin") {
                    if (field_in_code_.size() < 64) field_in_code_.push_back(true);
                }
                else if (type == "separate" && !field_in_code_.empty()) field_in_code_.back() = false;
                else if (type == "end" && !field_in_code_.empty()) field_in_code_.pop_back();
                continue;
            }
            if (name == "commentReference") {
                comment_marker(name, c, zone, false);
                continue;
            }
            if (in_field_code() || hidden) continue;
            if (name == "t") t.add_char_run(c.text().get(), bold);
            else if (name == "tab" || name == "ptab") t.space();
            else if (name == "br" || name == "cr") {
                std::string_view type = attr(c, "type").value();
                if (type == "page" || type == "column") t.space();
                else t.line_break();
            } else if (name == "noBreakHyphen") t.add_char_run("-", bold);
            else if (name == "softHyphen") t.add_char_run("\u00AD", bold);
            else if (name == "footnoteReference" || name == "endnoteReference") {
                if (zone != Zone::body && zone != Zone::letterhead) continue;
                std::string kind = name == "footnoteReference" ? "footnote" : "endnote";
                std::string id = attr(c, "id").value();
                auto& numbers = note_number_[kind];
                if (!numbers.count(id)) {
                    numbers[id] = static_cast<int>(numbers.size()) + 1;
                    pending_notes_.push_back({kind, id});
                }
                t.mark(std::to_string(numbers[id]));
            } else if (name == "footnoteRef" || name == "endnoteRef") {
                // The note's own number at the start of its text: a word of its own.
                if (!current_note_.empty()) {
                    t.add_char_run(current_note_, false);
                    t.space();
                }
            } else if (name == "drawing" || name == "pict" || name == "object" || name == "AlternateContent") {
                collect_boxes(c, depth + 1);
            }
        }
    }

    // Text boxes inside a drawing: every w:txbxContent, but only one branch of each
    // mc:AlternateContent.
    void collect_boxes(const pugi::xml_node& n, int depth) {
        if (depth > kMaxDepth) return;
        if (is(n, "txbxContent")) {
            pending_boxes_.push_back(n);
            return;
        }
        if (is(n, "AlternateContent")) {
            collect_boxes(alternate(n), depth + 1);
            return;
        }
        for (auto c : n.children()) collect_boxes(c, depth + 1);
    }
};

}  // namespace

bool is_docx_like(std::string_view bytes) { return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4); }

Document extract_docx(std::string_view bytes, const std::string& name, const lexicon::Lexicons& lexicons) {
    const auto& lex = lexicons.file("extraction.txt");
    const auto entry_limit = static_cast<std::size_t>(lex.number("limits", "docx_max_part_bytes"));
    const auto total_limit = static_cast<std::size_t>(lex.number("limits", "docx_max_total_bytes"));
    Archive zip(bytes, entry_limit, total_limit);
    if (!zip.has("word/document.xml")) {
        if (auto mime = zip.has("mimetype") ? zip.read("mimetype") : std::nullopt;
            mime && mime->find("opendocument.text") != std::string::npos)
            throw InputError(
                "Filen er et OpenDocument-dokument (.odt). klartjek læser PDF, Word (.docx) og ren tekst: gem brevet som .docx eller PDF "
                "(i LibreOffice: Filer › Gem som).");
        throw InputError(kNotWord);
    }
    Document doc;
    doc.name = name;
    doc.kind = SourceKind::docx;
    Reader(zip, doc, lexicons).run();
    if (doc.pages.empty() || doc.pages.front().word_count() == 0) throw InputError("Word-dokumentet indeholder ingen tekst.");
    return doc;
}

}  // namespace klartjek::extract
