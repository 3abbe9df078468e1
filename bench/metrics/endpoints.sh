#!/usr/bin/env bash
# Latency of the email-intelligence endpoints over HTTP with 1,000,000 emails and their analyses:
# a fresh database (SQLite, or a throwaway PostgreSQL), seeded set-based by seed-<provider>.sql
# (emails, analyses, people and the daily counters the pipeline would have added), the Release
# server on 127.0.0.1, then RUNS rounds of calls to every endpoint at days=30 and days=365 after
# a warm-up; prints p50/p95/max per endpoint in milliseconds (curl's time_total).
#   bench/metrics/endpoints.sh [sqlite|postgres] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
provider=${1:-sqlite}
runs=${2:-100}

dotnet build "$repo/src/Relais.Cli" -c Release --nologo -v q >/dev/null
DATA=$(mktemp -d /tmp/relais-bench-metrics.XXXXXX)
RELAIS=(dotnet "$repo/src/Relais.Cli/bin/Release/net10.0/relais.dll" --data-dir "$DATA")
SERVER_PID=
cleanup() {
  [ -n "$SERVER_PID" ] && { kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; }
  [ "$provider" = postgres ] && stop_postgres
  rm -rf "$DATA"
}
trap cleanup EXIT
if [ "$provider" = postgres ]; then
  # shellcheck source=../autofill/postgres.sh
  source "$here/../autofill/postgres.sh"
  RELAIS+=(--database "$RELAIS_BENCH_POSTGRES")
  "${RELAIS[@]}" migrate up >/dev/null
fi
"${RELAIS[@]}" user create --team Bench --email admin@bench.test --password "bench-password-1" --role admin >/dev/null

started=$(date +%s)
if [ "$provider" = postgres ]; then
  psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d relais_bench -v ON_ERROR_STOP=1 -f "$here/seed-postgres.sql" >/dev/null
else
  sqlite3 "$DATA/relais.db" < "$here/seed-sqlite.sql" >/dev/null
fi
echo "seeded 1,000,000 emails in $(( $(date +%s) - started )) s ($provider)"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
URL="http://127.0.0.1:$PORT"
Relais__Autofill__ScheduleEnabled=false Relais__MailSync__Enabled=false Relais__Metrics__AlertsEnabled=false \
  "${RELAIS[@]}" serve --urls "$URL" >"$DATA/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do curl -fs "$URL/api/v1/health" >/dev/null 2>&1 && break; sleep 0.5; done
TOKEN=$(curl -fs -X POST "$URL/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"email":"admin@bench.test","password":"bench-password-1"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')

calls=()
for endpoint in metrics intents models top-senders timeline; do
  for days in 30 365; do calls+=("$endpoint?days=$days"); done
done
call() { curl -fs -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$URL/api/v1/email-intelligence/$1"; }
curl -fs -H "Authorization: Bearer $TOKEN" "$URL/api/v1/email-intelligence/metrics?days=30" | python3 -c '
import json, sys
m = json.load(sys.stdin)
print("metrics?days=30: received %(emails_received)d, analysed %(emails_analysed)d, p95 %(p95_processing_ms)s ms (exact: %(p95_exact)s), overall %(overall_health)s" % m)'
for _ in 1 2 3 4 5; do for c in "${calls[@]}"; do call "$c" >/dev/null; done; done
# Rounds interleave the endpoints, so a noisy moment of the machine is shared between them.
for _ in $(seq 1 "$runs"); do
  for c in "${calls[@]}"; do echo "$c $(call "$c")"; done
done >"$DATA/times"
python3 - "$DATA/times" <<'PY'
import math, sys
times = {}
for line in open(sys.argv[1]):
    name, t = line.split()
    times.setdefault(name, []).append(float(t) * 1000)
print(f"{'endpoint':<28}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
for name, ts in times.items():
    ts.sort()
    rank = lambda p: ts[max(0, math.ceil(p * len(ts)) - 1)]
    print(f"{name:<28}{len(ts):>5}{rank(0.5):>9.1f}{rank(0.95):>9.1f}{ts[-1]:>9.1f}")
PY
