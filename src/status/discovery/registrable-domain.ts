/**
 * The one place that asks the Public Suffix List (via tldts) for a registrable domain, so the
 * library can be swapped for a lighter build with the same `getDomain` API (tldts-experimental)
 * if the background bundle budget demands it: full tldts weighs ≈47 KB gzip (esbuild, minified).
 */
import { getDomain, parse } from 'tldts';
import { isPublicHost } from '../privacy/public-host';

/**
 * `shop.example.co.uk` → `example.co.uk`; null for IP addresses, bare hosts, and hosts not on
 * the public internet (tldts alone would name `corp.internal` the domain of
 * `status.corp.internal`, sending discovery to public DNS with an intranet name).
 * @param privateDomains count the PSL's private section (`herokuapp.com`, `github.io`) as
 *   suffixes, so a customer site is its own registrable domain
 */
export function registrableDomain(hostname: string, privateDomains: boolean): string | null {
  if (!isPublicHost(hostname, knownPublicSuffix(hostname))) return null;
  return getDomain(hostname, { allowPrivateDomains: privateDomains });
}

/** Whether the Public Suffix List's ICANN section knows the host's suffix (`.com`, `.co.uk`). */
export function knownPublicSuffix(hostname: string): boolean {
  return parse(hostname).isIcann === true;
}
