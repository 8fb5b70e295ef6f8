#!/usr/bin/env bash
# Installs the Open Policy Agent CLI under .tools/bin for Rego policies and their tests.
# OPA is a Go program: it is built from its module through the Go module proxy, so the only
# requirement is a Go toolchain (>= the version OPA's go.mod asks for). Idempotent.
set -euo pipefail
OPA_VERSION="${OPA_VERSION:-v1.22.4}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$root/.tools/bin"
if [ -x "$bin/opa" ] && "$bin/opa" version 2>/dev/null | grep -q "^Version: ${OPA_VERSION#v}$"; then
  exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  echo "setup-opa: needs a Go toolchain (https://go.dev/dl/) to build OPA ${OPA_VERSION}" >&2
  exit 1
fi
mkdir -p "$bin"
echo "setup-opa: building OPA ${OPA_VERSION} into .tools/bin (takes a few minutes the first time)" >&2
# CGO off: a static binary that runs wherever the tests run.
CGO_ENABLED=0 GOBIN="$bin" go install "github.com/open-policy-agent/opa@${OPA_VERSION}"
"$bin/opa" version | head -1
