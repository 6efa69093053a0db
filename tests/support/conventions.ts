/**
 * The repository's conventions as checker functions, in the spirit of refined-github's
 * build/features.test.ts: each returns a list of problems, every one naming the file and what
 * to do, and an empty list when all is well. The pure checkers take source text, so
 * tests/unit/conventions-checkers.test.ts can show that each one fails on bad input; the
 * `*InTree` wrappers read the real tree for tests/unit/conventions.test.ts.
 * The rules are docs/design.md's "Rules of the house".
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lineOf, scanSource, shellComments, type Comment } from './source-scan';

export const ROOT = join(import.meta.dirname, '../..');
export const MAX_LINES = 300;

const read = (path: string): string => readFileSync(path, 'utf8');
const rel = (path: string): string => relative(ROOT, path).split('\\').join('/');

/** Every file under `dir` (skipping node_modules, dist and dot folders) whose name passes `keep`. */
export function walk(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path, keep));
    else if (keep(name)) out.push(path);
  }
  return out;
}

const CODE = /\.(ts|tsx|js|mjs|cjs)$/;

// ---- (a) src/core stays browser-free ----------------------------------------------------------

const POLYFILL = /\b(?:from|import|require)\s*\(?\s*['"]webextension-polyfill(?:\/[^'"]*)?['"]/;
const GLOBALS = /(?<![\w$.])(?:(chrome|browser)\s*\??\.|(document|window|navigator|localStorage)\b(?!\s*:))/g;

/** Browser API use in one src/core file: the polyfill imported, or a browser global in code. */
export function browserUse(file: string, source: string): string[] {
  const { code, withoutComments } = scanSource(source);
  const problems: string[] = [];
  if (POLYFILL.test(withoutComments)) {
    problems.push(`${file} imports webextension-polyfill: src/core must stay browser-free; move the browser call to src/background (or the UI) and pass its result in`);
  }
  for (const m of code.matchAll(GLOBALS)) {
    const line = code.slice(0, m.index).split('\n').length;
    problems.push(`${file}:${line} uses the browser global \`${m[1] ?? m[2]}\`: src/core must stay browser-free; pass what it needs in as an argument`);
  }
  return problems;
}

export function browserUseInTree(root = ROOT): string[] {
  const files = walk(join(root, 'src/core'), (n) => CODE.test(n));
  if (files.length === 0) return ['src/core has no source files: the checker is looking in the wrong place'];
  return files.flatMap((f) => browserUse(rel(f), read(f)));
}

// ---- (b) small files --------------------------------------------------------------------------

export function tooLong(file: string, source: string, max = MAX_LINES): string[] {
  const lines = source.endsWith('\n') ? source.split('\n').length - 1 : source.split('\n').length;
  return lines > max ? [`${file} has ${lines} lines (at most ${max}): split it into files that each do one thing`] : [];
}

export function tooLongInTree(root = ROOT): string[] {
  const files = walk(join(root, 'src'), (n) => /\.(ts|tsx|css)$/.test(n));
  if (files.length === 0) return ['src has no source files: the checker is looking in the wrong place'];
  return files.flatMap((f) => tooLong(rel(f), read(f)));
}

// ---- ordered tables (diagnose/order.ts, status/platforms/order.ts) ----------------------------

/**
 * The modules an order.ts table lists, in order: the identifiers inside its first exported
 * array literal, each mapped to the relative module it is imported from.
 */
export function tableModules(orderSource: string): { name: string; module: string }[] {
  const { code, withoutComments } = scanSource(orderSource);
  const imports = new Map<string, string>();
  for (const m of withoutComments.matchAll(/import\s+(?!type\b)\{([^}]*)\}\s*from\s*['"](\.[^'"]+)['"]/g)) {
    for (const part of (m[1] ?? '').split(',')) {
      const local = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (local && !local.startsWith('type ')) imports.set(local, m[2] ?? '');
    }
  }
  const start = /export\s+const\s+\w+[^=]*=\s*\[/.exec(code);
  if (!start) return [];
  const from = start.index + start[0].length;
  const body = code.slice(from, code.indexOf(']', from));
  return [...body.matchAll(/[A-Za-z_$][\w$]*/g)]
    .map((m) => m[0])
    .filter((name) => imports.has(name))
    .map((name) => ({ name, module: imports.get(name) ?? '' }));
}

/** The string a contract object gives for `field` (`name: 'varnish'`, `kind: 'cachet'`). */
export function contractField(source: string, field: string): string | null {
  const m = new RegExp(`\\b${field}\\s*:\\s*['"]([^'"]+)['"]`).exec(scanSource(source).withoutComments);
  return m?.[1] ?? null;
}

const moduleFile = (dir: string, module: string): string => {
  const base = join(dir, module);
  return [base, `${base}.ts`, `${base}.tsx`].find((p) => existsSync(p) && statSync(p).isFile()) ?? `${base}.ts`;
};

// ---- (c) every detector has a fixture ---------------------------------------------------------

/**
 * Detectors (listed in order.ts) whose producer no fixture classifies to. `fixtureProducers`
 * are the producers written down for fixtures that exist.
 */
export function detectorsWithoutFixture(orderSource: string, readModule: (module: string) => string | null, fixtureProducers: ReadonlySet<string>): string[] {
  const table = tableModules(orderSource);
  if (table.length === 0) return ['src/core/diagnose/order.ts lists no detectors: the table (export const DETECTORS = [...]) is missing or the checker cannot read it'];
  return table.flatMap(({ name, module }) => {
    const file = `src/core/diagnose/${module.replace(/^\.\//, '')}.ts`;
    const source = readModule(module);
    if (source === null) return [`${file} (detector ${name} in order.ts) does not exist`];
    const producer = contractField(source, 'name');
    if (producer === null) return [`${file} has no \`name: '<producer>'\`: every detector names the producer it detects`];
    return fixtureProducers.has(producer) ? [] : [`${file} (producer '${producer}') has no fixture: add a captured response to tests/fixtures/responses/ and its expected diagnosis to expected.json`];
  });
}

/** Producers of the fixtures that exist: expected.json, and the live captures with their cases. */
export function fixtureProducers(expected: Record<string, { producer?: string }>, exists: (file: string) => boolean, live: readonly { file: string; producer?: string }[]): Set<string> {
  const seen = new Set<string>();
  for (const [file, e] of Object.entries(expected)) if (e.producer && exists(file)) seen.add(e.producer);
  for (const c of live) if (c.producer && exists(`live/${c.file}`)) seen.add(c.producer);
  return seen;
}

export function detectorsWithoutFixtureInTree(live: readonly { file: string; producer?: string }[], root = ROOT): string[] {
  const dir = join(root, 'src/core/diagnose');
  const order = join(dir, 'order.ts');
  if (!existsSync(order)) return ['src/core/diagnose/order.ts is missing: the detectors are listed, most specific first, in that one table'];
  const fixtures = join(root, 'tests/fixtures/responses');
  const expected = JSON.parse(read(join(fixtures, 'expected.json'))) as Record<string, { producer?: string }>;
  const producers = fixtureProducers(expected, (f) => existsSync(join(fixtures, f)), live);
  return detectorsWithoutFixture(read(order), (m) => (existsSync(moduleFile(dir, m)) ? read(moduleFile(dir, m)) : null), producers);
}

// ---- (d) every status platform has a fixture --------------------------------------------------

export const PLATFORMS_DIR = 'src/status/platforms';
export const STATUS_FIXTURES = 'tests/fixtures/status';

/** Platforms (listed in platforms/order.ts) without a tests/fixtures/status/<kind>-*.json. */
export function platformsWithoutFixture(orderSource: string | null, readModule: (module: string) => string | null, fixtureNames: readonly string[]): string[] {
  const where = `${PLATFORMS_DIR}/order.ts`;
  if (orderSource === null) return [`${where} is missing: every status platform is one file in ${PLATFORMS_DIR}/ exporting one contract object with a \`kind\`, listed in that file's ordered table`];
  const table = tableModules(orderSource);
  if (table.length === 0) return [`${where} lists no platforms: export the ordered table (export const PLATFORMS = [...]) of the contracts imported from ./<name>`];
  return table.flatMap(({ name, module }) => {
    const file = `${PLATFORMS_DIR}/${module.replace(/^\.\//, '')}.ts`;
    const source = readModule(module);
    if (source === null) return [`${file} (platform ${name} in order.ts) does not exist`];
    const kind = contractField(source, 'kind');
    if (kind === null) return [`${file} exports no contract with \`kind: '<kind>'\``];
    return fixtureNames.some((f) => f.startsWith(`${kind}-`) && f.endsWith('.json')) ? [] : [`${file} (kind '${kind}') has no fixture: add a real answer of its API as ${STATUS_FIXTURES}/${kind}-<case>.json`];
  });
}

export function platformsWithoutFixtureInTree(root = ROOT): string[] {
  const dir = join(root, PLATFORMS_DIR);
  const order = join(dir, 'order.ts');
  const fixtures = join(root, STATUS_FIXTURES);
  const names = existsSync(fixtures) ? readdirSync(fixtures) : [];
  return platformsWithoutFixture(existsSync(order) ? read(order) : null, (m) => (existsSync(moduleFile(dir, m)) ? read(moduleFile(dir, m)) : null), names);
}

// ---- (e) comments cite documents that exist ---------------------------------------------------

const OUTSIDE_DOC = /(?<![\w/.-])(REFERENCE|DESIGN|TOOLCHAIN)\.md\b/g;
const ISSUE_NUMBER = /\bissues?\s+#?\d+(?:\s*(?:,|and)\s*#?\d+)*/gi;
const DOC_CITE = /\bdocs\/([\w.-]+\.md)(?:\s*(§\s*\d+)|[\s,:(]*["“]([^"”]+)["”])?/g;
const REPLACEMENT: Record<string, string> = { REFERENCE: 'docs/reference.md §n', DESIGN: 'docs/design.md, "<section>"', TOOLCHAIN: 'docs/testing.md' };

const headingText = (h: string): string => h.replace(/^#+\s*/, '').replace(/[`*_]/g, '').trim().toLowerCase();

/** The headings of a markdown document, as lower-case plain text. */
export function headings(markdown: string): string[] {
  return markdown.split('\n').filter((l) => /^#{1,6}\s/.test(l)).map(headingText);
}

/**
 * Citations in `comments` that a person who clones the repository cannot follow. `docs` maps
 * a file name under docs/ to its text (absent: the file does not exist).
 */
export function badCitations(file: string, comments: readonly Comment[], docs: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const comment of comments) {
    const { text } = comment;
    const where = (m: RegExpMatchArray): string => `${file}:${lineOf(comment, m.index ?? 0)}`;
    for (const m of text.matchAll(OUTSIDE_DOC)) {
      const at = where(m);
      problems.push(`${at} cites ${m[0]}, which is not in the repository: cite ${REPLACEMENT[m[1] ?? ''] ?? 'a file under docs/'} or a public URL`);
    }
    for (const m of text.matchAll(ISSUE_NUMBER)) {
      const at = where(m);
      problems.push(`${at} cites "${m[0]}": say the reason itself (a tracker number means nothing to a reader of the code)`);
    }
    for (const m of text.matchAll(DOC_CITE)) {
      const at = where(m);
      const name = m[1] ?? '';
      const doc = docs.get(name);
      if (doc === undefined) { problems.push(`${at} cites docs/${name}, which does not exist`); continue; }
      const wanted = m[2] ? m[2].replace(/\s+/g, '') : m[3];
      if (!wanted) continue;
      const found = headings(doc).some((h) => (m[2] ? h.startsWith(wanted.toLowerCase()) && !/\d/.test(h.slice(wanted.length, wanted.length + 1)) : h.includes(wanted.toLowerCase())));
      if (!found) problems.push(`${at} cites docs/${name} ${m[2] ? wanted : `"${wanted}"`}, but docs/${name} has no such section: fix the citation or add the section`);
    }
  }
  return problems;
}

/** Comments of a source file, by its kind (shell `#` comments, otherwise JS/TS comments). */
export function commentsOf(path: string, source: string): Comment[] {
  return path.endsWith('.sh') ? shellComments(source) : scanSource(source).comments;
}

export function badCitationsInTree(root = ROOT): string[] {
  const docsDir = join(root, 'docs');
  const docs = new Map(walk(docsDir, (n) => n.endsWith('.md')).map((p) => [rel(p).slice('docs/'.length), read(p)] as const));
  const files = [
    ...['src', 'tests', 'scripts', 'bench'].flatMap((d) => walk(join(root, d), (n) => CODE.test(n) || n.endsWith('.sh')))
      .filter((p) => !rel(p).startsWith('tests/fixtures/')),
    ...readdirSync(root).filter((n) => CODE.test(n)).map((n) => join(root, n)),
  ];
  return files.flatMap((p) => badCitations(rel(p), commentsOf(p, read(p)), docs));
}
