#!/bin/sh
# TUI benchmark (not a timed test): start to first painted frame, key-to-frame latency
# and autosave time. Release build. Usage: bench/tui.sh [runs]   (needs tmux)
set -eu
cd "$(dirname "$0")/.."
RUNS=${1:-20}
swift build -c release >/dev/null
BIN=$(swift build -c release --show-bin-path)/wijk
WORK=$(mktemp -d)
SOCKET="wijk-bench-$$"
trap 'tmux -L "$SOCKET" kill-server 2>/dev/null || true; rm -rf "$WORK"' EXIT INT TERM

# 1. Start to first frame: launch in a fresh tmux pane and poll until the home screen's
#    text is on the screen. Includes tmux's own latency (poll every ~2 ms), so it is an
#    upper bound.
tmux -L "$SOCKET" -f /dev/null new-session -d -s idle -x 100 -y 30 "sleep 600"
times=""
i=0
while [ "$i" -lt "$RUNS" ]; do
    tmux -L "$SOCKET" kill-session -t run 2>/dev/null || true
    start=$(date +%s%N)
    tmux -L "$SOCKET" new-session -d -s run -x 100 -y 30 \
        "env LANG=C.UTF-8 TERM=tmux-256color XDG_CONFIG_HOME=$WORK/cfg $BIN --data $WORK/data"
    until tmux -L "$SOCKET" capture-pane -p -t run 2>/dev/null | grep -q "Nieuw interview starten"; do :; done
    end=$(date +%s%N)
    times="$times $(( (end - start) / 1000 ))"
    tmux -L "$SOCKET" send-keys -t run q
    i=$((i + 1))
done
echo "$times" | tr ' ' '\n' | grep . | sort -n | awk -v runs="$RUNS" '
    { v[NR] = $1 }
    END { printf "first frame (launch -> home screen visible in tmux, %d runs): median %.1f ms, worst %.1f ms\n",
          NR, v[int((NR + 1) / 2)] / 1000, v[NR] / 1000 }'

# 2 and 3. Key-to-frame and autosave, in-process on the largest bundled questionnaire.
WIJK_BENCH=1 swift test -c release --filter TUIBenchmark 2>&1 | sed -n 's/^BENCH /  /p'
