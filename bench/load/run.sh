#!/usr/bin/env bash
# bench/load: fresh and warm (serve's in-memory reuse) load and validate of a lists folder, plus the raw cost of
# reading, hashing and decoding every list file. Prints wall and CPU seconds per step; with POWERLIST_TIMINGS=1
# also the parts (read, parse, bind, validation rules) summed over threads.
#   bash bench/load/run.sh LISTS [FILE] [EDITS=3]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build bench/load/LoadBench -c Release -v q -nologo >/dev/null
exec dotnet bench/load/LoadBench/bin/Release/net10.0/LoadBench.dll "$@"
