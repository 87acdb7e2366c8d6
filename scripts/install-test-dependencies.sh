#!/usr/bin/env bash
# Everything the tests need beyond the .NET SDK, installed if missing:
#   chromium    for tests/Festival.Browser.Tests, which drive Debian's Chromium at /usr/bin/chromium
#               (or the executable in FESTIVAL_CHROMIUM). Playwright's own browser download is never used.
#   postgresql  the server binaries (/usr/lib/postgresql/N/bin): the tests start their own throw-away server on
#               127.0.0.1 (the packaged cluster is not used, and need not run).
#   nginx       the two-instance test puts nginx, started by the test on 127.0.0.1, in front of two app instances.
set -euo pipefail

apt_updated=false
apt_install() {
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    return 0
  fi
  export DEBIAN_FRONTEND=noninteractive
  if [ "$apt_updated" = false ]; then
    apt-get update -qq
    apt_updated=true
  fi
  echo "Installing $* for the tests (apt-get install)..."
  apt-get install -y -qq -o Dpkg::Use-Pty=0 "$@" >/dev/null
}

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt_install postgresql
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "The database tests need PostgreSQL's server binaries (/usr/lib/postgresql/N/bin/initdb). Install them: sudo apt-get install -y postgresql" >&2
    exit 1
  fi
fi

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  apt_install nginx
  if [ ! -x /usr/sbin/nginx ]; then
    echo "The two-instance test needs nginx at /usr/sbin/nginx. Install it: sudo apt-get install -y nginx" >&2
    exit 1
  fi
fi

install_hint="Install it: sudo apt-get install -y chromium (Debian/Ubuntu), or set FESTIVAL_CHROMIUM to a Chromium executable."

if [ -n "${FESTIVAL_CHROMIUM:-}" ]; then
  if [ ! -x "$FESTIVAL_CHROMIUM" ]; then
    echo "FESTIVAL_CHROMIUM=$FESTIVAL_CHROMIUM is not an executable file. Point it at Chromium, or unset it and install Chromium at /usr/bin/chromium: sudo apt-get install -y chromium" >&2
    exit 1
  fi
elif [ ! -x /usr/bin/chromium ]; then
  apt_install chromium
  if [ ! -x /usr/bin/chromium ]; then
    echo "The browser tests need Chromium at /usr/bin/chromium, and it is missing. $install_hint" >&2
    exit 1
  fi
fi

echo "Test dependencies are ready."
