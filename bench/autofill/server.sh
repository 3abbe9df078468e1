# Sourced by the end-to-end benchmarks: builds relais once, starts `relais serve` on a throwaway
# data dir (or the PostgreSQL of $RELAIS_BENCH_POSTGRES) and a free loopback port, creates a team
# with an admin, and exports RELAIS_URL, TOKEN, DATA, RELAIS. stop_server stops and cleans up.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
dotnet build "$repo/src/Relais.Cli" -c Release --nologo -v q >/dev/null
DATA=$(mktemp -d /tmp/relais-bench.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
RELAIS_URL="http://127.0.0.1:$PORT"
RELAIS=(dotnet "$repo/src/Relais.Cli/bin/Release/net10.0/relais.dll" --data-dir "$DATA")
if [ -n "${RELAIS_BENCH_POSTGRES:-}" ]; then
  RELAIS+=(--database "$RELAIS_BENCH_POSTGRES")
  "${RELAIS[@]}" migrate up >/dev/null
fi
"${RELAIS[@]}" user create --team "${BENCH_TEAM:-Bench}" --email admin@bench.test --password "bench-password-1" --role admin >/dev/null
# The scheduler and the periodic sync stay out of the measurement.
Relais__Autofill__ScheduleEnabled=false Relais__MailSync__Enabled=false \
  "${RELAIS[@]}" serve --urls "$RELAIS_URL" >"$DATA/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  curl -fs "$RELAIS_URL/api/v1/health" >/dev/null 2>&1 && break
  sleep 0.5
done
TOKEN=$(curl -fs -X POST "$RELAIS_URL/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"email":"admin@bench.test","password":"bench-password-1"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
export RELAIS_URL TOKEN DATA
stop_server() {
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  rm -rf "$DATA"
}
