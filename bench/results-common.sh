# Sourced by bench/adjudication-load.sh and bench/results-pdfs.sh (from the repository root, with $pub set): the
# published app's command line, the load driver, a free port, publishing, and stopping the server.
festival() { (cd "$pub" && ./Festival.Web "$@"); }
driver() { dotnet run -c Release --no-build --project bench/Festival.LoadTest -- "$@"; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# The Release server into $pub (SKIP_PUBLISH=1 reuses it) and the load driver.
publish_and_build() {
  if [ "${SKIP_PUBLISH:-0}" != 1 ]; then
    dotnet publish src/Festival.Web -c Release -o "$pub" >/dev/null
  fi
  dotnet build bench/Festival.LoadTest -c Release >/dev/null
}

# Stops the server started in the background as $server, and waits for it.
stop_server() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
}
