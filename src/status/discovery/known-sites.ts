/**
 * The known-sites registry: @sentry/status-page-list (a dependency, not a copy) plus
 * REGISTRY_ADDITIONS, loaded lazily so the list costs nothing until a page fails.
 *
 * Caveat (https://crbug.com/1198822, w3c/webextensions#212): Chrome's MV3 background *service
 * worker* refuses dynamic `import()` at run time. `loadKnownSites` suits documents (popup,
 * options), Firefox's event-page background and Node; Chrome's service worker should pass
 * `loadKnownSitesStatic` from './known-sites-static' instead (≈2.3 KB gzip once tree-shaken).
 */
import { REGISTRY_ADDITIONS } from './registry-additions';
import { lookupStatusPage, type DomainMap } from './registry-lookup';

/** Something that yields the package's domain map (dynamic or static import). */
export type KnownSitesLoader = () => Promise<DomainMap>;

let cached: Promise<DomainMap> | null = null;

/**
 * Lazily import the package's map once; later calls share the same promise. The import goes
 * through known-sites-static so the lazy chunk holds only the domain map, not the package's
 * per-service objects (measured with esbuild: ≈2.3 KB gzip instead of ≈8.3 KB).
 */
export const loadKnownSites: KnownSitesLoader = () => {
  cached ??= import('./known-sites-static').then(
    (m) => m.loadKnownSitesStatic(),
    (error: unknown) => {
      cached = null; // let a later call retry
      throw error;
    },
  );
  return cached;
};

/**
 * The registry's status page for a hostname, our additions first (they are more specific:
 * `*.herokuapp.com` before the package's entries), or null.
 */
export async function findKnownStatusPage(
  hostname: string, load: KnownSitesLoader = loadKnownSites,
): Promise<string | null> {
  const own = lookupStatusPage(hostname, REGISTRY_ADDITIONS);
  if (own !== null) return own;
  try {
    return lookupStatusPage(hostname, await load());
  } catch {
    return null; // a missing chunk must not break the other checks
  }
}
