/**
 * The sentence under "clear cookies" that names exactly which sites lose their cookies, per
 * browser (src/core/cookie-scope.ts says why they differ). The registrable domain comes from the
 * Public Suffix List (tldts, private section included: browsers do not let `herokuapp.com` share
 * cookies between its customers' sites).
 */
import { useEffect, useState } from 'preact/hooks';
import { cookieScope, namedSites, type CookieScope } from '../core/cookie-scope';
import { lazyDomainLookup } from '../status/discovery/domain-lookup';
import { t } from '../ui/i18n';

/** The scope of `hostname`, or null while the list loads. */
export function useCookieScope(hostname: string): CookieScope | null {
  const [scope, setScope] = useState<CookieScope | null>(null);
  useEffect(() => {
    let live = true;
    lazyDomainLookup(hostname).then(
      (d) => { if (live) setScope(cookieScope(hostname, d.withPrivate)); },
      () => { if (live) setScope(cookieScope(hostname, null)); },
    );
    return () => { live = false; };
  }, [hostname]);
  return scope;
}

export function cookieScopeText(scope: CookieScope): string {
  const sites = namedSites(scope).join(', ');
  if (scope.domain === scope.host && !scope.host.includes('.')) return t('pp_clear_scope_host', [scope.host]);
  if (/^[\d.]+$|:/.test(scope.host)) return t('pp_clear_scope_host', [scope.host]); // an IP address
  return __TARGET__ === 'firefox'
    ? t('pp_clear_scope_firefox', [scope.host, scope.domain, sites])
    : t('pp_clear_scope_chrome', [scope.domain, sites]);
}
