#!/usr/bin/env bash
# Minifies the browser search engine: site-templates/src/search.js (the readable source, edit this one) →
# site-templates/assets/search.js (what the site ships; generated, committed, do not edit by hand).
# terser is pinned in scripts/js/package.json + package-lock.json and installed with `npm ci` into scripts/js.
#
#   bash scripts/minify-js.sh           regenerate site-templates/assets/search.js
#   bash scripts/minify-js.sh --check   fail (exit 1) when the committed file is not the minified source (CI)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TOOLS=$ROOT/scripts/js
SRC=$ROOT/site-templates/src/search.js
OUT=$ROOT/site-templates/assets/search.js

if [ ! -x "$TOOLS/node_modules/.bin/terser" ]; then
  (cd "$TOOLS" && npm ci --no-audit --no-fund >/dev/null)
fi

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
# Compress and mangle local names; keep no comments but a one-line note where the source is.
printf '%s\n' "/* PowerList search engine, minified from site-templates/src/search.js by scripts/minify-js.sh (terser 5.44.1). Source and format: docs/search.md. */" >"$tmp"
"$TOOLS/node_modules/.bin/terser" "$SRC" --compress passes=2 --mangle --comments false >>"$tmp"
printf '\n' >>"$tmp"

if [ "${1:-}" = "--check" ]; then
  if cmp -s "$tmp" "$OUT"; then
    echo "site-templates/assets/search.js is the minified site-templates/src/search.js ($(wc -c <"$OUT") bytes)"
  else
    echo "site-templates/assets/search.js is out of date: run bash scripts/minify-js.sh" >&2
    exit 1
  fi
else
  cp "$tmp" "$OUT"
  echo "wrote site-templates/assets/search.js: $(wc -c <"$SRC") → $(wc -c <"$OUT") bytes"
fi
