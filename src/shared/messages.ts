/**
 * The one typed message map (docs/design.md, "One typed message map"). Every message between the
 * extension's contexts is declared here once, with its request, its response and who may
 * send it. The background handles each in one table (src/background/router.ts) and checks
 * sender and shape first (src/shared/guards.ts): content scripts run inside web pages and are
 * untrusted.
 */
import browser from 'webextension-polyfill';
import type { IncidentRecord, TabView } from './view';
import type { ArchiveResult } from '../status/archive/lookup-archive';
import type { RegistrableDomains } from '../status/discovery/domain-lookup';
import type { ChecksResult } from '../status/run/run-checks';
import type { VerdictKind } from '../status/verdict/verdict';

/** Who may send a message: `content` (our overlay in a web page) or `extension` (popup, options). */
export type Sender = 'content' | 'extension' | 'any';

/**
 * Every message, grouped by subject (the part before the slash): the error page, the retrying,
 * a form, one tab, the tab's site, the status checks, the archive, the incident history. The
 * sender each may come from is declared here, and the route for it (src/background/routes/,
 * one file per subject) must declare the same, which the type checks.
 */
export interface MessageMap {
  /** The overlay has started in an error page and sends its visible text for the diagnosis. */
  'page/hello': { from: 'content'; request: { title: string; text: string; contentType: string }; response: TabView | null };

  /** The overlay's countdown reached zero: wake the background so a due probe runs on time. */
  'retry/due': { from: 'content'; request: Record<string, never>; response: null };
  /** Probe the site now (user's click). `tabId` is required from extension pages. */
  'retry/now': { from: 'any'; request: { tabId?: number }; response: TabView | null };
  /** Stop retrying in this tab. */
  'retry/stop': { from: 'any'; request: { tabId?: number }; response: TabView | null };

  /** Send a form again, after the user confirmed the popup's warning (never from a page: the page
   * could press an overlay button itself). `origin`: the site the popup showed; refused when the
   * tab has moved elsewhere since. Rate-limited per tab (src/background/resend.ts). */
  'form/resend': { from: 'extension'; request: SiteActionRequest; response: ResendResult };

  /** The state of one tab, for the popup. */
  'tab/view': { from: 'extension'; request: { tabId: number }; response: TabView | null };
  /** Reload the tab once, bypassing caches (guide step 2). */
  'tab/reload-bypass-cache': { from: 'extension'; request: SiteActionRequest; response: ActionResult };
  /** Open the tab's page in a private window (guide step 5). */
  'tab/open-private': { from: 'extension'; request: SiteActionRequest; response: ActionResult };

  /** Clear the cached files and service workers of the tab's site only (guide step 4). */
  'site/clear-cache': { from: 'extension'; request: SiteActionRequest; response: ActionResult };
  /** Clear the tab's site's cookies and storage: signs the user out; sent only after a second, explicit choice. */
  'site/clear-data': { from: 'extension'; request: SiteActionRequest; response: ActionResult };
  /** Set the "never auto-retry" rule for the tab's site and stop retrying there. */
  'site/never-retry': { from: 'extension'; request: SiteActionRequest; response: ActionResult };

  /** Run the status checks the user allowed for the tab's site (popup: "down for everyone?").
   * `domains`: the site's registrable domains, which the popup can compute and Chrome's service
   * worker cannot (src/background/domain-hints.ts). */
  'checks/run': { from: 'extension'; request: { tabId: number; domains?: RegistrableDomains }; response: ChecksResult | null };
  /** The overlay's one-line verdict for its own tab ("Down for everyone: …"), from the same
   * shared checks as the popup's; null when the tab is not a web page. */
  'checks/verdict': { from: 'content'; request: Record<string, never>; response: OverlayVerdict | null };

  /** Look the tab's page up in the Wayback Machine (only with consent) and give archive links. */
  'archive/lookup': { from: 'extension'; request: SiteActionRequest; response: ArchiveResult | null };

  /** Recent incidents, for the popup on a healthy page. */
  'incidents/list': { from: 'extension'; request: Record<string, never>; response: IncidentRecord[] };
}

/**
 * A popup action on the site the user saw: the tab, and that page's origin. The background
 * refuses when the tab now shows another origin (a page can move its tab between the popup's
 * last look and the click), so an action never lands on a site the user did not choose.
 */
export interface SiteActionRequest {
  tabId: number;
  origin: string;
}

/**
 * The outcome of a popup action. `private-not-allowed`: the user has not allowed the extension
 * in private windows, so the browser refuses to open one for it. `tab-moved`: the tab shows
 * another site than the popup did; nothing was done. `form-page`: the page is the answer to a
 * form (POST…), which reloading or reopening would send again; nothing was done.
 * `permission-denied`: the optional permission the action needs was not granted.
 */
export type ActionResult =
  | { ok: true }
  | { ok: false; error: 'no-tab' | 'not-web-page' | 'private-not-allowed' | 'tab-moved' | 'form-page' | 'permission-denied' | 'failed' };

/**
 * The outcome of "send the form again": `too-soon` (sent again for this tab moments ago),
 * `origin-mismatch` (the tab shows another site than the popup did), `not-a-form` (the tab's
 * failed request was not a form, or Comeback does not know the tab).
 */
export type ResendResult =
  | { ok: true }
  | { ok: false; error: 'too-soon' | 'origin-mismatch' | 'not-a-form' | 'failed' };

/** The verdict as plain text (rendered as text, never HTML) and its kind. */
export interface OverlayVerdict {
  line: string;
  verdict: VerdictKind;
}

export type MessageType = keyof MessageMap;
export type RequestOf<K extends MessageType> = MessageMap[K]['request'];
export type ResponseOf<K extends MessageType> = MessageMap[K]['response'];

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: RequestOf<K>;
}

/** Sends a message to the background and returns its typed answer. */
export async function send<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { type, payload };
  return browser.runtime.sendMessage<Envelope<K>, ResponseOf<K>>(envelope);
}

/** Messages the background pushes to the overlay of one tab. */
export interface PushMap {
  /** The tab's state changed (countdown, attempt, phase). */
  view: { view: TabView };
}
export type PushType = keyof PushMap;
export interface PushEnvelope<K extends PushType = PushType> {
  push: K;
  payload: PushMap[K];
}
