#!/usr/bin/env bash
# Totals the counters of every .trx file under $1 into one line: "N passed, N failed[, N skipped]".
# A run that executed nothing prints "0 passed, 0 failed" and fails.
set -euo pipefail
dir="${1:?results folder}"
passed=0 failed=0 skipped=0
shopt -s nullglob globstar
for trx in "$dir"/**/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  value() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted) + $(value inconclusive)))
done
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$passed" -gt 0 ] && [ "$failed" -eq 0 ]
