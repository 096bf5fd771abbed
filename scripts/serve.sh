#!/usr/bin/env bash
# Serves the app at http://127.0.0.1:8080 (release build, rebuilt on change); PORT=…
# serves it on another port. Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh serve
port="${PORT:-8080}"
echo
echo "==> Serving Back & Hip Pain Checker at http://127.0.0.1:$port (Ctrl+C to stop)"
exec trunk serve --release --offline --address 127.0.0.1 --port "$port"
