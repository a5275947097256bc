#!/usr/bin/env bash
# Sets up klartjek on Debian 12: installs the Debian packages it needs (only those missing),
# configures and builds into build/ (Release). Idempotent; takes seconds when nothing changed.
#
#   ./bootstrap.sh          set up and build
#   ./bootstrap.sh --test   also run the whole test suite, then build and run it again under
#                           AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/), then
#                           build the libFuzzer targets with clang (build-fuzz/) and run each
#                           briefly (KLARTJEK_FUZZ_SECONDS, default 30)
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  libpoppler-cpp-dev poppler-utils   # PDF text layer with positions; pdftotext for benchmarks
  libicu-dev                         # NFC, sentence and word segmentation
  libhunspell-dev hunspell-da        # Danish spelling
  libre2-dev                         # every pattern
  libzip-dev libpugixml-dev          # DOCX: the ZIP container (size caps) and its XML parts
  zlib1g-dev                         # crc32 for the archives fuzz_docx packs (libzip needs it too)
  doctest-dev                        # unit tests
  libcli11-dev nlohmann-json3-dev libfmt-dev
  libsqlite3-dev                     # the audit store
  libcpp-httplib-dev                 # `klartjek serve`: embedded HTTP server (and the tests' client)
  libtomlplusplus-dev                # `.klartjek.toml`: the user's configuration (file:line in errors)
  libxlsxwriter-dev                  # the audit's letters.xlsx (one sheet per table, numbers as numbers)
  python3 python3-jsonschema         # report-format tests (JSON Schema validation)
  python3-pil                        # tests/corpus/make-scans.py: the blind corpora's scan letters as image-only PDFs
  chromium                           # end-to-end test of the HTML report in a real browser
  clang libclang-rt-14-dev           # libFuzzer targets (build-fuzz/)
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "bootstrap: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

JOBS=$(nproc 2>/dev/null || echo 2)
configure() {  # dir, extra args...
  local dir=$1; shift
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S . -B "$dir" -G Ninja "$@" >/dev/null
  fi
}

configure build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j "$JOBS"

if [ "${1:-}" = "--test" ]; then
  ctest --test-dir build --output-on-failure -j "$JOBS"
  configure build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKLARTJEK_SANITIZE=ON
  cmake --build build-asan -j "$JOBS"
  # A smaller quarantine and shorter allocation stacks: most of a test's time under ASan is the
  # start-up of each klartjek process (compiling ~1,000 patterns allocates and frees a lot); reuse
  # after 16 MB of frees and 8 frames per report still find use-after-free and leaks.
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:quarantine_size_mb=16:malloc_context_size=8 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp" \
    ctest --test-dir build-asan --output-on-failure -j "$JOBS"
  if [ ! -f build-fuzz/build.ninja ]; then
    CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKLARTJEK_FUZZ=ON >/dev/null
  fi
  cmake -S . -B build-fuzz -DKLARTJEK_FUZZ_SECONDS="${KLARTJEK_FUZZ_SECONDS:-30}" >/dev/null
  cmake --build build-fuzz -j "$JOBS" --target fuzz_pdf fuzz_text fuzz_docx  # only what CTest runs there
  ctest --test-dir build-fuzz --output-on-failure -j "$JOBS"
fi
