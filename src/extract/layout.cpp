#include "extract/layout.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include <re2/re2.h>

#include "lexicon/lexicon.hpp"
#include "lexicon/patterns.hpp"
#include "text/utf8.hpp"

namespace klartjek::layout {

Params Params::from_lexicon(const lexicon::Lexicons& lexicons) {
    const auto& lex = lexicons.file("extraction.txt");
    Params p;
    p.fragment_gap_em = lex.number("layout", "fragment_gap_em");
    p.min_gutter = lex.number("layout", "min_gutter");
    p.header_band = lex.number("layout", "header_band");
    p.footer_band = lex.number("layout", "footer_band");
    return p;
}

namespace {

double overlap(double a0, double a1, double b0, double b1) { return std::min(a1, b1) - std::max(a0, b0); }

// The key with the largest weight (ties: the smallest key).
float dominant(const std::map<float, std::size_t>& weight) {
    float best = 0;
    std::size_t n = 0;
    for (auto [key, w] : weight)
        if (w > n) best = key, n = w;
    return best;
}

struct Fragment {
    PLine line;
    int row = 0;
    float size = 0;
};

struct Row {
    double y0, y1;  // vertical extent of the row's normal-sized words
    float size;
    std::vector<PWord> words;
};

bool all_digits(const std::string& s) {
    if (s.empty() || s.size() > 3) return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || c == '*'; });
}

// Footnote reference numbers are raised, smaller digits glued to the word before them.
void mark_superscripts(PLine& line) {
    float core = line.font_size();
    double baseline = 0;
    for (const auto& w : line.words)
        if (w.font_size >= core * 0.9f) baseline = std::max(baseline, w.box.y1);
    for (auto& w : line.words) {
        if (w.font_size < core * 0.8f && all_digits(w.text) && w.box.y1 < baseline - 0.15 * core)
            w.superscript = true;
    }
}

std::vector<Row> build_rows(std::vector<PWord> words) {
    std::sort(words.begin(), words.end(), [](const PWord& a, const PWord& b) {
        double ca = a.box.y0 + a.box.y1, cb = b.box.y0 + b.box.y1;
        if (ca != cb) return ca < cb;
        return a.box.x0 < b.box.x0;
    });
    // Small raised footnote numbers are placed after the ordinary text has formed its rows, so
    // they join the line they belong to instead of opening a row of their own.
    std::map<float, std::size_t> weight;
    for (const auto& w : words) weight[w.font_size] += w.text.size();
    const float page_size = dominant(weight);
    std::stable_partition(words.begin(), words.end(),
                          [&](const PWord& w) { return !(all_digits(w.text) && w.font_size < 0.8f * page_size); });
    std::vector<Row> rows;
    for (auto& w : words) {
        double h = std::max(0.1, w.box.height());
        int best = -1;
        double best_ratio = 0.5;
        for (int r = static_cast<int>(rows.size()) - 1; r >= 0; --r) {
            const Row& row = rows[r];
            if (row.y1 < w.box.y0 - 3 * h || row.y0 > w.box.y1 + 3 * h) continue;
            double rh = std::max(0.1, row.y1 - row.y0);
            double ov = overlap(row.y0, row.y1, w.box.y0, w.box.y1);
            double ratio = ov / std::min(h, rh);
            // Text of clearly different size shares a row only when it sits inside it (a
            // superscript); an 8 pt sidebar line beside 11 pt body text is a row of its own.
            float big = std::max(row.size, w.font_size), small = std::min(row.size, w.font_size);
            bool marker = w.font_size < row.size && w.text.size() <= 3 && ov >= 0.4 * h;  // raised footnote number
            if (big > 1.3f * small && !marker && !(w.font_size < row.size && ov >= 0.9 * h)) continue;
            if (ratio >= best_ratio) best = r, best_ratio = ratio;
        }
        if (best < 0) {
            // The row keeps the vertical extent of the word that opened it, so rows never grow
            // into the next line.
            rows.push_back({w.box.y0, w.box.y1, w.font_size, {}});
            best = static_cast<int>(rows.size()) - 1;
        }
        rows[best].words.push_back(std::move(w));
    }
    return rows;
}

