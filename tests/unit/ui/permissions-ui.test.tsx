// @vitest-environment happy-dom
/**
 * Permissions as the user meets them: withheld host access is said in the popup and the options
 * page with a button that asks the browser; the optional browsingData permission is asked at the
 * "clear" click and nothing is sent when it is refused; notifications are asked for when the
 * setting is turned on.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBackground, fakeBrowser, permissionsFake, settle, stored, stub, waitFor, type Envelope } from '../../support/fake-browser';
import { varnishView } from './view-fixture';

(globalThis as { __TARGET__?: string }).__TARGET__ = 'chrome';

const { App: Popup } = await import('../../../src/popup/app');
const { App: Options } = await import('../../../src/options/app');

let root: HTMLElement;
const text = (): string => root.textContent ?? '';
const button = (label: string): HTMLButtonElement => {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}" in: ${text().slice(0, 400)}`);
  return found;
};

const ALL_SITES = { origins: ['http://*/*', 'https://*/*'] };
let sent: Envelope[];
beforeEach(() => {
  const bg = fakeBackground();
  sent = bg.sent;
  bg.answers['tab/view'] = () => varnishView();
  bg.answers['checks/run'] = () => null;
  bg.answers['site/clear-cache'] = () => ({ ok: true });
  bg.answers['incidents/list'] = () => [];
  stub(fakeBrowser.tabs, 'query', async () => [{ id: 7 }]);
  // browsingData and notifications are optional permissions: not granted until asked for.
  permissionsFake.withheld.permissions.add('browsingData');
  permissionsFake.withheld.permissions.add('notifications');
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('host access', () => {
  it('says nothing while Comeback has access to every site', async () => {
    render(<Popup />, root);
    await waitFor(() => text().includes('shop.example.com'));
    await settle();
    expect(text()).not.toContain('no access to websites');
  });

  for (const [name, Page] of [['popup', Popup], ['options page', Options]] as const) {
    it(`the ${name} says when access was withheld and asks the browser from the button`, async () => {
      permissionsFake.revoke(ALL_SITES); // the user chose "on click" / removed site access
      render(<Page />, root);
      await waitFor(() => text().includes('no access to websites'));
      button('Allow access to all sites…').click();
      await settle();
      expect(permissionsFake.requests).toContainEqual({ origins: ['http://*/*', 'https://*/*'] });
      await waitFor(() => !text().includes('no access to websites'));
    });
  }

  it('keeps the notice and says so when the user declines the prompt', async () => {
    permissionsFake.revoke(ALL_SITES);
    permissionsFake.userSays = false;
    render(<Popup />, root);
    await waitFor(() => text().includes('no access to websites'));
    button('Allow access to all sites…').click();
    await waitFor(() => text().includes('Access was not given'));
    expect(text()).toContain('no access to websites');
  });
});

describe('optional permissions', () => {
  it('asks for browsingData at the clear click and sends nothing when refused', async () => {
    permissionsFake.userSays = false;
    render(<Popup />, root);
    await waitFor(() => text().includes("Clear this site's cache"));
    button("Clear this site's cache").click();
    await waitFor(() => text().includes('it was not given'));
    expect(permissionsFake.requests).toContainEqual({ permissions: ['browsingData'] });
    expect(sent.map((m) => m.type)).not.toContain('site/clear-cache');
  });

  it('clears once browsingData is granted at the click', async () => {
    render(<Popup />, root);
    await waitFor(() => text().includes("Clear this site's cache"));
    button("Clear this site's cache").click();
    await waitFor(() => sent.some((m) => m.type === 'site/clear-cache'));
    expect(permissionsFake.withheld.permissions.has('browsingData')).toBe(false);
  });

  it('asks for notifications when the setting is turned on, and shows it off when refused', async () => {
    await fakeBrowser.storage.sync.set({ notifications: false, version: 2 });
    permissionsFake.userSays = false;
    render(<Options />, root);
    await waitFor(() => root.querySelector('#notifications') !== null);
    const box = root.querySelector<HTMLInputElement>('#notifications');
    if (!box) throw new Error('no #notifications');
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => text().includes('Notifications were not allowed'));
    expect(permissionsFake.requests).toContainEqual({ permissions: ['notifications'] });
    expect((await stored('sync')).notifications).toBe(false);
    expect(box.checked).toBe(false);
  });

  it('a default "on" without the browser permission shows off, not on', async () => {
    render(<Options />, root);
    await waitFor(() => root.querySelector('#notifications') !== null);
    await settle();
    expect(root.querySelector<HTMLInputElement>('#notifications')?.checked).toBe(false);
  });
});
