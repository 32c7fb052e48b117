#!/usr/bin/env bash
# Benchmark of `wijk report` on generated interviews: wall time (median of
# RUNS), peak RSS and the size of the HTML and markdown reports, next to
# `wijk summary --format json` on the same files. Prints a markdown table.
# Not run in CI.
#
# usage: bench/report.sh [COUNTS...]   (default: 2000 10000)
#   BENCH_DIR  where data sets are generated and kept (default /tmp/wijk-bench-report)
#   RUNS       runs per measurement, the median is shown (default 3)
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
counts=("${@:-2000 10000}"); counts=(${counts[@]})
dir=${BENCH_DIR:-/tmp/wijk-bench-report}
runs=${RUNS:-3}
mkdir -p "$dir"
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

# Its own scratch path, so a development build in .build is not blocked meanwhile.
swift build -c release --product wijk --scratch-path .build-bench >&2
wijk=$(swift build -c release --scratch-path .build-bench --show-bin-path)/wijk

# median wall seconds and max RSS (KB) of RUNS runs of "$@" (output discarded)
measure() {
    local times=() rss=0
    for _ in $(seq "$runs"); do
        local start=$EPOCHREALTIME
        /usr/bin/time -f %M -o "$dir/rss" "$@" >/dev/null 2>&1
        local end=$EPOCHREALTIME
        times+=("$(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.3f", b-a}')")
        local r; r=$(tail -1 "$dir/rss"); ((r > rss)) && rss=$r
    done
    local median; median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
    echo "$median $rss"
}

echo "| interviews | command | median s | peak RSS MB | output |"
echo "|---:|---|---:|---:|---:|"
for n in "${counts[@]}"; do
    data="$dir/data-$n"
    if [ "$(find "$data" -maxdepth 1 -name '*.json' 2>/dev/null | wc -l)" -ne "$n" ]; then
        rm -rf "$data"; mkdir -p "$data"
        "$wijk" generate --count "$n" --seed 42 --out "$data" >&2
    fi
    read -r t m < <(measure "$wijk" summary "$data" --format json)
    size=$("$wijk" summary "$data" --format json | wc -c)
    echo "| $n | summary --format json | $t | $((m / 1024)) | $((size / 1024)) KB |"
    read -r t m < <(measure "$wijk" report "$data" -o "$dir/report-$n.html")
    echo "| $n | report (HTML) | $t | $((m / 1024)) | $(( $(wc -c <"$dir/report-$n.html") / 1024 )) KB |"
    read -r t m < <(measure "$wijk" report "$data" --format markdown -o "$dir/report-$n.md")
    echo "| $n | report --format markdown | $t | $((m / 1024)) | $(( $(wc -c <"$dir/report-$n.md") / 1024 )) KB |"
    size=$("$wijk" summary "$data" --format markdown | wc -c)
    echo "| $n | summary --format markdown (for comparison) | – | – | $((size / 1024)) KB |"
done
