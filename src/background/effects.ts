/**
 * Runs what the engine asked for (src/core/engine/effects.ts). Loading a page again is the one
 * effect that can hurt the user, so it looks at the tab first, and again after any stagger: a tab
 * with a navigation in flight, or showing another page or another document than the failed one,
 * is left alone (the user has moved on), and the engine is told.
 */
import browser from 'webextension-polyfill';
import type { Effect, EngineState } from '../core/engine';
import { markBack } from './badge';
import { broadcast, broadcastGone } from './broadcast';
import { markRecovered, recordIncident } from './incidents';
import { injectOverlay } from './inject';
import { notifyBack } from './notify';
import { currentSettings } from './settings';
import { dispatch } from './store';
import { pageUrl } from './url';

type Load = Extract<Effect, { type: 'probe' | 'reload' }>;

/** Why a tab cannot be loaded again now, or null when it can. */
async function blocker(e: Load): Promise<'busy' | 'moved' | 'gone' | null> {
  const tab = await browser.tabs.get(e.tabId).catch(() => null);
  if (!tab) return 'gone';
  if (pageUrl(tab.url) !== e.url) return 'moved';
  // A navigation the user started (Chromium sets pendingUrl; a loading tab in either browser).
  if (tab.pendingUrl || tab.status === 'loading') return 'busy';
  if (e.documentId !== null) {
    // Chromium gives each document an id: another document at the same URL is the user's own load.
    const frame = await browser.webNavigation.getFrame({ tabId: e.tabId, frameId: 0 }).catch(() => null);
    const current = (frame as { documentId?: string } | null)?.documentId;
    if (current !== undefined && current !== e.documentId) return 'moved';
  }
  return null;
}

async function load(e: Load): Promise<void> {
  if (e.type === 'reload' && e.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, e.delayMs));
  const why = await blocker(e);
  if (why) { await dispatch({ type: 'load-skipped', tabId: e.tabId, origin: e.origin, why }); return; }
  // A plain reload for a GET we saw fail; a fresh GET navigation for an adopted tab, whose method
  // is unknown (a reload could resend a form: RFC 9110 §9.2.2).
  if (e.how === 'navigate') await browser.tabs.update(e.tabId, { url: e.url });
  else await browser.tabs.reload(e.tabId);
}

async function run(effect: Effect, state: EngineState): Promise<void> {
  switch (effect.type) {
    case 'probe':
    case 'reload':
      return load(effect);
    case 'inject':
      return injectOverlay(effect.tabId);
    case 'notify-back':
      if ((await currentSettings()).notifications) await notifyBack(effect.tabId, effect.hostname);
      return;
    case 'push':
      return broadcast(effect.origin, state);
    case 'badge-back':
      broadcastGone(effect.tabId);
      return markBack(effect.tabId);
    case 'clear-badge':
      broadcastGone(effect.tabId);
      await browser.action.setBadgeText({ tabId: effect.tabId, text: '' }).catch(() => undefined);
      return;
    case 'incident':
      if (effect.recoveredAt === null) {
        await recordIncident({ hostname: effect.hostname, url: effect.url, status: effect.status, producer: effect.producer, kind: effect.kind, since: effect.since, recoveredAt: null }, effect.tabId);
      } else {
        await markRecovered(effect.url, effect.recoveredAt);
      }
      return;
  }
}

/** Runs a step's effects; one failing never stops the others. Loads are not awaited in order (staggers run side by side). */
export async function runEffects(effects: Effect[], state: EngineState): Promise<void> {
  await Promise.all(effects.map((e) => run(e, state).catch((err: unknown) => console.error(`Comeback: effect ${e.type} failed`, err))));
}
