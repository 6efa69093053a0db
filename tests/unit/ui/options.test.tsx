// @vitest-environment happy-dom
/** The options page writes through the settings schema and validates what the user types. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, stored, settle } from '../../support/fake-browser';

const { App } = await import('../../../src/options/app');

let root: HTMLElement;
const byId = <T extends HTMLElement>(id: string): T => {
  const el = root.querySelector<T>(`#${CSS.escape(id)}`);
  if (!el) throw new Error(`no #${id}`);
  return el;
};
/** Types into a field and lets Preact re-render, as happens between a keystroke and Enter. */
const type = async (input: HTMLInputElement, value: string): Promise<void> => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
};
const submit = (input: HTMLElement): void => {
  input.closest('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
};

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('options page', () => {
  it('labels every control and groups sections in fieldsets with legends', async () => {
    render(<App />, root);
    await settle();
    expect(root.querySelectorAll('fieldset > legend').length).toBe(6);
    for (const control of root.querySelectorAll('input, select')) {
      const labelled = control.getAttribute('aria-label') !== null || root.querySelector(`label[for="${control.id}"]`) !== null;
      expect(labelled, control.id).toBe(true);
    }
  });

  it('turns auto-retry off and clamps numbers through the schema', async () => {
    render(<App />, root);
    await settle();
    byId<HTMLInputElement>('auto-retry').click();
    await settle();
    expect((await stored('sync')).autoRetry).toBe(false);
    const span = byId<HTMLInputElement>('give-up-after');
    span.value = '5000';
    span.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect((await stored('sync')).giveUpAfterMinutes).toBe(1440);
    expect(root.textContent).toContain('Saved');
  });

  it('adds and removes a site rule, refusing what is not a hostname', async () => {
    render(<App />, root);
    await settle();
    const host = byId<HTMLInputElement>('rule-host');
    await type(host, 'https://example.com/path');
    submit(host);
    await settle();
    expect(root.textContent).toContain('Enter a hostname such as example.com');
    expect((await stored('sync'))['siteRules.0']).toBeUndefined();
    await type(host, 'Shop.Example.COM');
    submit(host);
    await settle();
    expect((await stored('sync'))['siteRules.0']).toEqual({ 'shop.example.com': 'never' });
    const remove = root.querySelector<HTMLButtonElement>('button[aria-label="Remove the rule for shop.example.com"]');
    remove?.click();
    await settle();
    expect((await stored('sync'))['siteRules.chunks']).toBe(0); // stored in chunks (settings/layout.ts)
    expect((await stored('sync'))['siteRules.0']).toBeUndefined();
  });

  it('saves a custom status page only as https', async () => {
    render(<App />, root);
    await settle();
    await type(byId('sp-host'), 'example.com');
    await type(byId('sp-url'), 'http://status.example.com');
    submit(byId('sp-url'));
    await settle();
    expect(root.textContent).toContain('Enter a full address starting with https://');
    await type(byId('sp-url'), 'https://status.example.com');
    submit(byId('sp-url'));
    await settle();
    expect((await stored('sync'))['customStatusPages.0']).toEqual({ 'example.com': 'https://status.example.com/' });
  });

  it('records consent when a third-party check is switched on', async () => {
    render(<App />, root);
    await settle();
    byId<HTMLInputElement>('consent-checkHost').click();
    await settle();
    expect((await stored('sync')).consent).toMatchObject({ answered: true, checkHost: true, wayback: false });
  });

  it('stores the language choice and switches the page to it', async () => {
    const de = readFileSync(join(import.meta.dirname, '../../../public/_locales/de/messages.json'), 'utf8');
    vi.stubGlobal('fetch', async (url: string) => {
      expect(url).toBe(fakeBrowser.runtime.getURL('_locales/de/messages.json'));
      return new Response(de);
    });
    render(<App />, root);
    await settle();
    const select = byId<HTMLSelectElement>('language');
    select.value = 'de';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect((await stored('sync')).language).toBe('de');
    const title = (JSON.parse(de) as Record<string, { message: string }>).set_title?.message;
    expect(root.querySelector('h1')?.textContent).toBe(title);
    expect(document.documentElement.lang).toBe('de');
    vi.unstubAllGlobals();
  });
});
