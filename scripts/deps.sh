#!/usr/bin/env bash
# Installs what `make run` and `make test` need and a fresh Debian machine with the .NET SDK lacks.
#   scripts/deps.sh        PostGIS, npm packages, dotnet tools
#   scripts/deps.sh test   the same, plus Chromium, a real SMTP server (aiosmtpd), nginx (the TLS proxy test, make cluster), wrk (the load run),
#                          GDAL (the OGC API's client), zbar-tools and librsvg2-bin (the QR sticker tests) and an OpenAPI validator (npm)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

packages=()
ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1 || packages+=(postgresql-15 postgresql-15-postgis-3)
if [ "${1:-}" = test ]; then
  [ -x /usr/bin/chromium ] || packages+=(chromium)
  /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || packages+=(python3-aiosmtpd)
  [ -x /usr/sbin/nginx ] || packages+=(nginx)
  # the HTTP load tool of bench/load.sh (make test runs it in smoke mode)
  [ -x /usr/bin/wrk ] || packages+=(wrk)
  # GDAL's OAPIF driver: a real GIS client for the OGC API tests
  [ -x /usr/bin/ogrinfo ] || packages+=(gdal-bin)
  # a real QR decoder for the van sticker tests, and an SVG renderer to give it the SVG sticker as pixels
  [ -x /usr/bin/zbarimg ] || packages+=(zbar-tools)
  [ -x /usr/bin/rsvg-convert ] || packages+=(librsvg2-bin)
fi
if [ ${#packages[@]} -gt 0 ]; then
  echo "Installing ${packages[*]} from Debian's packages…"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  # Debian starts a default cluster on 5432; we use our own, project-local one.
  $sudo systemctl disable --now postgresql >/dev/null 2>&1 || true
  # Likewise Debian's nginx on port 80: the proxy test runs its own, with its own config, as a child process.
  if [[ " ${packages[*]} " == *" nginx "* ]]; then
    $sudo systemctl disable --now nginx >/dev/null 2>&1 || true
    [ -f /run/nginx.pid ] && $sudo /usr/sbin/nginx -s quit >/dev/null 2>&1 || true
  fi
fi

npm_ci() {
  local dir="$ROOT/$1"
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}
npm_ci wwwroot-assets
# the OpenAPI validator for the OGC API tests
[ "${1:-}" = test ] && npm_ci tools/openapi-check
# the mail catcher is for `make run` only; the tests run their own SMTP server
[ "${1:-}" = test ] || npm_ci tools/mailcatcher
(cd "$ROOT" && dotnet tool restore >/dev/null)
