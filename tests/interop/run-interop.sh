#!/usr/bin/env bash
# Interop: every request wsdash sends must verify with Huawei's own Node.js SDK signer.
# Usage: run-interop.sh WSDASH_BINARY NODE_MODULES_DIR
# Exits 77 (skipped) when Node.js or the SDK package is not available.
set -euo pipefail
wsdash=$1
modules=$2
here=$(cd "$(dirname "$0")" && pwd)

if ! command -v node >/dev/null || [ ! -d "$modules/@huaweicloud/huaweicloud-sdk-core" ]; then
  echo "SKIP: node or @huaweicloud/huaweicloud-sdk-core not installed (test.sh installs it)"
  exit 77
fi

work=$(mktemp -d)
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

ak=INTEROPAKEXAMPLE0001
sk='interop/SK+with=special&chars'
project=0123456789abcdef0123456789abcdef
NODE_PATH=$modules node "$here/huawei-signer-server.js" "$ak" "$sk" "$project" >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 50); do grep -q listening "$work/server.out" 2>/dev/null && break; sleep 0.1; done
port=$(awk '/listening/ {print $2}' "$work/server.out")
[ -n "$port" ] || { echo "FAIL: the interop server did not start"; cat "$work/server.err"; exit 1; }

failures=0
run() { # name, expected exit, args...
  local name=$1 expected=$2; shift 2
  local status=0
  HUAWEICLOUD_SDK_AK=$ak HUAWEICLOUD_SDK_SK=$sk "$wsdash" --endpoint "http://127.0.0.1:$port" \
    --project-id "$project" --timeout 10 "$@" 2>"$work/stderr" || status=$?
  if [ "$status" != "$expected" ]; then
    echo "FAIL: $name: exit $status, expected $expected"; cat "$work/stderr"; cat "$work/server.err"
    failures=$((failures + 1))
  else
    echo "ok: $name"
  fi
}

run "total only" 0 --export "$work/a.json"
grep -q '"total_num": 42' "$work/a.json" || { echo "FAIL: total not exported"; failures=$((failures + 1)); }
run "all filters" 0 --desktop-type DEDICATED,POOLED --statistics-type attach-state,login-state,run-state --export "$work/b.csv"
grep -q '^pool,pool-a,研发池 A,10,9,1,0,0,1,9,0,0,8,0,0,1,1' "$work/b.csv" || { echo "FAIL: pool row"; cat "$work/b.csv"; failures=$((failures + 1)); }
run "pool ids with reserved characters" 0 --desktop-type POOLED --pool-id 'pool/2+x' --pool-id pool-a --statistics-type run-state --export "$work/c.json"
grep -q '"desktop_pool_name": "Finance, \\"Q4\\""' "$work/c.json" || { echo "FAIL: filtered pool"; failures=$((failures + 1)); }
run "dedicated only" 0 --desktop-type DEDICATED --statistics-type attach-state --export "$work/d.json"
HUAWEICLOUD_SDK_SECURITY_TOKEN='token with spaces' run "security token signed" 0 --statistics-type login-state --export "$work/e.json"

# Drill-down: three ListDesktopsDetail pages with one comma-joined pool_id, each verified.
run "drill-down list pages" 0 --drill error_num --pool-id pool-a --pool-id 'pool/2+x' --export "$work/g.csv"
rows=$(($(wc -l <"$work/g.csv") - 1))
[ "$rows" = 1001 ] || { echo "FAIL: drill-down listed $rows desktops, expected 1001"; failures=$((failures + 1)); }

# A wrong secret must be refused by Huawei's signer: exit 2 with the gateway code.
status=0
HUAWEICLOUD_SDK_AK=$ak HUAWEICLOUD_SDK_SK=wrong "$wsdash" --endpoint "http://127.0.0.1:$port" \
  --project-id "$project" --export "$work/f.json" 2>"$work/stderr" || status=$?
if [ "$status" = 2 ] && grep -q 'APIG.0301' "$work/stderr" && [ ! -e "$work/f.json" ]; then
  echo "ok: wrong SK refused"
else
  echo "FAIL: wrong SK: exit $status"; cat "$work/stderr"; failures=$((failures + 1))
fi

[ "$failures" = 0 ] || { echo "$failures interop check(s) failed"; exit 1; }
echo "all interop checks passed"
