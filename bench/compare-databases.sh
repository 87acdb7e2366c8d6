#!/usr/bin/env bash
# Festival on SQLite, on PostgreSQL, and as two instances sharing PostgreSQL, side by side in one run.
#   bench/compare-databases.sh [REPETITIONS] [USERS] [CONCURRENCY] [PAGE_REQUESTS]      defaults: 3 200 8 10
# Every configuration is served the way it is deployed: nginx ends TLS and proxies to the instance(s) on plain HTTP
# on 127.0.0.1 (scripts/nginx/festival-loopback.conf), so each pays the same proxy and TLS cost:
#   sqlite-1   one instance on a fresh SQLite file
#   pg-1       one instance on a fresh PostgreSQL database
#   pg-2       two instances on one fresh PostgreSQL database, nginx balancing between them
# Each repetition runs all three, in a rotating order, each from a fresh database with the same warm-up; the load
# driver registers USERS users through the form at CONCURRENCY, follows the redirect, then requests the signed-in
# page PAGE_REQUESTS times per user. The machine's capacity swings within minutes, so only ratios of neighbouring
# runs mean anything: the summary prints each configuration against sqlite-1 of the same repetition.
# "machine CPU" counts every process (instances, PostgreSQL, nginx, the driver), the only fair total across them.
# Needs PostgreSQL and nginx (scripts/install-test-dependencies.sh). Results: bench/results/databases/.
# SKIP_PUBLISH=1 reuses the last publish.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
reps=${1:-3}
users=${2:-200}
concurrency=${3:-8}
pages=${4:-10}
work=${DATABASES_DIR:-/tmp/festival-databases}
results=${FESTIVAL_RESULTS:-bench/results}/databases
mkdir -p "$work" "$results"
chmod 755 "$work"
rm -f "$results"/*.json

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$pgbin/initdb" ] || { echo "PostgreSQL is missing: scripts/install-test-dependencies.sh installs it" >&2; exit 1; }
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx_bin" ] || { echo "nginx is missing: scripts/install-test-dependencies.sh installs it" >&2; exit 1; }

pub="$work/pub"
if [ "${SKIP_PUBLISH:-0}" != 1 ] || [ ! -f "$pub/Festival.Web.dll" ]; then
  dotnet publish src/Festival.Web -c Release -o "$pub" >/dev/null
  dotnet build bench/Festival.LoadTest -c Release >/dev/null
fi

# One PostgreSQL server for the whole run (as the postgres user when run as root: initdb refuses root), one nginx
# certificate, one pristine SQLite file migrated by the app's own CLI.
pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
rm -rf "$work/pg" "$work/nginx"
mkdir -p "$work/pg" "$work/nginx/temp"
chmod 777 "$work/nginx/temp"
[ "$(id -u)" -ne 0 ] || chown postgres "$work/pg"
pgport=$(free_port)
pg "$pgbin/initdb" -D "$work/pg/data" -U festival --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
pg "$pgbin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w -o "-h 127.0.0.1 -p $pgport -k $work/pg" start >/dev/null
pg_connection="Host=127.0.0.1;Port=$pgport;Username=festival;Database=festival_bench"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" \
  -keyout "$work/nginx/key.pem" -out "$work/nginx/cert.pem" 2>/dev/null
rm -f "$work/sqlite-pristine.db"*
(cd "$pub" && ConnectionStrings__Festival="Data Source=$work/sqlite-pristine.db" ./Festival.Web db migrate >/dev/null)

pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
}
cleanup() { stop_all; pg "$pgbin/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1 || true; }
trap cleanup EXIT

instance() { # NAME: starts one instance with the exported database settings; prints "server 127.0.0.1:PORT ...;"
  local name=$1 port
  port=$(free_port)
  (cd "$pub" && exec ./Festival.Web --urls "http://127.0.0.1:$port") >"$work/$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.25; done
  curl -fs "http://127.0.0.1:$port/health" >/dev/null || { echo "$name did not start; see $work/$name.log" >&2; exit 1; }
  upstreams+="server 127.0.0.1:$port max_fails=1 fail_timeout=5s; "
}

run() { # CONFIG REP
  local config=$1 rep=$2 port instances=1 server_pid=()
  upstreams=""
  export ASPNETCORE_ENVIRONMENT=Production Festival__Proxy__KnownProxies__0=127.0.0.1
  export Festival__RateLimits__RegisterPerMinute=1000000 Festival__RateLimits__SignInPerMinute=1000000
  export Festival__Email__PickupFolder="$work/mail-pickup"
  rm -rf "$work/mail-pickup"
  case $config in
    sqlite-1)
      rm -f "$work/run.db"*
      cp "$work/sqlite-pristine.db" "$work/run.db"
      export Database__Provider=Sqlite ConnectionStrings__Festival="Data Source=$work/run.db" ;;
    pg-1|pg-2)
      "$pgbin/dropdb" --if-exists -h 127.0.0.1 -p "$pgport" -U festival festival_bench
      "$pgbin/createdb" -h 127.0.0.1 -p "$pgport" -U festival festival_bench
      export Database__Provider=PostgreSql ConnectionStrings__Festival="$pg_connection"
      (cd "$pub" && ./Festival.Web db migrate >/dev/null)
      [ "$config" = pg-1 ] || instances=2 ;;
  esac
  for i in $(seq 1 "$instances"); do instance "$config-$rep-instance-$i"; done
  # The driver reads one server's CPU; with two instances only the machine's total is comparable.
  [ "$instances" = 1 ] && server_pid=(--server-pid "${pids[0]}")
  port=$(free_port)
  sed -e "s|@PREFIX@|$work/nginx|g" -e "s|@PORT@|$port|g" -e "s|@CERT@|$work/nginx/cert.pem|g" \
    -e "s|@KEY@|$work/nginx/key.pem|g" -e "s|@UPSTREAMS@|$upstreams|g" \
    "$repo/scripts/nginx/festival-loopback.conf" >"$work/nginx/nginx.conf"
  "$nginx_bin" -c "$work/nginx/nginx.conf" -p "$work/nginx" &
  pids+=($!)
  dotnet run -c Release --no-build --project bench/Festival.LoadTest -- register --target festival \
    --url "https://127.0.0.1:$port" --certificate "$work/nginx/cert.pem" --no-forwarded-proto --users "$users" \
    --concurrency "$concurrency" --page-requests "$pages" "${server_pid[@]}" --label "$config repetition $rep" \
    --out "$results/$config-$rep.json" | tail -n 9
  stop_all
  (cd "$pub" && ./Festival.Web db check >/dev/null) || { echo "db check failed after $config repetition $rep" >&2; exit 1; }
}

configs=(sqlite-1 pg-1 pg-2)
echo "compare-databases: $reps repetitions x (${configs[*]}), $users registrations at concurrency $concurrency, $pages signed-in pages per user; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for rep in $(seq 1 "$reps"); do
  shift_by=$(( (rep - 1) % ${#configs[@]} ))
  order=("${configs[@]:$shift_by}" "${configs[@]:0:$shift_by}")
  for config in "${order[@]}"; do
    run "$config" "$rep"
  done
done

python3 bench/summarize-databases.py "$results" | tee "$results/summary.txt"
