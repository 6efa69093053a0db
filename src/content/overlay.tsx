/**
 * The overlay's entry, injected by the background into an error tab only. It reads the page's
 * title and markup (bounded: the classifier reads 64 KB), sends them up, and renders the
 * answer in a shadow root.  Offline state is
 * never taken from the page: a page can fire synthetic online/offline events.
 */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { documentBody } from '../core/diagnose/document-body';
import { MAX_PAGE_TEXT, MAX_TITLE_CHARS } from '../core/limits';
import { send, type PushEnvelope } from '../shared/messages';
import { OVERLAY_HOST_ID as HOST_ID, OVERLAY_STARTED_FLAG as FLAG } from '../shared/overlay-ids';
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

function isViewPush(m: unknown): m is PushEnvelope<'view'> {
  return typeof m === 'object' && m !== null && (m as PushEnvelope).push === 'view';
}

type Flagged = typeof globalThis & { [FLAG]?: boolean };

/**
 * The status of this document's own response where the browser reports it (Resource Timing's
 * responseStatus): the overlay belongs on an error page only, whatever raced to inject it.
 */
function pageIsHealthy(): boolean {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceResourceTiming | undefined;
  const status = nav?.responseStatus ?? 0;
  return status > 0 && status !== 429 && (status < 500 || status > 599);
}

async function start(): Promise<void> {
  if (document.getElementById(HOST_ID) || pageIsHealthy()) return;
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
  const hello = await send('overlay/hello', { title: document.title.slice(0, MAX_TITLE_CHARS), text, contentType });
  if (!hello) return;
  const view: TabView = pushed ?? hello;
  const host = document.createElement('div');
  host.id = HOST_ID;
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  document.documentElement.append(host);
  render(<Panel initial={view} onView={(set) => { setView = set; }} />, root);
  // After an update or an uninstall this script is cut off: take the overlay away rather than
  // leave dead buttons and a frozen countdown (the updated extension adopts the tab afresh).
  const watchdog = setInterval(() => {
    if (extensionAlive()) return;
    clearInterval(watchdog);
    render(null, root);
    host.remove();
  }, 1000);
}

const scope = globalThis as Flagged;
if (!scope[FLAG]) {
  scope[FLAG] = true;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void start(), { once: true });
  else void start();
}
