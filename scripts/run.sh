#!/usr/bin/env bash
# `make run`: the site with demo data on http://127.0.0.1:5080 and a project-local PostGIS.
# Ctrl-C stops the site and whatever this script started.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

started_pg=no
mail_pid=""
cleanup() {
  trap - EXIT INT TERM
  if [ -n "$mail_pid" ]; then kill "$mail_pid" 2>/dev/null || true; fi
  if [ "$started_pg" = yes ]; then scripts/pg.sh stop; fi
}
trap cleanup EXIT INT TERM

[ "$(scripts/pg.sh start)" = started ] && started_pg=yes

# the local mail catcher: every mail the site sends shows on http://127.0.0.1:1080
if (exec 3<>/dev/tcp/127.0.0.1/1025) 2>/dev/null; then
  echo "Something already listens on 127.0.0.1:1025; using it as the mail server."
else
  tools/mailcatcher/node_modules/.bin/maildev --ip 127.0.0.1 --web-ip 127.0.0.1 --smtp 1025 --web 1080 --silent &
  mail_pid=$!
fi

# a Release build, as production runs it: a Debug build holds far more memory and answers slower (issue 22 §2)
dotnet build src/HoeWerktMijnStad.Web -c Release --nologo -v quiet -clp:ErrorsOnly

cat <<TXT

  Hoe Werkt Mijn Stad runs on  http://127.0.0.1:5080
  Database (PostGIS):          127.0.0.1:55432, database hwms, user hwms / hwms
  Mail catcher:                http://127.0.0.1:1080 (SMTP 127.0.0.1:1025)
  Demo accounts (password techniek-is-overal): docent@demo.hwms.nl, partner@demo.hwms.nl,
                               programmaleider@demo.hwms.nl
  The leader also needs a code (2FA). Add this key to any authenticator app ("enter a key"):
                               HWMS DEMO PROG RAMM ALEI DERT OTPK EY23
                               or make a code here: scripts/demo-code.sh
  Migrations and demo data are applied at start-up (once). Press Ctrl-C to stop.

TXT

ASPNETCORE_ENVIRONMENT=Development \
ConnectionStrings__Hwms="Host=127.0.0.1;Port=${HWMS_PG_PORT:-55432};Database=hwms;Username=hwms;Password=hwms" \
  dotnet run -c Release --no-build --no-launch-profile --project src/HoeWerktMijnStad.Web -- --urls "http://127.0.0.1:${HWMS_RUN_PORT:-5080}"
