/**
 * The one place that asks the Public Suffix List (via tldts) for a registrable domain, so the
 * library can be swapped for a lighter build with the same `getDomain` API (tldts-experimental)
 * if the background bundle budget demands it: full tldts weighs ≈47 KB gzip (esbuild, minified).
 */
import { getDomain } from 'tldts';

/**
 * `shop.example.co.uk` → `example.co.uk`; null for IP addresses and bare hosts.
 * @param privateDomains count the PSL's private section (`herokuapp.com`, `github.io`) as
 *   suffixes, so a customer site is its own registrable domain
 */
export function registrableDomain(hostname: string, privateDomains: boolean): string | null {
  return getDomain(hostname, { allowPrivateDomains: privateDomains });
}
