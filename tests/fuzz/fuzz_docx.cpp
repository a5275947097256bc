// libFuzzer target: Word documents → the DOCX reader (libzip + pugixml) → analysis → every reporter.
//
// Mutated ZIP bytes mostly fail the archive's CRC checks, so most inputs are taken as the XML
// parts themselves and packed into a valid archive here: the input is split at "\n--8<--\n" into
// word/document.xml, word/styles.xml, word/footnotes.xml, word/endnotes.xml, word/header1.xml and
// word/_rels/document.xml.rels (run_fuzz.sh makes such seeds from the DOCX fixtures). An input
// that starts with "PK" is read as an archive as it is (damaged archives, zip bombs).
#include <zlib.h>

#include <array>
#include <string>
#include <string_view>

#include "extract/extract.hpp"
#include "fuzz_common.hpp"

namespace {

void put16(std::string& s, unsigned v) {
    s += static_cast<char>(v & 0xFF);
    s += static_cast<char>((v >> 8) & 0xFF);
}
void put32(std::string& s, unsigned long v) {
    put16(s, static_cast<unsigned>(v & 0xFFFF));
    put16(s, static_cast<unsigned>((v >> 16) & 0xFFFF));
}

// A ZIP archive with stored (uncompressed) entries.
std::string stored_zip(const std::vector<std::pair<std::string, std::string_view>>& entries) {
    std::string out, central;
    for (const auto& [name, data] : entries) {
        unsigned long crc = crc32(0L, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size()));
        unsigned long offset = out.size();
        for (std::string* s : {&out, &central}) {
            bool c = s == &central;
            put32(*s, c ? 0x02014b50UL : 0x04034b50UL);
            if (c) put16(*s, 20);
            put16(*s, 20);
            put16(*s, 0);  // flags
            put16(*s, 0);  // stored
            put16(*s, 0);
            put16(*s, 0x21);  // time, date
            put32(*s, crc);
            put32(*s, data.size());
            put32(*s, data.size());
            put16(*s, static_cast<unsigned>(name.size()));
            put16(*s, 0);
            if (c) {
                put16(*s, 0);
                put16(*s, 0);
                put16(*s, 0);
                put32(*s, 0);
                put32(*s, offset);
            }
            *s += name;
        }
        out.append(data);
    }
    unsigned long cd_offset = out.size();
    out += central;
    put32(out, 0x06054b50UL);
    put16(out, 0);
    put16(out, 0);
    put16(out, static_cast<unsigned>(entries.size()));
    put16(out, static_cast<unsigned>(entries.size()));
    put32(out, central.size());
    put32(out, cd_offset);
    put16(out, 0);
    return out;
}

std::string as_docx(std::string_view in) {
    static const std::array<const char*, 6> names = {"word/document.xml", "word/styles.xml", "word/footnotes.xml",
                                                     "word/endnotes.xml", "word/header1.xml", "word/_rels/document.xml.rels"};
    static const std::string_view cut = "\n--8<--\n";
    std::vector<std::pair<std::string, std::string_view>> entries;
    std::size_t pos = 0;
    for (std::size_t i = 0; i < names.size() && pos <= in.size(); ++i) {
        std::size_t end = in.find(cut, pos);
        std::string_view part = in.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
        if (!part.empty()) entries.push_back({names[i], part});
        if (end == std::string_view::npos) break;
        pos = end + cut.size();
    }
    return stored_zip(entries);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    klartjek::fuzz::init();
    klartjek::fuzz::warm_up();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return klartjek::fuzz::run(data, size, [](std::string_view b) {
        if (b.substr(0, 2) == "PK") return klartjek::extract::extract_bytes(b, "fuzz.docx", klartjek::fuzz::extract_options());
        std::string zip = as_docx(b);
        return klartjek::extract::extract_bytes(zip, "fuzz.docx", klartjek::fuzz::extract_options());
    });
}
