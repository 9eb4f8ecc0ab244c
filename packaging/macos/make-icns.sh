#!/usr/bin/env bash
# macOS only: builds packaging/macos/wsdash.icns from the committed PNG icons with iconutil.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
set_dir=$(mktemp -d)/wsdash.iconset
mkdir -p "$set_dir"
for size in 16 32 128 256 512; do
  cp "$here/../icons/wsdash-$size.png" "$set_dir/icon_${size}x${size}.png"
done
for size in 16 128 256; do
  cp "$here/../icons/wsdash-$((size * 2)).png" "$set_dir/icon_${size}x${size}@2x.png" 2>/dev/null || true
done
cp "$here/../icons/wsdash-64.png" "$set_dir/icon_32x32@2x.png"
iconutil -c icns -o "$here/wsdash.icns" "$set_dir"
echo "wrote $here/wsdash.icns"
