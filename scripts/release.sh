#!/usr/bin/env bash
# Makes a release archive a webmaster can deploy without any toolchain:
# backhip-<version>-<build date>.zip holding
#   site/           the checker's files (the release build)
#   config/         the host configurations made for this build: netlify-cloudflare/_headers,
#                   nginx/backhip.conf, apache/.htaccess (scripts/host-config.mjs)
#   check-config.sh tells whether a configuration carries this build's
#                   Content-Security-Policy (scripts/check-config.sh)
#   SHA256SUMS      the SHA-256 of every other file of the archive
#
#   scripts/release.sh [--dist DIR] [--out DIR] [--base /sub/path/]
# --dist takes an existing release build instead of building one; --out is where the
# archive goes (default: target/release-archive); --base the address the _headers and
# nginx configurations are made for (default /, README "Put it on your website").
set -euo pipefail
cd "$(dirname "$0")/.."

dist="" out="target/release-archive" base="/"
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --base) base="$2"; shift 2 ;;
    *) echo "usage: scripts/release.sh [--dist DIR] [--out DIR] [--base /sub/path/]" >&2; exit 1 ;;
  esac
done

if [ -z "$dist" ]; then
  source scripts/setup.sh serve
  rm -rf dist
  trunk build --release --offline
  dist="dist"
fi
[ -f "$dist/index.html" ] && [ -f "$dist/version.json" ] ||
  { echo "release: $dist is not a release build (no index.html or version.json)" >&2; exit 1; }

version="$(node -e 'const v = require(process.argv[1]); console.log(`${v.version}-${v.built.replaceAll("-", "")}`)' "$(realpath "$dist/version.json")")"
name="backhip-$version"
mkdir -p "$out"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
root="$stage/$name"
mkdir -p "$root"
cp -R "$dist" "$root/site"
node scripts/host-config.mjs "$root/site" "$root/config" --base "$base" >/dev/null
cp scripts/check-config.sh "$root/check-config.sh"
for config in "$root"/config/*/* "$root"/config/*/.htaccess; do
  sh "$root/check-config.sh" "$config" "$root/site/index.html" >/dev/null
done
(cd "$root" && find . -type f ! -name SHA256SUMS | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum > SHA256SUMS)

archive="$(realpath "$out")/$name.zip"
rm -f "$archive"
(cd "$stage" && zip -q -r -X "$archive" "$name")
echo "release: $archive"
