#!/usr/bin/env bash
# Builds the release packages (.deb and .tar.gz on Linux) into build/release.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset release -DWSDASH_BUILD_TESTS=OFF
cmake --build --preset release --parallel "$(nproc)"
(cd build/release && cpack)
ls -l build/release/wsdash_*.deb build/release/wsdash-*.tar.gz
