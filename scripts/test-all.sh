#!/usr/bin/env bash
# npm test: everything a change must pass, in the order that fails fastest.
#   typecheck → unit tests → build both browsers → web-ext lint (errors fail,
#   warnings do not) → end-to-end tests in Chromium and Firefox.
# E2E_BROWSERS=chromium (or firefox) limits the end-to-end run to one browser.
set -euo pipefail
cd "$(dirname "$0")/.."

step() {
  local name=$1
  shift
  local t0=$SECONDS
  echo
  echo "━━ ${name}"
  "$@"
  echo "━━ ${name}: ok ($((SECONDS - t0)) s)"
}

start=$SECONDS
step "typecheck (tsc --noEmit)" npx tsc --noEmit
step "unit tests (vitest)" npx vitest run
step "build (chrome-mv3, firefox-mv2)" npm run --silent build
# web-ext lint exits non-zero when it finds errors; warnings leave it at 0.
step "web-ext lint .output/firefox-mv2" npm run --silent lint
step "end-to-end tests (Chromium, Firefox)" npm run --silent test:e2e
echo
echo "All checks passed in $((SECONDS - start)) s."
