/**
 * What the bench compares Comeback against, besides a browser with no extension:
 * - a copy of the built extension with one static page added (`bench-blank.html`, one line of
 *   text and nothing else), so the popup's first paint can be read next to the browser's own
 *   floor for any extension page opened in a tab;
 * - a do-nothing extension with exactly Comeback's two navigation listeners (the same events,
 *   filters and extra info), so the healthy-page overhead splits into what any such listener
 *   costs in Chromium and what Comeback's own work adds.
 * Both are written into temp folders and removed by the caller's cleanup.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BLANK_PAGE = 'bench-blank.html';

export interface TempExtension {
  dir: string;
  remove(): void;
}

function tempDir(prefix: string): TempExtension {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The built extension in `distDir`, plus the blank page. */
export function extensionWithBlankPage(distDir: string): TempExtension {
  const copy = tempDir('comeback-bench-ext-');
  cpSync(distDir, copy.dir, { recursive: true });
  writeFileSync(join(copy.dir, BLANK_PAGE), '<!doctype html><html><head><meta charset="utf-8"><title>Comeback</title></head><body><p>Comeback</p></body></html>\n');
  return copy;
}

/** What a do-nothing extension holds: Comeback's permissions and listeners, or a part of them. */
export type ListenerVariant = 'both-listeners' | 'webRequest-permission-only' | 'webRequest-listener' | 'webNavigation-listener';

// Keep in step with src/background/index.ts: same events, filter and extraInfoSpec.
const ON_HEADERS = "chrome.webRequest.onHeadersReceived.addListener(() => undefined, { urls: ['http://*/*', 'https://*/*'], types: ['main_frame'] }, ['responseHeaders']);";
const ON_COMMITTED = 'chrome.webNavigation.onCommitted.addListener(() => undefined);';

const VARIANTS: Record<ListenerVariant, { permissions: string[]; code: string[] }> = {
  'both-listeners': { permissions: ['webRequest', 'webNavigation'], code: [ON_HEADERS, ON_COMMITTED] },
  'webRequest-permission-only': { permissions: ['webRequest'], code: [] },
  'webRequest-listener': { permissions: ['webRequest'], code: [ON_HEADERS] },
  'webNavigation-listener': { permissions: ['webNavigation'], code: [ON_COMMITTED] },
};

/** An MV3 extension whose only code is (some of) Comeback's listeners, each doing nothing. */
export function listenerOnlyExtension(variant: ListenerVariant = 'both-listeners'): TempExtension {
  const ext = tempDir('comeback-bench-listeners-');
  const { permissions, code } = VARIANTS[variant];
  const manifest = {
    manifest_version: 3,
    name: `bench: ${variant}`,
    version: '1.0',
    permissions,
    host_permissions: ['<all_urls>'],
    background: { service_worker: 'sw.js' },
  };
  writeFileSync(join(ext.dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(ext.dir, 'sw.js'), [...code, ''].join('\n'));
  return ext;
}
