#!/usr/bin/env bash
# End-to-end timing of `relais analyze` over every dataset message (../shared/datasets, about 4,800 messages):
# wall time, CPU time and peak RSS (GNU time -v), for a framework-dependent build and a ReadyToRun publish.
# usage: bench/analyze-datasets.sh [DATASETS_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
datasets=${1:-../shared/datasets}
[ -d "$datasets" ] || datasets=/work/shared/datasets
runs=${2:-3}
out=$(mktemp -d /tmp/relais-bench.XXXXXX)
trap 'rm -rf "$out"' EXIT

dotnet build src/Relais.Cli -c Release --nologo -v q >/dev/null
dotnet publish src/Relais.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  --nologo -v q -o "$out/r2r" >/dev/null

measure() {
  local name=$1 exe=$2
  for i in $(seq 1 "$runs"); do
    /usr/bin/time -v "$exe" analyze --default-region US "$datasets" >"$out/predictions.jsonl" 2>"$out/time.txt"
    local wall rss user sys messages
    wall=$(grep 'Elapsed (wall clock)' "$out/time.txt" | awk '{print $NF}')
    rss=$(grep 'Maximum resident set size' "$out/time.txt" | awk '{print $NF}')
    user=$(grep 'User time' "$out/time.txt" | awk '{print $NF}')
    sys=$(grep 'System time' "$out/time.txt" | awk '{print $NF}')
    messages=$(wc -l <"$out/predictions.jsonl")
    printf '%-5s run %d: %s messages, wall %s s, cpu %.2f s, peak RSS %d MB\n' \
      "$name" "$i" "$messages" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')" "$((rss / 1024))"
  done
}

echo "cores: $(nproc), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
measure jit src/Relais.Cli/bin/Release/net10.0/relais
measure r2r "$out/r2r/relais"
