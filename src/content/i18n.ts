/**
 * The overlay's strings, straight from browser.i18n (works in content scripts). Kept apart
 * from src/ui/i18n.ts so the overlay stays small (issue 7 budget: 15 KB gzip).
 */
import browser from 'webextension-polyfill';
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

/** "5 s", "2 min", "1 h" in the user's words. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  if (s < 90) return t('ov_seconds', String(s));
  if (s < 5400) return t('ov_minutes', String(Math.round(s / 60)));
  return t('ov_hours', String(Math.round(s / 3600)));
}
