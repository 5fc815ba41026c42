#!/usr/bin/env bash
# HTTP load on the published site with wrk (Debian), issue 22 §4; see bench/README.md.
#   bench/load.sh            one node, then the cluster (two nodes behind nginx); 50 connections, 30 s per page
#   bench/load.sh --smoke    the same pages, 4 connections for 2 s each: checks every answer is 2xx, no socket errors
# Each run starts the cluster with scripts/cluster.sh (its own database, demo data) and stops it afterwards. The
# static floor is a stylesheet served by the same nodes in the same run. Prints one Markdown table per target and
# exits non-zero when any answer was an error. Timings are printed, never asserted.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
smoke=no
[ "${1:-}" = --smoke ] && smoke=yes
connections=50 duration=30s
[ $smoke = yes ] && connections=4 duration=2s
# ports of their own, derived from the worktree's PostgreSQL port, so parallel worktrees (and make run) do not collide
base=$(( ${HWMS_PG_PORT:-55432} - 49000 ))
export HWMS_CLUSTER_PORT="${HWMS_CLUSTER_PORT:-$base}" HWMS_NODE_A_PORT="${HWMS_NODE_A_PORT:-$((base + 1))}" HWMS_NODE_B_PORT="${HWMS_NODE_B_PORT:-$((base + 2))}"
export HWMS_CLUSTER_DB="${HWMS_CLUSTER_DB:-hwms_bench_load}"
PG_PORT="${HWMS_PG_PORT:-55432}"
command -v wrk >/dev/null || { echo "wrk is not installed: run 'make test-deps'." >&2; exit 1; }

trap 'scripts/cluster.sh stop' EXIT
scripts/cluster.sh start >/dev/null
slug=$(PGPASSWORD=hwms psql -X -h 127.0.0.1 -p "$PG_PORT" -U hwms -d "$HWMS_CLUSTER_DB" -tAc "SELECT slug FROM partners ORDER BY id LIMIT 1")
css=$(curl -s "http://127.0.0.1:$HWMS_NODE_A_PORT/" | grep -o 'assets/site\.[a-z0-9]*\.css' | head -n 1)
pages=(
  "home page|/"
  "map page|/kaart"
  "partner page|/partners/$slug"
  "activities, filtered|/aanbod?niveau=po&soort=bedrijfsbezoek"
  "map API, district viewport|/api/map/features?bbox=4.90,52.345,4.96,52.375"
  "static floor (site.css)|/$css"
)

errors=0
run() { # target-name base-url
  echo
  echo "### $1 ($connections connections, $duration per page, wrk -t2, Accept-Encoding: br, gzip)"
  echo
  echo "| page | req/s | p50 ms | p99 ms | errors |"
  echo "|---|---|---|---|---|"
  for entry in "${pages[@]}"; do
    local name=${entry%%|*} path=${entry#*|}
    local out
    out=$(wrk -t2 -c"$connections" -d"$duration" --latency -H 'Accept-Encoding: br, gzip' "$2$path" 2>&1)
    local rps p50 p99 non2xx socket
    rps=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx or 3xx responses/ {print $NF}' <<<"$out")
    socket=$(awk -F'[ ,]+' '/Socket errors/ {print $4+$6+$8+$10}' <<<"$out")
    local bad=$(( ${non2xx:-0} + ${socket:-0} ))
    errors=$(( errors + bad ))
    printf '| %s `%s` | %s | %s | %s | %s |\n' "$name" "$path" "$rps" "$(ms "$p50")" "$(ms "$p99")" "$bad"
  done
}
ms() { # wrk prints 812.00us, 12.34ms or 1.20s
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}

# a warm-up pass (JIT, pools, caches) that is not reported
for entry in "${pages[@]}"; do
  for port in "$HWMS_NODE_A_PORT" "$HWMS_NODE_B_PORT"; do wrk -t1 -c2 -d1s "http://127.0.0.1:$port${entry#*|}" >/dev/null 2>&1 || true; done
done
run "one node (A, direct)" "http://127.0.0.1:$HWMS_NODE_A_PORT"
run "cluster (nginx, nodes A and B)" "http://127.0.0.1:$HWMS_CLUSTER_PORT"
echo
for n in a b; do
  echo "node $n resident memory after the run: $(( $(ps -o rss= -p "$(cat .data/cluster/node-$n.pid)") / 1024 )) MB"
done
if [ "$errors" != 0 ]; then
  echo "The load run saw $errors error answers or socket errors." >&2
  exit 1
fi
