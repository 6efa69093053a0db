import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import source from './manifest.json' with { type: 'json' };

type Target = 'chrome' | 'firefox';

/**
 * One source manifest, two variants (docs/testing.md): Chrome gets a module service worker;
 * Firefox gets background scripts (an event page) and keeps `browser_specific_settings`,
 * which Chrome would warn about.
 *
 * Chrome only:
 * - `"incognito": "split"`: private windows get their own background, whose probes carry the
 *   private window's cookies, never the normal profile's (docs/permissions.md). Firefox has no
 *   split mode and installs an extension asking for it as "not_allowed" (MDN, manifest.json
 *   `incognito`; https://bugzilla.mozilla.org/show_bug.cgi?id=1876924).
 *
 * Both: `externally_connectable` with no ids and no matches (in manifest.json), so no other
 * extension and no web page may message Comeback; without the key Chrome admits every extension.
 * `web-ext lint` accepts it for Firefox (0 errors, 0 notices).
 */
function manifestFor(target: Target): ManifestV3Export {
  const { background, browser_specific_settings, minimum_chrome_version, ...common } = source;
  if (target === 'chrome') {
    // Chrome clears a site's cookies through browsingData alone: it never asks for `cookies`.
    const optional_permissions = common.optional_permissions.filter((p) => p !== 'cookies');
    return {
      ...common, optional_permissions, minimum_chrome_version, background,
      incognito: 'split',
    };
  }
  return {
    ...common,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings,
  } as ManifestV3Export;
}

/**
 * @crxjs lists dynamically injected scripts as web-accessible to every http(s) page. The overlay
 * is injected with scripting.executeScript, which needs no such entry, and an exposed file lets
 * any page detect the extension (a fingerprint), so the entry is dropped.
 */
const noWebAccessibleOverlay: Plugin = {
  name: 'comeback:no-web-accessible-overlay',
  enforce: 'post',
  renderCrxManifest(manifest: { web_accessible_resources?: unknown }) {
    delete manifest.web_accessible_resources;
    return manifest;
  },
} as Plugin;

/** PRIVACY.md ships in the package as plain text, so the options page links to it offline. */
const privacyPolicy: Plugin = {
  name: 'comeback:privacy-policy',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'PRIVACY.txt', source: readFileSync(new URL('./PRIVACY.md', import.meta.url), 'utf8') });
  },
};

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false }), crx({ manifest: manifestFor(target), browser: target }), noWebAccessibleOverlay, privacyPolicy],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: target === 'chrome' ? 'chrome121' : 'firefox142',
      sourcemap: false,
      minify: true,
      modulePreload: { polyfill: false },
      // Fewer, larger shared chunks: left to itself the bundler gave the popup seven modules to
      // load before its first paint; with these groups it has five, and its first contentful
      // paint came 8–10 ms sooner (two A/B runs of 46 openings each, same machine, same run).
      // The background loads only the polyfill and the shared non-UI code: Preact and src/ui
      // stay in `ui`, which only the popup and the options page import.
      rolldownOptions: {
        output: {
          // Content hashes in file names came out different when the same sources were built
          // in another folder (rolldown hashed something path-dependent into entry chunks), so
          // the Firefox package did not rebuild byte for byte from the sources AMO reviews. An
          // extension updates as a whole, so no file name needs a hash for cache busting; the
          // bundler numbers clashing names itself, in a fixed order.
          entryFileNames: 'assets/[name].js',
          chunkFileNames: 'assets/[name].js',
          advancedChunks: {
            groups: [
              { name: 'polyfill', test: /node_modules[\\/]webextension-polyfill[\\/]/, priority: 30 },
              { name: 'ui', test: /node_modules[\\/]preact[\\/]|[\\/]src[\\/]ui[\\/]/, priority: 20 },
              { name: 'common', test: /[\\/]src[\\/]/, minShareCount: 2, priority: 10 },
            ],
          },
        },
      },
    },
    // Core code never reads import.meta.env; the target is passed to the shell only.
    define: { __TARGET__: JSON.stringify(target) },
  };
});
