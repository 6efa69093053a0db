/** Plural forms: Intl.PluralRules' categories per language (CLDR), as the locale files use them. */
import { describe, expect, it } from 'vitest';
import { pluralCategories, pluralKey } from '../../../src/shared/plural';

describe('pluralKey', () => {
  it.each([
    ['en', 0, 'other'], ['en', 1, 'one'], ['en', 2, 'other'],
    ['de', 1, 'one'], ['de', 21, 'other'],
    // French and Brazilian Portuguese count 0 as singular; Spanish and Italian do not.
    ['fr', 0, 'one'], ['fr', 1, 'one'], ['fr', 2, 'other'], ['fr', 1_000_000, 'many'],
    ['pt_BR', 0, 'one'], ['pt-BR', 1, 'one'], ['pt_BR', 2, 'other'],
    ['es', 0, 'other'], ['es', 1, 'one'], ['es', 1_000_000, 'many'],
    ['it', 0, 'other'], ['it', 1, 'one'],
    // Japanese and Chinese have one form.
    ['ja', 1, 'other'], ['ja', 2, 'other'], ['zh_CN', 1, 'other'],
  ] as const)('%s %d → %s', (lang, n, category) => {
    expect(pluralKey('msg', n, lang)).toBe(`msg_${category}`);
  });

  it('falls back to "other" for a tag Intl cannot read', () => {
    expect(pluralKey('msg', 1, 'not a tag!')).toBe('msg_other');
  });

  it('lists the categories a language uses', () => {
    expect(pluralCategories('ja')).toEqual(['other']);
    expect(pluralCategories('en').sort()).toEqual(['one', 'other']);
    expect(pluralCategories('fr').sort()).toEqual(['many', 'one', 'other']);
  });
});
