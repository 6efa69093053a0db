// The source package AMO asks for when the add-on is bundled and minified
// (https://extensionworkshop.com/documentation/publish/source-code-submission/): the committed
// tree (`git archive HEAD`, so nothing untracked or ignored slips in) plus SOURCE_BUILD.md with
// the exact commands and the versions this package was built with.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesUnder, writeZip } from './zip.mjs';

function osName() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(release)?.[1];
    if (pretty) return `${pretty} (${process.arch})`;
  } catch { /* not Linux */ }
  return `${process.platform} ${process.arch}`;
}

export function sourceBuildText(version) {
  const npm = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
  return `# Building Comeback ${version} from these sources

The Firefox package (\`comeback-firefox-${version}.zip\`) is bundled and minified by Vite
(rolldown). These sources rebuild it byte for byte: file names carry no hashes, the zip has
one fixed timestamp and a fixed file order.

## Versions it was built with

- Node.js ${process.version}
- npm ${npm}
- ${osName()}
- Every npm package at the exact version in \`package-lock.json\` (installed by \`npm ci\`).

Any Node.js 20.19 or later on Linux, macOS or Windows should give the same bytes; the versions
above are the ones it was checked with.

## Commands

\`\`\`sh
npm ci
npm run build-for-amo
\`\`\`

\`build-for-amo\` runs \`vite build --mode firefox\` (output in \`dist/firefox/\`) and then zips
that folder into \`artifacts/comeback-firefox-${version}.zip\`, which is the submitted file.
To compare: \`cmp artifacts/comeback-firefox-${version}.zip <the submitted zip>\`, or unzip
both and \`diff -r\`.

\`scripts/check-reproducible.mjs\` in these sources does exactly this in two clean folders.
`;
}

/** True when tracked files differ from HEAD (then the sources zip is not what dist was built from). */
export function worktreeDirty(root) {
  const out = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' });
  return out.trim() !== '';
}

/** Writes `zipPath` from `git archive HEAD` plus SOURCE_BUILD.md. */
export function writeSourcesZip(root, zipPath, version) {
  const dir = mkdtempSync(join(tmpdir(), 'comeback-sources-'));
  try {
    const tar = execFileSync('git', ['archive', '--format=tar', 'HEAD'], { cwd: root, maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    writeFileSync(join(dir, 'SOURCE_BUILD.md'), sourceBuildText(version));
    writeZip(zipPath, dir, filesUnder(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
