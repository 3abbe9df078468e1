#!/usr/bin/env bash
# End to end: N generated emails (default 10,000: demo conversations and synthetic senders) imported
# with `relais import` and processed with `relais autofill run` (analysis, suggestions, auto-apply,
# interactions), each a fresh process on a fresh database, timed as whole processes.
#   bench/autofill/throughput.sh [sqlite|postgres] [COUNT]
# The PostgreSQL run uses a throwaway server (Debian's postgresql package).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
provider=${1:-sqlite}
count=${2:-10000}
work=$(mktemp -d /tmp/relais-throughput.XXXXXX)
cleanup() { [ "$provider" = postgres ] && stop_postgres; rm -rf "$work"; }
trap cleanup EXIT

dotnet build "$repo/src/Relais.Cli" -c Release --nologo -v q >/dev/null
dotnet build "$repo/bench/Relais.MailGenerator" -c Release --nologo -v q >/dev/null
dotnet "$repo/bench/Relais.MailGenerator/bin/Release/net10.0/Relais.MailGenerator.dll" "$count" "$work/mail.mbox" 2>/dev/null

relais=(dotnet "$repo/src/Relais.Cli/bin/Release/net10.0/relais.dll" --data-dir "$work/data")
if [ "$provider" = postgres ]; then
  source "$here/postgres.sh"
  relais+=(--database "$RELAIS_BENCH_POSTGRES")
  "${relais[@]}" migrate up >/dev/null
fi
"${relais[@]}" user create --team Bench --email admin@bench.test --password bench-password-1 --role admin >/dev/null

export Logging__LogLevel__Default=Warning
t0=$(date +%s.%N)
/usr/bin/time -f '%M' -o "$work/import.rss" "${relais[@]}" import "$work/mail.mbox" >"$work/import.out" 2>/dev/null
[ -n "${ANALYZE_AFTER_IMPORT:-}" ] && [ "$provider" = postgres ] && runuser -u postgres -- "$pg_bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d relais_bench -qc "ANALYZE"
t1=$(date +%s.%N)
/usr/bin/time -f '%M' -o "$work/autofill.rss" "${relais[@]}" autofill run --days-back 1 --max-emails 100000 >"$work/autofill.out" 2>/dev/null
t2=$(date +%s.%N)

[ -n "${KEEP_PG_LOG:-}" ] && [ "$provider" = postgres ] && cp "$PG_DIR/data/log" "$KEEP_PG_LOG"
python3 - "$provider" "$count" "$t0" "$t1" "$t2" "$work" <<'PY'
import sys
provider, count, t0, t1, t2, work = sys.argv[1], int(sys.argv[2]), *map(float, sys.argv[3:6]), sys.argv[6]
rss = lambda f: int(open(f'{work}/{f}.rss').read().split()[-1]) // 1024
print(f'{provider}: {count} emails')
print(f'  import   {t1 - t0:6.2f} s   peak {rss("import"):4d} MB   {open(f"{work}/import.out").read().strip()}')
print(f'  autofill {t2 - t1:6.2f} s   peak {rss("autofill"):4d} MB')
print(f'  total    {t2 - t0:6.2f} s   ({count / (t2 - t0):.0f} emails/s, process start-up included)')
print('  ' + open(f'{work}/autofill.out').read().strip().replace('\n', '\n  '))
PY
