#!/usr/bin/env bash
# Installs what the tests need, from Debian: Chromium (driven by Microsoft.Playwright with
# ExecutablePath=/usr/bin/chromium; no `playwright install`), CJK fonts and nginx. Idempotent: does nothing when present.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
# nginx: the browser tests also serve the built site with deploy/nginx.conf (tests/PowerList.BrowserTests/NginxServer.cs).
[ -x /usr/sbin/nginx ] || need+=(nginx)
# wrk: the preview server load test (bench/serve-load).
command -v wrk >/dev/null 2>&1 || need+=(wrk)
# node + npm: scripts/minify-js.sh (terser, pinned in scripts/js) checks the shipped search.js in CI.
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)

if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends "${need[@]}"
fi

/usr/bin/chromium --version 2>/dev/null || true
/usr/sbin/nginx -v 2>&1 || true
