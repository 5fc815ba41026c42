#!/usr/bin/env bash
# The benchmarks on the project-local PostGIS (make test runs it in smoke mode); see bench/README.md.
#   scripts/bench.sh [map] [iterations]                      the map API (`make bench`)
#   scripts/bench.sh bookings [clients] [requests per client]  booking under load (`make bench-bookings`)
#   scripts/bench.sh monthclose [repetitions]                  the month close at scale (`make bench-month-close`)
#   scripts/bench.sh feeds [iterations]                        a calendar feed of 100 visits (`make bench-feeds`)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
started_pg=no
cleanup() { if [ "$started_pg" = yes ]; then scripts/pg.sh stop >/dev/null; fi; }
trap cleanup EXIT
[ "$(scripts/pg.sh start)" = started ] && started_pg=yes
export HWMS_TEST_DB="Host=127.0.0.1;Port=${HWMS_PG_PORT:-55432};Database=postgres;Username=hwms;Password=hwms"
dotnet run -c Release --project bench/HoeWerktMijnStad.Bench -- "$@"
