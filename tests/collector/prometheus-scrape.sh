#!/usr/bin/env bash
# A real Prometheus scrapes wsdash-collector once: the target is up and the stored project size
# equals the desktops the collector logged. Skipped (77) without the prometheus binary.
# Usage: prometheus-scrape.sh WSDASH_COLLECTOR WSDASH_SIM
set -euo pipefail
collector=$1
sim=$2
command -v prometheus >/dev/null || { echo "SKIP: prometheus not installed (Debian package prometheus)"; exit 77; }
command -v curl >/dev/null || { echo "SKIP: curl not installed"; exit 77; }

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; for f in "$work"/*.log "$work"/*.out; do echo "== $f"; tail -5 "$f"; done; exit 1; }
wait_for() { # FILE PATTERN SECONDS
  for _ in $(seq $(($3 * 10))); do grep -qE "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
  return 1
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

"$sim" --pools 12 --rate-limit 0 --quiet >"$work/sim.out" 2>&1 &
pids+=($!)
wait_for "$work/sim.out" '^project ID' 10 || fail "wsdash-sim did not start"
url=$(head -1 "$work/sim.out" | awk '{print $4}')
project=$(awk '/^project ID/ {print $3}' "$work/sim.out")

HUAWEICLOUD_SDK_AK=WSDASHDEMOACCESSKEY0 HUAWEICLOUD_SDK_SK=WsdashDemoSecretKeyOnlyForTheSimulator00 \
WSDASH_DATA_DIR=$work WSDASH_CONFIG_DIR=$work WSDASH_NO_KEYCHAIN=1 \
  "$collector" --endpoint "$url" --project-id "$project" --metrics-listen 127.0.0.1:0 \
  >"$work/collector.out" 2>"$work/collector.log" &
pids+=($!)
wait_for "$work/collector.out" 'status=ok' 20 || fail "no round"
port=$(grep -oE '127\.0\.0\.1:[0-9]+/metrics' "$work/collector.log" | cut -d: -f2 | cut -d/ -f1)
desktops=$(grep -oE 'desktops=[0-9]+' "$work/collector.out" | head -1 | cut -d= -f2)

prom_port=$(free_port)
cat >"$work/prometheus.yml" <<YML
global: {scrape_interval: 1s, scrape_timeout: 1s}
scrape_configs:
  - job_name: wsdash
    static_configs: [{targets: ['127.0.0.1:$port']}]
YML
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/tsdb" \
  --web.listen-address="127.0.0.1:$prom_port" >"$work/prometheus.log" 2>&1 &
pids+=($!)

query() { curl -sG "http://127.0.0.1:$prom_port/api/v1/query" --data-urlencode "query=$1"; }
for _ in $(seq 300); do
  if query 'wsdash_project_size_desktops' 2>/dev/null | grep -q '"value"'; then break; fi
  sleep 0.1
done
answer=$(query 'wsdash_project_size_desktops') || fail "Prometheus did not answer"
grep -q "\"$desktops\"\]" <<<"$answer" || fail "stored $answer, collector logged desktops=$desktops"
query 'up{job="wsdash"}' | grep -q '"1"\]' || fail "target not up"
health=$(query 'wsdash_up')
grep -q '"1"\]' <<<"$health" || fail "wsdash_up: $health"
echo "ok: Prometheus scraped wsdash-collector: up, wsdash_project_size_desktops=$desktops"
