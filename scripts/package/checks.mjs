// What `npm run package` checks before it writes the zips. Each check returns a list of
// problems (plain sentences that say what to fix); an empty list means it passed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureBundles } from '../check-budgets.mjs';

// Chrome Web Store: the manifest description is at most 132 characters, the name at most 75
// (https://developer.chrome.com/docs/extensions/reference/manifest/description,
//  https://developer.chrome.com/docs/extensions/reference/manifest/name).
const DESCRIPTION_MAX = 132;
const NAME_MAX = 75;
// The store listing's screenshots: 1280×800 (or 640×400) PNG or JPEG
// (https://developer.chrome.com/docs/webstore/images#screenshots).
export const SCREENSHOTS = ['overlay', 'popup', 'options'];
const SCREENSHOT_SIZE = { width: 1280, height: 800 };
// A string only webextension-polyfill's own code contains (its guard for non-extension pages).
const POLYFILL_MARK = 'This script should only be loaded in a browser extension.';

export function localesOf(root) {
  return readdirSync(join(root, 'public/_locales')).filter((d) => existsSync(join(root, 'public/_locales', d, 'messages.json'))).sort();
}

/** Every locale's extension name and description fit the store's limits. */
export function checkManifestText(root) {
  const problems = [];
  for (const locale of localesOf(root)) {
    const messages = JSON.parse(readFileSync(join(root, 'public/_locales', locale, 'messages.json'), 'utf8'));
    for (const [key, max] of [['extDescription', DESCRIPTION_MAX], ['extName', NAME_MAX]]) {
      const text = messages[key]?.message;
      if (typeof text !== 'string' || text.trim() === '') problems.push(`public/_locales/${locale}/messages.json has no ${key}`);
      else if ([...text].length > max) problems.push(`public/_locales/${locale}/messages.json: ${key} is ${[...text].length} characters, over the Chrome Web Store's ${max}: "${text}"`);
    }
  }
  return problems;
}

/** Width and height of a PNG (its IHDR chunk), or null when the file is not a PNG. */
function pngSize(path) {
  const b = readFileSync(path);
  if (b.length < 24 || b.toString('latin1', 1, 4) !== 'PNG' || b.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** store/: a listing per locale, the permission justifications, the screenshots; PRIVACY.md. */
export function checkStore(root, manifest) {
  const problems = [];
  if (!existsSync(join(root, 'PRIVACY.md'))) problems.push('PRIVACY.md is missing (the privacy policy both stores link to)');
  for (const locale of localesOf(root)) {
    const file = `store/listing/${locale}.md`;
    if (!existsSync(join(root, file))) problems.push(`${file} is missing (the store listing text for the ${locale} locale)`);
  }
  const permissions = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])];
  // docs/permissions.md is the engineering record; store/permissions.md is the text pasted into
  // the stores' forms. Each must justify every permission the manifest asks for.
  for (const file of ['store/permissions.md', 'docs/permissions.md']) {
    if (!existsSync(join(root, file))) {
      if (file === 'store/permissions.md') problems.push(`${file} is missing (why each permission is needed)`);
      continue;
    }
    const text = readFileSync(join(root, file), 'utf8');
    const missing = permissions.filter((p) => !text.includes(`\`${p}\``));
    if (missing.length > 0) problems.push(`${file} does not justify ${missing.map((p) => `\`${p}\``).join(', ')} (the manifest asks for it)`);
  }
  for (const name of SCREENSHOTS) {
    const file = `store/screenshots/${name}.png`;
    if (!existsSync(join(root, file))) {
      problems.push(`${file} is missing: run \`npx playwright test store-screenshots\` after \`npm run build\``);
      continue;
    }
    const size = pngSize(join(root, file));
    if (size === null) problems.push(`${file} is not a PNG`);
    else if (size.width !== SCREENSHOT_SIZE.width || size.height !== SCREENSHOT_SIZE.height) {
      problems.push(`${file} is ${size.width}×${size.height}; the stores want ${SCREENSHOT_SIZE.width}×${SCREENSHOT_SIZE.height}`);
    }
  }
  return problems;
}

/**
 * One polyfill for the background and the pages: exactly one file of the build holds
 * webextension-polyfill's code apart from the content script (built on its own as one file, so
 * it keeps its copy), and the background, the popup and the options page all load that file.
 */
export function checkPolyfill(root, target) {
  const dist = join(root, 'dist', target);
  const entries = measureBundles(dist);
  const holds = (file) => file.endsWith('.js') && readFileSync(join(dist, file), 'utf8').includes(POLYFILL_MARK);
  const problems = [];
  const shared = new Set();
  for (const name of ['background', 'popup', 'options']) {
    const files = (entries[name]?.files ?? []).map((f) => f.file).filter(holds);
    if (files.length !== 1) problems.push(`dist/${target}: the ${name} loads ${files.length} copies of webextension-polyfill (${files.join(', ') || 'none'}); it should load the one shared chunk`);
    for (const f of files) shared.add(f);
  }
  if (shared.size > 1) problems.push(`dist/${target}: background, popup and options load different polyfill chunks: ${[...shared].join(', ')}`);
  const content = (entries.content?.files ?? []).map((f) => f.file).filter(holds);
  if (content.length !== 1 || shared.has(content[0])) problems.push(`dist/${target}: the content script should carry its own single copy of the polyfill; found ${content.join(', ') || 'none'}`);
  const all = readdirSync(dist, { recursive: true }).map(String).map((f) => f.split('\\').join('/')).filter(holds);
  const expected = new Set([...shared, ...content]);
  const extra = all.filter((f) => !expected.has(f));
  if (extra.length > 0) problems.push(`dist/${target}: more files hold webextension-polyfill than the shared chunk and the content script: ${extra.join(', ')}`);
  return problems;
}
