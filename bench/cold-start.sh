#!/usr/bin/env bash
# Cold start of the published Release server (Production environment): process start to the first 200 on /health,
# on an empty database (created and migrated during start-up) and on one holding 100,000 seeded users.
#   bench/cold-start.sh [RUNS]    (needs /tmp/festival-pub, and the 100,000-user database made by bench/run-load.sh 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
pub=${FESTIVAL_PUB:-/tmp/festival-pub}
work=${FESTIVAL_BENCH_DIR:-/tmp/festival-bench}
results=${FESTIVAL_RESULTS:-bench/results}
mkdir -p "$work" "$results"

dotnet run -c Release --no-build --project bench/Festival.LoadTest -- cold-start --exe "$pub/Festival.Web" \
  --db "$work/cold-empty.db" --empty --runs "$runs" --label "empty database" --out "$results/cold-start-empty.json"

if [ -f "$work/seed-100000.db" ]; then
  rm -f "$work/cold-100000.db" "$work/cold-100000.db-wal" "$work/cold-100000.db-shm"
  cp "$work/seed-100000.db" "$work/cold-100000.db"
  dotnet run -c Release --no-build --project bench/Festival.LoadTest -- cold-start --exe "$pub/Festival.Web" \
    --db "$work/cold-100000.db" --runs "$runs" --label "100,000 users" --out "$results/cold-start-100000.json"
else
  echo "no $work/seed-100000.db yet: run bench/run-load.sh 100000 first" >&2
fi
