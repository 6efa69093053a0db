/** The transitions of one site: a probe starts, an answer fails or brings the site back. Pure. */
import type { Diagnosis } from '../types';
import type { Draft } from './context';
import { OFFLINE_RECHECK_MS, PROBE_LOST_MS, STAGGER_MAX_MS, STAGGER_STEP_MS } from './env';
import { firstMemory, nextProbe } from './pacing';
import type { SiteRecord, TabRecord } from './state';
import { anyVisible, dropIfIdle, howToLoad, leaderOf, waitingTabs } from './tabs';

/** The delay of the i-th of n reloads: 250 ms apart, spread over at most 2 s. */
export function staggerDelay(index: number, count: number): number {
  if (index <= 0 || count <= 1) return 0;
  const spread = Math.min(STAGGER_MAX_MS, STAGGER_STEP_MS * (count - 1));
  return Math.round((spread * index) / (count - 1));
}

/** A site's first failure; `latencyMs` is how long that answer took (a first-byte timeout brakes from the start). */
export function newSite(d: Draft, tab: TabRecord, diagnosis: Diagnosis, latencyMs = 0): SiteRecord {
  const now = d.env.now;
  const site: SiteRecord = {
    origin: tab.origin, attempts: 0, lastAnswerAt: now, memory: firstMemory(now), diagnosis, statusMajor: false,
    state: { phase: 'waiting', dueAt: now, floorAt: now, reason: 'waited', serverAskedSeconds: null, cappedByMaxWait: false },
  };
  d.state.sites[tab.origin] = site;
  schedule(d, site, { status: diagnosis.status, latencyMs, diagnosis });
  return site;
}

interface Heard {
  /** null: no HTTP answer (network error, lost probe). */
  status: number | null;
  latencyMs: number;
  diagnosis: Diagnosis | null;
}

/** Plans the next probe from the answer just heard, or gives up. */
function schedule(d: Draft, site: SiteRecord, heard: Heard): void {
  const { now, settings } = d.env;
  site.lastAnswerAt = now;
  if (heard.diagnosis) site.diagnosis = heard.diagnosis;
  if (heard.diagnosis && !heard.diagnosis.retryable) {
    site.state = { phase: 'gave-up', at: now, reason: 'not-retryable' };
    return;
  }
  if (now - site.memory.firstFailedAt >= settings.giveUpAfterMs) {
    site.state = { phase: 'gave-up', at: now, reason: 'time-limit' };
    return;
  }
  const decision = nextProbe(site.memory, {
    at: now, status: heard.status, latencyMs: heard.latencyMs,
    retryAfterSeconds: heard.diagnosis?.retryAfterSeconds ?? null,
    rateLimited: heard.diagnosis?.kind === 'rate-limited',
  }, { visible: anyVisible(d.state, site.origin), statusMajor: site.statusMajor, maxWaitMs: settings.maxWaitMs, random: d.env.random });
  site.memory = decision.memory;
  site.state = {
    phase: 'waiting', dueAt: decision.dueAt, floorAt: decision.floorAt, reason: decision.reason,
    serverAskedSeconds: decision.serverAskedSeconds, cappedByMaxWait: decision.cappedByMaxWait,
  };
}

/** Sends the site's one probe through its leader tab. Returns false when no tab can carry it. */
export function startProbe(d: Draft, site: SiteRecord, manual: boolean, viaTab?: TabRecord): boolean {
  // Offline, a load cannot reach the site and would swap the error page for the browser's own.
  if (!d.env.online) { pauseOffline(d, site); return false; }
  const tab = viaTab ?? leaderOf(d.state, site.origin);
  if (!tab) { dropIfIdle(d.state, site.origin); d.touched.add(site.origin); return false; }
  site.state = { phase: 'probing', since: d.env.now, tabId: tab.tabId, manual };
  site.attempts++;
  d.effects.push({ type: 'probe', origin: site.origin, tabId: tab.tabId, url: tab.url, how: howToLoad(tab), documentId: tab.documentId });
  d.touched.add(site.origin);
  return true;
}

/** The site answered with an error, or not at all. */
export function failed(d: Draft, site: SiteRecord, heard: Heard): void {
  if (heard.status === null && !d.env.online) {
    pauseOffline(d, site);
    return;
  }
  schedule(d, site, heard);
  d.touched.add(site.origin);
}

export function pauseOffline(d: Draft, site: SiteRecord): void {
  site.state = { phase: 'paused-offline', since: d.env.now, checkAt: d.env.now + OFFLINE_RECHECK_MS };
  d.touched.add(site.origin);
}

/**
 * The probe (or any load of the site in a tab) answered: bring every waiting tab back.
 * `answeredTabId` already shows a page of the site; `shown` says whether it is the page that failed.
 */
export function back(d: Draft, site: SiteRecord, answeredTabId: number, shown: boolean): void {
  const now = d.env.now;
  const tabs = waitingTabs(d.state, site.origin);
  site.state = { phase: 'back', at: now };
  const others = tabs.filter((t) => t.tabId !== answeredTabId);
  for (const t of tabs) {
    t.recoveredAt = now;
    if (!t.isPrivate) d.effects.push({ type: 'incident', tabId: t.tabId, url: t.url, hostname: new URL(t.url).hostname, status: t.status, producer: t.diagnosis.producer, kind: t.diagnosis.kind, since: t.since, recoveredAt: now });
  }
  const answered = tabs.find((t) => t.tabId === answeredTabId);
  if (answered && shown) d.effects.push({ type: 'notify-back', tabId: answered.tabId, hostname: new URL(answered.url).hostname });
  others.forEach((t, i) => {
    d.effects.push({ type: 'reload', origin: site.origin, tabId: t.tabId, url: t.url, how: howToLoad(t), documentId: t.documentId, delayMs: staggerDelay(i, others.length) });
  });
  d.touched.add(site.origin);
  dropIfIdle(d.state, site.origin);
}

/** A probe that never answered counts as a slow failure: the brake takes it as a drowning backend. */
export function probeLost(d: Draft, site: SiteRecord): void {
  failed(d, site, { status: null, latencyMs: PROBE_LOST_MS, diagnosis: null });
}
