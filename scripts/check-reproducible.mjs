// Does the AMO source package rebuild the submitted Firefox zip byte for byte? Unpacks
// artifacts/comeback-sources-<version>.zip into a clean temporary folder, installs with
// `npm ci --offline` from the local npm cache (nothing is downloaded), runs
// `npm run build-for-amo` as SOURCE_BUILD.md says, moves the folder elsewhere (so a build that
// depends on where it runs shows), builds again, and compares both results with
// artifacts/comeback-firefox-<version>.zip.
// `node scripts/check-reproducible.mjs [--package]`: --package runs `npm run package` first.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { worktreeDirty } from './package/sources.mjs';
import { readZip } from './package/zip.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sh(cwd, cmd, args) {
  const t0 = Date.now();
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CI: '1' } });
  return ((Date.now() - t0) / 1000).toFixed(1);
}

/** Names of entries that differ, are missing or are extra, for a failure message. */
function differences(a, b) {
  const left = new Map(readZip(a).map((e) => [e.name, e.data]));
  const right = new Map(readZip(b).map((e) => [e.name, e.data]));
  const names = [...new Set([...left.keys(), ...right.keys()])].sort();
  return names.filter((n) => !left.has(n) || !right.has(n) || !left.get(n).equals(right.get(n)))
    .map((n) => (!left.has(n) ? `${n} (only in the rebuild)` : !right.has(n) ? `${n} (missing from the rebuild)` : `${n} (content differs)`));
}

function main(argv) {
  if (argv.includes('--package')) sh(ROOT, 'node', ['scripts/package.mjs']);
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const submitted = join(ROOT, 'artifacts', `comeback-firefox-${version}.zip`);
  const sources = join(ROOT, 'artifacts', `comeback-sources-${version}.zip`);
  for (const f of [submitted, sources]) {
    if (!existsSync(f)) throw new Error(`${f} is missing: run \`npm run package\` first`);
  }
  const want = readFileSync(submitted);
  const entries = readZip(readFileSync(sources));
  if (!entries.some((e) => e.name === 'SOURCE_BUILD.md')) throw new Error(`${sources} has no SOURCE_BUILD.md`);

  const base = mkdtempSync(join(tmpdir(), 'comeback-rebuild-'));
  const problems = [];
  try {
    // One install, two builds in two different paths: the folder is renamed in between, so a
    // build whose output depends on where it runs shows, without a second install.
    let dir = join(base, 'a');
    let t0 = Date.now();
    for (const e of entries) {
      mkdirSync(dirname(join(dir, e.name)), { recursive: true });
      writeFileSync(join(dir, e.name), e.data);
      chmodSync(join(dir, e.name), e.mode & 0o777);
    }
    const unpack = ((Date.now() - t0) / 1000).toFixed(1);
    const install = sh(dir, 'npm', ['ci', '--offline', '--no-audit', '--no-fund']);
    console.log(`unpacked ${entries.length} files in ${unpack} s, npm ci --offline ${install} s`);
    for (const folder of ['a', 'second-build-somewhere-else']) {
      if (join(base, folder) !== dir) {
        renameSync(dir, join(base, folder));
        dir = join(base, folder);
        for (const out of ['dist', 'artifacts']) rmSync(join(dir, out), { recursive: true, force: true });
      }
      const build = sh(dir, 'npm', ['run', 'build-for-amo']);
      const got = readFileSync(join(dir, 'artifacts', `comeback-firefox-${version}.zip`));
      const same = got.equals(want);
      console.log(`${dir}: build-for-amo ${build} s: ${same ? 'identical to' : 'DIFFERENT from'} the submitted zip (${want.length} bytes)`);
      if (!same) problems.push(`rebuild in ${dir} differs: ${differences(got, want).join(', ') || 'same files, different zip bytes'}`);
    }
  } finally {
    const t0 = Date.now();
    rmSync(base, { recursive: true, force: true });
    console.log(`clean-up ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  if (problems.length > 0) {
    for (const p of problems) console.error(`check-reproducible: ${p}`);
    if (worktreeDirty(ROOT)) console.error('check-reproducible: tracked files differ from HEAD, and the sources zip is HEAD: commit, then `npm run package -- --rebuild`.');
    process.exit(1);
  }
  console.log('The sources zip rebuilds the submitted Firefox zip byte for byte, twice.');
}

main(process.argv.slice(2));
