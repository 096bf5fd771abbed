#!/bin/sh
# Checks that a host configuration (_headers, an nginx block, .htaccess) allows the
# loader script of this build's index.html: its hash in the Content-Security-Policy
# changes with every release, and a configuration left from an earlier release makes
# the checker's Start button do nothing. Exits with 1 and says so for a stale one.
#   sh check-config.sh CONFIG [index.html]   (index.html: site/index.html beside this script)
set -eu
config="${1:?usage: sh check-config.sh CONFIG [index.html]}"
page="${2:-$(dirname "$0")/site/index.html}"

# The sha256-… sources of every Content-Security-Policy line of a file, sorted.
hashes() {
  grep -i 'Content-Security-Policy' "$1" | grep -o "'sha256-[A-Za-z0-9+/=]*'" | sort -u || true
}
build="$(hashes "$page")"
given="$(hashes "$config")"
if [ -z "$build" ]; then
  echo "check-config: $page has no Content-Security-Policy with a script hash" >&2
  exit 2
fi
if [ -z "$(grep -i 'Content-Security-Policy' "$config" || true)" ]; then
  echo "check-config: $config sets no Content-Security-Policy" >&2
  exit 1
fi
if [ "$build" != "$given" ]; then
  echo "check-config: $config is not for this build: its Content-Security-Policy allows" >&2
  echo "  ${given:-no script hash}" >&2
  echo "but $page needs" >&2
  echo "  $build" >&2
  echo "Use the configuration from this release's archive." >&2
  exit 1
fi
echo "check-config: $config carries this build's Content-Security-Policy"
