// Annotated HTML report for one letter. Self-contained: inline CSS, page thumbnails as data:
// URIs, no scripts, no fonts, no network. Every character that came from a document goes through
// html_escape(), which also makes bidirectional control characters visible instead of active.
#include <fmt/format.h>
#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "klartjek_version.hpp"
#include "report/check.hpp"
#include "report/formats.hpp"
#include "report/links.hpp"
#include "report/show.hpp"
#include "rules/registry.hpp"
#include "text/cpr.hpp"
#include "text/utf8.hpp"

namespace klartjek::report {

std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 16);
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t start = i;
        char32_t c = text::next_codepoint(s, i);
        switch (c) {
            case '&': out += "&amp;"; continue;
            case '<': out += "&lt;"; continue;
            case '>': out += "&gt;"; continue;
            case '"': out += "&quot;"; continue;
            case '\'': out += "&#39;"; continue;
            default: break;
        }
        // Bidi controls would reorder the text around them: show them as inert code points.
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C) {
            out += fmt::format("<span class=\"ctl\">[U+{:04X}]</span>", static_cast<unsigned>(c));
            continue;
        }
        if (c < 0x20 && c != '\n' && c != '\t') {
            out += "\xEF\xBF\xBD";
            continue;
        }
        out.append(s.substr(start, i - start));
    }
    return out;
}

