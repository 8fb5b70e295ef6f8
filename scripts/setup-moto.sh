#!/usr/bin/env bash
# Installs moto's server (an AWS API emulator, a test peer only) into .tools/moto.
# Idempotent: a venv that already imports moto.server is left alone.
# Tests of the live AWS collectors find the binary at .tools/moto/bin/moto_server.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.tools/moto"
if [ -x "$venv/bin/moto_server" ] && "$venv/bin/python" -c "import moto.server" >/dev/null 2>&1; then
  exit 0
fi
python="${PYTHON:-python3}"
"$python" -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check "moto[server]>=5,<6"
"$venv/bin/python" -c "import moto.server"
