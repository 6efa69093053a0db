/**
 * The overlay's entry, injected by the background into an error tab only. It reads the page's
 * title and markup (bounded: the classifier reads 64 KB), sends them up, and renders the
 * answer in a shadow root. It also reports the network going on- and offline (the page sees
 * it reliably; a service worker may not).
 */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { MAX_PAGE_TEXT, MAX_TITLE_CHARS } from '../core/limits';
import { send, type PushEnvelope } from '../shared/messages';
import { OVERLAY_HOST_ID as HOST_ID, OVERLAY_STARTED_FLAG as FLAG } from '../shared/overlay-ids';
import type { TabView } from '../shared/view';
import { extensionAlive } from './alive';
import css from './overlay.css?inline';
import { Panel } from './panel';

function isViewPush(m: unknown): m is PushEnvelope<'view'> {
  return typeof m === 'object' && m !== null && (m as PushEnvelope).push === 'view';
}

type Flagged = typeof globalThis & { [FLAG]?: boolean };

async function start(): Promise<void> {
  if (document.getElementById(HOST_ID)) return;
  // The markup, as the classifier reads a response body (nginx's <center> footer, Cloudflare's
  // #cf-error-details); serialising needs no layout, unlike innerText. Only our background sees it.
  const text = document.documentElement.outerHTML.slice(0, MAX_PAGE_TEXT);
  // Listen before saying hello: a state push may arrive while the hello is on its way.
  let setView: ((v: TabView) => void) | null = null;
  let pushed: TabView | null = null;
  browser.runtime.onMessage.addListener((m: unknown) => {
    if (!isViewPush(m)) return undefined;
    pushed = m.payload.view;
    setView?.(m.payload.view);
    return undefined;
  });
  const hello = await send('overlay/hello', { title: document.title.slice(0, MAX_TITLE_CHARS), text, online: navigator.onLine });
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
  const net = (online: boolean) => (): void => { send('net/changed', { online }).catch(() => undefined); };
  addEventListener('online', net(true));
  addEventListener('offline', net(false));
}

const scope = globalThis as Flagged;
if (!scope[FLAG]) {
  scope[FLAG] = true;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void start(), { once: true });
  else void start();
}
