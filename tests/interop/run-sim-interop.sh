#!/usr/bin/env bash
# Interop: wsdash-sim accepts requests signed by Huawei's own Node.js SDK signer and refuses
# tampered ones. Usage: run-sim-interop.sh WSDASH_SIM_BINARY NODE_MODULES_DIR
# Exits 77 (skipped) when Node.js or the SDK package is not available.
set -euo pipefail
sim=$1
modules=$2
here=$(cd "$(dirname "$0")" && pwd)

if ! command -v node >/dev/null || [ ! -d "$modules/@huaweicloud/huaweicloud-sdk-core" ]; then
  echo "SKIP: node or @huaweicloud/huaweicloud-sdk-core not installed (test.sh installs it)"
  exit 77
fi

work=$(mktemp -d)
sim_pid=
cleanup() { [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

ak=INTEROPAKEXAMPLE0002
sk='interop/SK+with=special&chars'
project=0123456789abcdef0123456789abcdef
HUAWEICLOUD_SDK_AK=$ak HUAWEICLOUD_SDK_SK=$sk "$sim" --port 0 --pools 12 --project-id "$project" \
  --quiet >"$work/sim.out" 2>"$work/sim.err" &
sim_pid=$!
for _ in $(seq 50); do grep -q 'listening on' "$work/sim.out" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n '1s/^wsdash-sim listening on //p' "$work/sim.out")
[ -n "$url" ] || { echo "FAIL: wsdash-sim did not start"; cat "$work/sim.err"; exit 1; }

NODE_PATH=$modules node "$here/huawei-signer-client.js" "$url" "$ak" "$sk" "$project"
