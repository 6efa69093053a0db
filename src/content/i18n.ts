/**
 * The overlay's strings, straight from browser.i18n (works in content scripts). Kept apart
 * from src/ui/i18n.ts so the overlay stays small (its bundle budget is 15 KB gzip: it is injected
 * into a page that is already failing; docs/design.md, "Budgets").
 */
import browser from 'webextension-polyfill';
import { formatDuration } from '../core/engine/duration';
import { pluralKey } from '../shared/plural';

export function t(key: string, subs: string | string[] = []): string {
  const text = browser.i18n.getMessage(key, subs);
  return text === '' ? key : text;
}

/** The form of counted message `base` for `count` (src/shared/plural.ts), `base_other` if the locale lacks it. */
export function tCount(base: string, count: number, subs: string[] = [String(count)]): string {
  const text = browser.i18n.getMessage(pluralKey(base, count, t('plural_rules_locale')), subs);
  return text === '' ? t(`${base}_other`, subs) : text;
}

/** A duration in the user's words, rounded as every surface rounds it (core/engine/duration.ts). */
export function duration(seconds: number): string {
  return formatDuration(seconds, (key, subs) => t(key, subs));
}
