/**
 * Every string the user sees goes through _locales, so no language shows another's words. Fails
 * when a locale lacks a key English has (or has one English lacks), when placeholders differ, or
 * when the UI names a key that English does not have.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LocaleMessages } from '../../../src/ui/format-message';

const ROOT = new URL('../../../', import.meta.url).pathname;
const LANGS = ['en', 'de', 'fr', 'es'] as const;
const locales = Object.fromEntries(LANGS.map((lang) => [lang, JSON.parse(
  readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8'),
) as LocaleMessages])) as Record<(typeof LANGS)[number], LocaleMessages>;

/** Placeholder names with their content, and the names the message text uses. */
function placeholderShape(entry: LocaleMessages[string]): string {
  const declared = Object.entries(entry.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${p.content}`).sort();
  const used = [...new Set([...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()))].sort();
  return `${declared.join(',')} | ${used.join(',')}`;
}

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

/** Keys the popup, options and shared UI build at run time from a fixed list. */
const DYNAMIC_KEYS = [
  ...['waiting', 'probing', 'paused_offline', 'gave_up', 'stopped', 'not_resent', 'disabled', 'recovered'].map((p) => `pp_phase_${p}`),
  ...['time_limit', 'not_retryable'].map((r) => `pp_gave_up_${r}`),
  ...['auto', 'en', 'de', 'fr', 'es'].map((l) => `set_language_${l}`),
  'set_site_rule_never', 'set_site_rule_always',
];

describe('locales', () => {
  const en = locales.en;

  it.each(LANGS.filter((l) => l !== 'en'))('%s has exactly the keys English has', (lang) => {
    const own = locales[lang];
    expect(Object.keys(en).filter((key) => !(key in own)), `missing in ${lang}`).toEqual([]);
    expect(Object.keys(own).filter((key) => !(key in en)), `only in ${lang}`).toEqual([]);
  });

  it.each(LANGS.filter((l) => l !== 'en'))('%s has the same placeholders as English', (lang) => {
    const own = locales[lang];
    const differ = Object.keys(en).filter((key) => own[key] && placeholderShape(own[key]) !== placeholderShape(en[key]!));
    expect(differ, lang).toEqual([]);
  });

  it.each(LANGS)('%s has no empty message and declares every placeholder it uses', (lang) => {
    for (const [key, entry] of Object.entries(locales[lang])) {
      expect(entry.message.trim(), `${lang} ${key}`).not.toBe('');
      const [declared = '', used = ''] = placeholderShape(entry).split(' | ');
      const names = new Set(declared.split(',').filter(Boolean).map((d) => d.split('=')[0]));
      expect(used.split(',').filter((u) => u !== '' && !names.has(u)), `${lang} ${key}`).toEqual([]);
    }
  });

  it('has every key the popup, options and UI name', () => {
    const sources = ['src/popup', 'src/options', 'src/ui'].flatMap((dir) => files(join(ROOT, dir), /\.tsx?$/));
    const named = new Set(DYNAMIC_KEYS);
    for (const file of sources) {
      for (const m of readFileSync(file, 'utf8').matchAll(/["'`]((?:pp|op|gd|set|st|dx)_[a-z0-9_]+|extName)["'`]/g)) named.add(m[1]!);
    }
    expect(named.size).toBeGreaterThan(80);
    expect([...named].filter((key) => !(key in en))).toEqual([]);
  });
});
