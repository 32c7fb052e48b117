#!/usr/bin/env bash
# Benchmark of `wijk merge` into an empty folder against copying the same
# files with `cp -r` followed by `sync` (the floor for making copies durable),
# plus a rerun into the full folder (every file "already present"). Prints a
# markdown table: wall time (bash's microsecond clock), files/s, peak RSS
# (from /usr/bin/time) and the time as a multiple of `cp -r` + `sync`.
# Not run in CI.
#
# Every run starts from the same state: the target removed and everything
# flushed (`sync`) first, the source files in the page cache (warm).
#
# usage: bench/merge.sh [COUNTS...]   (default: 20000)
#   BENCH_DIR  where data sets are generated and kept (default /tmp/wijk-bench)
#   RUNS       runs per measurement, the median is shown (default 3)
set -euo pipefail
export LC_ALL=C   # a decimal point in $EPOCHREALTIME and in awk, whatever the user's locale
cd "$(dirname "$0")/.."
counts=("${@:-20000}"); counts=(${counts[@]})
dir=${BENCH_DIR:-/tmp/wijk-bench}
runs=${RUNS:-3}
mkdir -p "$dir"

[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
swift build -c release --product wijk >&2
wijk=$(swift build -c release --show-bin-path)/wijk

measure() {  # prepare-command -- command... → "median_wall max_rss_kb"
    local prepare=$1; shift
    local walls=() rss=0
    for _ in $(seq "$runs"); do
        eval "$prepare"
        sync
        local start=$EPOCHREALTIME
        /usr/bin/time -f "%M" -o "$dir/time.txt" "$@" >/dev/null
        local end=$EPOCHREALTIME
        read -r kb < "$dir/time.txt"
        walls+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')"); (( kb > rss )) && rss=$kb
    done
    local median
    median=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    echo "$median $rss"
}

echo "<!-- $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg), median of $runs runs, $(df -T "$dir" | awk 'NR==2 {print $2}') -->"
echo "| files | method | wall (s) | files/s | peak RSS (MB) | time ÷ (cp -r + sync) |"
echo "|---|---|---|---|---|---|"
for n in "${counts[@]}"; do
    src="$dir/merge-src-$n" dst="$dir/merge-dst-$n"
    if [ "$(find "$src" -maxdepth 1 -name '*.json' 2>/dev/null | wc -l)" -ne "$n" ]; then
        rm -rf "$src"; "$wijk" generate --count "$n" --seed 42 --out "$src" >&2
    fi
    cat "$src"/*.json > /dev/null 2>&1 || find "$src" -name '*.json' -exec cat {} + > /dev/null   # warm
    read -r t_cp m_cp < <(measure "rm -rf '$dst'" bash -c "cp -r '$src' '$dst' && sync")
    read -r t_merge m_merge < <(measure "rm -rf '$dst'" "$wijk" merge "$src" --into "$dst")
    read -r t_again m_again < <(measure ":" "$wijk" merge "$src" --into "$dst")
    row() {
        awk -v n="$n" -v name="$1" -v t="$2" -v kb="$3" -v tc="$t_cp" 'BEGIN {
            fs = t > 0 ? sprintf("%.0f", n / t) : "∞"
            printf "| %d | %s | %.3f | %s | %.0f | %.2f× |\n", n, name, t, fs, kb / 1024, t / (tc > 0 ? tc : 0.01)
        }'
    }
    row "cp -r + sync" "$t_cp" "$m_cp"
    row "**wijk merge into an empty folder**" "$t_merge" "$m_merge"
    row "wijk merge again (all already present)" "$t_again" "$m_again"
    rm -rf "$dst"
    echo "<!-- $n files, $(( $(du -sb "$src" | cut -f1) / n )) bytes/file on average; load average now: $(cut -d' ' -f1-3 /proc/loadavg) -->"
done
