/**
 * The verdict as one line for the overlay: "Down for everyone: the status page reports a major
 * outage; 4 of 4 test locations can't reach it either". The translator is passed in
 * (browser.i18n.getMessage in the extension), so this stays pure.
 */
import type { StatusMessageKey } from './message-keys';
import type { Verdict } from './verdict';

/** Looks up a message with its substitutions. */
export type Translate = (key: StatusMessageKey, substitutions: string[]) => string;

/** Headline and reasons (at most `maxReasons`, joined with "; ") through the `st_line`
 * pattern, which carries each language's punctuation ("$1: $2", French "$1 : $2"). */
export function verdictLine(verdict: Verdict, t: Translate, maxReasons = 2): string {
  const reasons = verdict.reasons.slice(0, maxReasons).map((r) => t(r.key, r.substitutions)).filter((s) => s !== '');
  const headline = t(verdict.headline, []);
  return reasons.length > 0 ? t('st_line', [headline, reasons.join('; ')]) : headline;
}
