#!/usr/bin/env bash
# Where a form registration's server CPU goes: a sampling trace of Festival under the registration load.
#   bench/compare-template.sh first (it publishes the server and makes the certificate), then
#   bench/profile-registration.sh [USERS] [CONCURRENCY]                                        defaults: 200 8
# Serves the published Release server over HTTPS on a fresh database, warms it up with 24 registrations, then
# records `dotnet-trace collect --profile dotnet-sampled-thread-time` (a tool of dotnet-tools.json) while the load
# driver registers USERS users through the form (GET, POST, redirect target) and requests /Dashboard. The trace is
# converted to speedscope and bench/trace-buckets.py sums the samples that were running (not waiting) by phase.
# Also counts the database commands of one registration, by request, from EF Core's command log.
# Results: bench/results/profile/ (load.txt, buckets.txt, commands.txt; the traces stay in the work folder).
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-200}
concurrency=${2:-8}
work=${COMPARE_DIR:-/tmp/festival-compare}
results=${FESTIVAL_RESULTS:-bench/results}/profile
pub="$work/festival-pub"
mkdir -p "$results"
dotnet tool restore >/dev/null

server=
stop_server() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; server=; fi; }
trap stop_server EXIT

start_server() { # LOG [extra environment...]
  local log=$1
  shift
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  rm -f "$work/profile.db"* && cp "$work/festival-pristine.db" "$work/profile.db"
  rm -rf "$work/profile-mail"
  env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="https://127.0.0.1:$port" \
    Kestrel__Certificates__Default__Path="$work/cert.pem" Kestrel__Certificates__Default__KeyPath="$work/key.pem" \
    ConnectionStrings__Festival="Data Source=$work/profile.db" Festival__Email__PickupFolder="$work/profile-mail" \
    Festival__RateLimits__RegisterPerMinute=1000000 Festival__RateLimits__SignInPerMinute=1000000 "$@" \
    bash -c 'cd "$0" && exec ./Festival.Web' "$pub" >"$log" 2>&1 &
  server=$!
}

drive() { # USERS WARMUP
  dotnet run -c Release --no-build --project bench/Festival.LoadTest -- register --target festival --url "https://127.0.0.1:$port" \
    --certificate "$work/cert.pem" --no-forwarded-proto --users "$1" --warmup "$2" --concurrency "$concurrency" --server-pid "$server"
}

# 1. The trace.
start_server "$work/profile.log"
drive 24 0 >/dev/null
# Job control on for the tracer only: a background job of a script otherwise ignores the SIGINT that stops it.
set -m
dotnet dotnet-trace collect -p "$server" --profile dotnet-sampled-thread-time -o "$work/registration.nettrace" >/dev/null &
tracer=$!
set +m
sleep 3
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
before=$(cpu_ticks)
drive "$users" 0 | tee "$results/load.txt"
# The server's CPU over the traced run (registrations and their signed-in pages), to turn sample shares into ms.
cpu_ms=$(( ($(cpu_ticks) - before) * 10 ))
kill -INT -- "-$tracer"
wait "$tracer" || true
stop_server
dotnet dotnet-trace convert --format speedscope -o "$work/registration" "$work/registration.nettrace" >/dev/null
python3 bench/trace-buckets.py "$work/registration.speedscope.json" "$users" "$cpu_ms" | tee "$results/buckets.txt"

# 2. The database commands of one registration (the second, so nothing is first-time), by request.
start_server "$work/commands.log" Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information \
  Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Transaction=Debug Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics=Information
drive 1 1 >/dev/null
sleep 2
stop_server
python3 bench/trace-buckets.py --commands "$work/commands.log" | tee "$results/commands.txt"
