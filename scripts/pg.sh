#!/usr/bin/env bash
# The project-local PostGIS cluster used by `make run` and `make test`.
#   scripts/pg.sh start    initialise (first time) and start it; prints "started" or "running"
#   scripts/pg.sh stop     stop it
#   scripts/pg.sh status   exit 0 when it runs
# Data lives in .data/pg inside the repository (ignored by git). PostgreSQL refuses to run as root, so
# when invoked as root the cluster runs as the `postgres` OS user.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PORT="${HWMS_PG_PORT:-55432}"
DATA="$ROOT/.data/pg"
LOG="$ROOT/.data/pg.log"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$PGBIN" ] || { echo "PostgreSQL is not installed: run 'make deps'." >&2; exit 1; }

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

prepare_dirs() {
  mkdir -p "$ROOT/.data"
  if [ "$(id -u)" = 0 ]; then
    chmod 755 "$ROOT/.data"
    if ! runuser -u postgres -- test -x "$ROOT/.data"; then
      echo "The postgres user cannot reach $ROOT/.data (check the permissions of its parent folders)." >&2
      exit 1
    fi
    mkdir -p "$DATA"
    chown postgres:postgres "$DATA"
    touch "$LOG" && chown postgres:postgres "$LOG"
  fi
  chmod 700 "$DATA" 2>/dev/null || mkdir -p -m 700 "$DATA"
}

psql_admin() {
  as_pg "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$DATA" -p "$PORT" -U postgres -d postgres "$@"
}

start() {
  prepare_dirs
  if [ ! -f "$DATA/PG_VERSION" ]; then
    as_pg "$PGBIN/initdb" -D "$DATA" -U postgres -E UTF8 --locale=C.UTF-8 -A trust --auth-host=scram-sha-256 --no-instructions >/dev/null
    cat >>"$DATA/postgresql.conf" <<CONF
# project-local development and test cluster
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DATA'
max_connections = 200
shared_buffers = 256MB
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
  fi
  if as_pg "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    echo running
  else
    as_pg "$PGBIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 start >/dev/null
    echo started
  fi
  psql_admin <<'SQL'
SELECT 'CREATE ROLE hwms LOGIN SUPERUSER PASSWORD ''hwms''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hwms')\gexec
SELECT 'CREATE DATABASE hwms OWNER hwms' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'hwms')\gexec
-- PostGIS's high function costs make PostgreSQL JIT-compile and parallelise short queries, which only costs time
ALTER SYSTEM SET jit = off;
-- parallel workers cost ~20 ms to start, more than the site's short spatial queries take (ADR 0004)
ALTER SYSTEM SET max_parallel_workers_per_gather = 0;
SELECT pg_reload_conf() \g /dev/null
SQL
}

stop() {
  if [ -f "$DATA/PG_VERSION" ] && as_pg "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    as_pg "$PGBIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
    echo "PostgreSQL stopped."
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) [ -f "$DATA/PG_VERSION" ] && as_pg "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1 ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
