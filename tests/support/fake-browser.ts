/**
 * The one in-memory browser for unit tests: @webext-core/fake-browser (storage, alarms, tabs,
 * runtime, notifications, windows, action, with `reset()` and event triggers), which
 * tests/support/fake-browser-setup.ts maps to webextension-polyfill's default export and resets
 * before every test. What it does not implement (i18n, scripting, browsingData, tabs.reload,
 * permissions, …) throws "not implemented" until a test stubs it with `vi.spyOn`; spies are
 * restored after each test. The helpers below are the stubs several tests share.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import { formatMessage, type LocaleMessages } from '../../src/ui/format-message';

export { fakeBrowser };

type Fn = (...args: never[]) => unknown;

/**
 * Replaces one function of the fake for the current test (restored after it). Typed loosely on
 * purpose: the package types Chrome's callback overloads, while the code under test calls the
 * promise forms webextension-polyfill declares.
 */
export function stub(api: object, name: string, impl: Fn): void {
  vi.spyOn(api as Record<string, Fn>, name).mockImplementation(impl);
}

const EN = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')) as LocaleMessages;

/** browser.i18n in English, from public/_locales/en, filled like the browser fills it. */
export function useEnglishMessages(): void {
  stub(fakeBrowser.i18n, 'getMessage', (key: string, subs?: string | (string | number)[]) => {
    const entry = EN[key];
    const list = typeof subs === 'string' ? [subs] : (subs ?? []).map(String);
    return entry ? formatMessage(entry, list) : '';
  });
  stub(fakeBrowser.i18n, 'getUILanguage', () => 'en');
}

export interface Envelope { type: string; payload: unknown }
export type Answer = (payload: unknown) => unknown;

/**
 * The background, as the popup, options and overlay see it: `runtime.sendMessage` records every
 * envelope in `sent` and answers from `answers` (a missing answer rejects, as a message nobody
 * handles does). The fake's own sendMessage needs a listener in the same context, which a UI
 * test does not have. `runtime.openOptionsPage` is recorded in `sent` too, as `openOptionsPage`.
 */
export function fakeBackground(): { sent: Envelope[]; answers: Record<string, Answer> } {
  const sent: Envelope[] = [];
  const answers: Record<string, Answer> = {};
  stub(fakeBrowser.runtime, 'sendMessage', async (message: unknown) => {
    const envelope = message as Envelope;
    sent.push(envelope);
    const answer = answers[envelope.type];
    if (!answer) throw new Error(`no answer for ${envelope.type}`);
    return answer(envelope.payload);
  });
  stub(fakeBrowser.runtime, 'openOptionsPage', async () => { sent.push({ type: 'openOptionsPage', payload: null }); });
  return { sent, answers };
}

/** Everything in one storage area, as a plain object. */
export async function stored(area: 'sync' | 'local' | 'session'): Promise<Record<string, unknown>> {
  return fakeBrowser.storage[area].get(null);
}

/** Lets pending promises and a few macrotasks run, so the UI settles after async work. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Waits until `check` passes (Preact runs effects after paint, so a fixed number of ticks is not enough). */
export async function waitFor(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('waitFor: timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * The permissions API, which the package does not implement: an in-memory grant list (every host
 * pattern and permission granted by default, as after an ordinary install) with its events.
 * `permissionsFake.grant`/`revoke` change it as the user would in the browser's settings.
 */
type Ask = { origins?: string[]; permissions?: string[] };
type PermListener = (p: Ask) => void;
export const permissionsFake = {
  withheld: { origins: new Set<string>(), permissions: new Set<string>() },
  added: new Set<PermListener>(),
  removed: new Set<PermListener>(),
  /** What request() answers when asked for something withheld. */
  userSays: true,
  /** Every request() call, in order (what the user was asked). */
  requests: [] as Ask[],
  revoke(ask: Ask): void {
    for (const o of ask.origins ?? []) this.withheld.origins.add(o);
    for (const p of ask.permissions ?? []) this.withheld.permissions.add(p);
    for (const l of this.removed) l(ask);
  },
  grant(ask: Ask): void {
    for (const o of ask.origins ?? []) this.withheld.origins.delete(o);
    for (const p of ask.permissions ?? []) this.withheld.permissions.delete(p);
    for (const l of this.added) l(ask);
  },
  reset(): void {
    this.withheld.origins.clear();
    this.withheld.permissions.clear();
    this.added.clear();
    this.removed.clear();
    this.userSays = true;
    this.requests.length = 0;
  },
};

const contains = (ask: Ask): boolean => (ask.origins ?? []).every((o) => !permissionsFake.withheld.origins.has(o))
  && (ask.permissions ?? []).every((p) => !permissionsFake.withheld.permissions.has(p));

/** Installs the permissions fake on the shared fake browser (the setup file calls it before each test). */
export function installPermissionsFake(): void {
  permissionsFake.reset();
  const event = (set: Set<PermListener>) => ({
    addListener: (l: PermListener) => { set.add(l); },
    removeListener: (l: PermListener) => { set.delete(l); },
    hasListener: (l: PermListener) => set.has(l),
  });
  Object.assign(fakeBrowser.permissions, {
    contains: async (ask: Ask) => contains(ask),
    getAll: async () => ({ origins: ['http://*/*', 'https://*/*'], permissions: [] }),
    request: async (ask: Ask & { data_collection?: string[] }) => {
      // Firefox's data-collection consent is its own prompt, not a permission this fake tracks.
      if (ask.data_collection) return true;
      permissionsFake.requests.push(ask);
      if (contains(ask)) return true;
      if (!permissionsFake.userSays) return false;
      permissionsFake.grant(ask);
      return true;
    },
    remove: async (ask: Ask) => { permissionsFake.revoke(ask); return true; },
    onAdded: event(permissionsFake.added),
    onRemoved: event(permissionsFake.removed),
  });
  // The package has no commands API either: the manifest's two commands with their suggested keys.
  Object.assign(fakeBrowser.commands, {
    getAll: async () => [
      { name: '_execute_action', shortcut: 'Alt+Shift+O', description: '' },
      { name: 'retry-now', shortcut: 'Alt+Shift+Y', description: 'Retry now' },
    ],
  });
}
