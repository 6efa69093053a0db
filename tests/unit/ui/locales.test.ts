/**
 * Every string the user sees goes through _locales, so no language shows another's words. Fails
 * when a locale lacks a key English has (or has one English lacks), when placeholders differ, or
 * when the UI names a key that English does not have.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/shared/settings';
import { pluralCategories, pluralKey } from '../../../src/shared/plural';
import type { LocaleMessages } from '../../../src/ui/format-message';

const ROOT = new URL('../../../', import.meta.url).pathname;
/** Every locale shipped: each folder under public/_locales. */
const LANGS = readdirSync(join(ROOT, 'public/_locales')).sort();
const locales: Record<string, LocaleMessages> = Object.fromEntries(LANGS.map((lang) => [lang, JSON.parse(
  readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8'),
) as LocaleMessages]));

/** A plural form's key (`<base>_<category>`, src/shared/plural.ts) → its base, else null. */
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
function pluralBase(key: string, en: LocaleMessages): string | null {
  const base = PLURAL.exec(key)?.[1];
  return base !== undefined && `${base}_other` in en ? base : null;
}

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
  ...LANGUAGES.map((l) => `set_language_${l}`),
  'set_site_rule_never', 'set_site_rule_always',
];

describe('locales', () => {
  const en = locales.en!;

  it('ships at least the eight languages, each selectable in the options', () => {
    expect(LANGS).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'es', 'it', 'pt_BR', 'ja', 'zh_CN']));
    expect([...LANGUAGES].filter((l) => l !== 'auto').sort()).toEqual(LANGS);
  });

  // Plural forms differ by language, so those keys are compared as families (next test).
  it.each(LANGS.filter((l) => l !== 'en'))('%s has exactly the keys English has', (lang) => {
    const own = locales[lang]!;
    const plain = (key: string): boolean => pluralBase(key, en) === null;
    expect(Object.keys(en).filter(plain).filter((key) => !(key in own)), `missing in ${lang}`).toEqual([]);
    expect(Object.keys(own).filter(plain).filter((key) => !(key in en)), `only in ${lang}`).toEqual([]);
  });

  it.each(LANGS)('%s has exactly the plural forms its language uses, chosen by its own rules', (lang) => {
    const own = locales[lang]!;
    const tag = own.plural_rules_locale?.message ?? '';
    expect(tag.replace(/-/g, '_'), `${lang} plural_rules_locale`).toBe(lang);
    const categories = pluralCategories(tag).sort();
    const bases = [...new Set(Object.keys(en).map((k) => pluralBase(k, en)).filter((b): b is string => b !== null))];
    for (const base of bases) {
      const forms = Object.keys(own).filter((k) => pluralBase(k, en) === base).map((k) => PLURAL.exec(k)![2]!).sort();
      expect(forms, `${lang} ${base}`).toEqual(categories);
      // Every count picks a form the file has (0, 1, 2, 5, 21, a million).
      for (const n of [0, 1, 2, 5, 21, 1_000_000]) expect(own[pluralKey(base, n, tag)], `${lang} ${base} for ${n}`).toBeDefined();
      // Forms differ where the language tells them apart (not English copies).
      if (forms.length > 1) expect(new Set(forms.map((f) => own[`${base}_${f}`]!.message)).size, `${lang} ${base}`).toBe(forms.length);
    }
  });

  it.each(LANGS.filter((l) => !['en', 'de', 'fr', 'es'].includes(l)))('%s is translated, not a copy of English', (lang) => {
    const own = locales[lang]!;
    // Names (services' own names in gd_link_*), examples and format-only strings may equal
    // English; running text (more than three words besides placeholders) may not.
    const words = (m: string): number => m.replace(/\$[A-Za-z0-9_]+\$|\$\d/g, '').split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length;
    const same = Object.keys(en).filter((k) => !k.startsWith('gd_link_') && own[k]?.message === en[k]!.message && words(en[k]!.message) > 3);
    expect(same, lang).toEqual([]);
  });

  it.each(LANGS.filter((l) => l !== 'en'))('%s has the same placeholders as English', (lang) => {
    const own = locales[lang]!;
    const differ = Object.keys(en).filter((key) => own[key] && placeholderShape(own[key]) !== placeholderShape(en[key]!));
    expect(differ, lang).toEqual([]);
  });

  it.each(LANGS)('%s has no empty message and declares every placeholder it uses', (lang) => {
    for (const [key, entry] of Object.entries(locales[lang]!)) {
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
