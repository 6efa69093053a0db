/**
 * Every message the background answers, in one table (docs/design.md, "One typed message map": no
 * if-chains that route messages). Each entry says who may send it and checks the payload's shape
 * before handling: content scripts are untrusted input.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { MAX_PAGE_TEXT } from '../core/limits';
import type { Envelope, MessageType, RequestOf, ResponseOf, Sender } from '../shared/messages';
import { retryNow, stopTab } from './actions';
import { hasTabId, isEmpty, isHello, isObject, isResendRequest, maybeTabId, type Guard } from './guards';
import { popupRoutes } from './handlers/popup-routes';
import { listIncidents } from './incidents';
import { resendFromPopup } from './resend';
import { currentSettings } from './settings';
import { dispatch as dispatchEvent, readState } from './store';
import { refineDiagnosis } from './tabs';
import { buildView } from './view';
import type { TabView } from '../shared/view';

/** The context a handler runs for: the tab the message is about, when there is one. */
interface Context { tabId: number | null }

interface Handler<K extends MessageType> {
  from: Sender;
  valid: Guard<RequestOf<K>>;
  handle: (payload: RequestOf<K>, ctx: Context) => Promise<ResponseOf<K>>;
}
type Table = { [K in MessageType]: Handler<K> };
/** The extension pages' handlers (popup, options) live in ./handlers and join this table. */
type CoreType = 'overlay/hello' | 'retry/due' | 'retry/now' | 'retry/stop' | 'form/resend' | 'tab/view' | 'incidents/list';

async function viewOf(tabId: number | null): Promise<TabView | null> {
  if (tabId === null) return null;
  const [state, settings] = await Promise.all([readState(), currentSettings()]);
  return buildView(state, tabId, Date.now(), settings);
}

const core: Pick<Table, CoreType> = {
  'overlay/hello': {
    from: 'content', valid: isHello,
    handle: async (p, { tabId }) => {
      if (tabId === null) return null;
      // The body as the server sent it (the overlay reads it back per content type), nothing
      // prepended, so the diagnosis equals what `npm run diagnose` says of the same response.
      const origin = await refineDiagnosis(tabId, p.text.slice(0, MAX_PAGE_TEXT));
      return origin ? viewOf(tabId) : null;
    },
  },
  'retry/due': { from: 'content', valid: isEmpty, handle: async () => { await dispatchEvent({ type: 'tick' }); return null; } },
  'retry/now': {
    from: 'any', valid: maybeTabId,
    handle: async (_p, { tabId }) => { if (tabId !== null) await retryNow(tabId); return viewOf(tabId); },
  },
  'retry/stop': {
    from: 'any', valid: maybeTabId,
    handle: async (_p, { tabId }) => { if (tabId !== null) await stopTab(tabId); return viewOf(tabId); },
  },
  // From the popup only, after its confirmation; rate-limited and origin-checked in ./resend.
  'form/resend': { from: 'extension', valid: isResendRequest, handle: (p) => resendFromPopup(p.tabId, p.origin) },
  'tab/view': { from: 'extension', valid: hasTabId, handle: (_p, { tabId }) => viewOf(tabId) },
  'incidents/list': { from: 'extension', valid: isEmpty, handle: () => listIncidents() },
};

const table: Table = { ...core, ...popupRoutes(viewOf) };

function senderKind(sender: Runtime.MessageSender): Exclude<Sender, 'any'> | null {
  if (sender.id !== browser.runtime.id) return null;
  const base = browser.runtime.getURL('');
  if (sender.url?.startsWith(base) && !sender.tab?.url?.startsWith('http')) return 'extension';
  return sender.tab?.id !== undefined ? 'content' : null;
}

function isEnvelope(m: unknown): m is Envelope {
  return isObject(m) && typeof m.type === 'string' && Object.hasOwn(table, m.type) && 'payload' in m;
}

async function dispatch<K extends MessageType>(type: K, payload: unknown, sender: Runtime.MessageSender): Promise<ResponseOf<K>> {
  const handler: Handler<K> = table[type];
  const kind = senderKind(sender);
  if (!kind || (handler.from !== 'any' && handler.from !== kind)) throw new Error(`Comeback: ${type} is not allowed from this sender`);
  if (!handler.valid(payload)) throw new Error(`Comeback: malformed ${type} message`);
  const raw: unknown = payload;
  const fromPayload = isObject(raw) && typeof raw.tabId === 'number' ? raw.tabId : null;
  const tabId = kind === 'content' ? sender.tab?.id ?? null : fromPayload;
  return handler.handle(payload, { tabId });
}

/** The runtime.onMessage listener; unknown messages are left for other listeners. */
export function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (!isEnvelope(message)) return undefined;
  return dispatch(message.type, message.payload, sender);
}
