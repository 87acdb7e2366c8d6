#!/usr/bin/env bash
# One load run against the published Release server on a database seeded with SEEDED existing users.
#   dotnet publish src/Festival.Web -c Release -o /tmp/festival-pub
#   dotnet build bench/Festival.LoadTest -c Release
#   bench/run-load.sh SEEDED [USERS] [CONCURRENCY]     e.g. bench/run-load.sh 100000 400 8
# The server runs as in production (ASPNETCORE_ENVIRONMENT=Production) behind a simulated TLS-terminating proxy: the
# driver sends X-Forwarded-Proto: https and the server trusts it (Festival__Proxy__KnownProxies__0=127.0.0.1), so its
# Secure cookies and antiforgery checks behave as in production; the driver keeps cookies itself. Rate limits are
# raised, since every request comes from 127.0.0.1. Results go to bench/results/load-SEEDED.json.
set -euo pipefail
cd "$(dirname "$0")/.."
seeded=${1:?usage: bench/run-load.sh SEEDED [USERS] [CONCURRENCY]}
users=${2:-400}
concurrency=${3:-8}
pub=${FESTIVAL_PUB:-/tmp/festival-pub}
work=${FESTIVAL_BENCH_DIR:-/tmp/festival-bench}
results=${FESTIVAL_RESULTS:-bench/results}
mkdir -p "$work" "$results"
# The app reads appsettings.json from its content root, the current directory: run it from the publish folder.
festival() { (cd "$pub" && ./Festival.Web "$@"); }

# A pristine seeded database is made once and copied for each run, so every run starts from the same data.
pristine="$work/seed-$seeded.db"
if [ ! -f "$pristine" ]; then
  rm -f "$pristine" "$pristine-wal" "$pristine-shm"
  ConnectionStrings__Festival="Data Source=$pristine" festival db migrate
  if [ "$seeded" -gt 0 ]; then
    started=$(date +%s.%N)
    ConnectionStrings__Festival="Data Source=$pristine" festival db seed --users "$seeded"
    echo "seeding took $(echo "$(date +%s.%N) - $started" | bc) s"
  fi
  ConnectionStrings__Festival="Data Source=$pristine" festival db check
fi
db="$work/run-$seeded.db"
rm -f "$db" "$db-wal" "$db-shm"
cp "$pristine" "$db"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log="$work/server-$seeded.log"
ASPNETCORE_ENVIRONMENT=Production Festival__Proxy__KnownProxies__0=127.0.0.1 ASPNETCORE_URLS="http://127.0.0.1:$port" \
  Festival__RateLimits__RegisterPerMinute=1000000 Festival__RateLimits__SignInPerMinute=1000000 \
  ConnectionStrings__Festival="Data Source=$db" bash -c 'cd "$0" && exec ./Festival.Web' "$pub" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT

status=0
dotnet run -c Release --no-build --project bench/Festival.LoadTest -- --url "http://127.0.0.1:$port" --users "$users" \
  --concurrency "$concurrency" --server-pid "$server" --server-log "$log" --appsettings "$pub/appsettings.json" \
  --label "$seeded existing users" --out "$results/load-$seeded.json" || status=$?
kill "$server"
wait "$server" 2>/dev/null || true
ConnectionStrings__Festival="Data Source=$db" festival db check
exit "$status"
