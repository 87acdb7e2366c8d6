#!/usr/bin/env bash
# Festival against the stock ASP.NET Core Identity template, side by side in one run.
#   bench/compare-template.sh [REPETITIONS] [USERS] [CONCURRENCY] [PAGE_REQUESTS]      defaults: 3 200 8 10
# Generates `dotnet new webapp --auth Individual` in a temp folder, with the smallest change that gives new users a
# default role (bench/identity-template/: a UserManager that adds each new user to "User", the role created at start,
# and sign-in straight after registering instead of the template's email confirmation, as Festival is configured).
# Publishes both apps in Release and serves both over HTTPS with one self-signed certificate for 127.0.0.1. Each
# repetition runs both, alternately (F T, T F, F T, ...), each on a fresh database, with the same warm-up; the load
# driver registers USERS users through each app's form at CONCURRENCY, follows the redirect, then requests the
# signed-in page PAGE_REQUESTS times per user. The machine's capacity swings within minutes, so only the ratios of
# neighbouring runs mean anything: the summary prints them per repetition, their median and their spread.
# Results: bench/results/compare/ (one JSON per run, summary.txt). SKIP_PUBLISH=1 reuses the last publish.
set -euo pipefail
cd "$(dirname "$0")/.."
reps=${1:-3}
users=${2:-200}
concurrency=${3:-8}
pages=${4:-10}
work=${COMPARE_DIR:-/tmp/festival-compare}
results=${FESTIVAL_RESULTS:-bench/results}/compare
mkdir -p "$work" "$results"
rm -f "$results"/*.json

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# The stock template, generated afresh (outside the repository: our Directory.Build.props and central package
# versions must not apply to it), with the two changes above.
template="$work/StockIdentity"
if [ "${SKIP_PUBLISH:-0}" != 1 ]; then
  rm -rf "$template"
  dotnet new webapp --auth Individual --name StockIdentity --output "$template" >/dev/null
  cp bench/identity-template/DefaultRoleUserManager.cs "$template/"
  python3 bench/identity-template/patch-program.py "$template/Program.cs"
  dotnet publish "$template" -c Release -o "$work/template-pub" -warnaserror >/dev/null
  dotnet publish src/Festival.Web -c Release -o "$work/festival-pub" >/dev/null
  dotnet build bench/Festival.LoadTest -c Release >/dev/null
fi

# One certificate for both servers; the driver trusts exactly this one.
if [ ! -f "$work/cert.pem" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
fi

# Pristine databases, copied for each run: Festival's migrated by its own CLI, the template's as it ships (app.db).
rm -f "$work/festival-pristine.db"*
(cd "$work/festival-pub" && ConnectionStrings__Festival="Data Source=$work/festival-pristine.db" ./Festival.Web db migrate >/dev/null)
cp "$template/app.db" "$work/template-pristine.db"

server=
stop_server() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; server=; fi; }
trap stop_server EXIT

run() { # APP REP
  local app=$1 rep=$2 port db log
  port=$(free_port)
  db="$work/$app-run.db"
  log="$work/$app-$rep.log"
  rm -f "$db" "$db-wal" "$db-shm"
  rm -rf "$work/mail-pickup"
  local common=(ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="https://127.0.0.1:$port"
    Kestrel__Certificates__Default__Path="$work/cert.pem" Kestrel__Certificates__Default__KeyPath="$work/key.pem")
  if [ "$app" = festival ]; then
    cp "$work/festival-pristine.db" "$db"
    env "${common[@]}" ConnectionStrings__Festival="Data Source=$db" Festival__Email__PickupFolder="$work/mail-pickup" \
      Festival__RateLimits__RegisterPerMinute=1000000 Festival__RateLimits__SignInPerMinute=1000000 \
      bash -c 'cd "$0" && exec ./Festival.Web' "$work/festival-pub" >"$log" 2>&1 &
    target=festival
  else
    cp "$work/template-pristine.db" "$db"
    env "${common[@]}" ConnectionStrings__DefaultConnection="DataSource=$db;Cache=Shared" \
      bash -c 'cd "$0" && exec ./StockIdentity' "$work/template-pub" >"$log" 2>&1 &
    target=identity-template
  fi
  server=$!
  dotnet run -c Release --no-build --project bench/Festival.LoadTest -- register --target "$target" \
    --url "https://127.0.0.1:$port" --certificate "$work/cert.pem" --no-forwarded-proto --users "$users" \
    --concurrency "$concurrency" --page-requests "$pages" --server-pid "$server" --label "$app repetition $rep" \
    --out "$results/$app-$rep.json" | tail -n 9
  stop_server
}

echo "compare-template: $reps repetitions x (festival, template), $users registrations at concurrency $concurrency, $pages signed-in pages per user; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for rep in $(seq 1 "$reps"); do
  if [ $((rep % 2)) = 1 ]; then order="festival template"; else order="template festival"; fi
  for app in $order; do
    run "$app" "$rep"
  done
done

python3 bench/identity-template/summarize.py "$results" | tee "$results/summary.txt"
