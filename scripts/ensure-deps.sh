#!/usr/bin/env bash
# Installs what this checkout needs and is missing; does nothing when all is in place.
#   scripts/ensure-deps.sh          npm packages + Debian's chromium (the demo)
#   scripts/ensure-deps.sh --test   also firefox-esr, varnish, nginx, haproxy (every test)
# Debian packages are installed with apt-get when running as root; otherwise the exact
# command is printed and the script exits 1, because a half-provisioned run fails later
# with far less helpful errors.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
for arg in "$@"; do
  case "$arg" in
    --test) want_test=1 ;;
    *) echo "ensure-deps: unknown argument $arg" >&2; exit 2 ;;
  esac
done

# ---- npm ------------------------------------------------------------------------------------
# node_modules is "stale" when any package the lockfile lists is absent from npm's own record of
# what it installed (node_modules/.package-lock.json) or has another version there. Comparing
# contents rather than mtimes matters in a shared work tree: a needless `npm ci` deletes
# node_modules under everyone else's running tests.
npm_state() {
  node - <<'EOF'
const fs = require('node:fs');
const read = (p) => { try { return JSON.parse(fs.readFileSync(p, 'utf8')); } catch { return null; } };
const lock = read('package-lock.json');
const have = read('node_modules/.package-lock.json');
if (!lock) { console.log('no-lockfile'); process.exit(0); }
if (!have) { console.log('missing'); process.exit(0); }
for (const [path, want] of Object.entries(lock.packages ?? {})) {
  if (path === '' || want.link) continue;
  const got = have.packages?.[path];
  // Optional packages for other platforms (esbuild's, rolldown's binaries) are never installed.
  if (!got) { if (want.optional) continue; console.log(`stale (${path} missing)`); process.exit(0); }
  if (got.version !== want.version) { console.log(`stale (${path} ${got.version} != ${want.version})`); process.exit(0); }
}
console.log('ok');
EOF
}

state="$(npm_state)"
case "$state" in
  ok) ;;
  no-lockfile) echo "ensure-deps: package-lock.json is missing; run npm install" >&2; exit 1 ;;
  *)
    echo "ensure-deps: node_modules $state: npm ci"
    npm ci --no-audit --no-fund </dev/null
    ;;
esac

# ---- Debian packages ------------------------------------------------------------------------
# Checked by executable rather than dpkg status so a machine that has them some other way
# (or under another package name) is not forced through apt.
have_exe() {
  PATH="$PATH:/usr/sbin:/sbin" command -v "$1" >/dev/null 2>&1
}

missing=()
have_exe chromium || missing+=(chromium)
if [ "$want_test" = 1 ]; then
  have_exe firefox-esr || missing+=(firefox-esr)
  have_exe varnishd || missing+=(varnish)
  have_exe nginx || missing+=(nginx)
  have_exe haproxy || missing+=(haproxy)
fi

if [ "${#missing[@]}" -gt 0 ]; then
  install_cmd="apt-get -o DPkg::Lock::Timeout=600 update && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends ${missing[*]}"
  if [ "$(id -u)" != 0 ]; then
    echo "ensure-deps: missing Debian packages: ${missing[*]}" >&2
    echo "ensure-deps: install them as root, then run this again:" >&2
    echo "  sudo sh -c '$install_cmd'" >&2
    exit 1
  fi
  echo "ensure-deps: installing ${missing[*]} with apt-get"
  apt-get -o DPkg::Lock::Timeout=600 update </dev/null
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${missing[@]}" </dev/null
fi

echo "ensure-deps: ok (npm packages$( [ "$want_test" = 1 ] && echo ', chromium, firefox-esr, varnish, nginx, haproxy' || echo ', chromium'))"
