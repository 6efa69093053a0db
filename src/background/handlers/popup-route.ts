/**
 * The shape of the popup's background routes (one entry each in src/background/router.ts) and
 * the checks they share. Popup messages come from extension pages only; even so the payload is
 * checked, because the router is the one door into the background.
 */
import browser from 'webextension-polyfill';
import { mayAutoRetry } from '../../core/retry-policy';
import type { ActionResult, MessageMap, MessageType, RequestOf, ResponseOf, SiteActionRequest } from '../../shared/messages';
import { readState } from '../store';

/**
 * One route: who may send it, a shape check, and the handler. The handlers take the tab from the
 * checked payload, so they need nothing else from the router's context.
 */
export interface PopupRoute<K extends MessageType> {
  from: MessageMap[K]['from'];
  valid: (payload: unknown) => payload is RequestOf<K>;
  handle: (payload: RequestOf<K>) => Promise<ResponseOf<K>>;
}

/** `{ tabId }` with a non-negative integer id and nothing else that matters. */
export function isTabIdRequest(payload: unknown): payload is { tabId: number } {
  if (typeof payload !== 'object' || payload === null) return false;
  const tabId = (payload as { tabId?: unknown }).tabId;
  return typeof tabId === 'number' && Number.isInteger(tabId) && tabId >= 0;
}

/** The web page a tab shows: its full URL, origin and hostname. */
export interface TabSite {
  url: string;
  origin: string;
  hostname: string;
}

/**
 * The tab's page, read from the browser rather than taken from the popup, so a message can never
 * aim an action at a site other than the one in that tab. Only http(s) pages qualify.
 */
export async function tabSite(tabId: number): Promise<TabSite | 'no-tab' | 'not-web-page'> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return 'no-tab';
  }
  if (url === undefined) return 'not-web-page';
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'not-web-page';
    return { url: parsed.href, origin: parsed.origin, hostname: parsed.hostname };
  } catch {
    return 'not-web-page';
  }
}

/** Longest origin accepted in a message (scheme, host of at most 253 characters, port). */
const MAX_ORIGIN_CHARS = 300;

/** `{ tabId, origin }`: the tab and the origin of the page the popup showed for it. */
export function isSiteActionRequest(payload: unknown): payload is SiteActionRequest {
  if (!isTabIdRequest(payload)) return false;
  const origin = (payload as { origin?: unknown }).origin;
  return typeof origin === 'string' && origin.length > 0 && origin.length <= MAX_ORIGIN_CHARS;
}

/**
 * The tab's site, when it is still the one the user saw (`origin`): a page can navigate its tab
 * to another site between the popup's last look and the click, and the action must not follow.
 */
export async function sameSite(tabId: number, origin: string): Promise<TabSite | 'no-tab' | 'not-web-page' | 'tab-moved'> {
  const site = await tabSite(tabId);
  if (typeof site === 'string') return site;
  return site.origin === origin ? site : 'tab-moved';
}

/**
 * True when the tab's page may be loaded again without sending a form again: the engine saw its
 * request and it was a GET or HEAD (RFC 9110 §9.2.2). A tab the engine has no record of is not an
 * error page Comeback handled; the browser itself asks before resending a form on reload.
 */
async function safeToLoadAgain(tabId: number): Promise<boolean> {
  const tab = (await readState()).tabs[String(tabId)];
  return tab === undefined || mayAutoRetry(tab.method);
}

type ActionError = Extract<ActionResult, { ok: false }>['error'];

/** A route whose request is `{ tabId, origin }` and whose answer an ActionResult: a guide step's button. */
export interface TabActionRoute {
  from: 'extension';
  valid: (payload: unknown) => payload is SiteActionRequest;
  handle: (payload: SiteActionRequest) => Promise<ActionResult>;
}

export interface SiteActionOptions {
  /** Names a failure more precisely than 'failed'. */
  failure?: (error: unknown) => Promise<ActionError>;
  /** The action loads the page again (reload, reopen): refused for the answer to a form. */
  loadsAgain?: boolean;
}

/**
 * A guide step's action on a tab's site: `act` runs for the tab's web page when it still shows
 * the origin the user saw; a closed tab, a page that is not http(s), a tab that moved to another
 * site, a form's answer (for `loadsAgain`) and any failure come back as an ActionResult the popup
 * can word, and in each of those cases nothing was done.
 */
export function siteActionRoute(
  act: (site: TabSite, tabId: number) => Promise<unknown>,
  { failure = () => Promise.resolve('failed'), loadsAgain = false }: SiteActionOptions = {},
): TabActionRoute {
  return {
    from: 'extension',
    valid: isSiteActionRequest,
    async handle({ tabId, origin }) {
      const site = await sameSite(tabId, origin);
      if (typeof site === 'string') return { ok: false, error: site };
      if (loadsAgain && !(await safeToLoadAgain(tabId))) return { ok: false, error: 'form-page' };
      try {
        await act(site, tabId);
        return { ok: true };
      } catch (error) {
        return { ok: false, error: await failure(error) };
      }
    },
  };
}
