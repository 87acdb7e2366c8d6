#!/usr/bin/env bash
# Adds migration NAME for every provider, each in its own folder:   scripts/add-migration.sh NAME
# or for the providers named (a provider's first migration):         scripts/add-migration.sh NAME PostgreSql
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh NAME [Sqlite|SqlServer|PostgreSql ...]}
shift
providers=("$@")
[ ${#providers[@]} -gt 0 ] || providers=(Sqlite SqlServer PostgreSql)
dotnet tool restore >/dev/null
for p in "${providers[@]}"; do
  dotnet ef migrations add "$name" --context ${p}FestivalDbContext --output-dir Persistence/Migrations/$p --namespace Festival.Infrastructure.Persistence.Migrations.$p --project src/Festival.Infrastructure --startup-project src/Festival.Infrastructure | tail -1
done
# dotnet ef places the model snapshot by namespace; keep it beside its migrations.
if [ -d src/Festival.Infrastructure/Festival ]; then
  for p in "${providers[@]}"; do
    if [ -d src/Festival.Infrastructure/Festival/Infrastructure/Persistence/Migrations/$p ]; then
      mv src/Festival.Infrastructure/Festival/Infrastructure/Persistence/Migrations/$p/*.cs src/Festival.Infrastructure/Persistence/Migrations/$p/
    fi
  done
  rm -rf src/Festival.Infrastructure/Festival
fi
