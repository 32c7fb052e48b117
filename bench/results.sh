#!/usr/bin/env bash
# `wijk results` on a large folder, as a coordinator waits for it: launch to the
# first text on the screen (the "counting" line) and launch to the question
# list, in tmux (polled every ~2 ms until the first text, then every 20 ms; both are upper bounds), against
# `wijk summary --no-open-answers` on the same files. Release build, warm cache.
# Prints a markdown table. Not run in CI.
#
# usage: bench/results.sh [COUNT]   (default 100000)
#   BENCH_DIR  where data sets are generated and kept (default /tmp/wijk-bench)
#   RUNS       runs per measurement, the median is shown (default 3)
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
n=${1:-100000}
dir=${BENCH_DIR:-/tmp/wijk-bench}
runs=${RUNS:-3}
mkdir -p "$dir"
command -v tmux >/dev/null || { echo "needs tmux" >&2; exit 2; }
swift build -c release --product wijk >&2
wijk=$(swift build -c release --show-bin-path)/wijk
data="$dir/corpus-$n"
if [ "$(find "$data" -maxdepth 1 -name '*.json' 2>/dev/null | wc -l)" -ne "$n" ]; then
    rm -rf "$data"; "$wijk" generate --count "$n" --seed 42 --out "$data" >&2
fi
cat "$data"/*.json > /dev/null 2>&1 || find "$data" -name '*.json' -exec cat {} + > /dev/null   # warm
socket="wijk-bench-results-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true' EXIT INT TERM
tmux -L "$socket" -f /dev/null new-session -d -s idle -x 120 -y 40 "sleep 3600"

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
now_us() { echo $(( $(date +%s%N) / 1000 )); }

progress=() list=() summary=()
for _ in $(seq "$runs"); do
    tmux -L "$socket" kill-session -t run 2>/dev/null || true
    start=$(now_us); seen=""
    tmux -L "$socket" new-session -d -s run -x 120 -y 40 \
        "env LANG=C.UTF-8 TERM=tmux-256color '$wijk' results '$data'; sleep 600"
    while :; do
        screen=$(tmux -L "$socket" capture-pane -p -t run 2>/dev/null || true)
        if [ -z "$seen" ] && printf '%s' "$screen" | grep -q '[^[:space:]]'; then seen=$(now_us); fi
        if printf '%s' "$screen" | grep -q "Resultaten"; then break; fi
        # Once the first text is there, poll every 20 ms: polling without a pause (a tmux client
        # and two greps per round) took most of a core from the program being measured.
        if [ -n "$seen" ]; then sleep 0.02; fi
    done
    end=$(now_us)
    progress+=("$(awk -v a="$start" -v b="$seen" 'BEGIN { printf "%.4f", (b - a) / 1e6 }')")
    list+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", (b - a) / 1e6 }')")
    tmux -L "$socket" kill-session -t run
    s=$EPOCHREALTIME
    "$wijk" summary "$data" --no-open-answers > /dev/null
    e=$EPOCHREALTIME
    summary+=("$(awk -v a="$s" -v b="$e" 'BEGIN { printf "%.4f", b - a }')")
done
p=$(printf '%s\n' "${progress[@]}" | median)
l=$(printf '%s\n' "${list[@]}" | median)
s=$(printf '%s\n' "${summary[@]}" | median)
echo "<!-- $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg), median of $runs runs -->"
echo "| files | first text on screen (s) | question list (s) | summary --no-open-answers (s) | list ÷ summary |"
echo "|---|---|---|---|---|"
awk -v n="$n" -v p="$p" -v l="$l" -v s="$s" 'BEGIN { printf "| %d | %.3f | %.3f | %.3f | %.2f× |\n", n, p, l, s, l / s }'
