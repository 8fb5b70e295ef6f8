#!/usr/bin/env bash
# Installs Parapet's dependencies and scans the shipped example estate.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh
npm ci --no-audit --no-fund --loglevel=error
npm run --silent build
node dist/cli/main.js scan examples/breach-scenarios "$@"
