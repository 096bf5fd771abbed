#!/usr/bin/env bash
# Installs what building, serving and testing need, and skips what is already there.
#   scripts/setup.sh serve   Rust wasm target, Trunk, wasm-bindgen CLI, wasm-opt
#   scripts/setup.sh test    the same, plus Chromium, ChromeDriver, nginx, zip and unzip
#                            and the test packages
# Meant to be sourced by serve.sh and test.sh (it puts node_modules/.bin on PATH),
# but it can be run on its own.
set -euo pipefail

mode="${1:-test}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"

say() { printf '\n==> %s\n' "$*"; }
die() {
  printf '\nsetup: %s\n' "$*" >&2
  exit 1
}

have() { command -v "$1" >/dev/null 2>&1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif have sudo && sudo -n true 2>/dev/null; then
    sudo "$@"
  else
    return 1
  fi
}

apt_install() {
  # Installs Debian/Ubuntu packages, or says what to install by hand.
  local packages=("$@")
  if ! have apt-get; then
    die "this system has no apt-get. Install these by hand, then run the command again: ${packages[*]} (Chromium at /usr/bin/chromium, ChromeDriver at /usr/bin/chromedriver)."
  fi
  if [ "$(id -u)" != 0 ] && ! (have sudo && sudo -n true 2>/dev/null); then
    die "installing ${packages[*]} needs root. Run: sudo apt-get update && sudo apt-get install -y ${packages[*]} — then run the command again."
  fi
  say "Installing ${packages[*]} (apt-get)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${packages[@]}" >/dev/null
}

# --- Rust -------------------------------------------------------------------
have cargo || die "Rust is not installed. Install it with rustup (https://rustup.rs), then run the command again."
export PATH="$HOME/.cargo/bin:$PATH"

if have rustup; then
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      say "Adding $component"
      rustup component add "$component"
    fi
  done
else
  rustc --print target-list >/dev/null
  [ -d "$(rustc --print sysroot)/lib/rustlib/wasm32-unknown-unknown" ] ||
    die "the wasm32-unknown-unknown target is missing and there is no rustup to add it."
fi

# --- Trunk ------------------------------------------------------------------
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing Trunk $TRUNK_VERSION (cargo install; the first time takes a while)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# --- wasm-bindgen CLI: exactly the version in Cargo.lock -----------------------
wbg_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$root/Cargo.lock")"
[ -n "$wbg_version" ] || die "cannot find the wasm-bindgen version in Cargo.lock"
grep -q "wasm_bindgen = \"$wbg_version\"" "$root/Trunk.toml" ||
  die "Trunk.toml pins a wasm_bindgen version other than Cargo.lock's $wbg_version: make them the same."
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wbg_version" ] ||
  [ "$(wasm-bindgen-test-runner --version 2>/dev/null || true)" != "wasm-bindgen-test-runner $wbg_version" ]; then
  say "Installing wasm-bindgen-cli $wbg_version (cargo install; the first time takes a while)"
  # No --locked: its lock file names a crate version the registry may not serve.
  cargo install wasm-bindgen-cli --version "$wbg_version" --force
fi

# --- Node packages: wasm-opt (binaryen), Playwright ---------------------------
if ! have node || ! have npm; then
  apt_install nodejs npm
fi
if [ ! -f "$root/node_modules/.package-lock.json" ] ||
  [ "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]; then
  say "Installing the Node packages (npm ci)"
  (cd "$root" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
fi
# Our wasm-opt first: an older one on PATH (Debian's binaryen) cannot read what rustc emits.
export PATH="$root/node_modules/.bin:$PATH"
[ "$(wasm-opt --version)" = "wasm-opt version 132 (version_132)" ] ||
  die "wasm-opt on PATH is not version 132: $(command -v wasm-opt)"

# --- Browser (tests only) -------------------------------------------------------
if [ "$mode" = test ]; then
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  # The release archive (zip) served by nginx with its generated configuration.
  have nginx || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
  have zip || missing+=(zip)
  have unzip || missing+=(unzip)
  if [ ${#missing[@]} -gt 0 ]; then
    apt_install "${missing[@]}"
  fi
  export CHROMEDRIVER=/usr/bin/chromedriver
  export CHROME_PATH=/usr/bin/chromium
fi
