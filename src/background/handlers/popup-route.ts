/**
 * The shape of the popup's background routes (one entry each in src/background/router.ts) and
 * the checks they share. Popup messages come from extension pages only; even so the payload is
 * checked, because the router is the one door into the background.
 */
import browser from 'webextension-polyfill';
import type { ActionResult, MessageMap, MessageType, RequestOf, ResponseOf } from '../../shared/messages';

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

type ActionError = Extract<ActionResult, { ok: false }>['error'];

/** A route whose request is `{ tabId }` and whose answer an ActionResult: a guide step's button. */
export interface TabActionRoute {
  from: 'extension';
  valid: (payload: unknown) => payload is { tabId: number };
  handle: (payload: { tabId: number }) => Promise<ActionResult>;
}

/**
 * A guide step's action on a tab's site: `act` runs for the tab's web page; a closed tab, a page
 * that is not http(s), and any failure come back as an ActionResult the popup can word
 * (`failure` may name a failure more precisely than 'failed').
 */
export function siteActionRoute(
  act: (site: TabSite, tabId: number) => Promise<unknown>,
  failure: (error: unknown) => Promise<ActionError> = () => Promise.resolve('failed'),
): TabActionRoute {
  return {
    from: 'extension',
    valid: isTabIdRequest,
    async handle({ tabId }) {
      const site = await tabSite(tabId);
      if (typeof site === 'string') return { ok: false, error: site };
      try {
        await act(site, tabId);
        return { ok: true };
      } catch (error) {
        return { ok: false, error: await failure(error) };
      }
    },
  };
}
