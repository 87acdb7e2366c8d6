#!/usr/bin/env bash
# Online entry under load against the published Release server: FAMILIES families (default 500) sign in, then each adds a
# child, puts 3 entries into its basket, submits and reads its invoice, CONCURRENCY (default 16) at a time; then the
# syllabus browser (GET /api/syllabus and /Syllabus, a mix of searches) on a syllabus of CLASSES (default 1000) classes.
#   dotnet publish src/Festival.Web -c Release -o /tmp/festival-pub
#   dotnet build bench/Festival.LoadTest -c Release
#   bench/run-entries.sh [FAMILIES] [CONCURRENCY]      e.g. nice -n -20 bench/run-entries.sh 500 16
# On a shared machine the kernel shares the CPU between sessions first (autogroup), so nice alone ranks processes only
# within this session: as root, raise the session too (echo -20 > /proc/self/autogroup) before running it.
# The database is a fresh SQLite file: migrated, FAMILIES + WARMUP accounts seeded (db seed), a season with entries open
# (no dates) and the generated syllabus imported through the command line. The server runs as in run-load.sh
# (Production, simulated TLS-terminating proxy, raised sign-in limit). Results: bench/results/entries-FAMILIES.{json,txt}.
set -euo pipefail
cd "$(dirname "$0")/.."
families=${1:-500}
concurrency=${2:-16}
classes=${FESTIVAL_CLASSES:-1000}
warmup=${FESTIVAL_WARMUP:-24}
requests=${FESTIVAL_SYLLABUS_REQUESTS:-2000}
pub=${FESTIVAL_PUB:-/tmp/festival-pub}
work=${FESTIVAL_BENCH_DIR:-/tmp/festival-bench}
results=${FESTIVAL_RESULTS:-bench/results}
mkdir -p "$work" "$results"
out="$results/entries-$families"
# The app reads appsettings.json from its content root, the current directory: run it from the publish folder.
festival() { (cd "$pub" && ./Festival.Web "$@"); }
seconds_since() { echo "$(date +%s.%N) - $1" | bc; }

{
echo "# online entry: $families families x 3 entries at concurrency $concurrency, $classes classes, $(date -u +%FT%TZ)"
echo "# before: $(uptime)"

# A pristine database is made once and copied for each run, so every run starts from the same data.
pristine="$work/entries-$families-$classes.db"
if [ ! -f "$pristine" ]; then
  rm -f "$pristine" "$pristine-wal" "$pristine-shm"
  export ConnectionStrings__Festival="Data Source=$pristine"
  festival db migrate
  started=$(date +%s.%N)
  festival db seed --users $((families + warmup))
  echo "seeding $((families + warmup)) accounts took $(seconds_since "$started") s"
  dotnet run -c Release --project bench/Festival.SampleData -- syllabus "$classes" "$work/syllabus-$classes.csv"
  festival season create 2027 --age-date 2027-01-01
  started=$(date +%s.%N)
  festival syllabus import "$work/syllabus-$classes.csv"
  echo "importing the syllabus took $(seconds_since "$started") s"
  festival db check
  unset ConnectionStrings__Festival
fi
db="$work/entries-run-$families.db"
rm -f "$db" "$db-wal" "$db-shm"
cp "$pristine" "$db"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log="$work/server-entries-$families.log"
ASPNETCORE_ENVIRONMENT=Production Festival__Proxy__KnownProxies__0=127.0.0.1 ASPNETCORE_URLS="http://127.0.0.1:$port" \
  Festival__RateLimits__RegisterPerMinute=1000000 Festival__RateLimits__SignInPerMinute=1000000 \
  ConnectionStrings__Festival="Data Source=$db" bash -c 'cd "$0" && exec ./Festival.Web' "$pub" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT

status=0
dotnet run -c Release --no-build --project bench/Festival.LoadTest -- entries --url "http://127.0.0.1:$port" --users "$families" \
  --concurrency "$concurrency" --warmup "$warmup" --syllabus-requests "$requests" --age-date 2027-01-01 --db "$db" \
  --server-pid "$server" --server-log "$log" --label "$families families, $classes classes" --out "$out.json" || status=$?
kill "$server"
wait "$server" 2>/dev/null || true
ConnectionStrings__Festival="Data Source=$db" festival db check || status=$?
echo "# after: $(uptime)"
exit "$status"
} 2>&1 | tee "$out.txt"
exit "${PIPESTATUS[0]}"
