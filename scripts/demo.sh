#!/usr/bin/env bash
# `npm run demo [-- --headed]`: installs what is missing (npm packages, Debian's chromium),
# builds both browser packages, then runs the demo program with the arguments given.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npm run --silent build
if [ ! -f scripts/demo.ts ]; then
  echo "demo: scripts/demo.ts is not written yet" >&2
  exit 1
fi
exec npx --no tsx scripts/demo.ts "$@"
