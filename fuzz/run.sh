#!/bin/sh
# Coverage-guided fuzzing of the model with libFuzzer (clang's, shipped with the
# Swift toolchain). Usage: fuzz/run.sh [response|questionnaire|expression] [seconds]
# Builds .build/fuzz/wijk-fuzz from Sources/WijkModel + fuzz/FuzzTarget.swift
# (outside the package: `swift build && swift test` never see it), seeds a
# corpus from generated interviews, the bundled questionnaires and
# fuzz/regressions, and runs. Findings (crash-*, timeout-*, leak-*) land in
# fuzz/findings/; copy each into fuzz/regressions/<kind>/ once fixed, where
# the suite (FuzzTests.regressionInputsStayFixed) replays it on every run.
set -eu
kind=${1:-response}
seconds=${2:-300}
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/.build/fuzz"
mkdir -p "$out/corpus-$kind" "$root/fuzz/findings"
export PATH=/opt/swift/usr/bin:$PATH

if [ ! -x "$out/wijk-fuzz" ] || [ -n "$(find "$root/Sources/WijkModel" "$root/fuzz/FuzzTarget.swift" -newer "$out/wijk-fuzz" -name '*.swift' | head -1)" ]; then
    echo "building $out/wijk-fuzz …"
    swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name WijkModel -swift-version 6 \
        $(find "$root/Sources/WijkModel" -name '*.swift' | sort) "$root/fuzz/FuzzTarget.swift" -o "$out/wijk-fuzz" 2>&1 \
        | grep -v "Cannot export local symbol" || true   # gold's noise about ASan's own symbols
    [ -x "$out/wijk-fuzz" ] || { echo "build failed" >&2; exit 1; }
fi

seeds="$out/seeds-$kind"
if [ ! -d "$seeds" ]; then
    mkdir -p "$seeds"
    case $kind in
    response) swift run -c debug --package-path "$root" wijk generate --count 40 --seed 12 --out "$seeds" >/dev/null ;;
    questionnaire)
        for v in wijkteam migrantenorganisatie; do
            swift run -c debug --package-path "$root" wijk questionnaire show --variant $v --format json > "$seeds/$v.json"
        done ;;
    expression)
        i=0
        for e in '${a} > 2 and selected(${c}, '"'x'"')' 'if(${a} mod 2 = 0, '"'even'"', '"'odd'"')' \
                 'not(. < 0) or ${b} = '"'x'"'' 'count-selected(${c}) * -${a} div 0' 'coalesce(${d}, number('"'1e308'"'))'; do
            printf '%s' "$e" > "$seeds/e$i.txt"; i=$((i + 1))
        done ;;
    esac
fi

cd "$root/fuzz/findings"
# No leak check at exit: the bundled questionnaires are process-lifetime globals, not leaks.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} WIJK_FUZZ=$kind "$out/wijk-fuzz" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -detect_leaks=0 -print_final_stats=1 "$out/corpus-$kind" "$seeds" "$root/fuzz/regressions/$kind"
