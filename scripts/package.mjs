// `npm run package [-- --rebuild]`: checks, then store-ready zips of both builds,
//   artifacts/comeback-chrome-<version>.zip   (Chrome Web Store and Edge Add-ons: manifest.json at the root)
//   artifacts/comeback-firefox-<version>.zip  (AMO)
//   artifacts/comeback-sources-<version>.zip  (AMO's source submission: git archive HEAD + SOURCE_BUILD.md)
// `--firefox-only` (what `npm run build-for-amo` runs after its build) writes only the Firefox zip.
// Builds first when dist/ is missing (or always, with --rebuild). Both extension zips are
// written by scripts/package/zip.mjs, byte for byte the same for the same build.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkManifestText, checkPolyfill, checkStore } from './package/checks.mjs';
import { worktreeDirty, writeSourcesZip } from './package/sources.mjs';
import { filesUnder, writeZip } from './package/zip.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ARTIFACTS = join(ROOT, 'artifacts');
const dist = (target) => join(ROOT, 'dist', target);
// vite's build manifest is not part of the extension.
const notShipped = (f) => f.startsWith('.vite/');

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
}

function fail(problems) {
  console.error(`npm run package: ${problems.length} problem(s), no zip written:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}

function main(argv) {
  const firefoxOnly = argv.includes('--firefox-only');
  const targets = firefoxOnly ? ['firefox'] : ['chrome', 'firefox'];
  const built = targets.every((t) => existsSync(join(dist(t), 'manifest.json')));
  if (argv.includes('--rebuild') || !built) run('npm', ['run', '--silent', 'build']);

  const manifests = Object.fromEntries(targets.map((t) => [t, JSON.parse(readFileSync(join(dist(t), 'manifest.json'), 'utf8'))]));
  const { version } = manifests.firefox;
  if (!firefoxOnly && manifests.chrome.version !== version) fail([`dist/chrome is ${manifests.chrome.version} but dist/firefox is ${version}: rebuild`]);

  if (!firefoxOnly) {
    const problems = [
      ...checkManifestText(ROOT),
      ...checkStore(ROOT, manifests.chrome),
      ...targets.flatMap((t) => checkPolyfill(ROOT, t)),
    ];
    if (problems.length > 0) fail(problems);
  }

  mkdirSync(ARTIFACTS, { recursive: true });
  const written = [];
  for (const target of targets) {
    const zip = join(ARTIFACTS, `comeback-${target}-${version}.zip`);
    writeZip(zip, dist(target), filesUnder(dist(target), notShipped));
    written.push(zip);
  }
  if (!firefoxOnly) {
    const sources = join(ARTIFACTS, `comeback-sources-${version}.zip`);
    writeSourcesZip(ROOT, sources, version);
    written.push(sources);
    if (worktreeDirty(ROOT)) {
      console.warn('npm run package: warning: tracked files differ from HEAD. The sources zip is HEAD, so it will not rebuild these zips until you commit and run `npm run package -- --rebuild`.');
    }
  }
  for (const zip of written) console.log(`${relative(ROOT, zip)}  ${(statSync(zip).size / 1000).toFixed(1)} kB`);
}

main(process.argv.slice(2));
