#!/usr/bin/env bash
# Adjudicators saving as they type, against the published Release server over HTTPS.
#   bench/adjudication-load.sh [--minutes M] [--adjudicators N] [--interval-ms MS]      defaults: 10 minutes, 100, 2000
# Publishes the app (SKIP_PUBLISH=1 reuses FESTIVAL_PUB), makes a fresh SQLite file: migrated, N accounts seeded
# (db seed), season 2027 (season create) and, through the load driver's results-setup, a festival day of N sessions,
# each with its own adjudicator (seeded account i, Adjudicator role) and 2 classes of 4 entries. Serves it as in
# production (ASPNETCORE_ENVIRONMENT=Production) on HTTPS with a self-signed certificate for 127.0.0.1, which the
# driver trusts. The driver's adjudicate mode signs each adjudicator in with its own cookie and saves a result every
# 2 s (PUT /api/adjudicate/results/{entryId}, the next version, a mark and growing comments), replays an older version
# halfway for every tenth adjudicator, then reads every result back through the API and from the file: no save lost.
# Results: bench/results/adjudication-N-Mmin.{json,txt}. Exit 0 only with no error, no lost save and p99 < 200 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=10
adjudicators=100
interval=2000
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes=$2; shift 2 ;;
    --adjudicators) adjudicators=$2; shift 2 ;;
    --interval-ms) interval=$2; shift 2 ;;
    *) echo "usage: $0 [--minutes M] [--adjudicators N] [--interval-ms MS]" >&2; exit 2 ;;
  esac
done
pub=${FESTIVAL_PUB:-/tmp/festival-pub}
work=${FESTIVAL_BENCH_DIR:-/tmp/festival-bench}/adjudication
results=${FESTIVAL_RESULTS:-bench/results}
mkdir -p "$work" "$results"
out="$results/adjudication-$adjudicators-${minutes}min"
source bench/results-common.sh

{
echo "# adjudication: $adjudicators adjudicators saving every $interval ms for $minutes min, $(date -u +%FT%TZ)"
echo "# before: $(uptime)"
publish_and_build

if [ ! -f "$work/cert.pem" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
fi

db="$work/adjudication-$adjudicators.db"
rm -f "$db" "$db-wal" "$db-shm"
export ConnectionStrings__Festival="Data Source=$db"
festival db migrate >/dev/null
festival db seed --users "$adjudicators"
festival season create 2027 --age-date 2027-01-01
driver results-setup --db "$db" --sessions "$adjudicators" --classes-per-session 2 --entries-per-class 4
unset ConnectionStrings__Festival

port=$(free_port)
log="$work/server-$adjudicators.log"
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="https://127.0.0.1:$port" \
  Kestrel__Certificates__Default__Path="$work/cert.pem" Kestrel__Certificates__Default__KeyPath="$work/key.pem" \
  Festival__RateLimits__SignInPerMinute=1000000 Festival__Email__PickupFolder="$work/mail-pickup" \
  ConnectionStrings__Festival="Data Source=$db" bash -c 'cd "$0" && exec ./Festival.Web' "$pub" >"$log" 2>&1 &
server=$!
trap stop_server EXIT

status=0
driver adjudicate --url "https://127.0.0.1:$port" --certificate "$work/cert.pem" --no-forwarded-proto \
  --users "$adjudicators" --minutes "$minutes" --interval-ms "$interval" --db "$db" \
  --server-pid "$server" --server-log "$log" --label "$adjudicators adjudicators, $minutes min" --out "$out.json" || status=$?
stop_server
ConnectionStrings__Festival="Data Source=$db" festival db check || status=$?
echo "# after: $(uptime)"
exit "$status"
} 2>&1 | tee "$out.txt"
exit "${PIPESTATUS[0]}"
