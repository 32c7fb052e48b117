#!/usr/bin/env bash
# Peak memory of every command that reads a folder of interviews, at COUNT
# generated interviews and at COUNT tiny `{}` files (each one invalid, where a
# per-file cost shows): validate, summary (with and without open answers,
# json and markdown), report, export csv|spss|r|jsonl, merge into an empty folder, and in tmux
# `wijk results` up to its question list, the home screen (`wijk --data`) up to its lists and
# `wijk resume` up to the newest draft; and the coding commands (summary,
# report and results with a coder, agreement, export codings, export csv
# --with-codes, code auto) on the generated folder with two coders' codings
# written by bench/make_codings.py, and again with every answer coded by both
# (make_codings.py --every). Peak RSS from /usr/bin/time,
# one run each (memory hardly varies between runs), release build, warm cache.
# Prints a markdown table. Not run in CI.
#
# usage: bench/memory.sh [COUNT]   (default 200000)
#   BENCH_DIR  where data sets are generated and kept (default /tmp/wijk-bench)
#   LIMIT_MB   the target, shown in the last column (default 150)
#   ONLY       "coding" runs only the coding rows, "corpus" only the others
#   ROWS       a regular expression: of the others, only those whose command matches (e.g. ROWS='home|resume')
#   WIJK       a wijk binary to measure instead of building this tree (say, a copy of an older build)
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
n=${1:-200000}
dir=${BENCH_DIR:-/tmp/wijk-bench}
limit=${LIMIT_MB:-150}
mkdir -p "$dir"
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
command -v tmux >/dev/null || { echo "needs tmux" >&2; exit 2; }
if [ -n "${WIJK:-}" ]; then
    wijk=$WIJK
else
    swift build -c release --product wijk >&2
    wijk=$(swift build -c release --show-bin-path)/wijk
fi

data="$dir/corpus-$n"
if [ "$(find "$data" -maxdepth 1 -name '*.json' 2>/dev/null | wc -l)" -ne "$n" ]; then
    rm -rf "$data"; "$wijk" generate --count "$n" --seed 42 --out "$data" >&2
fi
tiny="$dir/tiny-$n"
if [ "$(find "$tiny" -maxdepth 1 -name '*.json' 2>/dev/null | wc -l)" -ne "$n" ]; then
    rm -rf "$tiny"; mkdir -p "$tiny"
    python3 -c "import sys
for i in range(int(sys.argv[2])): open('%s/t%07d.json' % (sys.argv[1], i), 'w').write('{}')" "$tiny" "$n"
fi
# A config folder of its own: a coder remembered by `--coder` must not reach the other rows.
export XDG_CONFIG_HOME="$dir/memory-config"
rm -rf "$XDG_CONFIG_HOME"
out="$dir/memory-out"
rm -rf "$out"; mkdir -p "$out"

row() {  # folder-label name command... (the command's exit status is not the point: validate exits 1 on problems)
    local label=$1 name=$2; shift 2
    local start=$EPOCHREALTIME
    /usr/bin/time -f "%M" -o "$dir/time.txt" "$@" >/dev/null 2>&1 || true
    local end=$EPOCHREALTIME
    awk -v n="$n" -v label="$label" -v name="$name" -v kb="$(tail -n 1 "$dir/time.txt")" -v a="$start" -v b="$end" -v limit="$limit" 'BEGIN {
        mb = kb / 1024
        printf "| %d %s | %s | %.1f | %.0f | %s |\n", n, label, name, b - a, mb, mb < limit ? "< " limit " MB met" : "**over " limit " MB**" }'
}

tui() {  # label name pattern quit-key command: a full-screen command in tmux until `pattern` shows (or it ends), then quit-key
    local label=$1 name=$2 pattern=$3 keys=$4 socket="wijk-bench-memory-$$"; shift 4
    rm -f "$dir/time-tui.txt"
    tmux -L "$socket" -f /dev/null new-session -d -s run -x 120 -y 40 \
        "env LANG=C.UTF-8 TERM=tmux-256color XDG_CONFIG_HOME='$XDG_CONFIG_HOME' /usr/bin/time -f %M -o '$dir/time-tui.txt' $*"
    local start=$EPOCHREALTIME waited=0
    while sleep 0.1; do
        screen=$(tmux -L "$socket" capture-pane -p -t run 2>/dev/null || true)
        if grep -q "$pattern" <<<"$screen" || [ -s "$dir/time-tui.txt" ]; then break; fi
        waited=$((waited + 1)); (( waited < 3000 )) || break
    done
    local end=$EPOCHREALTIME
    sleep 2   # whatever the program loads after showing the screen counts too
    # The quit key twice (the second in case the first closed a message, such as the privacy warning on
    # the tiny files); the session ends with the program.
    tmux -L "$socket" send-keys -t run "$keys" 2>/dev/null || true; sleep 0.5
    tmux -L "$socket" send-keys -t run "$keys" 2>/dev/null || true
    for _ in $(seq 50); do [ -s "$dir/time-tui.txt" ] && break; sleep 0.1; done
    tmux -L "$socket" kill-server 2>/dev/null || true
    awk -v n="$n" -v label="$label" -v name="$name" -v kb="$(tail -n 1 "$dir/time-tui.txt" 2>/dev/null || echo 0)" -v a="$start" -v b="$end" -v limit="$limit" 'BEGIN {
        mb = kb / 1024
        printf "| %d %s | %s | %.1f | %.0f | %s |\n", n, label, name, b - a, mb, mb < limit ? "< " limit " MB met" : "**over " limit " MB**" }'
    rm -f "$dir/time-tui.txt"
}

