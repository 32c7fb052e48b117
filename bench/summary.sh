#!/usr/bin/env bash
# Benchmark of `wijk summary` against (a) just reading the bytes of all files
# and (b) a straightforward Python json + Counter script, on 10,000 and
# 100,000 generated response files. Prints a markdown table: wall time (bash's
# microsecond clock), files/s and peak RSS (from /usr/bin/time). Not run in CI.
#
# The fair comparison is the headline row: the Python script only counts, so
# it is set against `wijk summary --format json --no-open-answers` (the same
# work). The full run, which also writes every open answer (~300 MB of JSON
# at 100,000 files), is reported on its own row.
#
# Rows marked "warm" run with the files in the page cache (read once before);
# rows marked "cold" drop the page cache before every run (needs root; left
# out otherwise), as after a reboot or when the files were copied long ago.
#
# usage: bench/summary.sh [COUNTS...]   (default: 10000 100000)
#   BENCH_DIR  where data sets are generated and kept (default /tmp/wijk-bench)
#   RUNS       runs per measurement, the median is shown (default 3)
set -euo pipefail
export LC_ALL=C   # a decimal point in $EPOCHREALTIME and in awk, whatever the user's locale
cd "$(dirname "$0")/.."
counts=("${@:-10000 100000}"); counts=(${counts[@]})
dir=${BENCH_DIR:-/tmp/wijk-bench}
runs=${RUNS:-3}
mkdir -p "$dir"

[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
# Two builds of the same code: the one to copy to laptops (Swift's runtime
# linked in, see the README; it starts ~5 ms faster) and the default build.
swift build -c release --static-swift-stdlib --product wijk --scratch-path .build-static >&2
wijk=$(swift build -c release --static-swift-stdlib --scratch-path .build-static --show-bin-path)/wijk
swift build -c release --product wijk >&2
wijk_dynamic=$(swift build -c release --show-bin-path)/wijk
cc -O2 -o "$dir/read_all" bench/read_all.c

generate() {  # count folder
    if [ "$(find "$2" -maxdepth 1 -name '*.json' 2>/dev/null | wc -l)" -eq "$1" ]; then return; fi
    rm -rf "$2"; mkdir -p "$2"
    if "$wijk" generate --help >/dev/null 2>&1; then
        "$wijk" generate --count "$1" --seed 42 --out "$2" >&2
    else
        python3 bench/gen_responses.py "$wijk" "$1" "$2" 42
    fi
}

can_drop() { [ -w /proc/sys/vm/drop_caches ] && sync && echo 3 > /proc/sys/vm/drop_caches 2>/dev/null; }
cold=""; can_drop && cold=1

measure() {  # warm|cold command... → "median_wall max_rss_kb"
    local mode=$1; shift
    local walls=() rss=0
    for _ in $(seq "$runs"); do
        if [ "$mode" = cold ]; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
        # Wall time from bash's microsecond clock (time(1) prints hundredths, too coarse at
        # 10,000 files); peak RSS from time(1).
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

echo "<!-- $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg), median of $runs runs -->"
echo "| files | method | wall (s) | files/s | peak RSS (MB) | time ÷ bare read | speed-up vs Python |"
echo "|---|---|---|---|---|---|---|"
for n in "${counts[@]}"; do
    data="$dir/wijkgen-$n"
    generate "$n" "$data"
    size=$(du -sb "$data" | cut -f1)
    "$dir/read_all" "$data" >/dev/null   # warm the page cache
    read -r t_read m_read < <(measure warm "$dir/read_all" "$data")
    read -r t_py m_py < <(measure warm python3 bench/summary_counts.py "$data")
    read -r t_wijk m_wijk < <(measure warm "$wijk" summary "$data" --format json)
    read -r t_counts m_counts < <(measure warm "$wijk" summary "$data" --format json --no-open-answers)
    read -r t_dyn m_dyn < <(measure warm "$wijk_dynamic" summary "$data" --format json --no-open-answers)
    row() {
        awk -v n="$n" -v name="$1" -v t="$2" -v kb="$3" -v tr="$t_read" -v tp="$t_py" 'BEGIN {
            fs = t > 0 ? sprintf("%.0f", n / t) : "∞"
            printf "| %d | %s | %.3f | %s | %.0f | %.2f× | %.2f× |\n", n, name, t, fs, kb / 1024, t / (tr > 0 ? tr : 0.01), tp / (t > 0 ? t : 0.01)
        }'
    }
    row "warm: bare read (C, 1 thread)" "$t_read" "$m_read"
    row "warm: Python json + Counter" "$t_py" "$m_py"
    row "**warm: wijk summary --format json --no-open-answers** (counts, as Python)" "$t_counts" "$m_counts"
    row "warm: the same, default build (Swift runtime as shared libraries)" "$t_dyn" "$m_dyn"
    row "warm: wijk summary --format json (counts + all open answers written)" "$t_wijk" "$m_wijk"
    if [ -n "$cold" ]; then
        read -r t_read m_read < <(measure cold "$dir/read_all" "$data")
        read -r t_py m_py < <(measure cold python3 bench/summary_counts.py "$data")
        read -r t_counts m_counts < <(measure cold "$wijk" summary "$data" --format json --no-open-answers)
        row "cold: bare read (C, 1 thread)" "$t_read" "$m_read"
        row "cold: Python json + Counter" "$t_py" "$m_py"
        row "**cold: wijk summary --format json --no-open-answers**" "$t_counts" "$m_counts"
        "$dir/read_all" "$data" >/dev/null   # warm again for the next size
    fi
    echo "<!-- $n files, $((size / n)) bytes/file on average; load average now: $(cut -d' ' -f1-3 /proc/loadavg) -->"
done
