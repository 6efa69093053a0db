/**
 * Wakes the engine when a probe is due. Three clocks, because none is enough alone:
 * - a timer in the worker, exact while the worker lives;
 * - an alarm per site, which survives the worker (but Chrome fires packed extensions' alarms
 *   no sooner than 30 s: developer.chrome.com/docs/extensions/reference/api/alarms);
 * - the overlay's own countdown in the page, which pings the background when it ends
 *   ('retry/due'), so a short wait is kept even after the worker was stopped.
 * The persisted schedule decides what is due; these only say "look now".
 */
import browser from 'webextension-polyfill';

const PREFIX = 'retry:';
const timers = new Map<string, ReturnType<typeof setTimeout>>();

export function alarmOrigin(name: string): string | null {
  return name.startsWith(PREFIX) ? name.slice(PREFIX.length) : null;
}

export function arm(origin: string, at: number, now: number, wake: () => void): void {
  disarmTimer(origin);
  timers.set(origin, setTimeout(() => { timers.delete(origin); wake(); }, Math.max(0, at - now)));
  void browser.alarms.create(PREFIX + origin, { when: Math.max(at, now + 1000) });
}

function disarmTimer(origin: string): void {
  const t = timers.get(origin);
  if (t !== undefined) clearTimeout(t);
  timers.delete(origin);
}

export function disarm(origin: string): void {
  disarmTimer(origin);
  void browser.alarms.clear(PREFIX + origin);
}
