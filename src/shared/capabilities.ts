/**
 * What the browser this build is for can do, where the two differ in ways the user sees.
 * Build-time constants (`__TARGET__`), so each bundle keeps only its own branch.
 */

/**
 * Whether one site's HTTP cache can be cleared alone. Chrome's browsingData takes `origins`.
 * Firefox's takes `hostnames`, but its cache cleaner builds principals with empty origin
 * attributes (ClearDataService.sys.mjs, NetworkCacheCleaner.deleteByHost), while every
 * top-level page's entries are keyed with a partition key (`O^partitionKey=(http,site)`, seen
 * in about:cache of Firefox ESR 153): the host-scoped clear removes nothing. The same limit is
 * reported at github.com/Cookie-AutoDelete/Cookie-AutoDelete/issues/1429. So Firefox clears its
 * whole cache, and the guide says so before the click.
 */
export const SITE_SCOPED_CACHE: boolean = __TARGET__ !== 'firefox';
