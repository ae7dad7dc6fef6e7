#!/usr/bin/env bash
# Times, on this machine, what a learner waits for (the jar must be built: ./mvnw -B -q package -DskipTests):
#  - from './textquiz' to the interactive prompt, read off a real terminal (tmux);
#  - './textquiz generate' on the bundled article, and 'java -version' as the floor.
# Usage: scripts/measure-startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
command -v tmux >/dev/null || { echo "needs tmux (apt-get install tmux)" >&2; exit 1; }

ms() { echo $(( ($2 - $1) / 1000000 )); }

tmux new-session -d -s textquiz-keep
trap 'tmux kill-session -t textquiz-keep 2>/dev/null || true' EXIT
printf 'prompt (ms):   '
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  tmux new-session -d -s textquiz-measure -x 100 -y 20 "./textquiz"
  until tmux capture-pane -pt textquiz-measure | grep -q 'textquiz>'; do sleep 0.02; done
  printf '%s ' "$(ms "$start" "$(date +%s%N)")"
  tmux kill-session -t textquiz-measure
done
printf '\ngenerate (ms): '
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  ./textquiz generate --seed 1 --out "${TMPDIR:-/tmp}/textquiz-measure.json" --force >/dev/null
  printf '%s ' "$(ms "$start" "$(date +%s%N)")"
done
printf '\njava -version (ms): '
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  java -version 2>/dev/null
  printf '%s ' "$(ms "$start" "$(date +%s%N)")"
done
echo
