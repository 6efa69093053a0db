#!/usr/bin/env bash
# `npm test`: every check and test, in the order CI needs them. Installs what a fresh machine
# lacks first. Stages keep running after a failure (so one run shows every problem), except
# those that need a build when the build failed. The last line is "N passed, N failed", where
# N counts the tests vitest and Playwright ran plus one per other stage.
set -uo pipefail
cd "$(dirname "$0")/.."
# Never wait for a prompt: CI has no stdin, and neither does a developer's backgrounded run.
exec </dev/null

started=$(date +%s)
reports=".tmp/test-reports"
rm -rf "$reports" && mkdir -p "$reports"

passed=0
failed=0
summary=()

# ok/fail bookkeeping for a stage that is one check.
record() { # name status(0|n) seconds [detail]
  local name=$1 rc=$2 secs=$3 detail=${4:-}
  if [ "$rc" = 0 ]; then
    passed=$((passed + 1)); summary+=("PASS  $name (${secs}s)${detail:+ $detail}")
  else
    failed=$((failed + 1)); summary+=("FAIL  $name (${secs}s, exit $rc)${detail:+ $detail}")
    echo "=== FAILED: $name (exit $rc)" >&2
  fi
}

# Runs one stage under `timeout -s KILL` (a hung Playwright may ignore SIGTERM; timeout kills
# the whole process group). Sets $stage_rc and $stage_secs.
run() { # name timeout-seconds cmd...
  local name=$1 limit=$2; shift 2
  echo
  echo "=== $name: $*"
  local t0; t0=$(date +%s)
  timeout -s KILL "$limit" "$@"
  stage_rc=$?
  stage_secs=$(( $(date +%s) - t0 ))
  [ "$stage_rc" = 137 ] && echo "=== $name: killed after ${limit}s" >&2
}

stage() { # name timeout cmd...: a one-check stage
  local name=$1
  run "$@"
  record "$name" "$stage_rc" "$stage_secs"
}

skip() { # name reason
  summary+=("SKIP  $1 ($2)")
  echo; echo "=== $1: skipped ($2)"
}

# Adds a test runner's own counts; when the runner died before writing its report, the stage
# counts as one failure so the total never hides it.
record_runner() { # name rc secs passed failed
  local name=$1 rc=$2 secs=$3 p=$4 f=$5
  if [ -z "$p" ]; then
    [ "$rc" = 0 ] && rc=1
    record "$name" "$rc" "$secs" "(no report written)"
    return
  fi
  passed=$((passed + p)); failed=$((failed + f))
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then
    # Suites can fail outside any test (a file that does not load, a hook that throws).
    failed=$((failed + 1))
  fi
  if [ "$rc" = 0 ]; then
    summary+=("PASS  $name (${secs}s): $p passed, $f failed")
  else
    summary+=("FAIL  $name (${secs}s, exit $rc): $p passed, $f failed$([ "$f" = 0 ] && echo ' + 1 for a suite that failed outside any test'))")
    echo "=== FAILED: $name (exit $rc)" >&2
  fi
}

# Reads counts out of a JSON report with a tiny node program: prints "passed failed" or nothing.
counts() { # file kind(vitest|playwright)
  node -e '
    const fs = require("node:fs");
    const [file, kind] = process.argv.slice(1);
    let r; try { r = JSON.parse(fs.readFileSync(file, "utf8")); } catch { process.exit(0); }
    if (kind === "vitest") console.log(r.numPassedTests ?? 0, r.numFailedTests ?? 0);
    else { const s = r.stats ?? {}; console.log((s.expected ?? 0) + (s.flaky ?? 0), s.unexpected ?? 0); }
  ' "$1" "$2"
}

# ---- 1. install -------------------------------------------------------------------------------
run "install (npm packages, Debian packages)" 1200 bash scripts/ensure-deps.sh --test
if [ "$stage_rc" != 0 ]; then
  echo "=== FAILED: install; nothing else can run" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

# ---- 2. static checks -------------------------------------------------------------------------
stage "typecheck" 600 npm run --silent typecheck
stage "lint (eslint)" 900 npm run --silent lint

# ---- 3. unit and live-proxy tests -------------------------------------------------------------
run "unit + live tests (vitest)" 1200 npx --no vitest run --reporter=default --reporter=json --outputFile.json="$reports/vitest.json"
read -r vp vf < <(counts "$reports/vitest.json" vitest; echo) || true
record_runner "unit + live tests (vitest)" "$stage_rc" "$stage_secs" "${vp:-}" "${vf:-}"

# ---- 4. build and what checks the build -------------------------------------------------------
stage "build (dist/chrome, dist/firefox)" 600 npm run --silent build
built=$stage_rc
if [ "$built" = 0 ]; then
  stage "bundle budgets" 120 node scripts/check-budgets.mjs
  # web-ext exits non-zero on errors only; Preact's innerHTML warning is expected (docs/testing.md).
  stage "web-ext lint dist/firefox" 600 npx --no web-ext lint --source-dir dist/firefox --self-hosted --no-config-discovery
  # npm run package (its store checks), then the AMO sources zip rebuilt twice in clean folders
  # must give the submitted Firefox zip byte for byte. The sources are HEAD: commit first.
  stage "package + AMO sources rebuild the Firefox zip" 600 node scripts/check-reproducible.mjs --package
else
  skip "bundle budgets" "build failed"
  skip "web-ext lint dist/firefox" "build failed"
  skip "package + AMO sources rebuild the Firefox zip" "build failed"
fi

# ---- 5. end-to-end in real browsers -----------------------------------------------------------
if [ ! -f playwright.config.ts ]; then
  skip "e2e (playwright)" "no playwright.config.ts yet"
elif [ "$built" != 0 ]; then
  skip "e2e (playwright)" "build failed"
else
  # The list reporter for people, JSON for the totals; `--reporter` replaces the config's.
  PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/playwright.json" \
    run "e2e (playwright)" 2400 npx --no playwright test --reporter=list,json
  read -r pp pf < <(counts "$reports/playwright.json" playwright; echo) || true
  record_runner "e2e (playwright)" "$stage_rc" "$stage_secs" "${pp:-}" "${pf:-}"
fi

# ---- 6. benchmarks, short mode (they prove they run; they are not timed tests) ----------------
stage "bench:fleet (short matrix, promises checked)" 600 npm run --silent bench:fleet -- --short
stage "bench:diagnose (short)" 300 npm run --silent bench:diagnose -- --short
if node -e 'process.exit(require("./package.json").scripts?.["bench:browser"] ? 0 : 1)'; then
  if [ "$built" = 0 ]; then
    stage "bench:browser (short)" 600 npm run --silent bench:browser -- --short
  else
    skip "bench:browser (short)" "build failed"
  fi
else
  skip "bench:browser (short)" "no bench:browser script yet"
fi

# ---- summary ----------------------------------------------------------------------------------
echo
echo "=== summary ($(( $(date +%s) - started ))s)"
printf '  %s\n' "${summary[@]}"
echo "(counted: each vitest and Playwright test, plus one per other stage)"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
