/**
 * The engine's one clock: after every event, one timer and one alarm are set to the earliest due
 * time in the state (the shape of uBlock Origin's MV3 job list: a sorted list behind a single
 * alarm, recomputed on every write).
 * - The timer is exact while the worker lives.
 * - The alarm survives the worker, but Chrome fires it no sooner than 30 s
 *   (https://developer.chrome.com/docs/extensions/reference/api/alarms).
 * - The overlay's countdown in the page asks the background to look when it ends ('retry/due'),
 *   so a short wait is kept even after the worker was stopped.
 * The stored state decides what is due; the clocks only say "look now".
 */
import browser from 'webextension-polyfill';

export const ALARM = 'engine-wake';

let timer: ReturnType<typeof setTimeout> | undefined;
let wakeAt: number | null = null;
let onWake: () => void = () => undefined;

export function setWakeHandler(handler: () => void): void {
  onWake = handler;
}

export function setClock(at: number | null): void {
  if (at === wakeAt) return;
  wakeAt = at;
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  if (at === null) {
    void browser.alarms.clear(ALARM).catch(() => undefined);
    return;
  }
  const now = Date.now();
  timer = setTimeout(() => { timer = undefined; wakeAt = null; onWake(); }, Math.max(0, at - now));
  void browser.alarms.create(ALARM, { when: Math.max(at, now + 1000) }).catch(() => undefined);
}
