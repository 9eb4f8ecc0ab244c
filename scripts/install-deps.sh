#!/usr/bin/env bash
# Installs the Debian 12 packages wsdash needs to build, test and run — only those missing.
# Safe to run again; does nothing when everything is present.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  zlib1g-dev qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev
  qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev
  libxkbcommon-dev libgl1-mesa-dev qt6-qpa-plugins libqt6sql6-sqlite
  fonts-noto-cjk fonts-dejavu-core xauth x11-utils
  xvfb openbox xdotool imagemagick
  desktop-file-utils appstream lintian dpkg-dev fakeroot file
  gnome-keyring libsecret-1-0 dbus
  clang-14 libclang-rt-14-dev clang-format clang-tidy python3
  poppler-utils
  faketime util-linux  # tst_historyconcurrency (a frozen clock), faults/full-disk.sh (unshare),
  # tst_historycommand (setpriv: read as nobody), tst_profilecli (unshare: a full config disk)
  postgresql libqt6sql6-psql  # tst_historypostgres: a throw-away cluster; the QPSQL driver
  prometheus curl  # promtool checks /metrics (tst_collector*); a real scrape (collector_prometheus_scrape)
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
