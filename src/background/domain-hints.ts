/**
 * Where the background gets a site's registrable domains (Public Suffix List) without tldts in
 * its bundle (the background's budget is 40 KB gzip, docs/design.md, "Budgets"; tldts alone is ≈100
 * KB gzip here).
 *
 * - Firefox runs the background as an event page, where `import()` works: tldts is loaded there
 *   as a lazy chunk on the first failed page (`lazyDomainLookup`).
 * - Chrome's MV3 service worker refuses `import()` (https://crbug.com/1198822), so it uses the
 *   domains the popup computed with the same lazy chunk and sent along with 'checks/run'. They
 *   are remembered per host in storage.session (gone with the browser session, shared by every
 *   tab and by the overlay's verdict, and surviving the worker's restarts). Until the popup has
 *   been opened for a site, Chrome's checks use the registry, the user's own page, check-host and
 *   the connectivity probe, but not `status.<domain>` discovery.
 * The `__TARGET__` test is a build-time constant, so Chrome's bundle holds no import() at all.
 */
import browser from 'webextension-polyfill';
import { domainsFor, lazyDomainLookup, NO_DOMAINS, type DomainLookup, type RegistrableDomains } from '../status/discovery/domain-lookup';

const KEY_PREFIX = 'psl:';
/** Hosts remembered at most; the oldest go first (a session rarely meets this many failures). */
const MAX_HOSTS = 200;

function keyOf(hostname: string): string {
  return KEY_PREFIX + hostname.toLowerCase();
}

/** The domains remembered for `hostname` in storage.session, or none. */
const rememberedDomains: DomainLookup = async (hostname) => {
  try {
    const key = keyOf(hostname);
    const stored = (await browser.storage.session.get(key))[key];
    return domainsFor(hostname, stored) ?? NO_DOMAINS;
  } catch {
    return NO_DOMAINS;
  }
};

/** The lookup the background's checks use (see the module comment). */
export const backgroundDomainLookup: DomainLookup = __TARGET__ === 'firefox' ? lazyDomainLookup : rememberedDomains;

/**
 * Remembers domains an extension page sent for `hostname` (checked to be parents of the host
 * first, so a message cannot point discovery at another site). Returns what was kept.
 */
export async function rememberDomains(hostname: string, value: unknown): Promise<RegistrableDomains | null> {
  const domains = domainsFor(hostname, value);
  if (domains === null || (domains.icann === null && domains.withPrivate === null)) return null;
  try {
    const all = await browser.storage.session.get(null);
    const hosts = Object.keys(all).filter((k) => k.startsWith(KEY_PREFIX));
    if (hosts.length >= MAX_HOSTS) await browser.storage.session.remove(hosts.slice(0, hosts.length - MAX_HOSTS + 1));
    await browser.storage.session.set({ [keyOf(hostname)]: domains });
  } catch { /* storage.session missing or full: the domains still serve this run */ }
  return domains;
}
