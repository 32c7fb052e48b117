#!/usr/bin/env bash
# Every command that reads a folder of interviews against the bare read of the
# same files (bench/read_all.c), on generated response files, warm cache,
# release build: validate, summary --no-open-answers, export csv|spss|jsonl.
# Then peak memory on a folder of tiny `{}` files (each one invalid), where a
# per-file cost shows. Prints a markdown table. Not run in CI.
#
# usage: bench/corpus.sh [COUNT]   (default 10000)
#   TINY       number of `{}` files for the memory rows (default 200000; 0 skips them)
#   BENCH_DIR  where data sets are generated and kept (default /tmp/wijk-bench)
#   RUNS       runs per measurement, the median is shown (default 3)
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
n=${1:-10000}
tiny=${TINY:-200000}
dir=${BENCH_DIR:-/tmp/wijk-bench}
runs=${RUNS:-3}
mkdir -p "$dir"
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
swift build -c release --product wijk >&2
wijk=$(swift build -c release --show-bin-path)/wijk
cc -O2 -o "$dir/read_all" bench/read_all.c

data="$dir/corpus-$n"
if [ "$(find "$data" -maxdepth 1 -name '*.json' 2>/dev/null | wc -l)" -ne "$n" ]; then
    rm -rf "$data"; "$wijk" generate --count "$n" --seed 42 --out "$data" >&2
fi
out="$dir/out"; mkdir -p "$out"

measure() {  # command... → "median_wall max_rss_kb"
    local walls=() rss=0
    for _ in $(seq "$runs"); do
        local start=$EPOCHREALTIME
        /usr/bin/time -f "%M" -o "$dir/time.txt" "$@" >/dev/null 2>&1 || true   # validate exits 1 on problems
        local end=$EPOCHREALTIME
        kb=$(tail -n 1 "$dir/time.txt")
        walls+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')"); (( kb > rss )) && rss=$kb
    done
    echo "$(printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') $rss"
}

echo "<!-- $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg), median of $runs runs -->"
echo "| files | command | wall (s) | peak RSS (MB) | time ÷ bare read | target |"
echo "|---|---|---|---|---|---|"
"$dir/read_all" "$data" >/dev/null   # warm the page cache
read -r t_read m_read < <(measure "$dir/read_all" "$data")
row() {  # name wall rss target
    awk -v n="$n" -v name="$1" -v t="$2" -v kb="$3" -v tr="$t_read" -v target="$4" 'BEGIN {
        printf "| %d | %s | %.3f | %.0f | %.2f× | %s |\n", n, name, t, kb / 1024, t / (tr > 0 ? tr : 0.01), target }'
}
row "bare read (C, 1 thread)" "$t_read" "$m_read" ""
read -r t m < <(measure "$wijk" validate "$data"); row "wijk validate" "$t" "$m" "≤ 3×"
read -r t m < <(measure "$wijk" summary "$data" --format json --no-open-answers); row "wijk summary --format json --no-open-answers" "$t" "$m" "≤ 2×"
read -r t m < <(measure "$wijk" export csv "$data" -o "$out/x.csv"); row "wijk export csv" "$t" "$m" "≤ 4×"
read -r t m < <(measure "$wijk" export spss "$data" -o "$out/y.csv"); row "wijk export spss" "$t" "$m" "≤ 4×"
read -r t m < <(measure "$wijk" export jsonl "$data" -o "$out/z.jsonl"); row "wijk export jsonl" "$t" "$m" "≤ 4×"

if [ "$tiny" -gt 0 ]; then
    small="$dir/tiny-$tiny"
    if [ "$(find "$small" -maxdepth 1 -name '*.json' 2>/dev/null | wc -l)" -ne "$tiny" ]; then
        rm -rf "$small"; mkdir -p "$small"
        python3 -c "import sys
for i in range(int(sys.argv[2])): open('%s/t%07d.json' % (sys.argv[1], i), 'w').write('{}')" "$small" "$tiny"
    fi
    "$dir/read_all" "$small" >/dev/null
    n=$tiny
    read -r t_read m_read < <(measure "$dir/read_all" "$small")
    row "tiny {} files: bare read" "$t_read" "$m_read" ""
    read -r t m < <(measure "$wijk" validate "$small"); row "tiny {} files: wijk validate" "$t" "$m" "< 150 MB"
    read -r t m < <(measure "$wijk" summary "$small" --format json --no-open-answers); row "tiny {} files: wijk summary" "$t" "$m" "< 150 MB"
fi
echo "<!-- load average now: $(cut -d' ' -f1-3 /proc/loadavg) -->"
