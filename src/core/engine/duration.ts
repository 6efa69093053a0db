/**
 * Durations as every surface says them ("45 s", "2 min 05 s", "1 h 10 min") and as the badge
 * shows them ("45s", "3m", "2h"): one rounding rule (whole seconds, rounded up, so a countdown
 * never shows 0 while time remains). Pure: the caller passes the translator.
 */
export type Translate = (key: string, subs: string[]) => string;

/** Whole seconds from `now` to `at`, rounded up, never negative. */
export function secondsLeft(at: number, now: number): number {
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** A duration in seconds, through the locale's pp_duration_* patterns. */
export function formatDuration(totalSeconds: number, t: Translate): string {
  const s = Number.isFinite(totalSeconds) ? Math.max(0, Math.ceil(totalSeconds)) : 0;
  if (s < 60) return t('pp_duration_s', [String(s)]);
  if (s < 3600) return t('pp_duration_min_s', [String(Math.floor(s / 60)), String(s % 60).padStart(2, '0')]);
  const minutes = Math.floor((s % 3600) / 60);
  return t('pp_duration_h_min', [String(Math.floor(s / 3600)), String(minutes).padStart(2, '0')]);
}

/** The badge's four characters at most. */
export function badgeDuration(totalSeconds: number): string {
  const s = Number.isFinite(totalSeconds) ? Math.max(0, Math.ceil(totalSeconds)) : 0;
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.ceil(s / 60)}m`;
  return `${Math.ceil(s / 3600)}h`;
}
