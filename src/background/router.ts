/**
 * Every message the background answers, in one table (docs/design.md, "One typed message map":
 * no if-chains that route messages). The routes live by subject in ./routes, each in the one
 * shape of routes/route.ts; the table's type makes sure every message of the map has exactly
 * one route. Sender and payload are checked here, before any route runs: content scripts are
 * untrusted input.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isRecord, isTabId } from '../shared/guards';
import type { Envelope, MessageType, ResponseOf, Sender } from '../shared/messages';
import { archiveRoutes } from './routes/archive';
import { checkRoutes } from './routes/checks';
import { formRoutes } from './routes/form';
import { incidentRoutes } from './routes/incidents';
import { pageRoutes } from './routes/page';
import { retryRoutes } from './routes/retry';
import type { Route } from './routes/route';
import { siteRoutes } from './routes/site';
import { tabRoutes } from './routes/tab';

type Table = { [K in MessageType]: Route<K> };

const table: Table = {
  ...pageRoutes, ...retryRoutes, ...formRoutes, ...tabRoutes, ...siteRoutes,
  ...checkRoutes, ...archiveRoutes, ...incidentRoutes,
};

function senderKind(sender: Runtime.MessageSender): Exclude<Sender, 'any'> | null {
  if (sender.id !== browser.runtime.id) return null;
  const base = browser.runtime.getURL('');
  if (sender.url?.startsWith(base) && !sender.tab?.url?.startsWith('http')) return 'extension';
  return sender.tab?.id !== undefined ? 'content' : null;
}

function isEnvelope(m: unknown): m is Envelope {
  return isRecord(m) && typeof m.type === 'string' && Object.hasOwn(table, m.type) && 'payload' in m;
}

async function dispatch<K extends MessageType>(type: K, payload: unknown, sender: Runtime.MessageSender): Promise<ResponseOf<K>> {
  const route: Route<K> = table[type];
  const kind = senderKind(sender);
  if (!kind || (route.from !== 'any' && route.from !== kind)) throw new Error(`Comeback: ${type} is not allowed from this sender`);
  if (!route.valid(payload)) throw new Error(`Comeback: malformed ${type} message`);
  // A content script's tab is its sender's, whatever its payload says; an extension page names it.
  const named = isRecord(payload) && isTabId(payload.tabId) ? payload.tabId : null;
  const tabId = kind === 'content' ? sender.tab?.id ?? null : named;
  return route.handle(payload, { tabId });
}

/** The runtime.onMessage listener; unknown messages are left for other listeners. */
export function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (!isEnvelope(message)) return undefined;
  return dispatch(message.type, message.payload, sender);
}
