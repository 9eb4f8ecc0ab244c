#!/usr/bin/env bash
# Installs what is missing, builds wsdash, and opens the dashboard on the built-in simulator.
# With no display it renders the dashboard to wsdash-demo.png instead and says so.
set -euo pipefail
cd "$(dirname "$0")"

./scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target wsdash wsdash-sim --parallel "$(nproc)"
bin=build/dev/app/wsdash

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$bin" --demo "$@"
fi
"$bin" --demo --screenshot wsdash-demo.png --size 1280x800 "$@"
echo "run.sh: no display found, so the demo dashboard was rendered to $(pwd)/wsdash-demo.png"
