// `npm run check:budgets`: gzip size of each built entry (background, content overlay, popup,
// options) for dist/chrome and dist/firefox, held to the budgets in docs/design.md ("Budgets").
// Exits 1 when an entry is over budget or cannot be found. `bundleKB()` is reused by the
// in-browser benchmark.
//
// An entry's size is what a browser loads to run it: its root files plus every chunk they import
// statically, each gzipped on its own (as a store or vite's report counts them). Lazily loaded
// chunks (`import('./x.js')`) are left out on purpose: they are only fetched when needed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Budgets in kB (1 kB = 1000 bytes, the unit vite prints), gzip. */
export const BUDGETS_KB = Object.freeze({ background: 40, content: 15, popup: 35, options: 35 });

export const TARGETS = Object.freeze(['chrome', 'firefox']);

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// `import … from "x"`, `import "x"`, `export … from "x"`; not `import("x")` (lazy) nor
// `import.meta`. Good enough for rolldown's output, which is what it reads.
const STATIC_IMPORT = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'])([^"'\n]+?)\1/g;
const DYNAMIC_IMPORT = /\bimport\(\s*(["'`])([^"'`\n]+?)\1\s*\)/g;
// A loader emitted by @crxjs for `?script` imports reaches its module through getURL("…").
const GET_URL = /\bgetURL\(\s*(["'`])([^"'`\n]+?)\1\s*\)/g;
// A root-relative .js path in a string: how a `?script` / `?iife` import reaches the background
// (crxjs inlines the emitted file name, e.g. "assets/overlay.ts-loader-Ab12.js").
const SCRIPT_PATH_LITERAL = /(["'`])([\w@\-/.]+\.js)\1/g;

/** Path of `spec` inside dist, or null when it does not name a file there. */
function resolveIn(dist, fromFile, spec) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(spec)) return null; // chrome-extension://, https:, data:
  const clean = spec.split(/[?#]/)[0];
  const rel = clean.startsWith('/')
    ? clean.slice(1)
    : clean.startsWith('./') || clean.startsWith('../')
      ? posix.join(posix.dirname(fromFile), clean)
      : clean;
  const normal = normalize(rel).split('\\').join('/');
  if (normal.startsWith('..')) return null;
  return existsSync(join(dist, normal)) ? normal : null;
}

function matches(regex, text) {
  return [...text.matchAll(regex)].map((m) => m[2]);
}

/** `roots` plus everything they import statically (and, if asked, reach via getURL). */
function closure(dist, roots, { followGetUrl = false } = {}) {
  const seen = new Set();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    const specs = matches(STATIC_IMPORT, code);
    if (followGetUrl) specs.push(...matches(GET_URL, code));
    for (const spec of specs) {
      const target = resolveIn(dist, file, spec);
      if (target !== null && !seen.has(target)) queue.push(target);
    }
  }
  return [...seen];
}

/** Script and stylesheet files an extension page loads directly. */
function htmlRoots(dist, htmlFile) {
  const html = readFileSync(join(dist, htmlFile), 'utf8');
  const roots = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    if (!isScript && !/\brel\s*=\s*["']?stylesheet/i.test(tag)) continue;
    const url = /\b(?:src|href)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    const file = url === undefined ? null : resolveIn(dist, htmlFile, url);
    if (file !== null) roots.push(file);
  }
  return roots;
}

function backgroundRoots(dist, manifest) {
  const bg = manifest.background ?? {};
  if (bg.service_worker) return [bg.service_worker];
  if (Array.isArray(bg.scripts)) return bg.scripts;
  if (bg.page) return htmlRoots(dist, bg.page);
  return [];
}

/**
 * Content scripts: those the manifest declares, and those the background injects: a
 * root-relative .js path in a background string that is not one of the background's own
 * (static or lazy) chunks.
 */
function contentRoots(dist, manifest, backgroundFiles) {
  const roots = new Set();
  for (const cs of manifest.content_scripts ?? []) {
    for (const f of [...(cs.js ?? []), ...(cs.css ?? [])]) roots.add(f);
  }
  const own = new Set(backgroundFiles);
  for (const file of backgroundFiles.filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(dist, file), 'utf8');
    for (const spec of matches(DYNAMIC_IMPORT, code)) {
      const lazy = resolveIn(dist, file, spec);
      if (lazy !== null) own.add(lazy);
    }
  }
  for (const file of backgroundFiles.filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(dist, file), 'utf8');
    for (const spec of matches(SCRIPT_PATH_LITERAL, code)) {
      if (spec.startsWith('./') || spec.startsWith('../')) continue; // chunk-relative: lazy import
      const target = resolveIn(dist, '', spec);
      if (target !== null && !own.has(target)) roots.add(target);
    }
  }
  return [...roots];
}

function sized(dist, files) {
  const list = files
    .map((file) => {
      const bytes = readFileSync(join(dist, file));
      return { file, bytes: bytes.length, gzip: gzipSync(bytes).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const gzip = list.reduce((sum, f) => sum + f.gzip, 0);
  return { kb: Math.round(gzip / 100) / 10, gzipBytes: gzip, files: list };
}

/**
 * Sizes of every entry of one built target.
 * @param {string} distDir e.g. "dist/chrome"
 * @returns {Record<'background'|'content'|'popup'|'options', {kb: number, gzipBytes: number, files:
 * {file: string, bytes: number, gzip: number}[]} | null>}   null for an entry that could not be
 * found in the build.
 */
export function measureBundles(distDir) {
  const dist = resolve(ROOT, distDir);
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const background = closure(dist, backgroundRoots(dist, manifest));
  const content = contentRoots(dist, manifest, background);
  const page = (html) => (html && existsSync(join(dist, html)) ? closure(dist, htmlRoots(dist, html)) : []);
  const entries = {
    background,
    content: closure(dist, content, { followGetUrl: true }),
    popup: page(manifest.action?.default_popup),
    options: page(manifest.options_ui?.page ?? manifest.options_page),
  };
  return Object.fromEntries(
    Object.entries(entries).map(([name, files]) => [name, files.length > 0 ? sized(dist, files) : null]),
  );
}

/**
 * gzip kB per entry, as the benchmark reports `bundleKB` (null for a missing entry).
 * @param {string} [distDir] defaults to "dist/chrome"
 * @returns {Record<'background'|'content'|'popup'|'options', number | null>}
 */
export function bundleKB(distDir = 'dist/chrome') {
  const sizes = measureBundles(distDir);
  return Object.fromEntries(Object.entries(sizes).map(([name, s]) => [name, s === null ? null : s.kb]));
}

function main(argv) {
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose');
  const results = {};
  const problems = [];
  for (const target of TARGETS) {
    const dist = join('dist', target);
    if (!existsSync(join(ROOT, dist, 'manifest.json'))) {
      problems.push(`${dist} is not built (npm run build)`);
      continue;
    }
    results[target] = measureBundles(dist);
    for (const [name, budget] of Object.entries(BUDGETS_KB)) {
      const s = results[target][name];
      if (s === null) problems.push(`${target}: found no files for the ${name} entry in ${dist} (see --verbose)`);
      else if (s.kb > budget) problems.push(`${target}: ${name} is ${s.kb} kB gzip, over its ${budget} kB budget`);
    }
  }

  if (json) {
    console.log(JSON.stringify({ budgetsKB: BUDGETS_KB, results, problems }, null, 2));
  } else {
    const col = (s, n) => String(s).padEnd(n);
    const kb = (target, name) => {
      const s = results[target]?.[name];
      return s === undefined ? '-' : s === null ? 'missing' : s.kb.toFixed(1);
    };
    console.log('Bundle sizes, kB gzip (1 kB = 1000 bytes; static imports included, lazy chunks not)');
    console.log(`${col('entry', 12)}${col('chrome', 10)}${col('firefox', 10)}${col('budget', 8)}`);
    for (const [name, budget] of Object.entries(BUDGETS_KB)) {
      const over = TARGETS.some((t) => (results[t]?.[name]?.kb ?? 0) > budget);
      console.log(`${col(name, 12)}${col(kb('chrome', name), 10)}${col(kb('firefox', name), 10)}${col(budget, 8)}${over ? 'OVER' : ''}`);
    }
    if (verbose) {
      for (const [target, entries] of Object.entries(results)) {
        for (const [name, s] of Object.entries(entries)) {
          console.log(`\n${target} ${name}:`);
          if (s === null) console.log('  (no files found)');
          for (const f of s?.files ?? []) console.log(`  ${col((f.gzip / 1000).toFixed(1), 7)} ${f.file}`);
        }
      }
    }
    for (const p of problems) console.error(`budget check: ${p}`);
    if (problems.length === 0) console.log('All entries within budget.');
  }
  return problems.length === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}

