/**
 * bundleKB: gzip size of each built entry, computed by scripts/check-budgets.mjs (the CI budget
 * check) so both report the same numbers. Builds dist/ first when it is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoPath } from '../../tests/e2e/support/dist';

export type Entry = 'background' | 'content' | 'popup' | 'options';
export type EntrySizes = Record<Entry, number | null>;

interface BudgetsModule {
  bundleKB(distDir?: string): EntrySizes;
  BUDGETS_KB: Readonly<Record<Entry, number>>;
}

export function ensureBuilt(log: (line: string) => void): void {
  const missing = ['chrome', 'firefox'].filter((t) => !existsSync(repoPath('dist', t, 'manifest.json')));
  if (missing.length === 0) return;
  log(`dist/${missing.join(', dist/')} missing: running npm run build`);
  const r = spawnSync('npm', ['run', 'build'], { cwd: repoPath(), stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}\n${r.stderr}`);
}

export async function measureBundles(): Promise<{ chrome: EntrySizes; firefox: EntrySizes; budgets: Readonly<Record<Entry, number>> }> {
  // A runtime URL keeps the untyped .mjs out of the type checker; BudgetsModule is its contract.
  const mod = (await import(pathToFileURL(repoPath('scripts', 'check-budgets.mjs')).href)) as BudgetsModule;
  return { chrome: mod.bundleKB(join('dist', 'chrome')), firefox: mod.bundleKB(join('dist', 'firefox')), budgets: mod.BUDGETS_KB };
}
