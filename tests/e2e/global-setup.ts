/**
 * Runs nothing heavy: scripts/test.sh builds before the e2e tests. This fails early, with one
 * clear message, when there is no build to test, and snapshots the build into a temp folder so
 * a rebuild during the run (vite empties dist/ first) cannot pull the extension from under a
 * browser. The workers inherit the snapshot's paths through the environment.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBuilt } from './support/dist';

export default function globalSetup(): () => void {
  const chrome = assertBuilt('chrome');
  const firefox = assertBuilt('firefox');
  const snapshot = mkdtempSync(join(tmpdir(), 'comeback-e2e-dist-'));
  cpSync(chrome, join(snapshot, 'chrome'), { recursive: true });
  cpSync(firefox, join(snapshot, 'firefox'), { recursive: true });
  process.env.COMEBACK_DIST_CHROME = join(snapshot, 'chrome');
  process.env.COMEBACK_DIST_FIREFOX = join(snapshot, 'firefox');
  return () => rmSync(snapshot, { recursive: true, force: true });
}
