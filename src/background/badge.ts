/**
 * The toolbar badge shows each tab's state, so a waiting tab can be told apart without switching to
 * it: the wait before the next try, "…" while probing, "✓" when the page came back, "!" when
 * Comeback gave up. Per-tab badge text is reset by the browser when the tab navigates, so a healthy
 * page never keeps a stale badge.
 */
import browser from 'webextension-polyfill';
import { badgeDuration } from '../core/engine/duration';
import type { TabView } from '../shared/view';


export function badgeText(view: TabView, now: number): string {
  switch (view.retry.phase) {
    case 'waiting': return view.retry.nextAt === null ? '…' : badgeDuration((view.retry.nextAt - now) / 1000);
    case 'probing': return '…';
    case 'recovered': return '✓';
    case 'gave-up': return '!';
    case 'paused-offline': return 'off';
    default: return String(view.status);
  }
}

export async function showBadge(view: TabView, now: number): Promise<void> {
  const tabId = view.tabId;
  const color = view.retry.phase === 'recovered' ? '#0d766e' : view.retry.phase === 'gave-up' ? '#b42318' : '#475467';
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badgeText(view, now) }),
    browser.action.setBadgeBackgroundColor({ tabId, color }),
  ]).catch(() => undefined); // the tab may be gone; the badge does not matter then
}

export async function markBack(tabId: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '✓' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#0d766e' }),
  ]).catch(() => undefined);
}
