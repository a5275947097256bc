// PDF → positioned document through poppler-cpp's text layer.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>

#include <algorithm>
#include <poppler-page.h>

#include <memory>

#include "core/error.hpp"
#include "extract/extract.hpp"
#include "extract/layout.hpp"
#include "lexicon/lexicon.hpp"
#include "text/utf8.hpp"

namespace klartjek::extract {

namespace {

thread_local int t_pdf_errors = 0;

// Poppler reports syntax errors through this hook instead of printing them to stderr.
void on_poppler_error(const std::string&, void*) { ++t_pdf_errors; }

bool is_bold_font(const std::string& f) {
    for (const char* k : {"Bold", "bold", "Black", "Heavy", "Semibold", "SemiBold", "Demi", "BOLD"})
        if (f.find(k) != std::string::npos) return true;
    return false;
}

bool is_italic_font(const std::string& f) {
    for (const char* k : {"Italic", "italic", "Oblique", "oblique", "Kursiv"})
        if (f.find(k) != std::string::npos) return true;
    return false;
}

// True when a page rendered at very low resolution has any ink: separates an image-only page
// (a scan) from a blank one.
bool page_has_ink(const poppler::page& page) {
    // 12 dpi, but never more than 1,000 pixels on the longer side: a damaged page box of 5 × 955
    // million points (found by fuzz_pdf) would otherwise be rendered into a 159-million-pixel image.
    const poppler::rectf box = page.page_rect(poppler::crop_box);
    const double longest = std::max(box.width(), box.height());
    double dpi = 12;
    if (longest > 0 && longest / 72.0 * dpi > 1000) dpi = 1000 * 72.0 / longest;
    poppler::page_renderer r;
    r.set_image_format(poppler::image::format_gray8);
    poppler::image img = r.render_page(&page, dpi, dpi);
    if (!img.is_valid()) return false;
    const char* data = img.const_data();
    for (int y = 0; y < img.height(); ++y) {
        const auto* row = reinterpret_cast<const unsigned char*>(data + y * img.bytes_per_row());
        for (int x = 0; x < img.width(); ++x)
            if (row[x] < 200) return true;
    }
    return false;
}

bool has_eof_marker(std::string_view bytes) {
    std::size_t tail = std::min<std::size_t>(bytes.size(), 4096);
    return bytes.substr(bytes.size() - tail).find("%%EOF") != std::string_view::npos;
}

}  // namespace

Document extract_pdf(std::string_view bytes, const std::string& name, const Options& opt) {
    static const bool hooked = [] {
        poppler::set_debug_error_function(on_poppler_error, nullptr);
        return true;
    }();
    (void)hooked;
    t_pdf_errors = 0;

    if (!has_eof_marker(bytes))
        throw InputError("PDF-filen er ufuldstændig: slutningen af filen mangler (filen er måske afkortet under kopiering eller download).");

    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) throw InputError("PDF-filen er beskadiget og kan ikke åbnes.");

    Document out;
    out.name = name;
    out.kind = SourceKind::pdf;
    out.quality.encrypted = doc->is_encrypted();
    if (doc->is_locked()) {
        // poppler-cpp's unlock() returns whether the document is *still* locked.
        if (!opt.password.empty()) doc->unlock(opt.password, opt.password);
        if (doc->is_locked() && !opt.password.empty()) doc->unlock("", opt.password);
        if (doc->is_locked())
            throw InputError(opt.password.empty()
                                 ? "PDF-filen er krypteret og kræver en adgangskode for at blive åbnet. Angiv den med --password, eller gem brevet uden kryptering."
                                 : "PDF-filen er krypteret, og den angivne adgangskode passer ikke.");
    }

    const auto& lex = opt.lex().file("extraction.txt");
    const int max_pages = static_cast<int>(lex.number("limits", "max_pages"));
    const int n = doc->pages();
    if (n <= 0) throw InputError("PDF-filen indeholder ingen sider.");
    if (n > max_pages)
        throw InputError("PDF-filen har " + std::to_string(n) + " sider; grænsen er " +
                         std::to_string(max_pages) + " sider pr. brev.");

    const layout::Params params = layout::Params::from_lexicon(opt.lex());
    for (int i = 0; i < n; ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        std::vector<PWord> words;
        double width = 595.0, height = 842.0;
        if (page) {
            poppler::rectf r = page->page_rect(poppler::media_box);
            width = r.width();
            height = r.height();
            for (auto& tb : page->text_list(poppler::page::text_list_include_font)) {
                PWord w;
                auto utf8 = tb.text().to_utf8();
                w.text.assign(utf8.begin(), utf8.end());
                if (w.text.empty()) continue;
                poppler::rectf b = tb.bbox();
                w.box = {b.x(), b.y(), b.x() + b.width(), b.y() + b.height()};
                if (tb.has_font_info()) {
                    std::string font = tb.get_font_name();
                    w.bold = is_bold_font(font);
                    w.italic = is_italic_font(font);
                    w.font_size = static_cast<float>(tb.get_font_size());
                }
                if (w.font_size <= 0) w.font_size = static_cast<float>(b.height());
                w.space_after = tb.has_space_after();
                w.rotation = tb.rotation();
                text::count_quality(w.text, out.quality);
                words.push_back(std::move(w));
            }
        } else {
            ++t_pdf_errors;
        }
        if (words.empty() && page && page_has_ink(*page)) out.quality.pages_without_text.push_back(i + 1);
        out.pages.push_back(layout::build_page(i + 1, width, height, std::move(words), params));
    }
    layout::assign_zones(out, params, opt.lex());
    out.quality.pdf_errors = t_pdf_errors;
    return out;
}

}  // namespace klartjek::extract
