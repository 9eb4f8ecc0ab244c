#!/usr/bin/env bash
# Runs clang-tidy with the checks of .clang-tidy over every source of ours that BUILD_DIR
# compiles (app/, ui/, tests/; generated files left out), or over the FILEs given, and fails
# (exit 1) on any finding, printing each once. Needs the build's compile_commands.json
# (CMAKE_EXPORT_COMPILE_COMMANDS is on) and its generated headers (run after the build).
#
#   scripts/check-tidy.sh [BUILD_DIR [FILE...]]  # default build/dev; WSDASH_TIDY_JOBS=N (nproc)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build/dev}
shift || true
jobs=${WSDASH_TIDY_JOBS:-$(nproc)}
tidy=${CLANG_TIDY:-clang-tidy}
command -v "$tidy" >/dev/null || {
  echo "check-tidy: $tidy not found (apt-get install clang-tidy)" >&2
  exit 1
}
[ -f "$build_dir/compile_commands.json" ] || {
  echo "check-tidy: $build_dir/compile_commands.json is missing: configure that build first" >&2
  exit 1
}
root=$(pwd)
if [ $# -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(python3 - "$build_dir/compile_commands.json" "$root" <<'PY'
import json, os, sys
root = sys.argv[2]
seen = set()
for entry in json.load(open(sys.argv[1])):
    path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
    rel = os.path.relpath(path, root)
    if rel.split(os.sep)[0] in ("app", "ui", "tests") and "_autogen" not in rel:
        seen.add(path)
print("\n".join(sorted(seen)))
PY
)
fi
[ ${#files[@]} -gt 0 ] || { echo "check-tidy: no sources in $build_dir" >&2; exit 1; }
log=$(mktemp)
errlog=$(mktemp)
trap 'rm -f "$log" "$errlog"' EXIT
# Findings in our headers only: anchored at this checkout, so that what the build generated
# (moc output included by tests, under BUILD_DIR/tests/...) is left out.
header_filter="^$(printf '%s' "$root" | sed 's/[][\\.^$*+?(){}|]/\\&/g')/(app|ui|tests)/"
start=$SECONDS
# clang-tidy exits 0 with warnings; non-zero means a file did not parse (its errors are in the
# log as findings) or clang-tidy itself failed: xargs says 123 for the first, more for the rest.
# -Wno-error: compiler warnings are the build's (gcc, -Werror); clang's own pedantic ones (QSKIP
# with one argument) are not this check's business, and .clang-tidy's `-*` hides them.
status=0
printf '%s\n' "${files[@]}" |
  xargs -P "$jobs" -n 4 "$tidy" -p "$build_dir" --quiet --header-filter="$header_filter" \
    --extra-arg=-Wno-error >"$log" 2>"$errlog" || status=$?
if [ "$status" != 0 ] && [ "$status" != 123 ]; then
  cat "$errlog" >&2
  echo "check-tidy: $tidy failed (xargs status $status)" >&2
  exit 1
fi
# A finding in a header is reported once per file that includes it: count each place once.
findings=$({ grep -E '^/.*: (warning|error):' "$log" || true; } | sort -u | wc -l)
if [ "$findings" != 0 ] || [ "$status" != 0 ]; then
  grep -E -A3 '^/.*: (warning|error):' "$log" || cat "$errlog" >&2
  echo "check-tidy: $findings finding(s) in ${#files[@]} files (checks in .clang-tidy)"
  exit 1
fi
echo "check-tidy: ${#files[@]} files, no findings ($((SECONDS - start)) s, $jobs jobs)"
