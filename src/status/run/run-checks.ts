/**
 * Run the status checks the user allowed for one failed site and combine them into a verdict.
 *
 * Privacy (docs/design.md, "Privacy by default"; the table in privacy/third-parties.ts): a source
 * runs only when its consent flag is true; check-host.net gets only the site's origin, never a
 * path, and nothing at all for a host that is not on the public internet (privacy/public-host.ts). The Wayback Machine
 * is not asked here at all: see check-archive.ts, called only when the user asks.
 */
import { isPublicHost } from '../privacy/public-host';
import { ResultCache } from './result-cache';
import type { BrowserKind, Connectivity } from '../connectivity/classify';
import { lazyDomainLookup, NO_DOMAINS, type DomainLookup } from '../discovery/domain-lookup';
import type { FetchLike } from '../net/fetch-json';
import { findStatusPage, type StatusPageFound } from '../discovery/find-status-page';
import type { KnownSitesLoader } from '../discovery/known-sites';
import { outsideLinks, type OutsideLinks } from './outside-links';
import { probeConnectivity } from '../connectivity/probe';
import { resolveStatusPage } from '../discovery/resolve-status-page';
import { runCheckHost, type CheckHostOutcome, type RunCheckHostOptions } from '../check-host/run-check-host';
import { decideVerdict, type Verdict, type VerdictInput } from '../verdict/verdict';

/** Which sources the user allowed. The caller reads them from the settings. */
export interface ConsentFlags {
  /** The site's own status page (registry, discovery, the user's page). On by default. */
  statusPage: boolean;
  /** The browser-vendor connectivity probe. On by default. */
  connectivity: boolean;
  /** check-host.net (third party): off until the user agrees. */
  checkHost: boolean;
  /** Wayback Machine (third party): off until the user agrees; used by check-archive.ts. */
  wayback: boolean;
}

/** One source's state: not allowed, still running (maybe with a partial value), or done. */
export type SourceState<T> = { state: 'off' } | { state: 'running'; partial?: T } | { state: 'done'; value: T };

/** Shared caches (one per source), kept by the background for all tabs. */
export interface ChecksCache {
  statusPage: ResultCache<StatusPageFound | null>;
  checkHost: ResultCache<CheckHostOutcome | string>;
  connectivity: ResultCache<Connectivity>;
}

/** One cache set, results reused for `ttlMs` (default a minute). */
export function createChecksCache(now: () => number, ttlMs = 60_000): ChecksCache {
  return {
    statusPage: new ResultCache({ now, ttlMs }),
    checkHost: new ResultCache({ now, ttlMs }),
    // The connection is the user's, not the site's: one result for every host.
    connectivity: new ResultCache({ now, ttlMs: Math.min(ttlMs, 30_000) }),
  };
}

/** Everything the overlay and the popup need. */
export interface ChecksResult {
  hostname: string;
  /** done with null: no status page found for the site. */
  statusPage: SourceState<StatusPageFound | null>;
  /** done with a string: the check could not run (the reason, for logs). */
  checkHost: SourceState<CheckHostOutcome | string>;
  connectivity: SourceState<Connectivity>;
  /** Links only, no request made. */
  links: OutsideLinks;
  verdict: Verdict;
  /** When this result was put together, ms. */
  checkedAt: number;
}

/** Input of runChecks. */
export interface RunChecksInput {
  hostname: string;
  /** The failed page; only its origin is used (for check-host's scheme and port). */
  url: string;
  consent: ConsentFlags;
  /** The status page the user set for this site, or null. */
  customStatusPage: string | null;
  browser: BrowserKind;
  fetch: FetchLike;
  now: () => number;
  cache: ChecksCache;
  diagnosis?: VerdictInput['diagnosis'];
  /** Whether the site answered with an HTTP status; default: whether a diagnosis is given. */
  siteAnswered?: boolean;
  /** Registry loader; Chrome's service worker passes loadKnownSitesStatic. */
  loadKnownSites?: KnownSitesLoader;
  /** Public Suffix List lookup (discovery, links); default: tldts as a lazy chunk. Chrome's
   * service worker cannot load chunks and passes what the popup computed (domain-lookup.ts). */
  domains?: DomainLookup;
  sleep?: (ms: number) => Promise<void>;
  checkHost?: Pick<RunCheckHostOptions, 'maxNodes' | 'pollIntervalMs' | 'maxPolls'>;
  timeoutMs?: number;
  /** Called whenever a source finishes (and with check-host progress), with the result so far. */
  onUpdate?: (partial: ChecksResult) => void;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The origin check-host should test: the page's, if it is on `hostname`, else https://hostname. */
function siteOrigin(hostname: string, url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.hostname === hostname && (parsed.protocol === 'https:' || parsed.protocol === 'http:')) return parsed.origin;
  } catch { /* fall through */ }
  return `https://${hostname}`;
}

