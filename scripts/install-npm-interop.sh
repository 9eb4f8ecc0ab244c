#!/usr/bin/env bash
# Installs Huawei's Node.js SDK core (for the signer interop test) into BUILD_DIR/npm, once.
# Never fatal: without the npm registry the interop test is reported as skipped.
set -uo pipefail
build_dir=$1
package='@huaweicloud/huaweicloud-sdk-core@3.1.211'
if [ -d "$build_dir/npm/node_modules/@huaweicloud/huaweicloud-sdk-core" ]; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "install-npm-interop: npm not found; the signer interop test will be skipped"
  exit 0
fi
mkdir -p "$build_dir/npm"
if ! npm install --prefix "$build_dir/npm" --no-audit --no-fund --loglevel=error "$package" >/dev/null; then
  echo "install-npm-interop: could not install $package; the signer interop test will be skipped"
fi
exit 0
