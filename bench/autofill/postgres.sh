# Sourced by the benchmarks that measure PostgreSQL: starts a throwaway PostgreSQL 15 on a free
# loopback port (it refuses to run as root: runuser postgres) and exports RELAIS_BENCH_POSTGRES;
# stop_postgres stops it and deletes its files.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PG_DIR=$(mktemp -d /tmp/relais-bench-pg.XXXXXX)
chmod 755 "$PG_DIR"; mkdir -p "$PG_DIR/data"; chown postgres "$PG_DIR/data"
PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
runuser -u postgres -- "$pg_bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/data/log" -w -o "-h 127.0.0.1 -p $PG_PORT -k $PG_DIR/data ${PG_OPTS:-}" start >/dev/null
runuser -u postgres -- "$pg_bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE relais_bench" >/dev/null
export RELAIS_BENCH_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=relais_bench"
stop_postgres() {
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
