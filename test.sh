#!/usr/bin/env bash
# Installs what is missing, builds wsdash with warnings as errors, and runs the whole test suite.
# Fails loudly (non-zero exit) on any failure.
set -euo pipefail
cd "$(dirname "$0")"

preset=${WSDASH_PRESET:-dev}
build_dir=build/$preset

./scripts/install-deps.sh
./scripts/install-npm-interop.sh "$build_dir"

cmake --preset "$preset"
cmake --build --preset "$preset" --parallel "$(nproc)"
ctest --preset "$preset" --parallel "$(nproc)"
./scripts/fuzz.sh 10
echo "test.sh: all tests passed ($preset)"
