#!/usr/bin/env bash
# Installs everything the tests need, then runs lint, format check, type check and the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh
npm ci --no-audit --no-fund --loglevel=error
npm run --silent typecheck
npm run --silent lint
npm run --silent format:check
npm test
