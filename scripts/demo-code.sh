#!/usr/bin/env bash
# The code an authenticator app shows now for the demo programme leader (its key is public, like its password;
# Features/Demo/DemoAccounts.cs). Uses only python3's standard library (RFC 6238: HMAC-SHA1, 30 s, 6 digits).
set -euo pipefail
KEY=${1:-HWMSDEMOPROGRAMMALEIDERTOTPKEY23}
exec python3 - "$KEY" <<'PY'
import base64, hmac, struct, sys, time
key = base64.b32decode(sys.argv[1].replace(" ", "").upper())
digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), "sha1").digest()
offset = digest[-1] & 15
print("%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000))
PY
