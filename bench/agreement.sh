#!/usr/bin/env bash
# Coding at scale (issue 14): `wijk agreement` and the summary's code tables on
# COUNT generated interviews, two coders having coded three open questions with
# five codes (by `wijk code auto`), against the summary without coding on the
# same files. Release build, warm cache. Prints a markdown table. Not run in CI.
#
# usage: bench/agreement.sh [COUNT]   (default 10000)
#   BENCH_DIR  where data sets are generated and kept (default /tmp/wijk-bench)
#   RUNS       runs per measurement, the median is shown (default 5)
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
n=${1:-10000}
dir=${BENCH_DIR:-/tmp/wijk-bench}
runs=${RUNS:-5}
mkdir -p "$dir"
swift build -c release --product wijk >&2
wijk=$(swift build -c release --show-bin-path)/wijk
data="$dir/coding-$n"
export XDG_CONFIG_HOME="$dir/coding-config-$n"
if [ "$(find "$data" -maxdepth 1 -name '*.json' 2>/dev/null | wc -l)" -ne "$n" ]; then
    rm -rf "$data"; "$wijk" generate --count "$n" --seed 14 --out "$data" >&2
fi
if [ ! -f "$data/coding/bert.codings" ]; then
    rm -rf "$data/coding"
    "$wijk" codes add Drempels --data "$data" >&2
    for c in Taal Schaamte; do "$wijk" codes add "$c" --parent drempels --data "$data" >&2; done
    for c in Vertrouwen Netwerk; do "$wijk" codes add "$c" --data "$data" >&2; done
    for q in beeld aanbeveling verwachting_gemeente; do
        for coder in anna bert; do
            "$wijk" code auto "$data" --coder "$coder" --question "$q" --code taal --match 'taal|nederlands' >&2
            "$wijk" code auto "$data" --coder "$coder" --question "$q" --code schaamte --match 'schaamte|schamen' >&2
            "$wijk" code auto "$data" --coder "$coder" --question "$q" --code netwerk --match 'imam|buurtmoeder|netwerk' >&2
        done
        "$wijk" code auto "$data" --coder anna --question "$q" --code vertrouwen --match 'vertrouw' >&2
        "$wijk" code auto "$data" --coder bert --question "$q" --code vertrouwen --match 'vertrouw|bang' >&2
    done
fi
cat "$data"/*.json "$data"/coding/* > /dev/null

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_of() {   # median seconds of running "$@" with stdout discarded
    local all=()
    for _ in $(seq "$runs"); do
        local s=$EPOCHREALTIME; "$@" > /dev/null; local e=$EPOCHREALTIME
        all+=("$(awk -v a="$s" -v b="$e" 'BEGIN { printf "%.4f", b - a }')")
    done
    printf '%s\n' "${all[@]}" | median
}
counts=$(time_of "$wijk" summary "$data" --no-open-answers --format json)
open=$(time_of "$wijk" summary "$data" --format json)
tables=$(time_of "$wijk" summary "$data" --no-open-answers --format json --coder anna)
tablesText=$(time_of "$wijk" summary "$data" --no-open-answers --coder anna)
agreement=$(time_of "$wijk" agreement "$data" --coders anna,bert)
agreementJSON=$(time_of "$wijk" agreement "$data" --coders anna,bert --format json)
codings=$(grep -c '"code":' "$data"/coding/anna.codings "$data"/coding/bert.codings | awk -F: '{s+=$2} END {print s}')
echo "<!-- $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg), median of $runs runs -->"
echo "$n interviews, $codings codings by two coders (anna, bert) on three open questions."
echo
echo "| command | time (s) |"
echo "|---|---|"
printf '| `summary --no-open-answers --format json` (no coding) | %.3f |\n' "$counts"
printf '| `summary --format json` (open answers read and written) | %.3f |\n' "$open"
printf '| `summary --no-open-answers --format json --coder anna` (code tables) | %.3f |\n' "$tables"
printf '| `summary --no-open-answers --coder anna` (text, code tables) | %.3f |\n' "$tablesText"
printf '| `agreement --coders anna,bert` | %.3f |\n' "$agreement"
printf '| `agreement --coders anna,bert --format json` | %.3f |\n' "$agreementJSON"

# The coding steps alone, in process (the summary's own reading pass shown apart).
echo
WIJK_BENCH_DATA="$data" swift test -c "${CONFIG:-release}" --filter CodeTablesBenchmark 2>/dev/null \
    | sed -n '/interviews, .* open answers/,/^| agreement/p' | sed 's/^ *//'