std::vector<Fragment> split_rows(std::vector<Row> rows, const Params& p) {
    std::vector<Fragment> out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        auto& ws = rows[r].words;
        std::stable_sort(ws.begin(), ws.end(), [](const PWord& a, const PWord& b) { return a.box.x0 < b.box.x0; });
        Fragment cur;
        cur.row = static_cast<int>(r);
        for (auto& w : ws) {
            if (!cur.line.words.empty()) {
                const PWord& prev = cur.line.words.back();
                double em = std::max(prev.font_size, w.font_size);
                // A column-sized gap, or a word that starts left of the previous one's end
                // (text stacked at the same height) ends the fragment.
                if (w.box.x0 - prev.box.x1 > p.fragment_gap_em * em || w.box.x0 < prev.box.x1 - 0.5 * em) {
                    out.push_back(std::move(cur));
                    cur = Fragment{};
                    cur.row = static_cast<int>(r);
                }
            }
            cur.line.box.unite(w.box);
            cur.line.words.push_back(std::move(w));
        }
        if (!cur.line.words.empty()) out.push_back(std::move(cur));
    }
    for (auto& f : out) {
        mark_superscripts(f.line);
        f.size = f.line.font_size();
    }
    return out;
}

struct BlockInfo {
    PBlock block;
    float size = 0;
    int last_row = -1;
    std::size_t last_fragment = 0;
};

std::vector<PBlock> build_blocks(std::vector<Fragment> frags) {
    std::vector<std::size_t> order(frags.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Box& x = frags[a].line.box;
        const Box& y = frags[b].line.box;
        if (x.y0 != y.y0) return x.y0 < y.y0;
        return x.x0 < y.x0;
    });
    // Fragments that share a row with another fragment (split at a column gap).
    std::map<int, std::vector<std::size_t>> by_row;
    for (std::size_t i = 0; i < frags.size(); ++i) by_row[frags[i].row].push_back(i);
    auto sibling_overlaps = [&](std::size_t f, const Box& other) {
        for (std::size_t s : by_row[frags[f].row]) {
            if (s == f) continue;
            if (overlap(frags[s].line.box.x0, frags[s].line.box.x1, other.x0, other.x1) > 0) return true;
        }
        return false;
    };

    std::vector<BlockInfo> blocks;
    for (std::size_t idx : order) {
        Fragment& f = frags[idx];
        const Box& fb = f.line.box;
        int best = -1;
        double best_gap = 1e9;
        for (std::size_t b = 0; b < blocks.size(); ++b) {
            const BlockInfo& bi = blocks[b];
            const PLine& last = bi.block.lines.back();
            const Box& lb = last.box;
            double em = std::max(bi.size, f.size);
            double gap = fb.y0 - lb.y1;
            if (lb.y1 > fb.y0 + 0.5 * fb.height()) continue;  // not above
            if (gap > 0.5 * em) continue;
            double ov = overlap(bi.block.box.x0, bi.block.box.x1, fb.x0, fb.x1);
            if (ov <= 0 || ov < 0.2 * std::min(fb.width(), bi.block.box.width())) continue;
            float ratio = std::max(bi.size, f.size) / std::max(0.1f, std::min(bi.size, f.size));
            if (ratio > 1.35f) continue;
            if (sibling_overlaps(idx, lb)) continue;
            if (sibling_overlaps(bi.last_fragment, fb)) continue;
            if (gap < best_gap) best = static_cast<int>(b), best_gap = gap;
        }
        if (best < 0) {
            BlockInfo bi;
            bi.size = f.size;
            blocks.push_back(std::move(bi));
            best = static_cast<int>(blocks.size()) - 1;
        }
        BlockInfo& bi = blocks[best];
        bi.block.box.unite(fb);
        bi.last_fragment = idx;
        bi.block.lines.push_back(std::move(f.line));
    }
    std::vector<PBlock> out;
    for (auto& b : blocks) out.push_back(std::move(b.block));
    return out;
}

