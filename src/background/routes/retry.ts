/**
 * Routes about the retrying: the overlay's countdown ran out, Retry now, Stop. From the overlay
 * the tab is the sender's own; from the popup it is named in the payload (routes/route.ts).
 */
import { isEmpty, maybeTabId } from '../../shared/guards';
import { retryNow, stopTab } from '../actions';
import { dispatch } from '../store';
import { tabView } from '../view';
import type { Routes } from './route';

export const retryRoutes: Routes<'retry/due' | 'retry/now' | 'retry/stop'> = {
  // A page's own script cannot reach this (it has no runtime); a due tick is harmless anyway:
  // the engine decides what is due by its own clock.
  'retry/due': { from: 'content', valid: isEmpty, handle: async () => { await dispatch({ type: 'tick' }); return null; } },
  'retry/now': {
    from: 'any', valid: maybeTabId,
    handle: async (_p, { tabId }) => { if (tabId !== null) await retryNow(tabId); return tabView(tabId); },
  },
  'retry/stop': {
    from: 'any', valid: maybeTabId,
    handle: async (_p, { tabId }) => { if (tabId !== null) await stopTab(tabId); return tabView(tabId); },
  },
};
