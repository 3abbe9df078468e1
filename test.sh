#!/usr/bin/env bash
# Runs every test suite: all of them on the embedded SQLite, then the data-layer, API and demo
# suites again on a throwaway PostgreSQL. Installs what the tests need when missing (Debian
# packages). Ends with the line "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")"

need=()
command -v pg_ctlcluster >/dev/null 2>&1 || [ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -x /usr/sbin/dovecot ] || need+=(dovecot-imapd)  # the IMAP tests' fixture starts this binary
command -v curl >/dev/null 2>&1 || need+=(curl)  # the cron script's test calls the API with it
if [ ${#need[@]} -gt 0 ]; then
  echo "test.sh: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq "${need[@]}" >/dev/null || { echo "test.sh: apt-get install ${need[*]} failed" >&2; exit 2; }
fi

work=$(mktemp -d /tmp/relais-test.XXXXXX)
chmod 755 "$work"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_data="$work/pg"
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cleanup() {
  [ -f "$pg_data/postmaster.pid" ] && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$pg_data" && chown postgres "$pg_data"
runuser -u postgres -- "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 >/dev/null || { echo "test.sh: initdb failed" >&2; exit 2; }
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/log" -w \
  -o "-h 127.0.0.1 -p $pg_port -k $pg_data -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
  || { echo "test.sh: PostgreSQL did not start" >&2; cat "$pg_data/log" >&2; exit 2; }
export RELAIS_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Include Error Detail=true"

dotnet build Relais.slnx -c Release -warnaserror --nologo -v q || { echo "0 passed, 1 failed"; exit 1; }

passed=0; failed=0; skipped=0
# run NAME ENV... -- PROJECTS...: runs the projects, adds their counts.
run() {
  local name=$1; shift
  local envs=()
  while [ "$1" != "--" ]; do envs+=("$1"); shift; done; shift
  local log="$work/$name.log"


  for p in "$@"; do
    env "${envs[@]}" dotnet test --project "$p" -c Release --no-build 2>&1 | tee -a "$log"
  done
  local t f s
  t=$(grep -E '^\s+succeeded:' "$log" | awk '{s+=$2} END {print s+0}')
  f=$(grep -E '^\s+failed:' "$log" | awk '{s+=$2} END {print s+0}')
  s=$(grep -E '^\s+skipped:' "$log" | awk '{s+=$2} END {print s+0}')
  # A suite that crashed before its summary counts as one failure.
  local ran; ran=$(grep -cE '^\s+total:' "$log")
  [ "$ran" -lt "$#" ] && f=$((f + $# - ran))
  passed=$((passed + t)); failed=$((failed + f)); skipped=$((skipped + s))
}

all=$(ls tests/*/*.csproj)
run sqlite RELAIS_TEST_DB=sqlite -- $all
pg_suites=$(ls tests/Relais.Data.Tests/*.csproj tests/Relais.Server.Tests/*.csproj tests/Relais.Demo.Tests/*.csproj 2>/dev/null)
[ -n "$pg_suites" ] && run postgres RELAIS_TEST_DB=postgres -- $pg_suites

if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
