/**
 * The per-site retry engine (issue 4): one schedule per origin however many tabs wait, one
 * probe per attempt, the rules in src/core/scheduler.ts. Everything it knows is in the
 * persisted state; timers only wake it up.
 */
import { diagnose } from '../core/diagnose';
import { initialBudget, planNextAttempt } from '../core/scheduler';
import { broadcast } from './broadcast';
import { probe } from './probe';
import { recover } from './recover';
import { isHandledError } from './response';
import { currentSettings } from './settings';
import { readState, update, type EngineState, type SiteSchedule } from './state';
import { arm, disarm } from './timers';
import { isWaiting } from './view';

/** A due time this close counts as now (timer and page-clock jitter). */
const DUE_SLACK_MS = 250;
/** A probe that has not answered in this long was lost with a stopped worker. */
const PROBE_LOST_MS = 30_000;

export function waitingTabs(state: EngineState, origin: string): number[] {
  return Object.values(state.tabs).filter((t) => t.origin === origin && isWaiting(t)).map((t) => t.tabId);
}

/** Drops a site's schedule when no tab waits on it any more. */
export function dropIfIdle(draft: EngineState, origin: string): boolean {
  if (!draft.sites[origin] || waitingTabs(draft, origin).length > 0) return false;
  delete draft.sites[origin];
  return true;
}

export function newSite(draft: EngineState, origin: string, diagnosis: SiteSchedule['diagnosis'], now: number): SiteSchedule {
  const site: SiteSchedule = {
    origin, history: [], budget: draft.budgets[origin] ?? initialBudget(now), diagnosis,
    next: null, gaveUp: null, probingSince: null, pausedOffline: false,
  };
  draft.sites[origin] = site;
  return site;
}

/** Plans the site's next probe if none is planned, persists it and arms the clocks. */
export async function plan(origin: string): Promise<void> {
  const settings = await currentSettings();
  const now = Date.now();
  const at = await update((d) => {
    const site = d.sites[origin];
    if (!site || site.next || site.gaveUp || site.probingSince !== null) return null;
    const decision = planNextAttempt({
      history: site.history, diagnosis: site.diagnosis, budget: site.budget, now, random: Math.random,
      settings: { maxAttempts: settings.maxAttempts, maxWaitSeconds: settings.maxWaitSeconds },
    });
    site.budget = decision.budget;
    d.budgets[origin] = decision.budget;
    if (decision.action === 'give-up') { site.gaveUp = decision.reason; return null; }
    const { at: when, attempt, serverAskedSeconds, retryAfterHonoured, cappedByMaxWait } = decision;
    site.next = { at: when, attempt, serverAskedSeconds, retryAfterHonoured, cappedByMaxWait };
    return when;
  });
  if (at !== null) arm(origin, at, now, () => void runDue());
  await broadcast(origin);
}

/** Runs every probe that is due. Safe to call any time, from any clock. */
export async function runDue(): Promise<void> {
  const state = await readState();
  const now = Date.now();
  await Promise.all(Object.values(state.sites).map(async (site) => {
    if (!site.next || site.pausedOffline) return;
    if (site.next.at > now + DUE_SLACK_MS) { arm(site.origin, site.next.at, now, () => void runDue()); return; }
    await probeSite(site.origin, false);
  }));
}

/** Claims the site's probe (so no second one runs), sends it and acts on the answer. */
export async function probeSite(origin: string, manual: boolean): Promise<void> {
  const now = Date.now();
  const claim = await update((d) => {
    const site = d.sites[origin];
    if (!site || (site.probingSince !== null && now - site.probingSince < PROBE_LOST_MS)) return null;
    if (!manual && (!site.next || site.pausedOffline)) return null;
    const tabId = waitingTabs(d, origin)[0];
    const tab = tabId === undefined ? undefined : d.tabs[String(tabId)];
    if (!tab) return null;
    site.probingSince = now;
    return { url: tab.url, method: tab.method === 'HEAD' ? 'HEAD' as const : 'GET' as const, tabId: tab.tabId };
  });
  if (!claim) return;
  disarm(origin);
  await broadcast(origin);
  const result = await probe(claim.url, claim.method, claim.tabId);
  const offline = !result.ok && typeof navigator !== 'undefined' && !navigator.onLine;
  const outcome = await update((d) => {
    const site = d.sites[origin];
    if (!site) return 'gone' as const;
    site.probingSince = null;
    site.next = null;
    if (offline) { site.pausedOffline = true; return 'offline' as const; }
    site.history.push({ at: now, status: result.ok ? result.status : null });
    if (result.ok && !isHandledError(result.status)) return 'back' as const;
    if (result.ok) {
      site.diagnosis = diagnose({ status: result.status, headers: result.headers, body: result.body, now: Date.now() });
    }
    if (manual) site.gaveUp = null; // the user asked again: plan from here, within the same budget
    return 'failed' as const;
  });
  if (outcome === 'back') await recover(origin);
  else if (outcome === 'failed') await plan(origin);
  else if (outcome === 'offline') await broadcast(origin);
}

/** The page (or the worker) saw the network come and go. */
export async function setOnline(online: boolean): Promise<void> {
  const origins = await update((d) => {
    const changed: string[] = [];
    for (const site of Object.values(d.sites)) {
      if (site.pausedOffline === !online) continue;
      site.pausedOffline = !online;
      changed.push(site.origin);
    }
    return changed;
  });
  const state = await readState();
  for (const origin of origins) {
    const site = state.sites[origin];
    // A probe that failed while offline left no plan: try once right away on reconnect.
    if (online && site && !site.next && !site.gaveUp) await probeSite(origin, true);
    else await broadcast(origin);
  }
  if (online) await runDue();
}

/** Re-arms every persisted schedule: the worker (or event page) has just started. */
export async function rearm(): Promise<void> {
  const state = await readState();
  const now = Date.now();
  for (const site of Object.values(state.sites)) {
    if (site.next) arm(site.origin, site.next.at, now, () => void runDue());
  }
  await runDue();
}
