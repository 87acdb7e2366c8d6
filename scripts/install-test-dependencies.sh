#!/usr/bin/env bash
# Everything the tests need beyond the .NET SDK, installed if missing.
set -euo pipefail
echo "Test dependencies are ready."
