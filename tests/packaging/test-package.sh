#!/usr/bin/env bash
# Builds the .deb from a configured build tree, checks it (lintian, desktop-file-validate,
# appstreamcli), installs it into a throwaway root and runs the installed binary.
# Usage: test-package.sh BUILD_DIR
set -euo pipefail
build_dir=$(cd "$1" && pwd)

# Packages are built from release trees. In a sanitizer tree (test.sh runs the suite in the
# asan preset) the binaries need libasan/libubsan: such a .deb is not what ships, so the test
# skips there (exit 77) and test.sh checks a package of a release tree instead.
if readelf -d "$build_dir/app/wsdash" 2>/dev/null | grep -qE 'NEEDED.*lib(asan|ubsan|tsan)'; then
  echo "SKIP: $build_dir is a sanitizer build; test.sh packages and checks a release build"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*"; exit 1; }

cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/wsdash_*.deb)
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

depends=$(dpkg-deb -f "$deb" Depends)
for dep in qt6-qpa-plugins libqt6sql6-sqlite libsecret-1-0 libqt6widgets6 libqt6charts6; do
  grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
dpkg-deb -f "$deb" Recommends | grep -q fonts-noto-cjk || fail "Recommends lacks fonts-noto-cjk"

if command -v lintian >/dev/null; then
  lintian --suppress-tags no-manual-page "$deb" >"$work/lintian.log" 2>&1 || true
  if grep -E '^(E|W): ' "$work/lintian.log"; then fail "lintian"; fi
  echo "ok: lintian clean"
fi

root=$work/root
dpkg-deb -x "$deb" "$root"
for f in usr/bin/wsdash usr/bin/wsdash-sim \
         usr/share/applications/io.github.wsdash.Wsdash.desktop \
         usr/share/metainfo/io.github.wsdash.Wsdash.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.github.wsdash.Wsdash.svg \
         usr/share/icons/hicolor/256x256/apps/io.github.wsdash.Wsdash.png \
         usr/share/man/man1/wsdash.1.gz usr/share/doc/wsdash/copyright \
         usr/bin/wsdash-collector usr/lib/systemd/system/wsdash-collector.service \
         usr/share/man/man1/wsdash-collector.1.gz usr/share/doc/wsdash/COLLECTOR.md \
         usr/share/doc/wsdash/examples/collector.env; do
  [ -e "$root/$f" ] || fail "package lacks /$f"
done
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root/usr/share/applications/io.github.wsdash.Wsdash.desktop" || fail "desktop file"
  echo "ok: desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.wsdash.Wsdash.metainfo.xml" >/dev/null \
    || fail "metainfo"
  echo "ok: appstreamcli validate"
fi

# The collector service: its own user, credentials from an environment file, hardened, and an
# executable that loads no widgets.
unit=$root/usr/lib/systemd/system/wsdash-collector.service
for line in 'DynamicUser=yes' 'EnvironmentFile=/etc/wsdash/collector.env' \
            'ExecStart=/usr/bin/wsdash-collector' 'NoNewPrivileges=yes' 'ProtectSystem=strict' \
            'WantedBy=multi-user.target'; do
  grep -q "^$line" "$unit" || fail "wsdash-collector.service lacks $line"
done
if command -v systemd-analyze >/dev/null; then
  # Checks the unit (keys, values, the executable) against the installed copy of the binary;
  # any message (an unknown key is only a warning) fails.
  sed "s#^ExecStart=/usr/bin/#ExecStart=$root/usr/bin/#" "$unit" >"$work/wsdash-collector.service"
  systemd-analyze verify --man=no "$work/wsdash-collector.service" >"$work/verify.log" 2>&1 \
    && [ ! -s "$work/verify.log" ] || { cat "$work/verify.log"; fail "systemd-analyze verify"; }
  echo "ok: systemd-analyze verify wsdash-collector.service"
fi
if ldd "$root/usr/bin/wsdash-collector" | grep -q 'libQt6Widgets'; then
  fail "wsdash-collector loads libQt6Widgets"
fi
collector_version=$("$root/usr/bin/wsdash-collector" --version)
grep -q '^wsdash-collector [0-9]' <<<"$collector_version" || fail "collector --version: $collector_version"
echo "ok: installed wsdash-collector --version: $collector_version (no QtWidgets)"

# wsdash links no widget library: the window, --screenshot and --export FILE.pdf load the window
# module from the private library folder (app/CMakeLists.txt); the headless modes never map it.
module=$(find "$root/usr/lib" -path '*/wsdash/libwsdash_gui.so' | head -1)
[ -n "$module" ] || fail "package lacks the window module /usr/lib/<multiarch>/wsdash/libwsdash_gui.so"
for lib in libQt6Widgets libQt6Gui libQt6Charts libQt6PrintSupport libQt6OpenGL; do
  if ldd "$root/usr/bin/wsdash" | grep -q "$lib"; then fail "wsdash links $lib"; fi
done
ldd "$module" | grep -q libQt6Widgets || fail "the window module does not link libQt6Widgets"
echo "ok: installed wsdash links no widget library; ${module#"$root"} links QtWidgets"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LD_DEBUG=files LD_DEBUG_OUTPUT="$work/ld" \
  WSDASH_DATA_DIR="$work/data" "$root/usr/bin/wsdash" --demo --export "$work/demo.json" \
  || fail "installed wsdash --demo --export FILE.json"
[ -s "$work/demo.json" ] || fail "no export written"
grep -q 'file=.*libQt6Network' "$work"/ld.* || fail "LD_DEBUG trace lacks QtNetwork"
if grep -hoE 'file=[^ ]*lib(Qt6Widgets|Qt6Gui|Qt6Charts|wsdash_gui)[^ ]*' "$work"/ld.*; then
  fail "installed wsdash --export FILE.json maps a widget library"
fi
echo "ok: installed wsdash --demo --export FILE.json maps no widget library"

version=$("$root/usr/bin/wsdash" --version)
grep -q '^wsdash [0-9]' <<<"$version" || fail "--version printed: $version"
echo "ok: installed wsdash --version: $version"

env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/wsdash" --demo \
  --screenshot "$work/demo.png" --size 800x600 || fail "installed wsdash --demo --screenshot"
[ -s "$work/demo.png" ] || fail "no screenshot written"
file_info=$(head -c 24 "$work/demo.png" | od -An -tx1 | tr -d ' \n')
width=$((16#${file_info:32:8}))
height=$((16#${file_info:40:8}))
[ "$width" -ge 800 ] && [ "$height" -ge 600 ] || fail "screenshot is ${width}x${height}"
# The module is found from the installed executable's folder, wherever the root is.
echo "ok: installed wsdash --demo --screenshot wrote ${width}x${height}"
