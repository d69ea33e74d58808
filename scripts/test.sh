#!/usr/bin/env bash
# The test command: builds the solution and runs every test project (unit, CLI, golden, browser).
# Prints one closing line "N passed, N failed, N skipped" summed over all projects.
set -uo pipefail
cd "$(dirname "$0")/.."
results="$(mktemp -d)"
dotnet test PowerList.sln --logger "trx;LogFilePrefix=run" --results-directory "$results" "$@"
status=$?
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
done
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
rm -rf "$results"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
exit "$status"
