/** Tells every overlay of a site (and the badge of each of its tabs) that its state changed. */
import browser from 'webextension-polyfill';
import type { PushEnvelope } from '../shared/messages';
import { showBadge } from './badge';
import { currentSettings } from './settings';
import { readState } from './state';
import { buildView } from './view';

export async function broadcast(origin: string): Promise<void> {
  const [state, settings] = await Promise.all([readState(), currentSettings()]);
  const now = Date.now();
  const jobs = Object.values(state.tabs)
    .filter((t) => t.origin === origin)
    .map(async (t) => {
      const view = buildView(state, t.tabId, settings.maxAttempts);
      if (!view) return;
      await showBadge(view, now);
      const push: PushEnvelope<'view'> = { push: 'view', payload: { view } };
      // The overlay may not be injected yet (or the page is gone): nothing to tell then.
      await browser.tabs.sendMessage(t.tabId, push).catch(() => undefined);
    });
  await Promise.all(jobs);
}
