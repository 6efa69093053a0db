/**
 * The conventions checkers on synthetic input: each one must fail on the thing it guards
 * against (a check that cannot fail would pass vacuously on the real tree) and stay quiet on
 * look-alikes in comments, strings and regexes.
 */
import { describe, expect, it } from 'vitest';
import {
  badCitations,
  browserUse,
  commentsOf,
  detectorsWithoutFixture,
  fixtureProducers,
  headings,
  platformsWithoutFixture,
  tableModules,
  tooLong,
} from '../support/conventions';
import { scanSource } from '../support/source-scan';

describe('scanSource', () => {
  it('blanks comments and literals but keeps every line break', () => {
    const src = "const a = 'x\\'y'; // note\n/* two\nlines */ const r = /a\\/b[/]/g;\nconst t = `t ${a} u`;\n";
    const { code, comments } = scanSource(src);
    expect(code.length).toBe(src.length);
    expect(code.split('\n').length).toBe(src.split('\n').length);
    expect(code.replace(/ +/g, ' ')).toBe("const a = ' '; \n \n const r = / /g;\nconst t = ` ${a} `;\n");
    expect(comments.map((c) => [c.line, c.text])).toEqual([[1, 'note'], [2, 'two lines']]);
  });
  it('tells division from a regex', () => {
    expect(scanSource('const x = a / b / c;').code).toBe('const x = a / b / c;');
    expect(scanSource('return /window/.test(s);').code).not.toContain('window');
  });
});

describe('browserUse (src/core stays browser-free)', () => {
  it.each([
    ["import browser from 'webextension-polyfill';", 'imports webextension-polyfill'],
    ["import type { Tabs } from \"webextension-polyfill\";", 'imports webextension-polyfill'],
    ["const b = await import('webextension-polyfill');", 'imports webextension-polyfill'],
    ['chrome.tabs.query({});', '`chrome`'],
    ['await browser.storage.local.get();', '`browser`'],
    ['const t = document.title;', '`document`'],
    ['window.addEventListener("x", f);', '`window`'],
    ['if (navigator.onLine) go();', '`navigator`'],
    ["localStorage.setItem('k', 'v');", '`localStorage`'],
    ['const s = `title: ${document.title}`;', '`document`'],
  ])('flags %s', (src, what) => {
    const problems = browserUse('src/core/x.ts', src);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('src/core/x.ts');
    expect(problems[0]).toContain(what);
  });
  it('ignores look-alikes in comments, strings, regexes, properties and longer names', () => {
    const src = [
      '// window.location and browser.tabs are mentioned here only',
      '/** document.title, navigator.onLine */',
      "const s = 'document.cookie'; const t = \"chrome.runtime\";",
      'const re = /window\\._cf_chl_opt|cf-browser-verification/;',
      'const o = { window: 1, document: 2 }; o.window; page.document.title;',
      "const browserState = true; const privateWindow = 'private-window';",
      'const u = `no ${"window"} here`;',
    ].join('\n');
    expect(browserUse('src/core/x.ts', src)).toEqual([]);
  });
});

describe('tooLong', () => {
  const lines = (n: number): string => 'x;\n'.repeat(n);
  it('fails past 300 lines and says what to do', () => {
    expect(tooLong('src/a.ts', lines(301))).toEqual(['src/a.ts has 301 lines (at most 300): split it into files that each do one thing']);
  });
  it('passes at 300', () => {
    expect(tooLong('src/a.ts', lines(300))).toEqual([]);
  });
});

const ORDER = `
import type { Detector } from './detector';
import { alpha } from './alpha';
import { betaDetector as beta } from './beta-proxy';
// gamma is imported for something else and is not in the table
import { gamma } from './gamma';
export const DETECTORS: readonly Detector[] = [
  alpha, // most specific
  beta,
];
`;

describe('detectorsWithoutFixture', () => {
  const modules: Record<string, string> = {
    './alpha': "export const alpha = { name: 'alpha', detect: () => null };",
    './beta-proxy': "export const betaDetector = { name: 'beta', detect: () => null };",
  };
  const readModule = (m: string): string | null => modules[m] ?? null;
  it('reads the table in order, by the module each entry comes from', () => {
    expect(tableModules(ORDER)).toEqual([{ name: 'alpha', module: './alpha' }, { name: 'beta', module: './beta-proxy' }]);
  });
  it('names the detector whose producer has no fixture', () => {
    expect(detectorsWithoutFixture(ORDER, readModule, new Set(['alpha']))).toEqual([
      "src/core/diagnose/beta-proxy.ts (producer 'beta') has no fixture: add a captured response to tests/fixtures/responses/ and its expected diagnosis to expected.json",
    ]);
    expect(detectorsWithoutFixture(ORDER, readModule, new Set(['alpha', 'beta']))).toEqual([]);
  });
  it('fails loudly on an empty or unreadable table and on a missing module', () => {
    expect(detectorsWithoutFixture('export const DETECTORS = [];', readModule, new Set())[0]).toMatch(/lists no detectors/);
    expect(detectorsWithoutFixture(ORDER, () => null, new Set(['alpha', 'beta']))[0]).toMatch(/alpha\.ts .*does not exist/);
  });
  it('counts a fixture only when its file exists, live captures included', () => {
    const seen = fixtureProducers(
      { 'a.http': { producer: 'alpha' }, 'gone.http': { producer: 'beta' } },
      (f) => f === 'a.http' || f === 'live/x-refused.http',
      [{ file: 'x-refused.http', producer: 'gamma' }, { file: 'y-refused.http', producer: 'delta' }],
    );
    expect([...seen].sort()).toEqual(['alpha', 'gamma']);
  });
});

