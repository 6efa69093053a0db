/**
 * One push of the views to every open surface, whenever a site's state changes: the overlay of
 * each of its tabs (tabs.sendMessage), the popup and options pages (a BroadcastChannel, as uBlock
 * Origin's MV3 pages do, instead of polling), and the badge of each tab.
 */
import browser from 'webextension-polyfill';
import type { EngineState } from '../core/engine';
import type { PushEnvelope } from '../shared/messages';
import { VIEW_CHANNEL, type ViewBroadcast } from '../shared/view-channel';
import { showBadge } from './badge';
import { currentSettings } from './settings';
import { buildView } from './view';

let channel: BroadcastChannel | null = null;

function viewChannel(): BroadcastChannel | null {
  if (channel === null && typeof BroadcastChannel !== 'undefined') channel = new BroadcastChannel(VIEW_CHANNEL);
  return channel;
}

/** Tells the extension's pages that a tab left the engine. */
export function broadcastGone(tabId: number): void {
  const message: ViewBroadcast = { tabId, view: null };
  viewChannel()?.postMessage(message);
}

export async function broadcast(origin: string, state: EngineState): Promise<void> {
  const settings = await currentSettings();
  const now = Date.now();
  const jobs = Object.values(state.tabs)
    .filter((t) => t.origin === origin)
    .map(async (t) => {
      const view = buildView(state, t.tabId, now, settings);
      if (!view) return;
      await showBadge(view, now);
      const message: ViewBroadcast = { tabId: t.tabId, view };
      viewChannel()?.postMessage(message);
      const push: PushEnvelope<'view'> = { push: 'view', payload: { view } };
      // The overlay may not be injected yet (or the page is gone): nothing to tell then.
      await browser.tabs.sendMessage(t.tabId, push).catch(() => undefined);
    });
  await Promise.all(jobs);
}
