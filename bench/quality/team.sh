#!/usr/bin/env bash
# GET /api/v1/quality/team over HTTP against the Release server, with 100,000 people and 3,000
# organisations (and 80,000 links) seeded set-based into a fresh database (seed.sql).
#   bench/quality/team.sh [sqlite|postgres] [RUNS]
# Prints the first (cold) call, then p50/p95/max of RUNS further calls. PostgreSQL runs on a
# throwaway server on 127.0.0.1:${PG_PORT:-55433}.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
provider=${1:-sqlite}
runs=${2:-30}
DATA=$(mktemp -d /tmp/relais-quality.XXXXXX)
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
PG_PORT=${PG_PORT:-55433}
SERVER_PID=
cleanup() {
  [ -n "$SERVER_PID" ] && { kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; }
  [ "$provider" = postgres ] && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$DATA/pg" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$DATA"
}
trap cleanup EXIT

dotnet build "$repo/src/Relais.Cli" -c Release --nologo -v q >/dev/null
relais=(dotnet "$repo/src/Relais.Cli/bin/Release/net10.0/relais.dll" --data-dir "$DATA")
if [ "$provider" = postgres ]; then
  chmod 755 "$DATA"; mkdir -p "$DATA/pg"; chown postgres "$DATA/pg"
  runuser -u postgres -- "$pg_bin/initdb" -D "$DATA/pg" -U postgres --auth=trust -E UTF8 >/dev/null
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$DATA/pg" -l "$DATA/pg/log" -w -o "-h 127.0.0.1 -p $PG_PORT -k $DATA/pg" start >/dev/null
  runuser -u postgres -- "$pg_bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE relais_bench" >/dev/null
  relais+=(--database "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=relais_bench")
fi
"${relais[@]}" migrate up >/dev/null
"${relais[@]}" user create --team Bench --email admin@bench.test --password bench-password-1 --role admin >/dev/null

t0=$(date +%s.%N)
if [ "$provider" = postgres ]; then
  sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d relais_bench -v ON_ERROR_STOP=1 -qAt "$@"; }
  team=$(sql -c "SELECT id FROM teams")
  sed -e "s/@TEAM@/'$team'::uuid/g" -e 's/@TRUE@/true/g' -e 's/@NOW@/now()/g' \
      -e "s/@PID(\([^@]*\))@/('00000000-0000-7000-8000-' || lpad(to_hex(\1), 12, '0'))::uuid/g" \
      -e "s/@OID(\([^@]*\))@/('00000000-0000-7000-9000-' || lpad(to_hex(\1), 12, '0'))::uuid/g" \
      -e "s/@LID(\([^@]*\))@/('00000000-0000-7000-a000-' || lpad(to_hex(\1), 12, '0'))::uuid/g" \
      "$here/seed.sql" | sql
  sql -c "ANALYZE"
else
  db="$DATA/relais.db"
  team=$(sqlite3 "$db" "SELECT id FROM teams")
  now=$(($(date +%s) * 1000))
  sed -e "s/@TEAM@/'$team'/g" -e 's/@TRUE@/1/g' -e "s/@NOW@/$now/g" \
      -e "s/@PID(\([^@]*\))@/printf('00000000-0000-7000-8000-%012X', \1)/g" \
      -e "s/@OID(\([^@]*\))@/printf('00000000-0000-7000-9000-%012X', \1)/g" \
      -e "s/@LID(\([^@]*\))@/printf('00000000-0000-7000-A000-%012X', \1)/g" \
      "$here/seed.sql" | sqlite3 "$db"
  sqlite3 "$db" "ANALYZE"
fi
t1=$(date +%s.%N)

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$PORT"
Logging__LogLevel__Default=Warning Relais__Autofill__ScheduleEnabled=false Relais__MailSync__Enabled=false \
  "${relais[@]}" serve --urls "$url" >"$DATA/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do curl -fs "$url/api/v1/health" >/dev/null 2>&1 && break; sleep 0.5; done
token=$(curl -fs -X POST "$url/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"email":"admin@bench.test","password":"bench-password-1"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')

call() { curl -fs -o "$DATA/team.json" -w '%{time_total}\n' -H "Authorization: Bearer $token" "$url/api/v1/quality/team"; }
# CPU the server spends per call (user + system, from /proc): steadier than wall time on a shared machine.
cpu() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }
cold=$(call)
cpu0=$(cpu)
for _ in $(seq 1 "$runs"); do call; done >"$DATA/times"
cpu1=$(cpu)
ticks=$(getconf CLK_TCK)
# One record's report on the same data (its duplicates are looked up among candidates the database finds).
person=00000000-0000-7000-8000-000000000002
for _ in $(seq 1 "$runs"); do
  curl -fs -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$url/api/v1/quality/people/$person"
done >"$DATA/record-times"

python3 - "$provider" "$cold" "$DATA/times" "$DATA/team.json" "$t0" "$t1" "$(( (cpu1 - cpu0) * 1000 / ticks / runs ))" "$(cut -d' ' -f1 /proc/loadavg)" "$DATA/record-times" <<'PY'
import json, sys
provider, cold, times, body, t0, t1 = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4], float(sys.argv[5]), float(sys.argv[6])
cpu_ms, load = sys.argv[7], sys.argv[8]
record = sorted(float(t) * 1000 for t in open(sys.argv[9]))
ms = sorted(float(t) * 1000 for t in open(times))
pick = lambda q: ms[min(len(ms) - 1, max(0, round(q * len(ms)) - 1))]
summary = json.load(open(body))
people, organisations = summary['people'], summary['organisations']
print(f'{provider}: {people["total"]} people, {organisations["total"]} organisations (seeded in {t1 - t0:.1f} s)')
print(f'  people tiers {people["tiers"]}, average {people["average_score"]}, {people["duplicate_group_count"]} duplicate groups')
print(f'  organisations tiers {organisations["tiers"]}, average {organisations["average_score"]}, {organisations["duplicate_group_count"]} duplicate groups')
print(f'  GET /quality/team: cold {cold * 1000:.0f} ms; {len(ms)} calls p50 {pick(0.5):.0f} ms, p95 {pick(0.95):.0f} ms, max {ms[-1]:.0f} ms')
print(f'  server CPU per call {cpu_ms} ms (user + system); machine load average {load}')
print(f'  GET /quality/people/{{id}}: {len(record)} calls p50 {record[len(record) // 2]:.0f} ms, max {record[-1]:.0f} ms')
PY
