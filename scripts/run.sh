#!/usr/bin/env bash
# `make run`: the site with demo data on http://127.0.0.1:5080 and a project-local PostGIS.
# Ctrl-C stops the site and whatever this script started.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

started_pg=no
cleanup() {
  trap - EXIT INT TERM
  if [ "$started_pg" = yes ]; then scripts/pg.sh stop; fi
}
trap cleanup EXIT INT TERM

[ "$(scripts/pg.sh start)" = started ] && started_pg=yes

cat <<TXT

  Hoe Werkt Mijn Stad runs on  http://127.0.0.1:5080
  Database (PostGIS):          127.0.0.1:55432, database hwms, user hwms / hwms
  Migrations and demo data are applied at start-up (once). Press Ctrl-C to stop.

TXT

ASPNETCORE_ENVIRONMENT=Development \
ConnectionStrings__Hwms="Host=127.0.0.1;Port=55432;Database=hwms;Username=hwms;Password=hwms" \
  dotnet run --no-build --no-launch-profile --project src/HoeWerktMijnStad.Web -- --urls http://127.0.0.1:5080
