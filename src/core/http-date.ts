/**
 * HTTP-date parsing, RFC 9110 §5.6.7: the preferred IMF-fixdate and the two obsolete forms
 * (RFC 850 and ANSI C asctime) that recipients must still accept. Pure: the caller passes `now`
 * when a two-digit RFC 850 year needs a reference point.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SHORT_DAY = '(?:mon|tue|wed|thu|fri|sat|sun)';
const LONG_DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';

/** `Sun, 06 Nov 1994 08:49:37 GMT` */
const IMF_FIXDATE = new RegExp(`^${SHORT_DAY}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`, 'i');
/** `Sunday, 06-Nov-94 08:49:37 GMT` */
const RFC_850 = new RegExp(`^${LONG_DAY}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`, 'i');
/** `Sun Nov  6 08:49:37 1994` (day padded with a space) */
const ASCTIME = new RegExp(`^${SHORT_DAY} ${MONTH} ( \\d|\\d{2}) ${TIME} (\\d{4})$`, 'i');

function build(year: number, month: string, day: string, h: string, m: string, s: string): number | null {
  const mon = MONTHS.indexOf(month.toLowerCase());
  const d = Number(day);
  const [hh, mm, ss] = [Number(h), Number(m), Number(s)];
  // RFC 9110 §5.6.7 allows second 60 (a leap second); Date.UTC rolls it over correctly.
  if (hh > 23 || mm > 59 || ss > 60 || d < 1) return null;
  const ms = Date.UTC(year, mon, d, hh, mm, ss);
  // Reject impossible days such as 31 Feb instead of letting Date roll them into March.
  if (new Date(Date.UTC(year, mon, d)).getUTCDate() !== d) return null;
  return ms;
}

/**
 * RFC 850's two-digit year: RFC 9110 §5.6.7 says a year that appears to be more than 50 years
 * in the future is the most recent past year with the same last two digits. Without `now` the
 * POSIX strptime pivot applies (69–99 → 19xx, 00–68 → 20xx).
 */
function fullYear(twoDigits: number, now: number | undefined): number {
  if (now === undefined) return twoDigits >= 69 ? 1900 + twoDigits : 2000 + twoDigits;
  const current = new Date(now).getUTCFullYear();
  let year = current - (current % 100) + twoDigits;
  if (year > current + 50) year -= 100;
  return year;
}

/**
 * Parses an HTTP-date in any of the three forms of RFC 9110 §5.6.7.
 * @param s the header value (surrounding whitespace is ignored)
 * @param now reference clock (ms) for RFC 850 two-digit years; optional
 * @returns milliseconds since the epoch, or null when `s` is not an HTTP-date
 */
export function parseHttpDate(s: string, now?: number): number | null {
  const v = s.trim();
  let m = IMF_FIXDATE.exec(v);
  if (m) return build(Number(m[3]), m[2]!, m[1]!, m[4]!, m[5]!, m[6]!);
  m = RFC_850.exec(v);
  if (m) return build(fullYear(Number(m[3]), now), m[2]!, m[1]!, m[4]!, m[5]!, m[6]!);
  m = ASCTIME.exec(v);
  if (m) return build(Number(m[6]), m[1]!, m[2]!.trim(), m[3]!, m[4]!, m[5]!);
  return null;
}
