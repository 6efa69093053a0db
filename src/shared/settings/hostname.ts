/**
 * Hostname validation for settings keys (site rules, custom status pages).
 * Pure; `URL` is a language-level API (WHATWG URL, in Node and every browser), not a browser
 * extension API, and is used only to turn a Unicode name into its punycode form.
 */

/** RFC 1123 §2.1 label: letters, digits, hyphens; 1–63 chars; no hyphen at either end. */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** RFC 1035 §2.3.4: at most 253 characters in the textual form without the root dot. */
const MAX_LENGTH = 253;

/**
 * Canonical form of a hostname as the browser would report it (`URL.hostname`): lower-case,
 * punycode, no trailing root dot. Returns null for anything that is not a plain DNS name or
 * IPv4 address (so `__proto__`, `a b`, `http://x`, `[::1]` are all rejected).
 */
export function canonicalHostname(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  let host = input.trim().toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host === '' || host.length > MAX_LENGTH * 4) return null;
  // eslint-disable-next-line no-control-regex -- non-ASCII test: only then ask URL for punycode
  if (/[^\x00-\x7f]/.test(host)) {
    if (/[/:?#@\\\s[\]%]/.test(host)) return null;
    try {
      host = new URL(`http://${host}/`).hostname;
    } catch {
      return null;
    }
  }
  if (host.length > MAX_LENGTH) return null;
  const labels = host.split('.');
  return labels.every((label) => LABEL.test(label)) ? host : null;
}

/** True when `input` is already a canonical hostname (what settings keys must be). */
export function isHostname(input: unknown): input is string {
  return typeof input === 'string' && canonicalHostname(input) === input;
}

/**
 * The hostname and each parent domain, most specific first:
 * `a.b.example.com` → `a.b.example.com`, `b.example.com`, `example.com`, `com`.
 */
export function hostnameAndParents(hostname: string): string[] {
  const labels = hostname.split('.');
  return labels.map((_, i) => labels.slice(i).join('.'));
}
