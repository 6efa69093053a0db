/** Transitions driven by time and by the browser's own network state. Pure. */
import type { Draft } from './context';
import { BUSY_RETRY_MS, OFFLINE_RECHECK_MS, PROBE_LOST_MS } from './env';
import type { EngineEvent } from './events';
import { forget } from './on-tab';
import { probeLost, startProbe } from './site';
import type { EngineState } from './state';

type Of<T extends EngineEvent['type']> = Extract<EngineEvent, { type: T }>;

/** A due time this close counts as now (timer and page-clock jitter). */
export const DUE_SLACK_MS = 250;

/** Runs what is due: probes, lost probes, paused sites looking again. */
export function onTick(d: Draft): void {
  const now = d.env.now;
  for (const site of Object.values(d.state.sites)) {
    const s = site.state;
    if (s.phase === 'waiting' && s.dueAt <= now + DUE_SLACK_MS) {
      startProbe(d, site, false);
    } else if (s.phase === 'probing' && now - s.since >= PROBE_LOST_MS) {
      probeLost(d, site);
    } else if (s.phase === 'paused-offline' && s.checkAt <= now + DUE_SLACK_MS) {
      // A pause ends by itself: look again (a missed "online" event cannot strand the site).
      if (d.env.online) startProbe(d, site, false);
      else s.checkAt = now + OFFLINE_RECHECK_MS;
    }
  }
}

export function onNetwork(d: Draft, e: Of<'network'>): void {
  const now = d.env.now;
  for (const site of Object.values(d.state.sites)) {
    const s = site.state;
    if (!e.online && s.phase === 'waiting') {
      site.state = { phase: 'paused-offline', since: now, checkAt: now + OFFLINE_RECHECK_MS };
      d.touched.add(site.origin);
    } else if (e.online && s.phase === 'paused-offline') {
      startProbe(d, site, false);
    }
  }
}

export function onLoadSkipped(d: Draft, e: Of<'load-skipped'>): void {
  const site = d.state.sites[e.origin];
  const probing = site?.state.phase === 'probing' && site.state.tabId === e.tabId;
  if (e.why !== 'busy' || !probing) {
    // The tab left (or is leaving) the error page: it no longer waits.
    forget(d, e.tabId);
  }
  if (site && probing && d.state.sites[e.origin]) {
    // Not an answer: the attempt does not count, and the site is looked at again shortly.
    site.attempts = Math.max(0, site.attempts - 1);
    site.state = { phase: 'waiting', dueAt: d.env.now + BUSY_RETRY_MS, floorAt: d.env.now, reason: 'waited', serverAskedSeconds: null, cappedByMaxWait: false };
    d.touched.add(e.origin);
  }
}

/** The earliest time anything in the state needs the engine to look again; null when nothing waits. */
export function nextWake(state: EngineState): number | null {
  let at: number | null = null;
  const take = (t: number): void => { at = at === null ? t : Math.min(at, t); };
  for (const site of Object.values(state.sites)) {
    const s = site.state;
    if (s.phase === 'waiting') take(s.dueAt);
    else if (s.phase === 'probing') take(s.since + PROBE_LOST_MS);
    else if (s.phase === 'paused-offline') take(s.checkAt);
  }
  return at;
}
