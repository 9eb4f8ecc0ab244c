#!/usr/bin/env bash
# Pictures of the first start, taken from the real window in a private X server (Xvfb +
# openbox): the welcome page and the banner of a refused secret key, light and dark, English
# and Simplified Chinese, into docs/screenshots/. Usage: scripts/first-run-screenshots.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/dev}
wsdash=$build/app/wsdash
sim=$build/app/sim/wsdash-sim
out=$root/docs/screenshots
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$tmp"; }
trap cleanup EXIT

exec 3>"$tmp/display"
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 & pids+=($!)
for _ in $(seq 50); do [ -s "$tmp/display" ] && break; sleep 0.1; done
export DISPLAY=:$(cat "$tmp/display")
openbox --sm-disable >/dev/null 2>&1 & pids+=($!)
export QT_QPA_PLATFORM=xcb WSDASH_NO_KEYCHAIN=1 XDG_RUNTIME_DIR=$tmp
unset HUAWEICLOUD_SDK_AK HUAWEICLOUD_SDK_SK HUAWEICLOUD_SDK_PROJECT_ID HUAWEICLOUD_SDK_REGION

# A fresh simulator for each refusal picture: the gateway locks the key after five bad
# signatures, and each picture's window sends up to two.
start_sim() {
  [ -n "${simpid:-}" ] && kill "$simpid" 2>/dev/null || true
  "$sim" --port 0 --quiet >"$tmp/sim.out" 2>&1 & simpid=$!; pids+=($simpid)
  for _ in $(seq 50); do grep -q 'http://' "$tmp/sim.out" && break; sleep 0.1; done
  url=$(grep -o 'http://127.0.0.1:[0-9]*' "$tmp/sim.out" | head -1)
}

shoot() { # name, then wsdash arguments
  local name=$1; shift
  local home=$tmp/$name
  mkdir -p "$home"
  WSDASH_CONFIG_DIR=$home/c WSDASH_DATA_DIR=$home/d "$wsdash" --size 1100x700 "$@" & local app=$!
  local id=""
  for _ in $(seq 100); do
    id=$(xdotool search --onlyvisible --name '^wsdash' 2>/dev/null | head -1) && [ -n "$id" ] && break
    sleep 0.1
  done
  sleep 3 # the first answer (or refusal) and painting
  import -window "$id" -frame "$out/$name.png"
  kill "$app"; wait "$app" 2>/dev/null || true
}

for lang in en zh_CN; do
  suffix=$([ "$lang" = en ] && echo "" || echo "-zh_CN")
  for theme in light dark; do
    shoot "welcome-$theme$suffix" --theme "$theme" --lang "$lang"
    start_sim
    HUAWEICLOUD_SDK_AK=$(sed -n 's/^access key: \([A-Z0-9]*\).*/\1/p' "$tmp/sim.out") \
    HUAWEICLOUD_SDK_SK=wrong-secret-key-for-the-picture \
      shoot "auth-failure-$theme$suffix" --theme "$theme" --lang "$lang" \
            --endpoint "$url" --project-id "$(sed -n 's/^project ID: //p' "$tmp/sim.out")"
  done
done
echo "first-run-screenshots: pictures in $out"
