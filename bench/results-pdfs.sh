#!/usr/bin/env bash
# Publishing results and delivering every results email, with its comment sheets and certificates, through the outbox.
#   bench/results-pdfs.sh [--entries N]      default 10000 (a multiple of 100)
# Publishes the app (SKIP_PUBLISH=1 reuses FESTIVAL_PUB), makes a fresh SQLite file: migrated, N/100 adjudicator and
# N/2 family accounts seeded (db seed), season 2027 (season create) and, through the load driver's results-setup,
# N/100 sessions of 10 classes of 10 entries, every entry submitted by a family (2 each), marked with about 700
# characters of comments, the first three of each class placed, every class submitted. Starts the Release server
# (Production) with emails written to a pickup folder, then the driver's results-outbox mode runs `results publish` and
# waits while the server's outbox dispatcher writes every email's PDFs and delivers it; it reports the time per PDF
# and checks that every email arrived once with its attachments. Results: bench/results/results-pdfs-N.{json,txt}.
set -euo pipefail
cd "$(dirname "$0")/.."
entries=10000
while [ $# -gt 0 ]; do
  case "$1" in
    --entries) entries=$2; shift 2 ;;
    *) echo "usage: $0 [--entries N]" >&2; exit 2 ;;
  esac
done
if [ $((entries % 100)) -ne 0 ] || [ "$entries" -lt 100 ]; then
  echo "--entries must be a multiple of 100" >&2
  exit 2
fi
sessions=$((entries / 100))
families=$((entries / 2))
pub=${FESTIVAL_PUB:-/tmp/festival-pub}
work=${FESTIVAL_BENCH_DIR:-/tmp/festival-bench}/results-pdfs
results=${FESTIVAL_RESULTS:-bench/results}
mkdir -p "$work" "$results"
out="$results/results-pdfs-$entries"
source bench/results-common.sh

{
echo "# results through the outbox: $entries entries, $(date -u +%FT%TZ)"
echo "# before: $(uptime)"
publish_and_build

db="$work/results-$entries.db"
rm -f "$db" "$db-wal" "$db-shm"
rm -rf "$work/pickup"
export ConnectionStrings__Festival="Data Source=$db"
festival db migrate >/dev/null
festival db seed --users $((sessions + families))
festival season create 2027 --age-date 2027-01-01
driver results-setup --db "$db" --sessions "$sessions" --classes-per-session 10 --entries-per-class 10 --families "$families" --results
unset ConnectionStrings__Festival

port=$(free_port)
log="$work/server-$entries.log"
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" Festival__Email__Delivery=Pickup \
  Festival__Email__PickupFolder="$work/pickup" ConnectionStrings__Festival="Data Source=$db" \
  bash -c 'cd "$0" && exec ./Festival.Web' "$pub" >"$log" 2>&1 &
server=$!
trap stop_server EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null && break
  sleep 0.5
done

status=0
driver results-outbox --exe "$pub/Festival.Web" --db "$db" --pickup "$work/pickup" --server-pid "$server" --server-log "$log" \
  --label "$entries entries" --out "$out.json" || status=$?
stop_server
echo "# after: $(uptime)"
exit "$status"
} 2>&1 | tee "$out.txt"
exit "${PIPESTATUS[0]}"
