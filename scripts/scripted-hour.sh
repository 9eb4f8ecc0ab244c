#!/bin/sh
# A scripted stretch of real use: the real window under Xvfb + openbox, --demo (the simulator,
# whose numbers change on every refresh), auto-refresh at its shortest interval (30 s), an alert
# rule that fires ("error_num > 0"), and a picture of the whole screen every few refreshes, for
# each size x theme x language. Look at every picture afterwards.
#
#   scripts/scripted-hour.sh BUILD_DIR OUT_DIR [MINUTES] [FIRST_DISPLAY]
#
# MINUTES (default 60) is how long each run lasts; pictures are taken after 1, 2, 4, 8, ...
# refreshes. Runs go 4 at a time on displays FIRST_DISPLAY.. (default 30). Needs Xvfb, openbox,
# xdotool and ImageMagick's import (scripts/install-deps.sh).
#
# WSDASH_COMBOS="1024x640:light:en 1920x1080:dark:zh_CN" picks the runs (default: every size x
# theme x language). Every fourth refresh the run also uses the window as a user would: F5,
# Tab through the controls, Ctrl+Tab; the window's resident memory is logged with each picture
# (NAME.rss: refresh, KiB) and a run whose window is gone before the end fails the script.
set -eu

build=${1:?build directory, e.g. build/dev}
out=${2:?output directory for the pictures}
minutes=${3:-60}
first=${4:-30}
wsdash="$build/app/wsdash"
[ -x "$wsdash" ] || { echo "no $wsdash" >&2; exit 2; }
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() { # display size theme lang
    d=$1 size=$2 theme=$3 lang=$4
    name="${size}-${theme}-${lang}"
    w=${size%x*} h=${size#*x}
    conf="$work/$name/config" data="$work/$name/data"
    mkdir -p "$conf" "$data"
    # Auto-refresh every 30 s, the window at the size, one alert rule on the demo connection.
    cat >"$conf/wsdash.ini" <<EOF
[dashboard]
autoRefreshSeconds=30

[alerts]
demo\\rules\\1\\rule=error_num > critical 0
demo\\rules\\size=1
EOF
    Xvfb ":$d" -screen 0 "${w}x${h}x24" -nolisten tcp >/dev/null 2>&1 &
    xv=$!
    sleep 1
    DISPLAY=":$d" openbox >/dev/null 2>&1 &
    wm=$!
    sleep 1
    DISPLAY=":$d" QT_QPA_PLATFORM=xcb WSDASH_CONFIG_DIR="$conf" WSDASH_DATA_DIR="$data" \
        "$wsdash" --demo --theme "$theme" --lang "$lang" --size "$size" \
        >"$out/$name.log" 2>&1 &
    app=$!
    sleep 6
    win=$(DISPLAY=":$d" xdotool search --onlyvisible --name 'wsdash' | head -1)
    # Fill the screen as a user would (openbox's title bar stays).
    DISPLAY=":$d" xdotool windowmove "$win" 0 0 windowsize "$win" "$w" "$((h - 24))" || true
    DISPLAY=":$d" xdotool windowactivate "$win" || true
    refresh=0 next=1
    end=$(( $(date +%s) + minutes * 60 ))
    while [ "$(date +%s)" -lt "$end" ]; do
        sleep 30
        refresh=$((refresh + 1))
        if [ "$refresh" -eq "$next" ]; then
            sleep 3 # the refresh lands
            DISPLAY=":$d" import -window root "$out/$name-r$(printf %03d "$refresh").png"
            echo "$refresh $(ps -o rss= -p "$app")" >>"$out/$name.rss"
            next=$((next * 2))
        fi
        if [ $((refresh % 4)) -eq 0 ]; then
            DISPLAY=":$d" xdotool key --window "$win" F5 Tab Tab Tab ctrl+Tab 2>/dev/null || true
        fi
        kill -0 "$app" 2>/dev/null || { echo "$name: the window is gone after $refresh refreshes" >&2; return 1; }
    done
    DISPLAY=":$d" import -window root "$out/$name-last.png"
    echo "$refresh $(ps -o rss= -p "$app")" >>"$out/$name.rss"
    kill "$app" "$wm" "$xv" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
}

combos=${WSDASH_COMBOS:-}
if [ -z "$combos" ]; then
    for size in 1024x640 1280x800 1920x1080; do
        for theme in light dark; do
            for lang in en zh_CN; do
                combos="$combos $size:$theme:$lang"
            done
        done
    done
fi

status=0
d=$first
pids=""
for combo in $combos; do
    size=${combo%%:*} rest=${combo#*:}
    theme=${rest%%:*} lang=${rest#*:}
    run "$d" "$size" "$theme" "$lang" &
    pids="$pids $!"
    d=$((d + 1))
    if [ $((d - first)) -ge 4 ]; then
        for p in $pids; do wait "$p" || status=1; done
        pids="" d=$first
    fi
done
for p in $pids; do wait "$p" || status=1; done
echo "pictures in $out"
exit "$status"
