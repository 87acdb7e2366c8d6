#!/usr/bin/env bash
# Every figure in docs/performance.md, in one go (about 6 minutes on the 2-core machine). Run it on a quiet machine.
#   bench/run-all.sh [USERS] [CONCURRENCY]
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-600}
concurrency=${2:-8}
pub=${FESTIVAL_PUB:-/tmp/festival-pub}
results=${FESTIVAL_RESULTS:-bench/results}
mkdir -p "$results"

uptime
dotnet publish src/Festival.Web -c Release -o "$pub" -nologo -clp:ErrorsOnly
dotnet build bench/Festival.LoadTest -c Release -nologo -clp:ErrorsOnly
dotnet build bench/Festival.Benchmarks -c Release -nologo -clp:ErrorsOnly

uptime
bench/run-load.sh 1000 "$users" "$concurrency" | tee "$results/load-1000.txt"
uptime
bench/run-load.sh 100000 "$users" "$concurrency" | tee "$results/load-100000.txt"
uptime
bench/cold-start.sh 5 | tee "$results/cold-start.txt"
uptime
FESTIVAL_RESULTS="$results" bench/run-entries.sh 500 16
uptime
dotnet run -c Release --no-build --project bench/Festival.Benchmarks -- --filter '*' --artifacts "$results/benchmarks" | tee "$results/benchmarks.txt"
uptime
dotnet run -c Release --project bench/Festival.SchedulingBench -- --runs 3 | tee "$results/scheduling.txt"
uptime
