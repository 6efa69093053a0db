/**
 * The copyable report a user sends to the site's support (guide step 8): what failed,
 * when, who answered, the ids to quote, and the few response headers that locate the failure.
 *
 * Plain text in fixed English labels: it is read by the site's support staff and operators, who
 * grep logs for these fields, whatever the visitor's language. Nothing private goes in: headers
 * come from an allow-list (never cookies or auth), and secrets in the URL are masked.
 */
import type { Diagnosis, DiagnosisIds, HeaderMap } from './types';

/** What the report is built from. `time` comes from the caller's clock (ms since epoch). */
export interface ReportInput {
  url: string;
  time: number;
  diagnosis: Diagnosis;
  /** Response headers, lower-case names (as HeaderMap). */
  headers: HeaderMap;
  /** Request method of the failed load, when known. */
  method?: string;
}

/**
 * The headers that say which box answered and how to find the request in its logs. An allow-list,
 * so Set-Cookie, Authorization, WWW-Authenticate and anything unknown never leak.
 */
export const REPORT_HEADERS: readonly string[] = [
  'server', 'via', 'x-cache', 'x-served-by', 'x-varnish', 'cf-ray', 'x-amz-cf-id', 'x-request-id',
  'retry-after', 'date',
];

/** Query parameter names (or parts of them, split at `_`, `-`, `.`) that carry credentials. */
const SECRET_PARTS = new Set(['key', 'apikey', 'pass', 'passwd', 'pwd', 'auth', 'sid', 'sig', 'signature',
  'code', 'ticket', 'jwt', 'otp', 'nonce', 'credential', 'credentials']);
/** Substrings that mark a credential wherever they appear (`accessToken`, `PHPSESSID`). */
const SECRET_WORDS = /token|secret|password|session|sessid/i;

function isSecretParam(name: string): boolean {
  return SECRET_WORDS.test(name) || name.toLowerCase().split(/[^a-z0-9]+/).some((part) => SECRET_PARTS.has(part));
}
const MAX_VALUE = 300;

/** One line of text: control characters (CR/LF injection into the report) removed, length capped. */
export function sanitizeValue(value: string): string {
  // eslint-disable-next-line no-control-regex -- stripping controls is the point
  const flat = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return flat.length > MAX_VALUE ? `${flat.slice(0, MAX_VALUE)}…` : flat;
}

/** The URL without user:password, fragment, or credential-like query values. */
export function redactUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return sanitizeValue(raw.split('#')[0] ?? '');
  }
  url.username = '';
  url.password = '';
  url.hash = '';
  for (const name of [...new Set(url.searchParams.keys())]) {
    if (isSecretParam(name)) url.searchParams.set(name, '(removed)');
  }
  return sanitizeValue(url.href);
}

const ID_LABELS: Record<keyof DiagnosisIds, string> = {
  xid: 'Varnish XID',
  details: 'Fastly details',
  rayId: 'Cloudflare Ray ID',
  requestId: 'CloudFront Request ID',
  reference: 'Akamai reference',
};

function isoTime(time: number): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? 'unknown' : date.toISOString();
}

/** The report as plain text, one `Label: value` per line, ending with a newline. */
export function buildReport(input: ReportInput): string {
  const d = input.diagnosis;
  const lines = [
    'Error report (made by the Comeback browser extension)',
    `URL: ${redactUrl(input.url)}`,
    `Time: ${isoTime(input.time)}`,
  ];
  if (input.method) lines.push(`Method: ${sanitizeValue(input.method.toUpperCase())}`);
  lines.push(`Status: ${d.status}`, `Produced by: ${d.producer}`, `Kind: ${d.kind}`);
  if (d.retryAfterSeconds !== null) lines.push(`Retry-After: ${d.retryAfterSeconds} s`);
  for (const key of Object.keys(ID_LABELS) as (keyof DiagnosisIds)[]) {
    const value = d.ids[key];
    if (value) lines.push(`${ID_LABELS[key]}: ${sanitizeValue(value)}`);
  }
  // HeaderMap promises lower-case names; lower-case again so a careless caller cannot smuggle one past.
  const byName = new Map(Object.entries(input.headers).map(([name, value]) => [name.toLowerCase(), value]));
  const headers = REPORT_HEADERS.flatMap((name) => {
    const value = byName.get(name);
    return typeof value === 'string' ? [`  ${name}: ${sanitizeValue(value)}`] : [];
  });
  if (headers.length > 0) lines.push('Response headers:', ...headers);
  return `${lines.join('\n')}\n`;
}
