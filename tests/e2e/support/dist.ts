/**
 * Where the built extension lives. `npm run build` writes dist/chrome and dist/firefox; the
 * e2e tests load exactly those folders (COMEBACK_DIST_CHROME / COMEBACK_DIST_FIREFOX point
 * elsewhere, e.g. at an unpacked store zip).
 */
import { copyFileSync, cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Target = 'chrome' | 'firefox';

/** The repository's root folder. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Absolute path of the unpacked extension for `target`. */
export function distDir(target: Target): string {
  const override = target === 'chrome' ? process.env.COMEBACK_DIST_CHROME : process.env.COMEBACK_DIST_FIREFOX;
  return resolve(override ?? join(ROOT, 'dist', target));
}

/** Throws a message that says what to run when the build for `target` is missing. */
export function assertBuilt(target: Target): string {
  const dir = distDir(target);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(
      `No built extension in ${dir} (manifest.json missing). Run \`npm run build\` first ` +
        '(scripts/test.sh builds before it runs the e2e tests).',
    );
  }
  return dir;
}

/** The subset of the built manifest the tests read. */
export interface BuiltManifest {
  action?: { default_popup?: string };
  browser_specific_settings?: { gecko?: { id?: string } };
}

/** Reads the built manifest of `target`. */
export function builtManifest(target: Target): BuiltManifest {
  return JSON.parse(readFileSync(join(assertBuilt(target), 'manifest.json'), 'utf8')) as BuiltManifest;
}

/** Absolute path under the repository (for screenshots and artifacts). */
export const repoPath = (...parts: string[]): string => join(ROOT, ...parts);

/**
 * A copy of the built package for `target` with axe-core added as one more file (`file`), for
 * accessibility checks inside the overlay's closed shadow root: scripting.executeScript can
 * inject only files of the extension's own package into its isolated world. Tests only; the
 * shipped package never contains it.
 */
export function packageWithAxe(target: Target, file: string): string {
  const dir = repoPath('test-results', `package-with-axe-${target}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(assertBuilt(target), dir, { recursive: true });
  copyFileSync(repoPath('node_modules/axe-core/axe.min.js'), join(dir, file));
  return dir;
}
