#!/usr/bin/env bash
# Serves the app at http://127.0.0.1:8080 (release build, rebuilt on change); PORT=…
# serves it on another port. Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh serve
port="${PORT:-8080}"
# Trunk's watcher will not start while a folder Trunk.toml tells it to ignore is
# missing, and a fresh clone has neither of these until the first build or test.
mkdir -p target test-results
echo
echo "==> Serving Back & Hip Pain Checker at http://127.0.0.1:$port (Ctrl+C to stop)"
exec trunk serve --release --offline --address 127.0.0.1 --port "$port"
