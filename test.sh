#!/usr/bin/env bash
# Installs what is missing, checks format and layering, builds wsdash with warnings as errors in
# the `asan` preset and runs the whole test suite under AddressSanitizer +
# UndefinedBehaviorSanitizer (+ LeakSanitizer), runs clang-tidy (the checks of .clang-tidy, zero
# findings) over every source of ours in that build, packages a release build of what ships and
# checks the .deb, then runs each fuzzer briefly.
# Fails loudly (non-zero exit) on any failure.
#
# WSDASH_PRESET=dev ./test.sh runs the suite in a plain debug build instead (its package test
# then checks a package of that build).
set -euo pipefail
cd "$(dirname "$0")"

preset=${WSDASH_PRESET:-asan}
build_dir=build/$preset

./scripts/install-deps.sh
./scripts/install-npm-interop.sh "$build_dir"

# Cheap checks first: a format drift or a layering break fails in seconds.
./scripts/check-format.sh
python3 scripts/check-layering.py

cmake --preset "$preset"
cmake --build --preset "$preset" --parallel "$(nproc)"
ctest --preset "$preset" --parallel "$(nproc)"
# After the tests, not beside them: it needs the build's compile_commands.json and generated
# headers, and sharing the cores would make timing-sensitive tests flaky.
WSDASH_TIDY_JOBS=${WSDASH_TIDY_JOBS:-$(nproc)} ./scripts/check-tidy.sh "$build_dir"
if [ "$preset" = asan ]; then
  # The suite's package test skips in a sanitizer build (such a .deb would need libasan):
  # package a release build of the shipped targets instead and check that.
  cmake --preset package
  cmake --build --preset package --parallel "$(nproc)"
  tests/packaging/test-package.sh build/package
fi
WSDASH_FUZZ_JOBS=${WSDASH_FUZZ_JOBS:-$(nproc)} ./scripts/fuzz.sh 10
echo "test.sh: all tests passed ($preset)"
