#!/usr/bin/env bash
# Runs every test: the serve command, formatting and lints, the native engine tests,
# the component tests in headless Chromium, the release build with its size budget, and
# the end-to-end journeys against that build (and its release archive, served by nginx
# with the configuration made for it). Installs what it needs first. Stops at the first
# failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh test

step() { printf '\n==> %s\n' "$*"; }

# First, before anything here builds: on a fresh clone it runs as a person's first
# serve would. Its release build is the one the later steps reuse.
step "The serve command (scripts/serve.sh) serves the app"
node scripts/serve-check.mjs

step "Formatting (cargo fmt --check)"
cargo fmt --all -- --check

step "Lints (cargo clippy, warnings denied)"
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p backhip --lib --bins --tests --locked -- -D warnings

step "Engine, knowledge compiler and native app tests (cargo test)"
cargo test --workspace --locked

step "Component tests in headless Chromium (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown -p backhip --test browser --test browser_body_map --locked

step "Release build (trunk build --release --offline)"
rm -rf dist
trunk build --release --offline

step "Size of the release build (a first visit within 180 KB)"
node scripts/size.mjs dist

step "End-to-end journeys in headless Chromium (Playwright)"
cargo run --quiet --locked -p backhip-engine --bin assess -- questions > target/questions.json
npx playwright test