struct Interval {
    double lo, hi;
};

// White vertical gaps between the x-projections of the given blocks.
std::vector<Interval> x_gaps(const std::vector<PBlock>& blocks, const std::vector<int>& ids, double min_gap) {
    std::vector<Interval> iv;
    for (int i : ids) iv.push_back({blocks[i].box.x0, blocks[i].box.x1});
    std::sort(iv.begin(), iv.end(), [](const Interval& a, const Interval& b) { return a.lo < b.lo; });
    std::vector<Interval> gaps;
    double reach = iv.empty() ? 0 : iv[0].hi;
    for (std::size_t k = 1; k < iv.size(); ++k) {
        if (iv[k].lo - reach >= min_gap) gaps.push_back({reach, iv[k].lo});
        reach = std::max(reach, iv[k].hi);
    }
    return gaps;
}

// Blocks on both sides of a gutter whose tops line up are table cells, not text columns.
bool table_like(const std::vector<PBlock>& blocks, const std::vector<int>& ids, const Interval& g) {
    std::vector<double> left, right;
    std::size_t short_blocks = 0, left_blocks = 0;
    for (int i : ids) {
        if (blocks[i].box.x1 <= g.lo + 0.01) {
            left.push_back(blocks[i].box.y0);
            ++left_blocks;
            if (blocks[i].lines.size() <= 2) ++short_blocks;
        } else if (blocks[i].box.x0 >= g.hi - 0.01) {
            right.push_back(blocks[i].box.y0);
        }
    }
    if (left.size() < 2 || right.size() < 2) return false;
    // Table cells are mostly one or two lines; text columns hold paragraphs.
    if (short_blocks * 4 < left_blocks * 3) return false;
    std::size_t aligned = 0;
    for (double l : left)
        for (double r : right)
            if (std::abs(l - r) <= 2.0) {
                ++aligned;
                break;
            }
    return aligned * 10 >= std::min(left.size(), right.size()) * 6;
}

bool intersects(const std::vector<Interval>& a, const std::vector<Interval>& b, double min_gap,
                std::vector<Interval>& common) {
    common.clear();
    for (const auto& x : a)
        for (const auto& y : b) {
            double lo = std::max(x.lo, y.lo), hi = std::min(x.hi, y.hi);
            if (hi - lo >= min_gap) common.push_back({lo, hi});
        }
    return !common.empty();
}

void xy_cut(const std::vector<PBlock>& blocks, std::vector<int> ids, std::vector<int>& out, const Params& p,
            bool allow_merge, int depth) {
    if (ids.size() <= 1 || depth > 64) {
        out.insert(out.end(), ids.begin(), ids.end());
        return;
    }
    auto gaps = x_gaps(blocks, ids, p.min_gutter);
    bool cut_columns = !gaps.empty();
    for (const auto& g : gaps)
        if (table_like(blocks, ids, g)) cut_columns = false;
    if (cut_columns) {
        std::vector<std::vector<int>> cols(gaps.size() + 1);
        for (int i : ids) {
            std::size_t c = 0;
            while (c < gaps.size() && blocks[i].box.x0 >= gaps[c].hi - 0.01) ++c;
            cols[c].push_back(i);
        }
        for (auto& c : cols) xy_cut(blocks, c, out, p, true, depth + 1);
        return;
    }
    // Horizontal bands: blocks whose vertical extents overlap stay together.
    std::sort(ids.begin(), ids.end(), [&](int a, int b) {
        if (blocks[a].box.y0 != blocks[b].box.y0) return blocks[a].box.y0 < blocks[b].box.y0;
        return blocks[a].box.x0 < blocks[b].box.x0;
    });
    std::vector<std::vector<int>> bands;
    double reach = -1e9;
    for (int i : ids) {
        if (bands.empty() || blocks[i].box.y0 >= reach) {
            bands.push_back({});
            reach = blocks[i].box.y1;
        }
        reach = std::max(reach, blocks[i].box.y1);
        bands.back().push_back(i);
    }
    if (bands.size() == 1) {
        // Nothing separates them: read left to right.
        std::stable_sort(ids.begin(), ids.end(), [&](int a, int b) { return blocks[a].box.x0 < blocks[b].box.x0; });
        out.insert(out.end(), ids.begin(), ids.end());
        return;
    }
    // Consecutive bands that share a column gutter are one multi-column region: merge them so
    // that column 1 is read to its end before column 2.
    std::vector<std::vector<int>> groups;
    std::vector<int> group_bands;
    std::vector<Interval> group_gaps;
    for (auto& band : bands) {
        auto g = x_gaps(blocks, band, p.min_gutter);
        std::vector<Interval> common;
        if (allow_merge && !groups.empty() && !group_gaps.empty() && !g.empty() &&
            intersects(group_gaps, g, p.min_gutter, common)) {
            groups.back().insert(groups.back().end(), band.begin(), band.end());
            ++group_bands.back();
            group_gaps = common;
        } else {
            groups.push_back(band);
            group_bands.push_back(1);
            group_gaps = g;
        }
    }
    for (std::size_t k = 0; k < groups.size(); ++k)
        xy_cut(blocks, groups[k], out, p, group_bands[k] == 1, depth + 1);
}

}  // namespace

