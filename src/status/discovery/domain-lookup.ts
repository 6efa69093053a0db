/**
 * Registrable domains of a host, looked up lazily. Why lazily: the Public Suffix List (tldts)
 * weighs ≈100 KB gzip in a bundle — more than twice the background's 40 KB budget —
 * and only discovery (`status.<domain>`) and the Downdetector link need it, after a page failed.
 *
 * Documents (popup, options), Firefox's event-page background and Node can `import()` it as a
 * separate chunk: `lazyDomainLookup`. Chrome's MV3 service worker cannot: dynamic import() is
 * refused there (https://crbug.com/1198822, w3c/webextensions#212), so the background takes the
 * domains the popup computed and remembered (src/background/domain-hints.ts).
 */

/** The registrable domain per Public Suffix List section, or null (IP address, bare host, unknown). */
export interface RegistrableDomains {
  /** ICANN section only: `shop.herokuapp.com` → `herokuapp.com` (for outside links). */
  icann: string | null;
  /** Private section too: `shop.herokuapp.com` → `shop.herokuapp.com` (for discovery). */
  withPrivate: string | null;
  /** Whether the Public Suffix List knows the host's suffix; absent where it was not asked
   * (then privacy/public-host.ts applies its fixed rules only). */
  knownSuffix?: boolean;
}

/** Resolves a host's registrable domains; never rejects for a normal host. */
export type DomainLookup = (hostname: string) => Promise<RegistrableDomains>;

export const NO_DOMAINS: RegistrableDomains = Object.freeze({ icann: null, withPrivate: null });

/** A lookup that knows nothing (Chrome's service worker before the popup said more). */
export const noDomainLookup: DomainLookup = () => Promise.resolve(NO_DOMAINS);

/** Loads tldts as its own chunk on first use (not in Chrome's service worker, see above). */
export const lazyDomainLookup: DomainLookup = async (hostname) => {
  const { knownPublicSuffix, registrableDomain } = await import('./registrable-domain');
  return {
    icann: registrableDomain(hostname, false), withPrivate: registrableDomain(hostname, true),
    knownSuffix: knownPublicSuffix(hostname),
  };
};

/**
 * True when `domain` may be `hostname`'s registrable domain: the host itself or a parent of it,
 * with at least two labels. Checked on domains that arrive in a message, so no sender can aim
 * discovery at another site (`status.evil.example` for `shop.example.com`).
 */
export function isDomainOf(hostname: string, domain: unknown): domain is string {
  if (typeof domain !== 'string' || domain.length > 253 || !domain.includes('.')) return false;
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === domain || host.endsWith(`.${domain}`);
}

/** A `RegistrableDomains` from untrusted input, each field kept only when it fits `hostname`. */
export function domainsFor(hostname: string, value: unknown): RegistrableDomains | null {
  if (typeof value !== 'object' || value === null) return null;
  const { icann, withPrivate, knownSuffix } = value as { icann?: unknown; withPrivate?: unknown; knownSuffix?: unknown };
  return {
    icann: isDomainOf(hostname, icann) ? icann : null,
    withPrivate: isDomainOf(hostname, withPrivate) ? withPrivate : null,
    ...(typeof knownSuffix === 'boolean' ? { knownSuffix } : {}),
  };
}
