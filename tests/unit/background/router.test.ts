import { describe, expect, it, vi } from 'vitest';
import { emptyState, step, type EngineEnv, type EngineState } from '../../../src/core/engine';
import { fakeBrowser } from '../../support/fake-browser';

// `?iife` is a build-time import (@crxjs); under Node it is just the overlay's file name.
vi.mock('../../../src/content/overlay?iife', () => ({ default: 'src/content/overlay.js' }));

const { onMessage } = await import('../../../src/background/router');

// The shared fake browser's own extension id and URLs (tests/support/fake-browser.ts).
const ID = fakeBrowser.runtime.id;
const page = { id: ID, url: 'https://shop.example/a', tab: { id: 4, url: 'https://shop.example/a' } };
const popup = { id: ID, url: fakeBrowser.runtime.getURL('src/popup/index.html') };
const stranger = { id: 'other-extension', url: 'chrome-extension://other/x', tab: { id: 4 } };

describe('router', () => {
  it('ignores what is not one of our envelopes', () => {
    expect(onMessage({ hello: 1 }, page as never)).toBeUndefined();
    expect(onMessage({ type: 'no/such', payload: {} }, page as never)).toBeUndefined();
  });
  it('refuses a privileged message from a content script', async () => {
    await expect(onMessage({ type: 'tab/view', payload: { tabId: 4 } }, page as never)).rejects.toThrow(/not allowed/);
    await expect(onMessage({ type: 'site/clear-data', payload: { tabId: 4 } }, page as never)).rejects.toThrow(/not allowed/);
  });
  it('takes "send the form again" only from the popup, and "offline" from no page at all', async () => {
    await expect(onMessage({ type: 'form/resend', payload: { tabId: 4, origin: 'https://shop.example' } }, page as never)).rejects.toThrow(/not allowed/);
    await expect(onMessage({ type: 'form/resend', payload: { confirmed: true } }, popup as never)).rejects.toThrow(/malformed/);
    // A page's offline state is not news to the background any more: no such message.
    expect(onMessage({ type: 'net/changed', payload: { online: false } }, page as never)).toBeUndefined();
    await expect(onMessage({ type: 'form/resend', payload: { tabId: 99, origin: 'https://shop.example' } }, popup as never)).resolves.toEqual({ ok: false, error: 'not-a-form' });
  });
  it('refuses another extension', async () => {
    await expect(onMessage({ type: 'retry/stop', payload: {} }, stranger as never)).rejects.toThrow(/not allowed/);
  });
  it('refuses a malformed payload', async () => {
    await expect(onMessage({ type: 'page/hello', payload: { title: 1 } }, page as never)).rejects.toThrow(/malformed/);
    await expect(onMessage({ type: 'tab/view', payload: { tabId: 'x' } }, popup as never)).rejects.toThrow(/malformed/);
  });
  it('answers the popup about a tab it does not know with null', async () => {
    await expect(onMessage({ type: 'tab/view', payload: { tabId: 99 } }, popup as never)).resolves.toBeNull();
  });
  it("acts on a content script's own tab, never on the tab its payload names", async () => {
    const env: EngineEnv = { now: Date.now(), random: () => 0.5, online: true, settings: { maxWaitMs: 300_000, giveUpAfterMs: 7_200_000 } };
    const failing = (tabId: number, state: EngineState): EngineState => step(state, {
      type: 'response', tabId, url: `https://shop.example/${tabId}`, method: 'GET', status: 503, headers: {},
      diagnosis: { status: 503, producer: 'varnish', kind: 'backend-fetch-failed', retryable: true, retryAfterSeconds: null, ids: {} }, disabled: false,
    }, env).state;
    await fakeBrowser.storage.session.set({ engine: failing(7, failing(4, emptyState())) });
    vi.resetModules(); // a fresh background, which reads the state above
    const fresh = (await import('../../../src/background/router')).onMessage;
    // The page in tab 4 asks to stop tab 7 (another site's tab, say): only tab 4 stops.
    await fresh({ type: 'retry/stop', payload: { tabId: 7 } }, page as never);
    const { engine } = await fakeBrowser.storage.session.get<{ engine: EngineState }>('engine');
    expect(engine.tabs['4']?.stopped).toBe(true);
    expect(engine.tabs['7']?.stopped).toBe(false);
  });
});