PPage build_page(int number, double width, double height, std::vector<PWord> words, const Params& p) {
    PPage page;
    page.number = number;
    page.width = width;
    page.height = height;
    std::vector<PWord> upright, turned;
    for (auto& w : words) (w.rotation == 0 ? upright : turned).push_back(std::move(w));

    auto blocks = build_blocks(split_rows(build_rows(std::move(upright)), p));
    std::vector<int> ids(blocks.size());
    std::iota(ids.begin(), ids.end(), 0);
    std::vector<int> order;
    xy_cut(blocks, ids, order, p, true, 0);
    for (int i : order) page.blocks.push_back(std::move(blocks[i]));

    // Text running up or down the margin (document ids, print marks) is never body text.
    if (!turned.empty()) {
        std::map<int, PBlock> by_rotation;
        for (auto& w : turned) {
            PBlock& b = by_rotation[w.rotation];
            if (b.lines.empty()) b.lines.emplace_back();
            b.box.unite(w.box);
            b.lines.back().box.unite(w.box);
            b.lines.back().words.push_back(std::move(w));
        }
        for (auto& [rot, b] : by_rotation) {
            b.zone = Zone::letterhead;
            page.blocks.push_back(std::move(b));
        }
    }
    int n = 0;
    for (auto& b : page.blocks)
        for (auto& l : b.lines) l.number = ++n;
    return page;
}

float body_font_size(const Document& doc) {
    std::map<float, std::size_t> weight;
    for (const auto& pg : doc.pages)
        for (const auto& b : pg.blocks)
            for (const auto& l : b.lines)
                for (const auto& w : l.words) weight[std::round(w.font_size * 2) / 2] += w.text.size();
    return dominant(weight);
}

namespace {

std::string block_text(const PBlock& b, bool per_line_sep = false) {
    std::string s;
    for (const auto& l : b.lines) {
        if (!s.empty()) s += per_line_sep ? "\n" : " ";
        for (std::size_t i = 0; i < l.words.size(); ++i) {
            if (i) s += ' ';
            s += l.words[i].text;
        }
    }
    return s;
}

std::string line_text(const PLine& l) {
    std::string s;
    for (std::size_t i = 0; i < l.words.size(); ++i) {
        if (i) s += ' ';
        s += l.words[i].text;
    }
    return s;
}

// Text with digits folded, so "Side 2 af 5" and "Side 3 af 5" look the same.
std::string signature(const PBlock& b) {
    std::string t = text::to_lower(block_text(b));
    std::string s;
    for (char c : t) {
        if (c >= '0' && c <= '9') {
            if (s.empty() || s.back() != '#') s += '#';
        } else if (c == ' ') {
            if (!s.empty() && s.back() != ' ') s += ' ';
        } else {
            s += c;
        }
    }
    return s;
}

float block_size(const PBlock& b) {
    std::map<float, std::size_t> weight;
    for (const auto& l : b.lines) weight[l.font_size()] += 1;
    return dominant(weight);
}

}  // namespace

