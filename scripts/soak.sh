#!/usr/bin/env bash
# Soak test: builds the `release` preset (build/perf, shared with scripts/bench.sh) and runs
# wsdash-soak, which drives the dashboard window (offscreen) against the in-process simulator
# with faults changing from refresh to refresh (500, malformed JSON, truncated body, 502/503/504
# and resets on every attempt, a 429 and a 503 that a retry gets past, slow bodies; half of the
# refreshes clean). It fails (non-zero exit) on a crash, on a refresh that does not end as
# planned, on an error not shown in the error banner with its code and request ID, on a
# banner left up after a success, or when resident memory grows by more than 5 MiB between the
# end of the warm-up (100 refreshes) and the end.
#
#   scripts/soak.sh [REFRESHES]      # default 1000; extra wsdash-soak options may follow
set -euo pipefail
cd "$(dirname "$0")/.."

refreshes=${1:-1000}
shift || true
build_dir=${WSDASH_PERF_BUILD_DIR:-build/perf}

cmake --preset release -B "$build_dir" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)" --target wsdash-soak

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -m 700 "$work/xdg"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8 TZ=UTC
export XDG_RUNTIME_DIR=$work/xdg XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY
export no_proxy='*'

log=$build_dir/soak-$(date +%Y%m%d-%H%M%S).log
/usr/bin/time -f 'soak: process peak RSS %M KiB, %e s wall, %U s user' \
  "$build_dir/tests/soak/wsdash-soak" --refreshes "$refreshes" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
echo "soak.sh: log in $log"
exit "$status"
