#!/usr/bin/env bash
# `make cluster`: two Release nodes of the site against the same PostGIS, behind Debian's nginx (DESIGN.md §9, issue 22 §3).
#   scripts/cluster.sh          start everything, print the addresses, stop it all on Ctrl-C
#   scripts/cluster.sh start    start in the background (bench/load.sh uses this); prints the addresses
#   scripts/cluster.sh stop     stop what `start` started
# nginx listens on 127.0.0.1:5080 and spreads requests over node A (5081) and node B (5082); only the Blazor circuit
# (/_blazor) is sticky, by client address, since an interactive island's connection lives on one node. The nodes run
# the published build (`dotnet publish -c Release`, with its Brotli and gzip copies of the static assets) in
# Production, migrate once before they start, and share everything else through PostgreSQL: Data Protection keys,
# Hangfire's locks, the outbox and the notices that empty their page caches.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
DIR="$ROOT/.data/cluster"
PUBLISH="$ROOT/.data/publish"
PG_PORT="${HWMS_PG_PORT:-55432}"
DB="${HWMS_CLUSTER_DB:-hwms}"
PROXY_PORT="${HWMS_CLUSTER_PORT:-5080}"
NODE_PORTS=("${HWMS_NODE_A_PORT:-5081}" "${HWMS_NODE_B_PORT:-5082}")
CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Database=$DB;Username=hwms;Password=hwms"

stop() {
  for pidfile in "$DIR"/*.pid; do
    [ -f "$pidfile" ] || continue
    kill "$(cat "$pidfile")" 2>/dev/null || true
    rm -f "$pidfile"
  done
  if [ -f "$DIR/pg-started" ]; then rm -f "$DIR/pg-started"; scripts/pg.sh stop >/dev/null; fi
}

NODE_ENV=(env ASPNETCORE_ENVIRONMENT=Production DOTNET_NOLOGO=1
  ConnectionStrings__Hwms="$CONNECTION"
  Smtp__Host="${Smtp__Host:-127.0.0.1}" Smtp__Port="${Smtp__Port:-1025}"
  Proxy__HttpsOnly=false Proxy__KnownProxies=127.0.0.1
  Logging__LogLevel__Default=Warning)

start() {
  mkdir -p "$DIR"
  stop
  [ "$(scripts/pg.sh start)" = started ] && touch "$DIR/pg-started"
  echo "Publishing a Release build…"
  dotnet publish src/HoeWerktMijnStad.Web -c Release -o "$PUBLISH" --nologo -v quiet -clp:ErrorsOnly >/dev/null
  PGPASSWORD=hwms psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U hwms -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
    || PGPASSWORD=hwms psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U hwms -d postgres -c "CREATE DATABASE \"$DB\""
  # one migration (and the demo data, once) before the nodes start, so two nodes never migrate at the same time
  (cd "$PUBLISH" && "${NODE_ENV[@]}" Database__LoadDemoData="${HWMS_DEMO_DATA:-true}" dotnet HoeWerktMijnStad.Web.dll migrate >"$DIR/migrate.log" 2>&1) \
    || { cat "$DIR/migrate.log" >&2; exit 1; }
  local names=(a b)
  for i in 0 1; do
    (cd "$PUBLISH" && exec "${NODE_ENV[@]}" dotnet HoeWerktMijnStad.Web.dll --urls "http://127.0.0.1:${NODE_PORTS[$i]}") \
      >"$DIR/node-${names[$i]}.log" 2>&1 &
    echo $! >"$DIR/node-${names[$i]}.pid"
  done
  write_nginx_config
  /usr/sbin/nginx -c "$DIR/nginx.conf" -p "$DIR" >"$DIR/nginx.out" 2>&1 &
  echo $! >"$DIR/nginx.pid"
  for port in "${NODE_PORTS[@]}" "$PROXY_PORT"; do
    for _ in $(seq 1 120); do
      curl -sf -o /dev/null "http://127.0.0.1:$port/health" && break
      sleep 0.5
    done
    curl -sf -o /dev/null "http://127.0.0.1:$port/health" || { echo "Port $port does not answer /health; see $DIR." >&2; tail -n 20 "$DIR"/*.log >&2; exit 1; }
  done
  cat <<TXT

  Hoe Werkt Mijn Stad, two nodes behind nginx:  http://127.0.0.1:$PROXY_PORT
  Node A: http://127.0.0.1:${NODE_PORTS[0]}   Node B: http://127.0.0.1:${NODE_PORTS[1]}   (logs in .data/cluster)
  Database: 127.0.0.1:$PG_PORT, database $DB

TXT
}

write_nginx_config() {
  local user=""
  [ "$(id -u)" = 0 ] && user="user root;"
  cat >"$DIR/nginx.conf" <<CONF
$user
worker_processes 1;
daemon off;
pid $DIR/nginx.pid.run;
error_log $DIR/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $DIR/client_body;
    proxy_temp_path $DIR/proxy;
    fastcgi_temp_path $DIR/fastcgi;
    uwsgi_temp_path $DIR/uwsgi;
    scgi_temp_path $DIR/scgi;
    map \$http_upgrade \$connection_upgrade { default upgrade; '' ''; }
    # every request to either node, in turn; a node that refuses connections is skipped
    upstream hwms {
        server 127.0.0.1:${NODE_PORTS[0]} max_fails=1 fail_timeout=5s;
        server 127.0.0.1:${NODE_PORTS[1]} max_fails=1 fail_timeout=5s;
        keepalive 64;
    }
    # the Blazor circuit of an interactive island lives on one node: its negotiation and its WebSocket go to the
    # node this client's address hashes to
    upstream hwms_circuit {
        hash \$remote_addr consistent;
        server 127.0.0.1:${NODE_PORTS[0]};
        server 127.0.0.1:${NODE_PORTS[1]};
    }
    server {
        listen 127.0.0.1:$PROXY_PORT;
        server_name _;
        # a node that fails to answer (stopped, restarting) is skipped for idempotent requests and for a POST that
        # never reached it; a POST that a node received is never sent twice
        proxy_next_upstream error timeout http_502 http_503;
        location /_blazor {
            proxy_pass http://hwms_circuit;
            proxy_http_version 1.1;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
            proxy_read_timeout 120s;
        }
        include $ROOT/deploy/nginx/hwms-proxy.conf;
    }
}
CONF
}

case "${1:-run}" in
  start) start ;;
  stop) stop ;;
  run)
    trap stop EXIT INT TERM
    start
    echo "Press Ctrl-C to stop."
    wait
    ;;
  *) echo "usage: scripts/cluster.sh [start|stop]" >&2; exit 2 ;;
esac
