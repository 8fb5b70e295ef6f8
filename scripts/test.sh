#!/usr/bin/env bash
# Installs everything the tests need, then runs the type check, lint, format check and every test.
#   Node 24 (scripts/node-env.sh), npm packages, and the test peers: moto's AWS emulator,
#   a throwaway PostgreSQL on loopback, and OPA for Rego policies.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh
npm ci --no-audit --no-fund --loglevel=error
bash scripts/setup-moto.sh
bash scripts/setup-opa.sh
# The cluster lives outside the checkout: the `postgres` user it runs as may not reach a clone under /root.
export PARAPET_PG_DIR="${PARAPET_PG_DIR:-$(mktemp -d /tmp/parapet-pg.XXXXXX)}"
eval "$(bash scripts/setup-postgres.sh)"
trap 'bash scripts/setup-postgres.sh stop || true' EXIT
export PATH="$PWD/.tools/bin:$PATH"
npm run --silent typecheck
npm run --silent lint
npm run --silent format:check
npm test
