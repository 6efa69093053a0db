// @vitest-environment happy-dom
/** The options page says what happens at the sync quota, and when the rules moved to this device. */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stored, waitFor } from '../../support/fake-browser';

const { App } = await import('../../../src/options/app');
const { updateSettings } = await import('../../../src/shared/settings-store');

let root: HTMLElement;
const text = (): string => root.textContent ?? '';
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => { render(null, root); root.remove(); });

describe('storage note', () => {
  it('says rules follow through sync up to a limit, and what happens past it', async () => {
    render(<App />, root);
    await waitFor(() => text().includes('follow you to your other browsers through sync'));
  });

  it('says the rules are kept on this device once they outgrow sync', async () => {
    const many = Object.fromEntries(Array.from({ length: 6000 }, (_, i) => [`shop-${i}.example-${i % 97}.com`, 'never' as const]));
    await updateSettings((s) => ({ ...s, siteRules: many }));
    render(<App />, root);
    await waitFor(() => text().includes('no longer fit in your browser\'s sync storage'));
    expect((await stored('sync')).mapsArea).toBe('local');
  });
});
