#!/usr/bin/env bash
# `make bench`: the map API benchmark on the project-local PostGIS (not part of make test).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
started_pg=no
cleanup() { if [ "$started_pg" = yes ]; then scripts/pg.sh stop >/dev/null; fi; }
trap cleanup EXIT
[ "$(scripts/pg.sh start)" = started ] && started_pg=yes
export HWMS_TEST_DB="Host=127.0.0.1;Port=55432;Database=postgres;Username=hwms;Password=hwms"
dotnet run -c Release --project bench/HoeWerktMijnStad.Bench -- "$@"
