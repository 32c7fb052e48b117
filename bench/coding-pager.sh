#!/bin/sh
# Coding pager benchmark (not a timed test): key-to-frame latency with 5,000 open
# answers (update + render + diff, in-process, 1,000 keys) and the time a coding
# change takes to save. Release build. Usage: bench/coding-pager.sh
set -eu
cd "$(dirname "$0")/.."
WIJK_BENCH=1 swift test -c release --filter CodingBenchmark 2>&1 | sed -n 's/^BENCH /  /p'
