#!/usr/bin/env bash
# `make test`: every test project against the project-local PostGIS, then one closing line
# "N passed, N failed" (", N skipped" when any) over the whole run.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

started_pg=no
cleanup() {
  if [ "$started_pg" = yes ]; then scripts/pg.sh stop >/dev/null; fi
}
trap cleanup EXIT

state=$(scripts/pg.sh start) || { echo "Could not start the project-local PostGIS." >&2; exit 1; }
[ "$state" = started ] && started_pg=yes
PORT="${HWMS_PG_PORT:-55432}"
export HWMS_TEST_DB="Host=127.0.0.1;Port=$PORT;Database=postgres;Username=hwms;Password=hwms"
# databases left by an earlier, interrupted run
PGPASSWORD=hwms psql -X -q -h 127.0.0.1 -p "$PORT" -U hwms -d postgres -At \
  -c "SELECT 'DROP DATABASE \"' || datname || '\" WITH (FORCE);' FROM pg_database WHERE datname LIKE 'hwms\_t\_%'" \
  | PGPASSWORD=hwms psql -X -q -h 127.0.0.1 -p "$PORT" -U hwms -d postgres >/dev/null

echo "Building…"
dotnet build HoeWerktMijnStad.sln --nologo -v quiet -clp:ErrorsOnly || exit 1

echo "Checking that the model has no changes without a migration…"
if ! dotnet ef migrations has-pending-model-changes --no-build \
    --project migrations/HoeWerktMijnStad.Migrations >/dev/null 2>.data/pending-model.log; then
  cat .data/pending-model.log >&2
  echo "The EF model has changes that no migration records: run 'make migration NAME=…'." >&2
  exit 1
fi

log=$(mktemp)
status=0
for project in UnitTests ComponentTests IntegrationTests BrowserTests; do
  echo "== $project"
  # minimal: quiet on success, each failure with its message and stack trace
  dotnet test "tests/HoeWerktMijnStad.$project" --no-build --nologo -v quiet --logger "console;verbosity=minimal" 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" = 0 ] || status=1
done

# every benchmark in its smoke mode: a tiny dataset, a few requests, the same correctness checks (timings printed,
# never asserted), so a bench that no longer runs or no longer checks out fails the build
for bench in map bookings monthclose feeds; do
  echo "== Benchmark $bench (smoke)"
  dotnet bench/HoeWerktMijnStad.Bench/bin/Debug/net10.0/HoeWerktMijnStad.Bench.dll "$bench" --smoke || { status=1; echo "The $bench benchmark failed its checks (see above)." >&2; }
done

# the HTTP load run in its smoke mode: the published site, one node and two behind nginx, every answer a success
echo "== Load run (smoke)"
bench/load.sh --smoke || { status=1; echo "The load run saw errors (see above)." >&2; }

# "Passed!  - Failed:     0, Passed:    42, Skipped:     0, Total:    42, Duration: ..."
read -r passed failed skipped < <(grep -E '^(Passed|Failed)! +- Failed:' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
rm -f "$log"
if [ "$status" != 0 ] && [ "$failed" = 0 ]; then failed=1; echo "A test run did not finish (see above)." >&2; fi
line="$passed passed, $failed failed"
[ "$skipped" != 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$status" = 0 ] && [ "$failed" = 0 ]