bool is_contact_line(std::string_view line, const lexicon::Lexicons& lex) {
    const auto& set = lex.compiled<lexicon::PatternSet>(
        "layout/letterhead-line", [](const lexicon::Lexicons& l) { return lexicon::PatternSet(l.file("zones.txt").section("letterhead-line")); });
    return set.matches(line);
}

void separate_sidebar_lines(Document& doc, const lexicon::Lexicons& lex) {
    // Text out of a PDF whose right-hand column of contact data was read line by line with the
    // body ("Du har søgt om at flytte i et længerevarende" / "Telefon 56 67 60 00" / "botilbud efter
    // servicelovens § 108. …", or both on one line after a wide gap): the contact lines are the
    // sidebar's, not words of the paragraph. A whole line only between the lines of a paragraph of
    // prose (two or more lines of at least seven words); a tail after one wide gap in a paragraph with
    // a prose line; and only short lines of contact data that end no sentence.
    auto text_of = [](const std::vector<PWord>& ws, std::size_t from, std::size_t to) {
        std::string t;
        for (std::size_t k = from; k < to; ++k) {
            if (!t.empty()) t += ' ';
            t += ws[k].text;
        }
        return t;
    };
    auto contact = [&](const std::string& t, std::size_t words) {
        return words >= 1 && words <= 6 && !t.empty() && t.back() != '.' && t.back() != ',' && is_contact_line(t, lex);
    };
    for (auto& pg : doc.pages) {
        for (std::size_t bi = 0; bi < pg.blocks.size(); ++bi) {
            PBlock& b = pg.blocks[bi];
            if (b.zone != Zone::body || b.kind || b.lines.size() < 2) continue;
            std::size_t prose = 0;
            for (const auto& l : b.lines) prose += l.words.size() >= 7;
            if (prose < 1) continue;
            // First decide, on the lines as they are: whole contact lines between prose lines, and
            // contact tails after a wide gap.
            std::vector<bool> whole(b.lines.size(), false);
            std::vector<std::size_t> tail_at(b.lines.size(), 0);
            bool any = false;
            for (std::size_t li = 0; li < b.lines.size(); ++li) {
                const PLine& l = b.lines[li];
                const std::size_t n = l.words.size();
                const bool between = li > 0 && li + 1 < b.lines.size() && b.lines[li - 1].words.size() >= 7;
                if (between && prose >= 2 && b.lines.size() >= 3 && contact(text_of(l.words, 0, n), n)) {
                    whole[li] = any = true;
                    continue;
                }
                // "… i et længerevarende        Telefon 56 67 60 00": the tail after a wide gap.
                // A table row has gaps between several cells ("Kørsel  Kørsel alle hverdage  Kørsel de 3
                // dage  1. juli 2024"); a sidebar line beside prose has one.
                std::size_t gaps = 0;
                for (const auto& w : l.words) gaps += w.column_gap_before;
                // Two spaces after a full stop are a typist's habit, not a column gap.
                for (std::size_t k = 5; k < n && !tail_at[li] && gaps == 1; ++k)
                    if (l.words[k].column_gap_before && std::string_view(".!?:;").find(l.words[k - 1].text.back()) == std::string_view::npos &&
                        contact(text_of(l.words, k, n), n - k))
                        tail_at[li] = k, any = true;
            }
            if (!any) continue;
            PBlock side;
            side.zone = Zone::letterhead;
            std::vector<PLine> kept;
            for (std::size_t li = 0; li < b.lines.size(); ++li) {
                PLine& l = b.lines[li];
                if (whole[li]) {
                    side.lines.push_back(std::move(l));
                    continue;
                }
                if (const std::size_t gap = tail_at[li]) {
                    PLine tail;
                    tail.number = l.number;
                    tail.source_line = l.source_line;
                    tail.box = l.box;
                    tail.words.assign(std::make_move_iterator(l.words.begin() + static_cast<std::ptrdiff_t>(gap)),
                                      std::make_move_iterator(l.words.end()));
                    l.words.resize(gap);
                    side.lines.push_back(std::move(tail));
                }
                kept.push_back(std::move(l));
            }
            b.lines = std::move(kept);
            side.box = b.box;
            pg.blocks.insert(pg.blocks.begin() + static_cast<std::ptrdiff_t>(bi + 1), std::move(side));
            ++bi;
        }
    }
}

