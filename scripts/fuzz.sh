#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`, build/fuzz) and runs each for SECONDS (default
# 600) on a fresh copy of its seed corpus in tests/fuzz/corpus/<target>. Fails loudly (non-zero
# exit, the crash report and the input that caused it) on any crash, sanitizer report, leak,
# timeout or invariant violation.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# WSDASH_FUZZ_JOBS=N runs N targets at a time (default 1). Runs, logs, grown corpora, crash
# inputs and summary.txt go to build/fuzz/runs/<timestamp>/. See docs/FUZZING.md.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
shift || true
if ! [[ $seconds =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
  echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2
  exit 2
fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_statisticsparser fuzz_errorbody fuzz_query fuzz_retryafter fuzz_endpoint
           fuzz_credentialfiles)
fi
jobs=${WSDASH_FUZZ_JOBS:-1}

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --parallel "$(nproc)"

bin_dir=build/fuzz/tests/fuzz
run_dir=build/fuzz/runs/$(date +%Y%m%d-%H%M%S)
mkdir -p "$run_dir"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

run_target() {
  local target=$1 dir=$run_dir/$1
  mkdir -p "$dir/corpus" "$dir/artifacts"
  cp tests/fuzz/corpus/"$target"/* "$dir/corpus/"
  local args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192
              -print_final_stats=1 -artifact_prefix="$dir/artifacts/")
  if [ -f tests/fuzz/dict/"$target".dict ]; then
    args+=(-dict=tests/fuzz/dict/"$target".dict)
  fi
  if "$bin_dir/$target" "${args[@]}" "$dir/corpus" >"$dir/log" 2>&1; then
    echo ok >"$dir/status"
  else
    echo failed >"$dir/status"
  fi
}

running=0
for target in "${targets[@]}"; do
  if [ ! -x "$bin_dir/$target" ]; then
    echo "fuzz.sh: no such target: $target" >&2
    exit 2
  fi
  echo "fuzz.sh: running $target for ${seconds}s"
  run_target "$target" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n
    running=$((running - 1))
  fi
done
wait

final_stat() { sed -n "s/^stat::$1: *//p" "$2" | tail -1; }
failed=()
summary=$run_dir/summary.txt
printf '%-22s %8s %12s %9s %6s %8s %s\n' target seconds runs exec/s cov corpus result >"$summary"
for target in "${targets[@]}"; do
  dir=$run_dir/$target
  cov=$(grep -o 'cov: [0-9]*' "$dir/log" | tail -1 | cut -d' ' -f2 || true)
  result=$(cat "$dir/status")
  printf '%-22s %8s %12s %9s %6s %8s %s\n' "$target" "$seconds" \
    "$(final_stat number_of_executed_units "$dir/log")" "$(final_stat average_exec_per_sec "$dir/log")" \
    "${cov:-?}" "$(find "$dir/corpus" -type f | wc -l)" "$result" >>"$summary"
  [ "$result" = ok ] || failed+=("$target")
done
cat "$summary"

if [ ${#failed[@]} -ne 0 ]; then
  for target in "${failed[@]}"; do
    dir=$run_dir/$target
    echo
    echo "fuzz.sh: FAILED: $target — the end of $dir/log:" >&2
    grep -v -e '^#[0-9]' "$dir/log" | tail -40 >&2
    for input in "$dir"/artifacts/*; do
      [ -e "$input" ] || continue
      echo "fuzz.sh: reproduce with: $bin_dir/$target $input" >&2
    done
  done
  echo "fuzz.sh: ${#failed[@]} fuzz target(s) failed: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz.sh: no findings (${seconds}s per target); summary in $run_dir/summary.txt"
