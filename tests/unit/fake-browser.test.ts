/**
 * The shared fake browser (tests/support/fake-browser-setup.ts): the polyfill is the fake, no
 * state or stub leaks from one test into the next, and storage reads behave like a browser's.
 * The two "leak" tests run in order: the first leaves state behind, the second must not see it.
 */
import browser from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { fakeBackground, fakeBrowser, stored, stub } from '../support/fake-browser';

describe('shared fake browser', () => {
  it('is what webextension-polyfill gives the code under test', () => {
    expect(browser).toBe(fakeBrowser);
  });

  it('leaves state behind (checked by the next test)', async () => {
    await browser.storage.session.set({ leaked: 1 });
    await browser.alarms.create('leaked', { when: Date.now() + 60_000 });
    browser.runtime.onMessage.addListener(() => undefined);
    stub(fakeBrowser.scripting, 'executeScript', async () => [{ result: 'stubbed' }]);
    expect(await stored('session')).toEqual({ leaked: 1 });
  });

  it('starts every test from nothing', async () => {
    expect(await stored('session')).toEqual({});
    expect(await browser.alarms.getAll()).toEqual([]);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
    expect(() => fakeBrowser.scripting.executeScript({ target: { tabId: 1 }, func: () => 1 })).toThrow(/not implemented/i);
  });

  it('leaves absent keys out of a read, as browsers do', async () => {
    await browser.storage.sync.set({ present: 0 });
    expect(await browser.storage.sync.get(['present', 'absent'])).toEqual({ present: 0 });
    expect('absent' in (await browser.storage.sync.get(['absent']))).toBe(false);
  });

  it('speaks English and answers messages from a table', async () => {
    expect(browser.i18n.getMessage('ov_retry_now')).not.toBe('');
    const bg = fakeBackground();
    bg.answers['tab/view'] = (p) => ({ echoed: p });
    await expect(browser.runtime.sendMessage({ type: 'tab/view', payload: { tabId: 3 } })).resolves.toEqual({ echoed: { tabId: 3 } });
    await expect(browser.runtime.sendMessage({ type: 'no/answer', payload: {} })).rejects.toThrow(/no answer for no\/answer/);
    expect(bg.sent.map((m) => m.type)).toEqual(['tab/view', 'no/answer']);
  });
});
