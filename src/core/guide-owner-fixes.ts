/**
 * "This is my site": the server-side fixes that fit who produced the error and why
 * (docs/reference.md §1, the fixes an operator can make). Most specific first, generic ones last.
 */
import type { Diagnosis, Kind, Producer } from './types';
import type { GuideItem } from './guide-types';
import { CLOUDFLARE_5XX_DOCS, VARNISH_GRACE_DOCS } from './guide-links';

interface FixRule extends GuideItem {
  applies(d: Diagnosis): boolean;
}

const VARNISH_LIKE: readonly Producer[] = ['varnish', 'fastly'];
/** Layers that cache pages and so can serve stale copies or suffer a cold cache. */
const CACHES: readonly Producer[] = ['varnish', 'fastly', 'cloudflare', 'cloudfront', 'akamai'];
/** Cloudflare codes with their own meaning (Cloudflare's "Cloudflare 5xx errors" docs). */
const CLOUDFLARE_CODES = [520, 521, 522, 523, 524, 525, 526] as const;

const is = (producers: readonly Producer[], d: Diagnosis): boolean => producers.includes(d.producer);
const kindIn = (kinds: readonly Kind[], d: Diagnosis): boolean => kinds.includes(d.kind);
const isCloudflareCode = (d: Diagnosis): boolean =>
  d.producer === 'cloudflare' && (CLOUDFLARE_CODES as readonly number[]).includes(d.status);

const FIX_RULES: readonly FixRule[] = [
  // Magento 2 writes var/.maintenance.flag for bin/magento maintenance:enable; a failed deploy leaves it.
  { id: 'magento-flag', textKey: 'gd_fix_magento_flag', applies: (d) => d.producer === 'magento' },
  // WordPress writes .maintenance in its root during updates; an interrupted update leaves it.
  { id: 'wordpress-flag', textKey: 'gd_fix_wordpress_flag', applies: (d) => d.producer === 'wordpress' },
  ...CLOUDFLARE_CODES.map((code): FixRule => ({
    id: `cloudflare-${code}`,
    textKey: `gd_fix_cf_${code}`,
    links: [{ labelKey: 'gd_link_cloudflare_docs', href: CLOUDFLARE_5XX_DOCS }],
    applies: (d) => d.producer === 'cloudflare' && d.status === code,
  })),
  // Heroku's router errors are all 503; the H-code is only in the app's logs (docs/reference.md §1).
  { id: 'heroku-logs', textKey: 'gd_fix_heroku_logs', applies: (d) => d.producer === 'heroku' },
  {
    id: 'varnish-timeouts', textKey: 'gd_fix_varnish_timeouts',
    applies: (d) => is(VARNISH_LIKE, d) && kindIn(['backend-fetch-failed', 'timeout', 'connection-failed'], d),
  },
  // Varnish fails the fetch when headers or body exceed http_resp_hdr_len / http_resp_size.
  {
    id: 'varnish-resp-size', textKey: 'gd_fix_varnish_resp_size',
    applies: (d) => d.producer === 'varnish' && d.kind === 'backend-fetch-failed',
  },
  {
    id: 'health-probes', textKey: 'gd_fix_health_probes',
    applies: (d) => d.kind === 'backend-unhealthy' || (d.producer === 'varnish' && d.kind === 'backend-fetch-failed'),
  },
  {
    id: 'upstream-down', textKey: 'gd_fix_upstream_down',
    applies: (d) => d.kind === 'connection-failed' && !isCloudflareCode(d),
  },
  {
    id: 'proxy-timeouts', textKey: 'gd_fix_proxy_timeouts',
    applies: (d) => d.kind === 'timeout' && !is(VARNISH_LIKE, d) && !isCloudflareCode(d),
  },
  { id: 'tls-config', textKey: 'gd_fix_tls', applies: (d) => d.kind === 'tls-error' && !isCloudflareCode(d) },
  { id: 'rate-limit-rules', textKey: 'gd_fix_rate_limit', applies: (d) => d.kind === 'rate-limited' },
  { id: 'maintenance-retry-after', textKey: 'gd_fix_maintenance_retry_after', applies: (d) => d.kind === 'maintenance' },
  { id: 'logs', textKey: 'gd_fix_logs', applies: (d) => d.kind !== 'maintenance' },
  {
    id: 'workers', textKey: 'gd_fix_workers',
    applies: (d) => d.producer === 'heroku'
      || kindIn(['overloaded', 'timeout', 'backend-unhealthy', 'backend-fetch-failed', 'connection-failed'], d),
  },
  {
    id: 'slow-queries', textKey: 'gd_fix_slow_queries',
    applies: (d) => kindIn(['overloaded', 'timeout', 'backend-fetch-failed', 'backend-unhealthy'], d),
  },
  {
    id: 'stale-if-error', textKey: 'gd_fix_stale_if_error',
    links: [{ labelKey: 'gd_link_varnish_grace', href: VARNISH_GRACE_DOCS }],
    applies: (d) => is(VARNISH_LIKE, d) && !kindIn(['rate-limited', 'tls-error', 'maintenance'], d),
  },
  {
    id: 'cache-warmup', textKey: 'gd_fix_cache_warmup',
    applies: (d) => d.kind === 'overloaded'
      || (is(CACHES, d) && kindIn(['backend-fetch-failed', 'backend-unhealthy', 'timeout'], d)),
  },
  {
    id: 'rollback', textKey: 'gd_fix_rollback',
    applies: (d) => !kindIn(['maintenance', 'rate-limited', 'none'], d),
  },
];

/** Every message key a fix can use, for the locale completeness test. */
export const OWNER_FIX_KEYS: readonly string[] = FIX_RULES.map((rule) => rule.textKey);

/** The server-side fixes for this diagnosis, most specific first. Empty for `kind: none`. */
export function ownerFixes(d: Diagnosis): GuideItem[] {
  if (d.kind === 'none') return [];
  return FIX_RULES.filter((rule) => rule.applies(d)).map(({ id, textKey, links }) =>
    (links ? { id, textKey, links } : { id, textKey }));
}
