#!/usr/bin/env bash
# Runs a command inside its own D-Bus session with a real Secret Service (gnome-keyring), unlocked,
# in private folders that are removed afterwards: keychain tests never touch the user's keyring.
#
#   run-with-secret-service.sh COMMAND [ARG...]
#
# Exit status: the command's; 77 (skipped) when gnome-keyring or D-Bus is not installed; 1 when
# the Secret Service did not come up. Follows docs in shared/MACHINE.md (pitfall 11): private
# XDG_RUNTIME_DIR and XDG_DATA_HOME, no display (so nothing can prompt), and wait until the bus
# name org.freedesktop.secrets has an owner before the command starts.
set -u

if [ "${1:-}" = "--inside-session" ]; then
  shift
  # A throwaway password for a throwaway keyring.
  password="wsdash-test-$$-$RANDOM"
  if ! eval "$(printf '%s' "$password" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"; then
    echo "run-with-secret-service: gnome-keyring-daemon did not start" >&2
    exit 1
  fi
  owner=""
  for _ in $(seq 1 200); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
         org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
         | grep -q 'boolean true'; then
      owner=yes
      break
    fi
    sleep 0.05
  done
  if [ -z "$owner" ]; then
    echo "run-with-secret-service: org.freedesktop.secrets never got an owner" >&2
    exit 1
  fi
  daemon_pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                 org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets \
                 2>/dev/null | awk '/uint32/ {print $2}')
  "$@"
  status=$?
  if [ -n "$daemon_pid" ]; then
    kill "$daemon_pid" 2>/dev/null
  fi
  exit "$status"
fi

for tool in gnome-keyring-daemon dbus-run-session dbus-send; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "run-with-secret-service: $tool is not installed; skipping" >&2
    exit 77
  fi
done
if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARG...]" >&2
  exit 2
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/wsdash-secret-service.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/runtime" "$scratch/data"
export XDG_RUNTIME_DIR="$scratch/runtime"
export XDG_DATA_HOME="$scratch/data"
# Nothing the bus starts may open a prompt on a display and hang.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
# Tells the tests that the keyring is a private one they may write to.
export WSDASH_TEST_PRIVATE_KEYRING=1

dbus-run-session -- "$0" --inside-session "$@"
