/**
 * The overlay's entry, injected by the background into an error tab only. It reads the page's
 * title and markup (bounded: the classifier reads 64 KB), sends them up, and renders the
 * answer in a closed shadow root.
 *
 * Every page is hostile: the host element gets a tag name that is random per injection (no fixed
 * id, class or name to look for), its shadow root is closed (page script cannot read or rewrite
 * the overlay; `element.shadowRoot` reads null), and every handler acts on trusted events only
 * (./trusted.ts). The only reference to the root lives in this script's isolated world
 * (src/shared/overlay-ids.ts), where the background finds it to remove an orphaned overlay.
 * Network on/offline is not reported from here: a page can dispatch those events itself, so the
 * background takes them from the browser (docs/design.md).
 */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { documentBody } from '../core/diagnose/document-body';
import { MAX_PAGE_TEXT, MAX_TITLE_CHARS } from '../core/limits';
import { send, type PushEnvelope } from '../shared/messages';
import { OVERLAY_REF_KEY as REF, OVERLAY_STARTED_FLAG as FLAG, type OverlayRef } from '../shared/overlay-ids';
import type { TabView } from '../shared/view';
import { extensionAlive } from './alive';
import css from './overlay.css?inline';
import { Panel } from './panel';

/** The response body as the server sent it, read back from the document (core/diagnose/document-body.ts). */
function responseText(): string {
  const body = document.body;
  // A text document's body is one <pre> (Chromium's JSON view adds a sibling <div>).
  const pre = body?.querySelector(':scope > pre');
  return documentBody({
    contentType: document.contentType,
    // Serialising needs no layout, unlike innerText; bounded before it leaves the page.
    markup: document.documentElement.outerHTML.slice(0, MAX_PAGE_TEXT),
    preText: pre ? (pre.textContent ?? '').slice(0, MAX_PAGE_TEXT) : null,
    bodyChildCount: body ? body.childNodes.length : -1,
  });
}

/**
 * The status of this document's own response where the browser reports it (Resource Timing's
 * responseStatus): the overlay belongs on an error page only, whatever raced to inject it.
 */
function pageIsHealthy(): boolean {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceResourceTiming | undefined;
  const status = nav?.responseStatus ?? 0;
  return status > 0 && status !== 429 && (status < 500 || status > 599);
}

function isViewPush(m: unknown): m is PushEnvelope<'view'> {
  return typeof m === 'object' && m !== null && (m as PushEnvelope).push === 'view';
}

type Scope = typeof globalThis & { [FLAG]?: boolean; [REF]?: OverlayRef };

/**
 * A valid custom element name (lower-case letters, one hyphen: HTML's "valid custom element
 * name", which attachShadow accepts) that is new for every injection, so a page has nothing fixed
 * to select. The element is never defined, so no page-defined constructor runs for it.
 */
function randomTagName(): string {
  const letters = (n: number): string =>
    Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => String.fromCharCode(97 + (b % 26))).join('');
  return `${letters(5)}-${letters(7)}`;
}

async function start(scope: Scope): Promise<void> {
  if (scope[REF]?.host.isConnected || pageIsHealthy()) return;
  // What the server sent, as the classifier reads a response body (nginx's <center> footer,
  // Envoy's plain text, an empty 502), with its type. Only our background sees it.
  const text = responseText();
  const contentType = document.contentType.slice(0, 200);
  // Listen before saying hello: a state push may arrive while the hello is on its way.
  let setView: ((v: TabView) => void) | null = null;
  let pushed: TabView | null = null;
  browser.runtime.onMessage.addListener((m: unknown) => {
    if (!isViewPush(m)) return undefined;
    pushed = m.payload.view;
    setView?.(m.payload.view);
    return undefined;
  });
  const hello = await send('page/hello', { title: document.title.slice(0, MAX_TITLE_CHARS), text, contentType });
  if (!hello) return;
  const view: TabView = pushed ?? hello;
  const host = document.createElement(randomTagName());
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  document.documentElement.append(host);
  const ref: OverlayRef = {
    host, root,
    remove: () => {
      clearInterval(watchdog);
      render(null, root);
      host.remove();
      if (scope[REF] === ref) delete scope[REF];
    },
  };
  scope[REF] = ref;
  render(<Panel initial={view} onView={(set) => { setView = set; }} />, root);
  // After an update or an uninstall this script is cut off: take the overlay away rather than
  // leave dead buttons and a frozen countdown (the updated extension adopts the tab afresh).
  const watchdog = setInterval(() => { if (!extensionAlive()) ref.remove(); }, 1000);
}

const scope = globalThis as Scope;
if (!scope[FLAG]) {
  scope[FLAG] = true;
  if (document.readyState !== 'loading') void start(scope);
  else {
    // A page could fire a synthetic DOMContentLoaded to make us read half its markup: wait for the browser's.
    const ready = (e: Event): void => {
      if (!e.isTrusted) return;
      document.removeEventListener('DOMContentLoaded', ready);
      void start(scope);
    };
    document.addEventListener('DOMContentLoaded', ready);
  }
}
