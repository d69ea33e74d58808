#!/usr/bin/env bash
# bench/search: our search index against Pagefind (npm pagefind 1.6.0, its extended binary for Chinese) on the same
# pages: the real Karamay rows (lists/_sources/karamay-2024) up to 1,033 entries, beyond that the N entries of
# `powerlist generate --seed 1` (new texts in the real wording, not copies), one HTML page per entry.
# Prints build time and peak memory, index size and file count, then per query (fresh Chromium context, cold cache)
# bytes fetched and time until the top 10 results' data is loaded, and recall@10 on a query set with names,
# substrings of names, traditional-character names, two-term queries and codes.
#
#   bash bench/search/run.sh [N] [WORKDIR] [--no-pagefind]
# Needs: .NET 10 SDK, /usr/bin/chromium, npm (for pagefind; installed into WORKDIR/node_modules).
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-1550}"
WORK="${2:-/tmp/powerlist-search-bench}"
PAGEFIND=1
[ "${3:-}" = "--no-pagefind" ] && PAGEFIND=0
REAL="${REALDATA:-lists/_sources/karamay-2024}"
SITE="$WORK/site-$N"
BIN=bench/search/SearchBench/bin/Release/net10.0/SearchBench

dotnet build -c Release bench/search/SearchBench -v q -nologo >/dev/null
rm -rf "$SITE"; mkdir -p "$SITE"

echo "== ours: index $N entries"
/usr/bin/time -f "ours: process wall %e s, peak RSS %M KB" "$BIN" index "$REAL" "$N" "$SITE" site-templates
echo "ours: $(du -sb "$SITE/search-index" | cut -f1) bytes, $(find "$SITE/search-index" -type f | wc -l) files, largest $(find "$SITE/search-index" -type f -printf '%s\n' | sort -n | tail -1) bytes"

if [ "$PAGEFIND" = 1 ]; then
  if [ ! -x "$WORK/node_modules/@pagefind/linux-x64/bin/pagefind_extended" ]; then
    (cd "$WORK" && npm install --no-audit --no-fund --silent pagefind@1.6.0 >/dev/null)
  fi
  echo "== pagefind (extended): index $N pages"
  /usr/bin/time -f "pagefind: process wall %e s, peak RSS %M KB" "$WORK/node_modules/@pagefind/linux-x64/bin/pagefind_extended" --site "$SITE" --quiet
  echo "pagefind: $(du -sb "$SITE/pagefind" | cut -f1) bytes, $(find "$SITE/pagefind" -type f | wc -l) files, largest $(find "$SITE/pagefind" -type f -printf '%s\n' | sort -n | tail -1) bytes"
fi

"$BIN" queries "$REAL" "$N" "$WORK/queries-$N.txt"
echo "== queries in Chromium ($(wc -l < "$WORK/queries-$N.txt") queries)"
"$BIN" measure "$SITE" "$WORK/queries-$N.txt" | tee "$WORK/measure-$N.txt" | sed -n '/^| engine/,$p'
