/**
 * The background: listeners are registered synchronously at the top level, so an event that
 * woke the service worker (or Firefox's event page) is delivered (docs/design.md; Chrome docs,
 * "Register listeners synchronously"). Then the stored engine state gets a `restart` event,
 * which re-arms the one clock.
 */
import browser from 'webextension-polyfill';
import { adoptNowAndSoon } from './adopt';
import { ALARM, setWakeHandler } from './clock';
import { registerCommands } from './commands';
import { runEffects } from './effects';
import { watchNotificationClicks } from './notify';
import { keepHeaders } from './response';
import { onMessage } from './router';
import { watchSettings } from './settings';
import { dispatch, setEffectRunner } from './store';
import { isActiveTopFrame, isTopNavigation, onCommitted, onLoadFailed, onMainFrameResponse, onTabRemoved, onVisibilityChanged } from './tabs';

const report = (what: string) => (e: unknown): void => console.error(`Comeback: ${what} failed`, e);
const WEB = ['http://*/*', 'https://*/*'];

setEffectRunner(runEffects);
setWakeHandler(() => { dispatch({ type: 'tick' }).catch(report('a due retry')); });

/**
 * When each top-level request started, so an answer's latency is known: a first-byte timeout is
 * the evidence of a drowning backend the pacing brakes on (core/engine/pacing.ts). In memory,
 * bounded; a request seen only after a worker restart simply has no latency.
 */
const started = new Map<string, number>();
const MAX_STARTED = 256;

// 1. Register listeners.
browser.webRequest.onBeforeRequest.addListener(
  (d) => {
    if (d.tabId < 0) return;
    if (started.size >= MAX_STARTED) started.delete(started.keys().next().value ?? '');
    started.set(d.requestId, d.timeStamp);
  },
  { urls: WEB, types: ['main_frame'] },
);
browser.webRequest.onHeadersReceived.addListener(
  (d) => {
    const t0 = started.get(d.requestId);
    started.delete(d.requestId);
    if (d.tabId < 0 || !isTopNavigation(d)) return;
    onMainFrameResponse({
      tabId: d.tabId, url: d.url, method: d.method, status: d.statusCode, headers: keepHeaders(d.responseHeaders ?? []),
      ...(t0 !== undefined ? { latencyMs: Math.max(0, d.timeStamp - t0) } : {}),
    }).catch(report('handling a response'));
  },
  { urls: WEB, types: ['main_frame'] },
  ['responseHeaders'],
);
browser.webRequest.onErrorOccurred.addListener(
  (d) => {
    started.delete(d.requestId);
    if (d.tabId >= 0 && isTopNavigation(d)) onLoadFailed(d.tabId, d.url).catch(report('a failed load'));
  },
  { urls: WEB, types: ['main_frame'] },
);
browser.webNavigation.onCommitted.addListener((d) => {
  if (!isActiveTopFrame(d)) return;
  const documentId = (d as { documentId?: string }).documentId ?? null;
  onCommitted(d.tabId, d.url, documentId).catch(report('a committed navigation'));
});
browser.tabs.onRemoved.addListener((tabId) => { onTabRemoved(tabId).catch(report('a closed tab')); });
browser.tabs.onActivated.addListener(() => { onVisibilityChanged().catch(report('a tab switch')); });
browser.windows.onFocusChanged.addListener(() => { onVisibilityChanged().catch(report('a window focus change')); });
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === ALARM) dispatch({ type: 'tick' }).catch(report('a due retry'));
});
browser.runtime.onMessage.addListener(onMessage);
watchNotificationClicks(report('a notification click'));
// Offline state comes from the browser itself (this worker's own events), never from a page.
self.addEventListener('online', () => { dispatch({ type: 'network', online: true }).catch(report('going online')); });
self.addEventListener('offline', () => { dispatch({ type: 'network', online: false }).catch(report('going offline')); });
watchSettings();
registerCommands();
// Error pages that loaded before our listeners existed (adopt.ts).
browser.runtime.onStartup.addListener(() => { adoptNowAndSoon(report('adopting open error tabs')); });
browser.runtime.onInstalled.addListener(() => { adoptNowAndSoon(report('adopting open error tabs')); });

// 2. Set up: whatever was due while the worker was stopped runs now, and the clock is set again.
dispatch({ type: 'restart' }).catch(report('restarting the engine'));