void mark_text_page_breaks(Document& doc, const lexicon::Lexicons& lex) {
    // Text copied out of a PDF without blank lines around the page furniture: a page-number line
    // inside a block ("… er afvist. Du" / "Side 1 af 2" / "opfylder ikke …") and the contact or
    // reference lines right next to it become blocks of their own, so that the break is found below.
    {
        const auto& page_no = lex.compiled<lexicon::PatternSet>(
            "layout/page-number", [](const lexicon::Lexicons& l) { return lexicon::PatternSet(l.file("zones.txt").section("page-number")); });
        // Next to it, a reference or contact line with a digit ("Sagsnr. 27.12.08-P19-4-24"), not a
        // line of prose that starts with a year ("2025 om hjælp til …").
        static const RE2 prose_start(R"(^\d{4}\s+\p{Ll})");
        auto furniture = [&](const PLine& l) {
            if (l.words.empty() || l.words.size() > 16) return false;
            const std::string t = line_text(l);
            return !t.empty() && t.back() != '.' && t.find_first_of("0123456789") != std::string::npos &&
                   !RE2::PartialMatch(t, prose_start) && is_contact_line(t, lex);
        };
        // Only a worded page line ("Side 2 af 3", "Page 2"): a bare number inside a block is a table
        // cell more often than a page number.
        static const RE2 worded(R"((?i)^(?:side|s\.|page)\s*\d)");
        for (auto& pg : doc.pages)
            for (std::size_t bi = 0; bi < pg.blocks.size(); ++bi) {
                PBlock& b = pg.blocks[bi];
                if (b.zone != Zone::body || b.kind || b.lines.size() < 2) continue;
                std::size_t at = b.lines.size();
                for (std::size_t li = 0; li < b.lines.size() && at == b.lines.size(); ++li)
                    if (page_no.matches(line_text(b.lines[li])) && RE2::PartialMatch(line_text(b.lines[li]), worded)) at = li;
                if (at == b.lines.size()) continue;
                std::size_t from = at, to = at + 1;  // the furniture run [from, to)
                while (from > 0 && furniture(b.lines[from - 1])) --from;
                while (to < b.lines.size() && furniture(b.lines[to])) ++to;
                if (from == 0 && to == b.lines.size()) continue;
                std::vector<PBlock> parts;
                auto piece = [&](std::size_t x, std::size_t y, Zone z) {
                    if (x >= y) return;
                    PBlock nb;
                    nb.zone = z;
                    nb.box = b.box;
                    for (std::size_t k = x; k < y; ++k) nb.lines.push_back(std::move(b.lines[k]));
                    parts.push_back(std::move(nb));
                };
                // The text before and after the furniture is one paragraph when the sentence runs on
                // ("… er afvist. Du" + "opfylder ikke …"); else two.
                bool runs_on = false;
                if (from > 0 && to < b.lines.size() && !b.lines[from - 1].words.empty() && !b.lines[to].words.empty()) {
                    const std::string& end = b.lines[from - 1].words.back().text;
                    const std::string& start = b.lines[to].words.front().text;
                    std::size_t k = 0;
                    runs_on = (end.back() == '-' || std::string_view(".!?:;»\"”)").find(end.back()) == std::string_view::npos) &&
                              !start.empty() && text::is_lower(text::next_codepoint(start, k));
                }
                if (runs_on) {
                    PBlock text;
                    text.zone = b.zone;
                    text.box = b.box;
                    for (std::size_t k = 0; k < b.lines.size(); ++k)
                        if (k < from || k >= to) text.lines.push_back(b.lines[k]);
                    parts.push_back(std::move(text));
                    piece(from, at + 1, Zone::footer);
                    piece(at + 1, to, Zone::header);
                } else {
                    // One block per line, left to the pass below, which also joins across blank lines.
                    piece(0, from, b.zone);
                    for (std::size_t k = from; k < to; ++k) piece(k, k + 1, b.zone);
                    piece(to, b.lines.size(), b.zone);
                }
                pg.blocks.erase(pg.blocks.begin() + static_cast<std::ptrdiff_t>(bi));
                pg.blocks.insert(pg.blocks.begin() + static_cast<std::ptrdiff_t>(bi), std::make_move_iterator(parts.begin()),
                                 std::make_move_iterator(parts.end()));
                bi += parts.size() - 1;
            }
    }
    const auto& page_number = lex.compiled<lexicon::PatternSet>(
        "layout/page-number", [](const lexicon::Lexicons& l) { return lexicon::PatternSet(l.file("zones.txt").section("page-number")); });
    // A running footer line that ends in the page number: "Kalundborg Kommune · … · kalundborg.dk   Side 2 af 3".
    static const RE2 ends_in_page(R"((?i)(?:^|\s)(?:side|page)\s*\d+\s*(?:af|/|of)\s*\d+\s*$)");
    std::map<std::string, int> repeats;  // one-line blocks by their digit-folded text
    for (const auto& pg : doc.pages)
        for (const auto& b : pg.blocks)
            if (b.lines.size() == 1) ++repeats[signature(b)];
    auto one_line = [](const PBlock& b) { return b.lines.size() == 1 && !b.lines[0].words.empty(); };
    auto marker = [&](const PBlock& b) {
        if (!one_line(b)) return false;
        const std::string t = block_text(b);
        return page_number.matches(t) || RE2::PartialMatch(t, ends_in_page);
    };
    // A running line next to the page number: a case reference, a date, contact data, or a line
    // with digits that recurs on other pages. Never a heading of one or two words ("Afgørelse",
    // "Bilag 2", "Kontaktperson"), never a sentence ("Du kan sende din klage til x@kommune.dk.").
    auto running = [&](const PBlock& b) {
        if (!one_line(b) || b.lines[0].words.size() > 16 || b.lines[0].words.size() < 3) return false;
        const std::string t = block_text(b);
        if (!t.empty() && t.back() == '.') return false;
        const bool digits = t.find_first_of("0123456789") != std::string::npos;
        return is_contact_line(t, lex) || (digits && repeats[signature(b)] >= 2);
    };
    for (auto& pg : doc.pages) {
        auto& bl = pg.blocks;
        for (std::size_t i = 0; i < bl.size(); ++i) {
            if (bl[i].zone != Zone::body || !marker(bl[i])) continue;
            // The run of furniture around the page number: footer lines before it, header lines after.
            std::size_t first = i, last = i;
            while (first > 0 && bl[first - 1].zone == Zone::body && running(bl[first - 1]) && first - 1 > 0) --first;
            while (last + 1 < bl.size() && bl[last + 1].zone == Zone::body && running(bl[last + 1])) ++last;
            for (std::size_t k = first; k <= last; ++k) bl[k].zone = k <= i ? Zone::footer : Zone::header;
            // Join the paragraph the page break cut: "… Vi følger op på" + "støtten i december 2024."
            if (first == 0 || last + 1 >= bl.size()) continue;
            PBlock& before = bl[first - 1];
            PBlock& after = bl[last + 1];
            if (before.zone != Zone::body || after.zone != Zone::body || before.lines.empty() || after.lines.empty() ||
                before.lines.back().words.empty() || after.lines.front().words.empty())
                continue;
            const std::string& end = before.lines.back().words.back().text;
            const std::string& start = after.lines.front().words.front().text;
            const char last_char = end.back();
            const bool open_end = last_char == '-' || std::string_view(".!?:;»\"”)").find(last_char) == std::string_view::npos;
            std::size_t at = 0;
            const bool lower_start = !start.empty() && text::is_lower(text::next_codepoint(start, at));
            if (!open_end || !lower_start) continue;
            for (auto& l : after.lines) before.lines.push_back(std::move(l));
            before.box.unite(after.box);
            bl.erase(bl.begin() + static_cast<std::ptrdiff_t>(last + 1));
            // The joined paragraph stands before the furniture now; go on after the furniture.
            i = last;
        }
    }
}

