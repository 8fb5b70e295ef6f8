#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the store tests and benchmark, and prints the
# `export PARAPET_TEST_PG_URL=…` line to evaluate:
#
#   eval "$(bash scripts/setup-postgres.sh)"
#
# Installs the server with apt-get when no initdb is found. The cluster lives under
# .tools/postgres (or $PARAPET_PG_DIR), listens on 127.0.0.1 only, on a free port, and trusts
# local connections: it is for tests, never for data. Running the script again reuses a running
# cluster. Stop it with: bash scripts/setup-postgres.sh stop
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${PARAPET_PG_DIR:-$root/.tools/postgres}"
data="$dir/data"

find_bin() {
  local name="$1" found
  found="$(command -v "$name" 2>/dev/null || true)"
  if [ -z "$found" ]; then
    found="$(ls -d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V | tail -n 1 || true)"
  fi
  printf '%s' "$found"
}

initdb="$(find_bin initdb)"
if [ -z "$initdb" ]; then
  echo "setup-postgres: installing postgresql with apt-get" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >&2
  initdb="$(find_bin initdb)"
fi
bin="$(dirname "$(readlink -f "$initdb")")"

# PostgreSQL refuses to run as root: as root, run the cluster as the `postgres` system user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-}" = "stop" ]; then
  [ -f "$data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$data" -m fast stop >&2
  exit 0
fi

mkdir -p "$dir"
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
if [ ! -f "$data/PG_VERSION" ]; then
  as_owner "$initdb" -D "$data" -U parapet --auth=trust -E UTF8 >/dev/null
fi

if [ -f "$dir/port" ] && as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  port="$(cat "$dir/port")"
else
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w \
    -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start >&2
  printf '%s' "$port" > "$dir/port"
fi

if ! as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U parapet -d postgres -tAc \
  "select 1 from pg_database where datname = 'parapet_test'" | grep -q 1; then
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U parapet parapet_test
fi
echo "export PARAPET_TEST_PG_URL=postgres://parapet@127.0.0.1:$port/parapet_test"