results() {  # label folder [options]: `wijk results` until its question list shows, then quit
    local label=$1 folder=$2 options=${3:-}
    tui "$label" "results${options:+ $options} (to the question list)" Resultaten q "'$wijk' results '$folder' $options"
}

want() { [ -z "${ROWS:-}" ] || [[ "$1" =~ $ROWS ]]; }   # ROWS=regex: only the rows whose command matches

echo "<!-- $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg) -->"
echo "| files | command | wall (s) | peak RSS (MB) | target |"
echo "|---|---|---|---|---|"
for kind in generated tiny; do
    [ "${ONLY:-}" = coding ] && break
    folder=$data; [ "$kind" = tiny ] && folder=$tiny
    label="$kind"; [ "$kind" = tiny ] && label="tiny \`{}\`"
    cat "$folder"/*.json >/dev/null 2>&1 || find "$folder" -name '*.json' -exec cat {} + >/dev/null   # warm
    want "validate" && row "$label" validate "$wijk" validate "$folder"
    want "summary --no-open-answers" && row "$label" "summary --no-open-answers" "$wijk" summary "$folder" --format json --no-open-answers
    want "summary (json, open answers)" && row "$label" "summary (json, open answers)" "$wijk" summary "$folder" --format json
    want "report" && row "$label" "report" "$wijk" report "$folder" -o "$out/report.html"
    want "summary (markdown, every open answer)" && row "$label" "summary (markdown, every open answer)" "$wijk" summary "$folder" --format markdown
    want "export csv" && row "$label" "export csv" "$wijk" export csv "$folder" -o "$out/x.csv"
    want "export spss" && row "$label" "export spss" "$wijk" export spss "$folder" -o "$out/s.csv"
    want "export r" && row "$label" "export r" "$wijk" export r "$folder" -o "$out/r.csv"
    want "export jsonl" && row "$label" "export jsonl" "$wijk" export jsonl "$folder" -o "$out/x.jsonl"
    rm -rf "$out/merged"
    want "merge into an empty folder" && row "$label" "merge into an empty folder" "$wijk" merge "$folder" --into "$out/merged"
    rm -rf "$out/merged" "$out"/*.csv "$out"/*.jsonl; sync
    want results && results "$label" "$folder"
    want home && tui "$label" "home screen (to the lists)" Stoppen Escape "'$wijk' --data '$folder'"
    if want resume; then
        # resume saves the draft it opens when it quits: a linked copy keeps the data set as it is.
        rm -rf "$out/resume"; cp -al "$folder" "$out/resume"
        tui "$label" "resume (newest draft, to its screen)" Afronden C-q "'$wijk' resume --data '$out/resume'"
        rm -rf "$out/resume"
    fi
done
if [ "${ONLY:-}" != corpus ]; then
    coding="$dir/coding-$n"   # the generated folder (hard links) plus coding/ with two coders
    if [ ! -f "$coding/coding/bert.codings" ]; then
        rm -rf "$coding"; cp -al "$data" "$coding"; python3 bench/make_codings.py "$coding" >&2
    fi
    find "$coding" -name "*.json" -exec cat {} + >/dev/null; cat "$coding"/coding/* >/dev/null
    label="generated, coded"
    row "$label" "summary --coder (json, code tables)" "$wijk" summary "$coding" --format json --no-open-answers --coder anna
    row "$label" "summary --coder (text)" "$wijk" summary "$coding" --no-open-answers --coder anna
    row "$label" "report --coder" "$wijk" report "$coding" --coder anna -o "$out/report.html"
    row "$label" "agreement" "$wijk" agreement "$coding" --coders anna,bert
    row "$label" "export codings" "$wijk" export codings "$coding" -o "$out/codings.csv"
    row "$label" "export csv --with-codes" "$wijk" export csv "$coding" --with-codes anna -o "$out/coded.csv"
    rm -f "$coding/coding/carl.codings"
    row "$label" "code auto (a new coder)" "$wijk" code auto "$coding" --coder carl --question beeld --code taal --match taal
    rm -f "$coding/coding/carl.codings" "$out"/*.csv "$out"/*.html
    results "$label" "$coding" "--coder anna"
    # The heaviest case: both coders coded every answer to three questions (~700,000 codings each, 160 MB files).
    every="$dir/coding-every-$n"
    if [ ! -f "$every/coding/bert.codings" ]; then
        rm -rf "$every"; cp -al "$data" "$every"; python3 bench/make_codings.py "$every" --every >&2
    fi
    cat "$every"/coding/* >/dev/null
    label="generated, every answer coded twice"
    row "$label" "summary --coder (json, code tables)" "$wijk" summary "$every" --format json --no-open-answers --coder anna
    row "$label" "agreement" "$wijk" agreement "$every" --coders anna,bert
    row "$label" "agreement --format json" "$wijk" agreement "$every" --coders anna,bert --format json
    row "$label" "export codings" "$wijk" export codings "$every" -o "$out/codings.csv"
    rm -f "$out"/*.csv
fi
echo "<!-- load average now: $(cut -d' ' -f1-3 /proc/loadavg) -->"