void assign_zones(Document& doc, const Params& p, const lexicon::Lexicons& lex) {
    if (doc.pages.empty()) return;
    const auto& page_number = lex.compiled<lexicon::PatternSet>(
        "layout/page-number", [](const lexicon::Lexicons& l) { return lexicon::PatternSet(l.file("zones.txt").section("page-number")); });
    const float body = body_font_size(doc);

    // 1. Letterhead: a block on the right-hand side of page 1 that reads like contact data.
    {
        PPage& pg = doc.pages.front();
        for (auto& b : pg.blocks) {
            if (b.zone != Zone::body || b.lines.empty()) continue;
            bool right_side = b.box.x0 >= 0.5 * pg.width && b.box.width() <= 0.45 * pg.width;
            bool left_rail = b.box.x1 <= 0.3 * pg.width && b.box.width() <= 0.25 * pg.width;
            if (!right_side && !left_rail) continue;
            std::size_t cues = 0, words = 0, long_lines = 0;
            for (const auto& l : b.lines) {
                if (is_contact_line(line_text(l), lex)) ++cues;
                words += l.words.size();
                if (l.words.size() > 7) ++long_lines;
            }
            // Contact data comes in short lines; a column of prose that mentions an e-mail
            // address or "Digital Post" is still body text.
            if (long_lines > 0 || words > 5 * b.lines.size()) continue;
            bool smaller = block_size(b) <= body * 0.9f;
            double share = static_cast<double>(cues) / b.lines.size();
            if ((right_side && (share >= 0.25 || (smaller && cues > 0 && b.box.y0 < 0.5 * pg.height))) ||
                (left_rail && share >= 0.4 && smaller))
                b.zone = Zone::letterhead;
        }
    }

    // 2. Running headers and footers: blocks in the top or bottom band that repeat on several
    //    pages (digits folded), or that are only a page number.
    std::map<std::pair<int, std::string>, std::set<int>> seen;  // (band, signature) → pages
    auto band_of = [&](const PPage& pg, const PBlock& b) {
        if (b.box.y1 <= p.header_band * pg.height) return 1;
        if (b.box.y0 >= (1.0 - p.footer_band) * pg.height) return 2;
        return 0;
    };
    for (const auto& pg : doc.pages)
        for (const auto& b : pg.blocks) {
            int band = band_of(pg, b);
            if (band && b.zone == Zone::body) seen[{band, signature(b)}].insert(pg.number);
        }
    for (auto& pg : doc.pages) {
        for (auto& b : pg.blocks) {
            int band = band_of(pg, b);
            if (!band || b.zone != Zone::body) continue;
            std::string text = block_text(b);
            bool repeated = seen[{band, signature(b)}].size() >= 2;
            bool page_no = page_number.matches(text);
            bool small_footer = band == 2 && doc.pages.size() == 1 && block_size(b) <= body * 0.9f &&
                                b.box.y0 >= 0.94 * pg.height;
            if (repeated || page_no || small_footer) b.zone = band == 1 ? Zone::header : Zone::footer;
        }
    }

    // 3. Footnotes: small-print blocks at the foot of the body that start with a number.
    for (auto& pg : doc.pages) {
        double body_bottom = 0;
        for (const auto& b : pg.blocks)
            if (b.zone == Zone::body && block_size(b) > body * 0.9f) body_bottom = std::max(body_bottom, b.box.y1);
        for (auto& b : pg.blocks) {
            if (b.zone != Zone::body || b.lines.empty() || b.lines[0].words.empty()) continue;
            if (block_size(b) > body * 0.9f || b.box.y0 < body_bottom) continue;
            const std::string& first = b.lines[0].words[0].text;
            if (!first.empty() && first[0] >= '0' && first[0] <= '9' && first.size() <= 3) b.zone = Zone::footnote;
        }
    }
}

}  // namespace klartjek::layout
