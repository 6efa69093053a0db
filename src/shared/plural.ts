/**
 * Plural forms, which messages.json does not have: a counted message is a family of keys,
 * `<base>_<category>`, one per CLDR plural category its language uses for whole numbers, and
 * Intl.PluralRules picks the key for a count (https://cldr.unicode.org/index/cldr-spec/plural-rules;
 * English and German: one, other; French, Spanish, Italian, Portuguese: one, many, other, where
 * French and Portuguese also say "one" for 0 and "many" is for millions; Japanese and Chinese:
 * other only). The rules are those of the locale whose messages are shown, which each
 * messages.json names in `plural_rules_locale` (the browser may show English messages while its
 * own language is one Comeback does not ship). Pure: no browser APIs.
 */

/** The key of `base`'s form for `count` in `locale` (a BCP 47 tag, `pt-BR`; `pt_BR` is accepted too). */
export function pluralKey(base: string, count: number, locale: string): string {
  let category: Intl.LDMLPluralRule = 'other';
  try {
    category = new Intl.PluralRules(locale.replace(/_/g, '-')).select(count);
  } catch {
    // Not a valid tag: "other" is the form every language has.
  }
  return `${base}_${category}`;
}

/** The categories `locale` uses for whole numbers, for tests and tooling. */
export function pluralCategories(locale: string): Intl.LDMLPluralRule[] {
  return new Intl.PluralRules(locale.replace(/_/g, '-')).resolvedOptions().pluralCategories;
}
