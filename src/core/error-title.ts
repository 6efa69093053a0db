/**
 * Whether a tab's title looks like an HTTP error page, and which status it names. Used once, at
 * browser start-up and when Comeback is installed or updated, to find error pages that were
 * loaded while no listener of ours could see their response (Chromium delivers webRequest events
 * only to registered listeners; an update clears storage.session). Only tabs whose title passes
 * get the one-line status check, so healthy pages still run nothing of ours.
 *
 * The titles are the stock pages of docs/reference.md §1: Varnish "503 Backend fetch failed", nginx
 * and Apache "502 Bad Gateway" / "503 Service Unavailable", Cloudflare "example.com | 521: Web
 * server is down", and the reason phrases of RFC 9110 §15.6 and RFC 6585 §4 (429).
 */

/** Reason phrases of the statuses Comeback handles, and the stock pages' own wording. */
const PHRASES = [
  'too many requests',
  'internal server error',
  'not implemented',
  'bad gateway',
  'service unavailable',
  'service temporarily unavailable',
  'gateway time-out',
  'gateway timeout',
  'backend fetch failed',
  'web server is down',
  'origin is unreachable',
  'connection timed out',
  'a timeout occurred',
  'ssl handshake failed',
  'web server returned an unknown error',
];

/** A status of ours written as a word of its own: "503", "Error 503", "| 522:". */
const STATUS = /(?:^|[^\d.,])(429|5\d\d)(?!\d|[.,]\d)/;

/** The 429 or 5xx status a title names, or null. */
export function statusInTitle(title: string): number | null {
  const m = STATUS.exec(title);
  return m?.[1] ? Number(m[1]) : null;
}

/** Whether the title reads like an error page: a status of ours next to an error phrase, or a stock page's phrase. */
export function titleSuggestsError(title: string): boolean {
  const t = title.toLowerCase().slice(0, 300);
  const phrase = PHRASES.some((p) => t.includes(p));
  if (phrase) return true;
  return statusInTitle(t) !== null && /\b(error|erreur|fehler|unavailable|failed|gateway)\b/.test(t);
}
