#!/usr/bin/env bash
# Runs clang-tidy with the checks of .clang-tidy over every source of ours that BUILD_DIR
# compiles (app/, ui/, tests/; generated files left out) and fails (exit 1) on any finding,
# printing each. Needs the build's compile_commands.json (CMAKE_EXPORT_COMPILE_COMMANDS is on).
#
#   scripts/check-tidy.sh [BUILD_DIR]     # default build/dev; WSDASH_TIDY_JOBS=N (default nproc)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build/dev}
jobs=${WSDASH_TIDY_JOBS:-$(nproc)}
tidy=${CLANG_TIDY:-clang-tidy}
[ -f "$build_dir/compile_commands.json" ] || {
  echo "check-tidy: $build_dir/compile_commands.json is missing: configure that build first" >&2
  exit 1
}
root=$(pwd)
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
log=$(mktemp)
trap 'rm -f "$log"' EXIT
printf '%s\n' "${files[@]}" |
  xargs -P "$jobs" -n 4 "$tidy" -p "$build_dir" --quiet 2>/dev/null >"$log" || true
findings=$(grep -cE '^/.*: (warning|error):' "$log" || true)
if [ "$findings" != 0 ]; then
  grep -E -A3 '^/.*: (warning|error):' "$log"
  echo "check-tidy: $findings finding(s) in ${#files[@]} files (checks in .clang-tidy)"
  exit 1
fi
echo "check-tidy: ${#files[@]} files, no findings"
