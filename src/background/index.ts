/**
 * The background: listeners are registered synchronously at the top level, so an event that
 * woke the service worker (or Firefox's event page) is delivered (DESIGN.md; Chrome docs,
 * "Register listeners synchronously"). Then the persisted schedule is re-armed.
 */
import browser from 'webextension-polyfill';
import { adoptNowAndSoon } from './adopt';
import { registerCommands } from './commands';
import { onNotificationClicked } from './notify';
import { keepHeaders } from './response';
import { onMessage } from './router';
import { rearm, runDue, setOnline } from './schedule';
import { watchSettings } from './settings';
import { alarmOrigin } from './timers';
import { onCommitted, onMainFrameResponse, onTabRemoved } from './tabs';

const report = (what: string) => (e: unknown): void => console.error(`Comeback: ${what} failed`, e);

// 1. Register listeners.
browser.webRequest.onHeadersReceived.addListener(
  (d) => {
    if (d.tabId < 0) return;
    onMainFrameResponse({
      tabId: d.tabId, url: d.url, method: d.method, status: d.statusCode, headers: keepHeaders(d.responseHeaders ?? []),
    }).catch(report('handling a response'));
  },
  { urls: ['http://*/*', 'https://*/*'], types: ['main_frame'] },
  ['responseHeaders'],
);
browser.webNavigation.onCommitted.addListener((d) => {
  if (d.frameId === 0) onCommitted(d.tabId, d.url).catch(report('a committed navigation'));
});
browser.tabs.onRemoved.addListener((tabId) => { onTabRemoved(tabId).catch(report('a closed tab')); });
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarmOrigin(alarm.name) !== null) runDue().catch(report('a due retry'));
});
browser.runtime.onMessage.addListener(onMessage);
browser.notifications.onClicked.addListener((id) => { onNotificationClicked(id).catch(report('a notification click')); });
self.addEventListener('online', () => { setOnline(true).catch(report('going online')); });
self.addEventListener('offline', () => { setOnline(false).catch(report('going offline')); });
watchSettings();
registerCommands();
// Error pages that loaded before our listeners existed (adopt.ts).
browser.runtime.onStartup.addListener(() => { adoptNowAndSoon(report('adopting open error tabs')); });
browser.runtime.onInstalled.addListener(() => { adoptNowAndSoon(report('adopting open error tabs')); });

// 2. Set up: whatever was scheduled before the worker stopped is armed again.
rearm().catch(report('re-arming the schedule'));