/** A source's value so far: the final one, a partial one while running, or null. */
function valueOf<T>(s: SourceState<T>): T | null {
  if (s.state === 'done') return s.value;
  return s.state === 'running' ? (s.partial ?? null) : null;
}

/** What check-host's state holds when the host was not sent: not on the public internet. */
export const CHECK_HOST_NOT_PUBLIC = 'check-host: not asked, the host is not on the public internet';

/** Run the permitted checks in parallel; resolves when all are done. Never rejects. */
export async function runChecks(input: RunChecksInput): Promise<ChecksResult> {
  const { hostname, consent, fetch, now, cache } = input;
  const sleep = input.sleep ?? defaultSleep;
  const domains = await (input.domains ?? lazyDomainLookup)(hostname).catch(() => NO_DOMAINS);
  const links = outsideLinks(hostname, domains.icann);
  const initial = <T>(allowed: boolean): SourceState<T> => (allowed ? { state: 'running' } : { state: 'off' });
  let statusPage = initial<StatusPageFound | null>(consent.statusPage);
  const publicHost = isPublicHost(hostname, domains.knownSuffix);
  let checkHost: SourceState<CheckHostOutcome | string> = !consent.checkHost ? { state: 'off' }
    : publicHost ? { state: 'running' } : { state: 'done', value: CHECK_HOST_NOT_PUBLIC };
  let connectivity = initial<Connectivity>(consent.connectivity);
  const snapshot = (): ChecksResult => {
    const ch = valueOf(checkHost);
    return {
      hostname, statusPage, checkHost, connectivity, links, checkedAt: now(),
      verdict: decideVerdict({
        statusPage: valueOf(statusPage)?.report ?? null,
        checkHost: ch !== null && typeof ch !== 'string' ? ch.summary : null,
        connectivity: valueOf(connectivity),
        diagnosis: input.diagnosis ?? null,
        ...(input.siteAnswered === undefined ? {} : { siteAnswered: input.siteAnswered }),
        ...(consent.checkHost && !publicHost ? { checkHostSkipped: 'not-public' as const } : {}),
      }),
    };
  };
  const report = (): void => input.onUpdate?.(snapshot());
  const settle = <T>(task: Promise<T>, fallback: T): Promise<T> => task.catch(() => fallback);

  const jobs: Promise<void>[] = [];
  if (consent.statusPage) {
    const key = `${hostname}|${input.customStatusPage ?? ''}`;
    jobs.push(settle(cache.statusPage.run(key, async () => findStatusPage(
      await resolveStatusPage(hostname, input.customStatusPage, input.loadKnownSites, () => Promise.resolve(domains)),
      { fetch, now, timeoutMs: input.timeoutMs },
    )), null).then((value) => { statusPage = { state: 'done', value }; report(); }));
  }
  if (consent.checkHost && publicHost) {
    const origin = siteOrigin(hostname, input.url);
    jobs.push(settle(cache.checkHost.run(origin, () => runCheckHost(origin, {
      ...input.checkHost, fetch, sleep, timeoutMs: input.timeoutMs,
      onProgress: (partial) => { checkHost = { state: 'running', partial }; report(); },
    })), 'check-host: failed').then((value) => { checkHost = { state: 'done', value }; report(); }));
  }
  if (consent.connectivity) {
    jobs.push(settle(cache.connectivity.run(input.browser, () => probeConnectivity(input.browser, fetch)), 'unknown')
      .then((value) => { connectivity = { state: 'done', value }; report(); }));
  }
  await Promise.all(jobs);
  return snapshot();
}
