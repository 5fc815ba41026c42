#!/usr/bin/env bash
# Bytes on the wire for the pages issue 22 §2 names, without and with compression:
#   scripts/wire-bytes.sh http://127.0.0.1:5080
# prints one row per answer: uncompressed bytes, gzip bytes, Brotli bytes, and Brotli as a share of uncompressed.
set -euo pipefail
base="${1:-http://127.0.0.1:5080}"
paths=("/" "/kaart" "/api/map/features?near=4.8932,52.3731&radius=5000")
size() { curl -s -o /dev/null -w '%{size_download}' -H "Accept-Encoding: $2" "$base$1"; }
encoding() { curl -s -o /dev/null -D - -H "Accept-Encoding: $2" "$base$1" | tr -d '\r' | awk -F': ' 'tolower($1)=="content-encoding"{print $2}'; }
printf '| answer | uncompressed | gzip | Brotli | Brotli/uncompressed | encodings sent |\n|---|---|---|---|---|---|\n'
for path in "${paths[@]}"; do
  plain=$(size "$path" identity); gz=$(size "$path" gzip); br=$(size "$path" br)
  printf '| `%s` | %s | %s | %s | %s %% | %s / %s |\n' "$path" "$plain" "$gz" "$br" "$(awk -v a="$br" -v b="$plain" 'BEGIN{printf "%.1f", 100*a/b}')" \
    "$(encoding "$path" gzip || true)" "$(encoding "$path" br || true)"
done
