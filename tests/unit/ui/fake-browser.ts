/**
 * A stand-in for webextension-polyfill in component tests: English messages from
 * public/_locales/en, an in-memory storage.sync/local, and runtime.sendMessage answered by a
 * table the test fills in (recording every message sent).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatMessage, type LocaleMessages } from '../../../src/ui/format-message';

const EN = JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8')) as LocaleMessages;

type Listener = (changes: Record<string, unknown>, area: string) => void;
type Answer = (payload: unknown) => unknown;

export function createFakeBrowser() {
  const sync: Record<string, unknown> = {};
  const local: Record<string, unknown> = {};
  const listeners = new Set<Listener>();
  const sent: { type: string; payload: unknown }[] = [];
  const answers: Record<string, Answer> = {};
  /** What the browser has granted (host patterns and optional permissions) and will grant. */
  const perms = {
    origins: new Set<string>(['http://*/*', 'https://*/*']),
    permissions: new Set<string>(),
    /** The user's answer to the next prompts. */
    answer: true,
    requests: [] as { origins?: string[]; permissions?: string[] }[],
    added: new Set<() => void>(),
    removed: new Set<() => void>(),
  };
  type Ask = { origins?: string[]; permissions?: string[] };
  const holds = (ask: Ask): boolean => (ask.origins ?? []).every((o) => perms.origins.has(o))
    && (ask.permissions ?? []).every((p) => perms.permissions.has(p));
  const area = (data: Record<string, unknown>, name: string) => ({
    get: async (keys?: string | string[] | null) => {
      const list = keys === undefined || keys === null ? Object.keys(data) : typeof keys === 'string' ? [keys] : keys;
      return structuredClone(Object.fromEntries(list.filter((k) => k in data).map((k) => [k, data[k]])));
    },
    set: async (items: Record<string, unknown>) => {
      Object.assign(data, structuredClone(items));
      const changes = Object.fromEntries(Object.keys(items).map((k) => [k, { newValue: items[k] }]));
      for (const listener of listeners) listener(changes, name);
    },
    remove: async (keys: string[]) => { for (const k of keys) delete data[k]; },
  });
  const browser = {
    i18n: {
      getMessage: (key: string, subs?: string | string[]) => {
        const entry = EN[key];
        return entry ? formatMessage(entry, typeof subs === 'string' ? [subs] : subs ?? []) : '';
      },
      getUILanguage: () => 'en',
    },
    runtime: {
      id: 'test',
      getURL: (path: string) => `chrome-extension://test/${path}`,
      openOptionsPage: async () => { sent.push({ type: 'openOptionsPage', payload: null }); },
      sendMessage: async (envelope: { type: string; payload: unknown }) => {
        sent.push(envelope);
        const answer = answers[envelope.type];
        if (!answer) throw new Error(`no answer for ${envelope.type}`);
        return answer(envelope.payload);
      },
    },
    storage: {
      sync: area(sync, 'sync'),
      local: area(local, 'local'),
      onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
    },
    tabs: { query: async () => [{ id: 7 }] },
    permissions: {
      request: async (ask: Ask & { data_collection?: string[] }) => {
        if (ask.data_collection) return true;
        perms.requests.push(ask);
        if (holds(ask)) return true;
        if (!perms.answer) return false;
        for (const o of ask.origins ?? []) perms.origins.add(o);
        for (const p of ask.permissions ?? []) perms.permissions.add(p);
        for (const l of perms.added) l();
        return true;
      },
      contains: async (ask: Ask) => holds(ask),
      onAdded: { addListener: (l: () => void) => perms.added.add(l), removeListener: (l: () => void) => perms.added.delete(l) },
      onRemoved: { addListener: (l: () => void) => perms.removed.add(l), removeListener: (l: () => void) => perms.removed.delete(l) },
    },
  };
  return { browser, sync, local, sent, answers, perms };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

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
