/**
 * The previous release, built for Firefox from git: `git archive <ref>` into a temp folder
 * (this checkout's node_modules linked in, so nothing is installed), `vite build --mode
 * firefox`. COMEBACK_PREVIOUS_RELEASE names the ref; by default the newest `v*` tag, or
 * PREVIOUS_FALLBACK while the project has no release tag.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './dist';

/** The main branch before the store work (webextension-polyfill layer, AMO sources, shortcuts, locales). */
const PREVIOUS_FALLBACK = 'cbe4d46';

export function previousRef(): string {
  if (process.env.COMEBACK_PREVIOUS_RELEASE) return process.env.COMEBACK_PREVIOUS_RELEASE;
  const tags = execFileSync('git', ['tag', '--list', 'v*', '--sort=-v:refname'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  return tags[0] ?? PREVIOUS_FALLBACK;
}

/** dist/firefox of `ref`, built once per ref and run. */
export function buildPrevious(ref: string): string {
  const commit = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = join(mkdtempSync(join(tmpdir(), 'comeback-previous-')), commit.slice(0, 12));
  mkdirSync(dir, { recursive: true });
  const tar = execFileSync('git', ['archive', '--format=tar', commit], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  execFileSync('npx', ['--no', 'vite', 'build', '--mode', 'firefox', '--logLevel', 'error'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const out = join(dir, 'dist', 'firefox');
  if (!existsSync(join(out, 'manifest.json'))) throw new Error(`building ${ref} (${commit}) for Firefox wrote no ${out}/manifest.json`);
  return out;
}
