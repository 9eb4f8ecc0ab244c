#!/bin/sh
# A real full disk (ENOSPC) under the real wsdash binary: every export format and the
# screenshot onto a 1 MiB tmpfs that is full. Each run must exit non-zero with the system's
# reason ("No space left on device"), keep the previous file byte for byte and leave no
# temporary file. The tmpfs is mounted in a private user and mount namespace (unshare), so no
# root is needed; without user namespaces the test is skipped (77).
# Usage: full-disk.sh path/to/wsdash
set -u
wsdash=$1
if ! unshare --user --map-root-user --mount true 2>/dev/null; then
    echo "SKIP: unshare --user --mount is not available here"
    exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/wsdash-fulldisk.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/disk" "$work/config" "$work/data"
export WSDASH_CONFIG_DIR="$work/config" WSDASH_DATA_DIR="$work/data"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8
# In a sanitizer build: no leak check at exit here. LeakSanitizer's tracer (ptrace inside the
# user namespace) crashed now and then ("Tracer caught signal 11") after a good export; this
# test is about the disk, and every other test of the suite still checks for leaks.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

unshare --user --map-root-user --mount sh -s "$wsdash" "$work" <<'INNER'
set -u
wsdash=$1 work=$2 disk=$2/disk failures=0
mount -t tmpfs -o size=1m tmpfs "$disk" || { echo "SKIP: cannot mount a tmpfs"; exit 77; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
run() { # run FILE: one export or screenshot of the demo data into FILE
    case $1 in
    *.png) "$wsdash" --demo --no-history --screenshot "$1" --size 800x600 ;;
    *) "$wsdash" --demo --no-history --export "$1" ;;
    esac
}
for name in report.json report.csv report.pdf screen.png; do
    file=$disk/$name
    run "$file" 2>"$work/err" || { fail "$name: the first export failed: $(cat "$work/err")"; continue; }
    before=$(sha256sum <"$file")
    size=$(stat -c %s "$file")
    # Fill the disk: whatever is left goes to a filler file.
    dd if=/dev/zero of="$disk/filler" bs=4096 2>/dev/null
    run "$file" 2>"$work/err"
    status=$?
    after=$(sha256sum <"$file")
    [ "$status" -ne 0 ] || fail "$name: exit status 0 on a full disk"
    grep -q "No space left on device" "$work/err" || fail "$name: no system reason: $(cat "$work/err")"
    grep -q "canceled" "$work/err" && fail "$name: says canceled: $(cat "$work/err")"
    [ "$before" = "$after" ] || fail "$name: the previous file changed"
    leftovers=$(ls -A "$disk" | grep -v -x -e filler -e report.json -e report.csv -e report.pdf -e screen.png)
    [ -z "$leftovers" ] || fail "$name: temporary files left: $leftovers"
    echo "$name: $size bytes kept byte for byte; exit $status; $(head -n 1 "$work/err")"
    rm -f "$disk/filler"
    run "$file" 2>"$work/err" || fail "$name: no export after space was freed: $(cat "$work/err")"
done
case $(head -c 5 "$disk/report.pdf") in %PDF-) ;; *) fail "report.pdf is not a PDF" ;; esac
exit $((failures > 0))
INNER