namespace {

std::string base64(const std::string& in) {
    static const char* k = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        unsigned n = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8) |
                     static_cast<unsigned char>(in[i + 2]);
        out += k[(n >> 18) & 63];
        out += k[(n >> 12) & 63];
        out += k[(n >> 6) & 63];
        out += k[n & 63];
    }
    if (i < in.size()) {
        unsigned n = static_cast<unsigned char>(in[i]) << 16;
        if (i + 1 < in.size()) n |= static_cast<unsigned char>(in[i + 1]) << 8;
        out += k[(n >> 18) & 63];
        out += k[(n >> 12) & 63];
        out += i + 1 < in.size() ? k[(n >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

const char* sev_class(Severity s) { return s == Severity::error ? "error" : s == Severity::warning ? "warning" : "info"; }
const char* sev_key(Severity s) { return s == Severity::error ? "e" : s == Severity::warning ? "w" : "i"; }

// Filtering without scripts: two groups of radio buttons (level, family) stand before the content
// as its siblings; CSS hides the notes, references and page boxes they leave out, and takes the
// highlight off every stretch of text none of whose findings is shown. Each finding carries the
// classes "fx s-<e|w|i> f-<family>", each highlighted stretch "k-<level>-<family>" for every
// finding that covers it.
const char* kFamilies[] = {"jura", "sprog", "andet"};
std::string filter_css() {
    struct View {
        const char* id;
        int min;  // lowest level shown: 0 info, 1 warning, 2 error
    };
    const View levels[] = {{"vis-alle", 0}, {"vis-advarsel", 1}, {"vis-fejl", 2}};
    const char* fams[] = {"fam-alle", "fam-jura", "fam-sprog"};
    const char* keys[] = {"i", "w", "e"};
    const char* colors[] = {"background:#e3eefc;box-shadow:inset 0 -2px 0 var(--info)", "background:#fff0cc;box-shadow:inset 0 -2px 0 var(--warn)",
                            "background:#fde0dd;box-shadow:inset 0 -2px 0 var(--err)"};
    std::string css;
    // Notes, references and page boxes.
    css += "#vis-advarsel:checked~* .fx.s-i,#vis-fejl:checked~* .fx.s-i,#vis-fejl:checked~* .fx.s-w,"
           "#fam-jura:checked~* .fx.f-sprog,#fam-jura:checked~* .fx.f-andet,#fam-sprog:checked~* .fx.f-jura,"
           "#fam-sprog:checked~* .fx.f-andet{display:none}\n";
    for (const auto& lv : levels)
        for (int fi = 0; fi < 3; ++fi) {
            if (lv.min == 0 && fi == 0) continue;  // everything shown: the page as served
            std::string view = fmt::format("#{}:checked~#{}:checked~* ", lv.id, fams[fi]);
            std::vector<std::pair<int, std::string>> shown;
            for (int sv = lv.min; sv < 3; ++sv)
                for (int fj = 0; fj < 3; ++fj)
                    if (fi == 0 || fj == fi - 1) shown.push_back({sv, fmt::format("k-{}-{}", keys[sv], kFamilies[fj])});
            css += view + "mark";
            for (const auto& [sv, k] : shown) css += ":not(." + k + ")";
            css += "{background:none;box-shadow:none}\n";
            for (const auto& [sv, k] : shown) css += view + "mark." + k + "{" + colors[sv] + "}\n";  // worst shown level wins
        }
    return css;
}

const char kStyle[] = R"CSS(
:root{--err:#b3261e;--warn:#a15c00;--info:#2f5f98;--ok:#1e6b35;--bg:#fff;--fg:#1b1b1b;--mut:#5b5b5b}
*{box-sizing:border-box}body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--fg);background:var(--bg);margin:0}
header,main,footer{max-width:1200px;margin:0 auto;padding:1rem 1.5rem}footer{color:var(--mut);font-size:.85rem}
h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.15rem;margin:1.2rem 0 .5rem;border-bottom:1px solid #ddd}
.file{font-family:ui-monospace,monospace;font-size:.95rem;color:var(--mut);word-break:break-all}
.counts span{display:inline-block;margin-right:.8rem;font-weight:600}.c-error{color:var(--err)}.c-warning{color:var(--warn)}.c-info{color:var(--info)}
table.check{border-collapse:collapse;width:100%}table.check td,table.check th{padding:.35rem .5rem;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
.st-ok{color:var(--ok);font-weight:700}.st-missing,.st-wrong{color:var(--err);font-weight:700}.st-na{color:var(--mut)}
.grid{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem}@media(max-width:900px){.grid{grid-template-columns:1fr}}
.letter p{margin:.5rem 0}.letter .heading{font-weight:700;margin-top:1rem}.letter .list-item{margin-left:1.2rem}
.letter .zone{color:var(--mut);font-size:.85rem}
mark{padding:0 .1rem;border-radius:2px;background:#fff3c4}mark.error{background:#fde0dd;box-shadow:inset 0 -2px 0 var(--err)}
mark.warning{background:#fff0cc;box-shadow:inset 0 -2px 0 var(--warn)}mark.info{background:#e3eefc;box-shadow:inset 0 -2px 0 var(--info)}
a.ref{font-size:.75rem;vertical-align:super;text-decoration:none;margin-left:1px;padding:0 .2rem;border-radius:3px;color:#fff;background:var(--info)}
a.ref.error{background:var(--err)}a.ref.warning{background:var(--warn)}a:focus{outline:3px solid #000;outline-offset:2px}
ol.notes{padding-left:1.4rem}ol.notes li{margin:.6rem 0;padding:.4rem .6rem;border-left:4px solid var(--info);background:#f7f9fc}
ol.notes li.error{border-color:var(--err);background:#fdf3f2}ol.notes li.warning{border-color:var(--warn);background:#fff8eb}
.rule{font-family:ui-monospace,monospace;font-size:.85rem;color:var(--mut)}.sugg{margin-top:.2rem}.src{font-size:.85rem;color:var(--mut)}
blockquote{margin:.3rem 0;padding:.2rem .6rem;border-left:3px solid #ccc;color:#333;font-size:.92rem}
.ctl{font-family:ui-monospace,monospace;font-size:.8em;color:var(--err)}
.pages{display:flex;flex-wrap:wrap;gap:1rem}.page{position:relative;border:1px solid #ccc;width:min(100%,420px)}
.page img{display:block;width:100%;height:auto}.page svg{position:absolute;inset:0;width:100%;height:100%}
.page rect.error{fill:rgba(179,38,30,.18);stroke:var(--err)}.page rect.warning{fill:rgba(161,92,0,.15);stroke:var(--warn)}
.page rect.info{fill:rgba(47,95,152,.12);stroke:var(--info)}figcaption{font-size:.85rem;color:var(--mut);padding:.2rem .4rem}
.lix svg{width:100%;max-width:520px;height:auto}
.filter{margin:.2rem 0;font-size:.95rem}main>input{margin:0 .2rem 0 .6rem;vertical-align:middle}main>label{margin-right:.3rem}
main>br{line-height:2}details.group>summary{font-weight:700;cursor:pointer;margin:.4rem 0}
@media print{
 @page{margin:14mm}
 html{font-size:10pt}body{font-size:10pt;line-height:1.35}header,main,footer{max-width:none;padding:0}
 main>input,main>label,main>br,.filter{display:none}
 details.group>summary{list-style:none;cursor:auto}details.group>summary::-webkit-details-marker{display:none}
 .grid{display:block}
 section.letter{break-before:page}h2{margin-top:.8rem}.letter p{margin:.3rem 0}ol.notes li{margin:.3rem 0;padding:.2rem .5rem}
 .lix svg{max-width:90mm}
 ol.notes li,tr,blockquote,.lix svg{break-inside:avoid}h2{break-after:avoid}
 a{color:inherit;text-decoration:none}a.ref{color:#fff}
 section[aria-labelledby=h-pages]{display:none}
 mark,a.ref,ol.notes li,.lix svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
)CSS";

// Where CPR numbers (and undecided halves of them) stand on the pages: every range the scan of the
// normalised text masks, plus the same scan over each page's raw words in block order, so that
// text the normalisation leaves out or orders differently is blacked out in the image as well.
std::map<int, std::vector<Box>> private_boxes(const Analysis& a) {
    std::map<int, std::vector<Box>> out;
    for (auto [b, e] : a.cpr.mask)
        for (const auto& l : a.text.boxes(b, e)) out[l.page].push_back(l.box);
    for (const auto& pg : a.document.pages) {
        std::string raw;
        std::vector<std::pair<std::size_t, const PWord*>> at;  // start offset of each word
        for (const auto& bl : pg.blocks) {
            for (const auto& ln : bl.lines) {
                for (const auto& w : ln.words) {
                    at.push_back({raw.size(), &w});
                    raw += w.text;
                    raw += ' ';
                }
                raw += '\n';
            }
            raw += '\n';
        }
        auto scan = text::scan_cpr(raw, a.lex());
        std::size_t k = 0;
        for (auto [b, e] : scan.mask) {
            while (k < at.size() && at[k].first + at[k].second->text.size() <= b) ++k;
            for (std::size_t w = k; w < at.size() && at[w].first < e; ++w) out[pg.number].push_back(at[w].second->box);
        }
    }
    return out;
}

// Page images: at least 100 dpi so that a printed report is legible.
constexpr double kPageDpi = 100;

// Renders one page to PNG bytes with CPR numbers blacked out in the pixels.
std::string page_png(const poppler::page& page, double dpi, const std::vector<Box>& blackout) {
    poppler::page_renderer r;
    r.set_render_hint(poppler::page_renderer::antialiasing, true);
    r.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    r.set_image_format(poppler::image::format_gray8);  // colour comes from the SVG overlay
    poppler::image img = r.render_page(&page, dpi, dpi);
    if (!img.is_valid()) return {};
    const double scale = dpi / 72.0;
    char* data = img.data();
    for (const auto& b : blackout) {
        int x0 = std::max(0, static_cast<int>(std::floor(b.x0 * scale)) - 2);
        int y0 = std::max(0, static_cast<int>(std::floor(b.y0 * scale)) - 2);
        int x1 = std::min(img.width(), static_cast<int>(std::ceil(b.x1 * scale)) + 2);
        int y1 = std::min(img.height(), static_cast<int>(std::ceil(b.y1 * scale)) + 2);
        for (int y = y0; y < y1; ++y) {
            char* row = data + static_cast<std::size_t>(y) * img.bytes_per_row();
            for (int x = x0; x < x1; ++x) row[x] = 0;
        }
    }
    char path[] = "/tmp/klartjek-page-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) return {};
    close(fd);
    std::string png;
    if (img.save(path, "png", static_cast<int>(dpi))) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        png = ss.str();
    }
    std::remove(path);
    return png;
}

std::string lix_gauge(double lix) {
    // 0–70 scale with the five Danish bands.
    struct Band {
        double from, to;
        const char* name;
        const char* color;
    } bands[] = {{0, 25, "meget let", "#cfe8d5"}, {25, 35, "let", "#e2f0c9"}, {35, 45, "middel", "#fff2c2"},
                 {45, 55, "svær", "#ffd9b3"},     {55, 70, "meget svær", "#f8c4bf"}};
    auto x = [](double v) { return 10 + std::clamp(v, 0.0, 70.0) * 500.0 / 70.0; };
    std::string s = "<svg viewBox=\"0 0 520 64\" role=\"img\" aria-label=\"" +
                    fmt::format("LIX {:.0f}: {}", lix, plain::lix_band(lix)) + "\">";
    for (const auto& b : bands) {
        s += fmt::format("<rect x=\"{:.1f}\" y=\"14\" width=\"{:.1f}\" height=\"18\" fill=\"{}\"/>", x(b.from), x(b.to) - x(b.from), b.color);
        s += fmt::format("<text x=\"{:.1f}\" y=\"48\" font-size=\"10\" text-anchor=\"middle\">{}</text>", (x(b.from) + x(b.to)) / 2, b.name);
    }
    s += fmt::format("<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"6\" y2=\"38\" stroke=\"#1b1b1b\" stroke-width=\"3\"/>", x(lix));
    s += fmt::format("<text x=\"{:.1f}\" y=\"62\" font-size=\"11\" text-anchor=\"middle\" font-weight=\"700\">LIX {:.0f}</text>", x(lix), lix);
    return s + "</svg>";
}

struct Row {
    std::string label, status, cls, where, source;
};

}  // namespace

std::string html(const Analysis& a, const TextOptions& opt, const std::string& pdf_path) {
    const std::string text = visible_text(a, opt);  // CPR masked unless asked; offsets unchanged
    const auto& el = a.elements;
    std::string file = display_file(a.document.name, opt);

    // Number the findings; located ones in text order.
    std::vector<std::size_t> order(a.findings.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    const RefLinker linker(a.lex());  // normalised references -> the consolidated act on Retsinformation
    std::map<std::string, std::string> sources;  // rule id -> its source line, linked
    for (const auto& r : rules::registry()) sources[std::string(r.id)] = linker.source(r.source, r.source_url);

    std::string out;
    out.reserve(text.size() * 3 + 65536);
    out += "<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">";
    static const std::string css = std::string(kStyle) + filter_css();
    out += "<title>klartjek: " + html_escape(file) + "</title><style>" + css + "</style></head><body>\n";

    const Counts counts = count_findings(a);
    out += "<header>";
    if (!opt.back_link.empty())
        out += "<nav class=\"back\"><a href=\"" + html_escape(opt.back_link) + "\">← Tilbage til oversigten</a></nav>";
    out += "<h1>Tjek af afgørelsesbrev</h1><div class=\"file\">" + html_escape(file) + "</div>";
    out += "<p class=\"counts\"><span class=\"c-error\">" + plural_da(counts[2], "fejl", "fejl") + "</span><span class=\"c-warning\">" +
           plural_da(counts[1], "advarsel", "advarsler") + "</span><span class=\"c-info\">" + plural_da(counts[0], "info", "info") +
           "</span></p>";

    // Checklist.
    auto where = [&](const legal::Evidence& e) -> std::string {
        if (!e.found) return "";
        return fmt::format("<a href=\"#t-{}\">{}</a>", e.begin, location_da(a, e.begin));
    };
    std::vector<Row> rows;
    rows.push_back({"Dokument", html_escape(std::string(legal::doc_type_da(el.scope.type)) + (el.scope.type_certain ? "" : " (usikkert)") +
                                            (el.scope.area == legal::Area::other ? " · andet retsområde" : "")),
                    "", where(el.scope.type_evidence), ""});
    for (const auto& v : el.checklist.items) {
        std::string cls = v.status == legal::Status::ok               ? "st-ok"
                          : v.status == legal::Status::wrong          ? "st-wrong"
                          : v.status == legal::Status::missing        ? "st-missing"
                                                                      : "st-na";
        std::string detail = html_escape(v.detail);
        if (v.element == "legal_basis" && el.legal_basis) {
            std::string list;
            for (const auto& r : provision_refs(el.statutes)) list += (list.empty() ? "" : ", ") + linker.link(html_escape(r));
            detail = list;
        }
        const std::string source = linker.source(v.source, v.source_url);
        if (v.element == "outcome") {
            rows.push_back({v.label_da, detail, "", where(v.evidence), source});
            continue;
        }
        rows.push_back({v.label_da, std::string(legal::status_mark(v.status)) + " " + legal::status_da(v.status) + ": " + detail,
                        cls, where(v.evidence), source});
    }
    if (!el.checklist.scope_note.empty()) rows.push_back({"Vurdering", html_escape(el.checklist.scope_note), "st-na", "", ""});
    rows.push_back({"Brevets dato", el.structure.date.found() ? el.structure.date.iso() : "ikke fundet", "", "", ""});
    out += "<section aria-labelledby=\"h-check\"><h2 id=\"h-check\">Tjekliste</h2><table class=\"check\"><thead><tr><th>Element</th>"
           "<th>Status</th><th>Hvor</th><th>Kilde</th></tr></thead><tbody>";
    for (const auto& r : rows)
        out += "<tr><th scope=\"row\">" + r.label + "</th><td class=\"" + r.cls + "\">" + r.status + "</td><td>" + r.where +
               "</td><td class=\"src\">" + r.source + "</td></tr>";
    out += "</tbody></table></section>";

    // The decided items the outcome rests on.
    if (!el.items.empty()) {
        out += "<section aria-labelledby=\"h-items\"><h2 id=\"h-items\">Det afgjorte</h2><table class=\"check\"><thead><tr>"
               "<th>Udfald</th><th>Søgt om</th><th>Afgjort</th><th>Sætning</th><th>Hvor</th></tr></thead><tbody>";
        for (const auto& item : el.items)
            out += "<tr><td>" + html_escape(legal::outcome_da(item.outcome)) + "</td><td>" + html_escape(item.applied) + "</td><td>" +
                   html_escape(item.decided) + "</td><td>" + html_escape(excerpt(a, item.at.begin, item.at.end, opt, 200)) +
                   "</td><td>" + where(item.at) + "</td></tr>";
        out += "</tbody></table></section>";
    }

    // Readability with the LIX gauge.
    const auto& rd = a.readability;
    if (!rd.body.empty()) {
        out += "<section class=\"lix\" aria-labelledby=\"h-lix\"><h2 id=\"h-lix\">Læsbarhed</h2>" + lix_gauge(rd.body.value());
        std::string avg = decimal_da(rd.average_sentence, 1);
        out += fmt::format("<p>LIX {:.0f} ({}){} · {} ord · {} sætninger · {} ord pr. sætning · {} lange sætninger · passiv {:.0f} % · "
                           "{} papirord · {} stavefejl</p></section>",
                           rd.body.value(), plain::lix_band(rd.body.value()),
                           rd.reasoning.empty() ? std::string() : fmt::format(" · begrundelsen {:.0f}", rd.reasoning.value()), rd.words,
                           rd.sentences, avg, rd.long_sentences, rd.passive_share * 100, rd.officialese_hits, rd.spelling_hits);
    }
    out += "</header>\n<main>";

    // The findings shown (--min-level), errors first, numbered in that order; the located ones
    // are highlighted in the letter.
    const std::vector<const Finding*> shown = shown_findings(a, opt);
    std::vector<std::size_t> located;  // indices into `shown`
    for (std::size_t i = 0; i < shown.size(); ++i)
        if (shown[i]->end > shown[i]->begin) located.push_back(i);
    auto fx = [](const Finding& f) { return fmt::format("fx s-{} f-{}", sev_key(f.severity), rule_family(f.rule)); };

    // Filters: level, then family (radio buttons before the content, see filter_css()).
    {
        Counts by_level{0, 0, 0};
        std::map<std::string, std::size_t> by_family;
        for (const Finding* f : shown) {
            ++by_level[static_cast<int>(f->severity)];
            ++by_family[rule_family(f->rule)];
        }
        auto radio = [&](const char* group, const char* id, const std::string& label, bool checked) {
            out += fmt::format("<input type=\"radio\" name=\"{}\" id=\"{}\"{}><label for=\"{}\">{}</label>", group, id,
                               checked ? " checked" : "", id, label);
        };
        out += "<span class=\"filter\">Vis fund:</span>";
        radio("niveau", "vis-alle", fmt::format("alle niveauer ({})", shown.size()), true);
        if (opt.min_level <= Severity::warning)
            radio("niveau", "vis-advarsel", fmt::format("fejl og advarsler ({})", by_level[2] + by_level[1]), false);
        radio("niveau", "vis-fejl", fmt::format("kun fejl ({})", by_level[2]), false);
        out += "<br><span class=\"filter\">Emne:</span>";
        radio("familie", "fam-alle", fmt::format("alle ({})", shown.size()), true);
        radio("familie", "fam-jura", fmt::format("jura ({})", by_family["jura"]), false);
        radio("familie", "fam-sprog", fmt::format("sprog ({})", by_family["sprog"]), false);
        out += "\n";
    }
    out += "<div class=\"grid\">";
    out += "<section class=\"letter\" aria-labelledby=\"h-letter\"><h2 id=\"h-letter\">Brevet</h2>";
    std::set<std::uint32_t> sentence_starts;
    for (const auto& s : a.segments.sentences) sentence_starts.insert(s.begin);
    std::set<std::uint32_t> anchors;  // where checklist links point
    for (const auto* e : {&el.result, &el.reasoning_first, &el.appeal.first, &el.citizen})
        if (e->found) anchors.insert(e->begin);
    for (std::size_t pi = 0; pi < a.text.paragraphs.size(); ++pi) {
        const auto& p = a.text.paragraphs[pi];
        std::string cls = para_kind_name(p.kind);
        if (p.zone != Zone::body) cls += " zone";
        out += "<p class=\"" + cls + "\" id=\"p-" + std::to_string(pi) + "\">";
        // Cut points: paragraph edges, finding edges and anchors inside this paragraph.
        std::set<std::uint32_t> cuts = {p.begin, p.end};
        for (std::size_t i : located) {
            const auto& f = *shown[i];
            if (f.end <= p.begin || f.begin >= p.end) continue;
            cuts.insert(std::max(f.begin, p.begin));
            cuts.insert(std::min(f.end, p.end));
        }
        for (auto x : anchors)
            if (x >= p.begin && x < p.end) cuts.insert(x);
        std::uint32_t prev = p.begin;
        for (auto it = std::next(cuts.begin()); it != cuts.end(); ++it) {
            std::uint32_t b = prev, e = *it;
            prev = e;
            if (anchors.count(b)) out += "<span id=\"t-" + std::to_string(b) + "\"></span>";
            Severity worst = Severity::info;
            bool covered = false;
            std::set<std::string> keys;  // level and family of every finding covering this stretch
            for (std::size_t i : located) {
                const auto& f = *shown[i];
                if (f.begin <= b && f.end >= e) {
                    covered = true;
                    worst = std::max(worst, f.severity);
                    keys.insert(fmt::format("k-{}-{}", sev_key(f.severity), rule_family(f.rule)));
                }
            }
            std::string seg = html_escape(std::string_view(text).substr(b, e - b));
            if (covered) {
                std::string cls = sev_class(worst);
                for (const auto& k : keys) cls += " " + k;
                out += "<mark class=\"" + cls + "\">" + seg + "</mark>";
            } else {
                out += seg;
            }
            // Reference links right after each finding ends, numbered as the notes.
            for (std::size_t i : located) {
                const auto& f = *shown[i];
                const std::size_t n = i;
                // The reference follows the finding's last character, in the paragraph that holds it.
                bool ends_here = f.end > p.begin && f.begin < p.end && std::min(f.end, p.end) == e &&
                                 (f.end <= p.end || pi + 1 == a.text.paragraphs.size() || a.text.paragraphs[pi + 1].begin >= f.end);
                if (ends_here)
                    out += fmt::format("<a class=\"ref {} {}\" id=\"ref-{}\" href=\"#note-{}\" data-rule=\"{}\" aria-label=\"Fund {}: {}\">{}</a>",
                                       sev_class(f.severity), fx(f), n + 1, n + 1, html_escape(f.rule), n + 1, html_escape(f.rule), n + 1);
            }
        }
        out += "</p>\n";
    }
    out += "</section>";

    // Notes: explanation, legal source, suggested rewrite; one group per level, errors first.
    out += "<section aria-labelledby=\"h-notes\"><h2 id=\"h-notes\">Fund</h2>";
    auto note = [&](const Finding& f, const std::string& id, const std::string& back) {
        std::string s = "<li class=\"" + std::string(sev_class(f.severity)) + " " + fx(f) + (id.empty() ? std::string("\">") : "\" id=\"" + id + "\">");
        s += "<strong>" + std::string(severity_name_da(f.severity)) + "</strong> <span class=\"rule\">" + html_escape(f.rule) + "</span>";
        if (!back.empty()) {
            s += fmt::format(" · <a href=\"#{}\">{}</a>", back, location_da(a, f.begin));
        } else if (!f.pages.empty()) {
            s += fmt::format(" · side {}", f.pages.front());
        }
        s += "<div>" + linker.link(html_escape(f.message)) + "</div>";
        if (f.end > f.begin) s += "<blockquote>" + html_escape(excerpt(a, f.begin, f.end, opt, 300)) + "</blockquote>";
        if (!f.suggestion.empty()) s += "<div class=\"sugg\">Forslag: " + linker.link(html_escape(f.suggestion)) + "</div>";
        auto src = sources.find(f.rule);
        if (src != sources.end()) s += "<div class=\"src\">Kilde: " + src->second + "</div>";
        return s + "</li>";
    };
    for (Severity level : {Severity::error, Severity::warning, Severity::info}) {
        std::size_t first = shown.size(), count = 0;
        for (std::size_t i = 0; i < shown.size(); ++i)
            if (shown[i]->severity == level) {
                first = std::min(first, i);
                ++count;
            }
        if (!count) continue;
        const char* title = level == Severity::error ? "Fejl" : level == Severity::warning ? "Advarsler" : "Info";
        out += fmt::format("<details open class=\"group fx s-{}\"><summary>{} ({})</summary><ol class=\"notes\" start=\"{}\">", sev_key(level),
                           title, count, first + 1);
        for (std::size_t i = first; i < first + count; ++i) {
            const Finding& f = *shown[i];
            out += note(f, "note-" + std::to_string(i + 1), f.end > f.begin ? "ref-" + std::to_string(i + 1) : "");
        }
        out += "</ol></details>";
    }
    if (shown.empty())
        out += a.findings.empty() ? "<p>Ingen fund.</p>" : "<p>Ingen fund på de viste niveauer.</p>";
    if (!a.known.empty())
        out += fmt::format("<p class=\"baseline\">{} kendte fund skjult af basislinjen.</p>", a.known.size());
    // Suppressed findings: never silently gone; collapsed, each with its reason and origin.
    if (!a.suppressed.empty()) {
        out += fmt::format("<details class=\"group suppressed\"><summary>Undertrykte fund ({})</summary><ul class=\"notes\">",
                           a.suppressed.size());
        for (const auto& sf : a.suppressed) {
            std::string li = note(sf.finding, "", "");
            std::string origin = opt.show_cpr ? sf.origin : text::mask_file_name(sf.origin);
            std::string why = "<div class=\"why\">Undertrykt: " + html_escape(sf.reason) + " (" + html_escape(origin) +
                              (sf.who.empty() ? "" : ", " + html_escape(sf.who)) + (sf.date.empty() ? "" : ", " + html_escape(sf.date)) +
                              ")</div>";
            out += li.substr(0, li.size() - 5) + why + "</li>";
        }
        out += "</ul></details>";
    }
    out += "</section></div>";

    // Page thumbnails with every finding's box drawn and linked to its note; CPR blacked out.
    if (opt.page_images && a.document.kind == SourceKind::pdf && !pdf_path.empty() && pdf_path != "-") {
        std::ifstream in(pdf_path, std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        std::string bytes = ss.str();
        std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
        if (doc && !doc->is_locked()) {
            std::map<int, std::vector<Box>> cpr_boxes;
            if (!opt.show_cpr)
                cpr_boxes = private_boxes(a);
            out += "<section aria-labelledby=\"h-pages\"><h2 id=\"h-pages\">Sider</h2><div class=\"pages\">";
            for (const auto& pg : a.document.pages) {
                std::unique_ptr<poppler::page> page(doc->create_page(pg.number - 1));
                if (!page) continue;
                // 100 dpi: sharp when printed a page to a sheet (print stylesheet), and shown
                // scaled down to a 420 px thumbnail on screen.
                std::string png = page_png(*page, kPageDpi, cpr_boxes[pg.number]);
                if (png.empty()) continue;
                out += fmt::format("<figure class=\"page\"><img alt=\"Side {0}\" src=\"data:image/png;base64,{1}\">"
                                   "<svg viewBox=\"0 0 {2:.1f} {3:.1f}\" preserveAspectRatio=\"none\" aria-hidden=\"false\">",
                                   pg.number, base64(png), pg.width, pg.height);
                for (std::size_t n : located) {
                    const auto& f = *shown[n];
                    for (const auto& l : a.text.boxes(f.begin, f.end)) {
                        if (l.page != pg.number || l.box.empty()) continue;
                        out += fmt::format("<a href=\"#note-{0}\"><rect class=\"{1} {6}\" x=\"{2:.1f}\" y=\"{3:.1f}\" width=\"{4:.1f}\" "
                                           "height=\"{5:.1f}\"><title>Fund {0}</title></rect></a>",
                                           n + 1, sev_class(f.severity), l.box.x0, l.box.y0, l.box.width(), l.box.height(), fx(f));
                    }
                }
                out += fmt::format("</svg><figcaption>Side {}</figcaption></figure>", pg.number);
            }
            out += "</div></section>";
        }
    }
    out += "</main><footer>Lavet af klartjek " KLARTJEK_VERSION "</footer></body></html>\n";
    return out;
}

}  // namespace klartjek::report
