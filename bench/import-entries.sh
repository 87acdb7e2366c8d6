#!/usr/bin/env bash
# Times an entries import of ROWS rows (default 5000) through the real command line on a fresh SQLite file: the preview
# (--dry-run) and the commit, each a separate process, with their peak memory. Writes bench/results/import-ROWS.txt.
#   bench/import-entries.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-5000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/Festival.Web -c Release -nologo -v q >/dev/null
dotnet run -c Release --project bench/Festival.SampleData -- entries "$rows" "$work/entries.csv" >/dev/null
app=src/Festival.Web/bin/Release/net10.0
export ConnectionStrings__Festival="Data Source=$work/festival.db"
out=bench/results/import-$rows.txt
mkdir -p bench/results
{
  echo "# entries import of $rows rows, $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  (cd "$app" && dotnet Festival.Web.dll season create 2027 >/dev/null && dotnet Festival.Web.dll syllabus import "$OLDPWD/samples/2027/syllabus.csv" | head -2)
  for mode in --dry-run commit; do
    args=(entries import "$work/entries.csv")
    [ "$mode" = --dry-run ] && args+=(--dry-run)
    echo "## $mode"
    (cd "$app" && /usr/bin/time -f "wall %e s, user %U s, system %S s, peak memory %M KiB" dotnet Festival.Web.dll "${args[@]}" 2>&1 \
      | grep -E "^(entries|  (Entries|People|Pieces)|wall|Committed|Dry run)|ImportFileCommand took" )
  done
} | tee "$out"
