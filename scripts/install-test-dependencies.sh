#!/usr/bin/env bash
# Everything the tests need beyond the .NET SDK, installed if missing:
#   chromium  for tests/Festival.Browser.Tests, which drive Debian's Chromium at /usr/bin/chromium
#             (or the executable in FESTIVAL_CHROMIUM). Playwright's own browser download is never used.
set -euo pipefail

install_hint="Install it: sudo apt-get install -y chromium (Debian/Ubuntu), or set FESTIVAL_CHROMIUM to a Chromium executable."

if [ -n "${FESTIVAL_CHROMIUM:-}" ]; then
  if [ ! -x "$FESTIVAL_CHROMIUM" ]; then
    echo "FESTIVAL_CHROMIUM=$FESTIVAL_CHROMIUM is not an executable file. Point it at Chromium, or unset it and install Chromium at /usr/bin/chromium: sudo apt-get install -y chromium" >&2
    exit 1
  fi
elif [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Chromium for the browser tests (apt-get install chromium)..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq -o Dpkg::Use-Pty=0 chromium >/dev/null
  fi
  if [ ! -x /usr/bin/chromium ]; then
    echo "The browser tests need Chromium at /usr/bin/chromium, and it is missing. $install_hint" >&2
    exit 1
  fi
fi

echo "Test dependencies are ready."
