#!/usr/bin/env bash
# Adds migration NAME for both providers (each keeps its own folder): scripts/add-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for p in Sqlite SqlServer; do
  dotnet ef migrations add "$1" --context ${p}FestivalDbContext --output-dir Persistence/Migrations/$p --namespace Festival.Infrastructure.Persistence.Migrations.$p --project src/Festival.Infrastructure --startup-project src/Festival.Infrastructure | tail -1
done
# dotnet ef places the model snapshot by namespace; keep it beside its migrations.
if [ -d src/Festival.Infrastructure/Festival ]; then
  for p in Sqlite SqlServer; do mv src/Festival.Infrastructure/Festival/Infrastructure/Persistence/Migrations/$p/*.cs src/Festival.Infrastructure/Persistence/Migrations/$p/; done
  rm -rf src/Festival.Infrastructure/Festival
fi