describe('platformsWithoutFixture', () => {
  const order = "import type { StatusPlatform } from './contract';\nimport { cachet } from './cachet';\nimport { slack } from './slack';\nexport const PLATFORMS: readonly StatusPlatform[] = [cachet, slack];";
  const modules: Record<string, string> = {
    './cachet': "export const cachet: StatusPlatform = { kind: 'cachet', parse };",
    './slack': "export const slack: StatusPlatform = { kind: 'slack', parse };",
  };
  const readModule = (m: string): string | null => modules[m] ?? null;
  it('fails loudly when the table does not exist or is empty, instead of passing vacuously', () => {
    expect(platformsWithoutFixture(null, readModule, [])).toEqual([expect.stringMatching(/src\/status\/platforms\/order\.ts is missing/)]);
    expect(platformsWithoutFixture('export const PLATFORMS = [];', readModule, [])).toEqual([expect.stringMatching(/lists no platforms/)]);
  });
  it('names the platform without a <kind>-*.json fixture', () => {
    expect(platformsWithoutFixture(order, readModule, ['cachet-components.json', 'slack.json', 'slackish-x.json'])).toEqual([
      "src/status/platforms/slack.ts (kind 'slack') has no fixture: add a real answer of its API as tests/fixtures/status/slack-<case>.json",
    ]);
    expect(platformsWithoutFixture(order, readModule, ['cachet-components.json', 'slack-current-ok.json'])).toEqual([]);
  });
  it('names a platform file without a kind', () => {
    expect(platformsWithoutFixture(order, (m) => (m === './slack' ? 'export const slack = {};' : readModule(m)), ['cachet-a.json'])).toEqual([
      "src/status/platforms/slack.ts exports no contract with `kind: '<kind>'`",
    ]);
  });
});

describe('badCitations', () => {
  const docs = new Map([
    ['design.md', '# Design\n## Rules\n### Pure core, thin shell\n### Never lose user data\n'],
    ['reference.md', '# Facts\n## §1 Who produced the error page\n## §2 Retrying well\n'],
  ]);
  const check = (src: string): string[] => badCitations('src/x.ts', commentsOf('src/x.ts', src), docs);
  it('flags the notes outside the repository, with the replacement', () => {
    expect(check('// see REFERENCE.md §1\n// DESIGN.md and TOOLCHAIN.md')).toEqual([
      'src/x.ts:1 cites REFERENCE.md, which is not in the repository: cite docs/reference.md §n or a public URL',
      'src/x.ts:2 cites DESIGN.md, which is not in the repository: cite docs/design.md, "<section>" or a public URL',
      'src/x.ts:2 cites TOOLCHAIN.md, which is not in the repository: cite docs/testing.md or a public URL',
    ]);
  });
  it('flags tracker numbers, on the line where they are', () => {
    expect(check('/**\n * The badge (issue 4).\n * Issues 2 and 5 too.\n */')).toEqual([
      'src/x.ts:2 cites "issue 4": say the reason itself (a tracker number means nothing to a reader of the code)',
      'src/x.ts:3 cites "Issues 2 and 5": say the reason itself (a tracker number means nothing to a reader of the code)',
    ]);
  });
  it('checks that a cited doc, § and quoted section exist', () => {
    expect(check('// docs/nope.md')).toEqual(['src/x.ts:1 cites docs/nope.md, which does not exist']);
    expect(check('// docs/reference.md §3')[0]).toMatch(/docs\/reference\.md §3, but .* no such section/);
    expect(check('// docs/reference.md §10')[0]).toMatch(/§10, but/);
    expect(check('// docs/design.md, "Privacy by default"')[0]).toMatch(/"Privacy by default", but/);
  });
  it('accepts citations that resolve, across line breaks of a block comment', () => {
    expect(check('/** docs/reference.md §2; docs/design.md, "Never\n * lose user data"; docs/design.md ("Pure core") */')).toEqual([]);
  });
  it('reads only comments: the same words in strings are not citations', () => {
    expect(check("const s = 'REFERENCE.md issue 4 docs/nope.md';")).toEqual([]);
  });
  it('reads shell comments', () => {
    expect(badCitations('scripts/x.sh', commentsOf('scripts/x.sh', 'echo hi # TOOLCHAIN.md\n'), docs)).toHaveLength(1);
  });
  it('lists markdown headings as plain lower-case text', () => {
    expect(headings('# A `b`\ntext\n## §1 C\n')).toEqual(['a b', '§1 c']);
  });
});
