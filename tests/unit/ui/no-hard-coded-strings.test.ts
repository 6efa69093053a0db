/**
 * A component must not hold a user-visible string (every one is an i18n key, so every locale can
 * translate it): JSX text with letters in it, or an aria-label / title / placeholder / alt written
 * as a literal. Those go through t() so every language gets them. Scans every .tsx under src/popup,
 * src/options, src/content and src/ui.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
const DIRS = ['src/popup', 'src/options', 'src/content', 'src/ui'];
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
/** A letter in any script: punctuation, digits and symbols alone (·, ×, 404) need no translation. */
const LETTER = /\p{L}/u;

function tsxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsxFiles(path) : name.endsWith('.tsx') ? [path] : [];
  });
}

/** The hard-coded strings in one source text, as `line: text`. */
export function hardCodedStrings(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string): void => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    found.push(`${relative(ROOT, fileName)}:${line}: ${text.trim()}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(file))) {
      const init = node.initializer;
      const literal = init && ts.isStringLiteral(init) ? init
        : init && ts.isJsxExpression(init) && init.expression
          && (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression)) ? init.expression
          : null;
      if (literal && LETTER.test(literal.text)) report(node, `${node.name.getText(file)}="${literal.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('no hard-coded user-visible strings', () => {
  it('the scanner catches text nodes and visible attributes, and lets t() through', () => {
    const sample = `const A = () => <div title="Close" aria-label={'Menu'}>Hello <b>{t('pp_x')}</b> · 42 <i aria-label={t('k')} class="x" /></div>;`;
    expect(hardCodedStrings(join(ROOT, 'sample.tsx'), sample).map((s) => s.replace(/^.*?: /, ''))).toEqual([
      'title="Close"', 'aria-label="Menu"', 'Hello',
    ]);
  });

  it('no .tsx under src/popup, src/options, src/content, src/ui has one', () => {
    const files = DIRS.flatMap((dir) => tsxFiles(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) => hardCodedStrings(file, readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
