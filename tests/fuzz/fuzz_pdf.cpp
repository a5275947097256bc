// libFuzzer target: PDF bytes → extract (Poppler) → analysis → every reporter.
#include "extract/extract.hpp"
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    klartjek::fuzz::init();
    klartjek::fuzz::warm_up();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return klartjek::fuzz::run(data, size, [](std::string_view b) {
        return klartjek::extract::extract_pdf(b, "fuzz.pdf", klartjek::fuzz::extract_options());
    });
}
