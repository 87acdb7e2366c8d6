#!/usr/bin/env bash
# Two Festival instances sharing one PostgreSQL database behind nginx, all on this machine and 127.0.0.1 only:
#   scripts/run-two-instances.sh            then open the https:// address it prints (a self-signed certificate)
# Needs PostgreSQL, nginx and openssl (scripts/install-test-dependencies.sh installs them). Everything lives in a
# throw-away folder (FESTIVAL_TWO_DIR, default a new temp folder) and stops on Ctrl-C. The app is published there
# first unless FESTIVAL_PUB names a published folder.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work=${FESTIVAL_TWO_DIR:-$(mktemp -d /tmp/festival-two.XXXXXX)}
mkdir -p "$work"
chmod 755 "$work"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$pgbin/initdb" ] || { echo "PostgreSQL is missing: apt-get install -y postgresql (or scripts/install-test-dependencies.sh)" >&2; exit 1; }
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "nginx is missing: apt-get install -y nginx" >&2; exit 1; }
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

pub=${FESTIVAL_PUB:-$work/app}
if [ ! -f "$pub/Festival.Web.dll" ]; then
  echo "Publishing Festival to $pub ..."
  dotnet publish src/Festival.Web -c Release -o "$pub" -nologo -v quiet >/dev/null
fi

# PostgreSQL: initdb refuses to run as root, so as root the server runs as the postgres user.
pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pgport=$(free_port)
mkdir -p "$work/pg"
[ "$(id -u)" -ne 0 ] || chown postgres "$work/pg"
pg "$pgbin/initdb" -D "$work/pg/data" -U festival --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
pg "$pgbin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w -o "-h 127.0.0.1 -p $pgport -k $work/pg" start >/dev/null
pids=()
cleanup() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  pg "$pgbin/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  echo "Stopped; files are in $work."
  exit 0
}
trap cleanup EXIT INT TERM
"$pgbin/createdb" -h 127.0.0.1 -p "$pgport" -U festival festival

export ASPNETCORE_ENVIRONMENT=Production
export Database__Provider=PostgreSql
export ConnectionStrings__Festival="Host=127.0.0.1;Port=$pgport;Username=festival;Database=festival"
export Festival__Proxy__KnownProxies__0=127.0.0.1
export Festival__Email__PickupFolder="$work/mail-pickup"

# Migrations first, once; then the instances (each would also migrate at start, finding nothing to do).
(cd "$pub" && dotnet Festival.Web.dll db migrate)

upstreams=""
for name in a b; do
  port=$(free_port)
  (cd "$pub" && exec dotnet Festival.Web.dll --urls "http://127.0.0.1:$port") >"$work/instance-$name.log" 2>&1 &
  pids+=($!)
  upstreams+="server 127.0.0.1:$port max_fails=1 fail_timeout=5s; "
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
  curl -fs "http://127.0.0.1:$port/health" >/dev/null || { echo "instance $name did not start; see $work/instance-$name.log" >&2; exit 1; }
  echo "instance $name: http://127.0.0.1:$port (pid ${pids[-1]}, log $work/instance-$name.log)"
done

# nginx with a self-signed certificate for localhost and 127.0.0.1.
mkdir -p "$work/nginx/temp"
chmod 777 "$work/nginx/temp"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -keyout "$work/nginx/key.pem" -out "$work/nginx/cert.pem" 2>/dev/null
port=$(free_port)
sed -e "s|@PREFIX@|$work/nginx|g" -e "s|@PORT@|$port|g" -e "s|@CERT@|$work/nginx/cert.pem|g" -e "s|@KEY@|$work/nginx/key.pem|g" \
  -e "s|@UPSTREAMS@|$upstreams|g" "$repo/scripts/nginx/festival-loopback.conf" >"$work/nginx/nginx.conf"
"$nginx_bin" -c "$work/nginx/nginx.conf" -p "$work/nginx" &
pids+=($!)
for _ in $(seq 1 50); do curl -fsk "https://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done

echo "Festival behind nginx: https://127.0.0.1:$port/   (PostgreSQL on 127.0.0.1:$pgport, files in $work)"
echo "Make an admin: cd $pub && Database__Provider=PostgreSql ConnectionStrings__Festival='$ConnectionStrings__Festival' dotnet Festival.Web.dll roles add EMAIL Admin"
echo "Ctrl-C stops everything."
wait
