#!/usr/bin/env bash
# Festival's one test command: installs what the tests need, builds, runs every test project,
# and ends with one line "N passed, N failed[, N skipped]" totalled over all of them.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-test-dependencies.sh

dotnet tool restore >/dev/null
dotnet build Festival.sln -c Release -warnaserror -nologo -clp:ErrorsOnly

results="$PWD/TestResults"
rm -rf "$results"
status=0
for project in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build --nologo --logger "trx;LogFileName=$name.trx" \
    --results-directory "$results" || status=$?
done

scripts/summarize-trx.sh "$results"
exit "$status"
