/**
 * Page object for Comeback's overlay in one tab. The overlay lives in a closed shadow root
 * under a host with a random tag name, so nothing here uses a selector in the page: every read
 * runs in the extension's isolated world (./in-world.ts) and every click is real mouse input at
 * the coordinates read there. The same calls work in Chromium and Firefox.
 *
 *   const overlay = new OverlayPage(driver, tab);
 *   await overlay.waitForText('status-line', /Next try in \d+ s/);
 *   await overlay.click('retry-now');
 *   expect(await overlay.axe()).toEqual([]);   // launch with { withAxe: true }
 *
 * Test ids (data-testid in src/content): comeback-panel, layer, explanation, wait-helps,
 * status-line, attempt, verdict, retry-now, stop, hide, ids, copy-ids, form-note.
 */
import { OVERLAY_REF_KEY } from '../../../src/shared/overlay-ids';
import { waitUntil, type ExtensionDriver, type Tab } from './driver';
import { axeOverlayInWorld, readOverlayInWorld, type OverlayItem, type OverlaySnapshot } from './in-world';

/** The file name axe-core gets inside a test copy of the package (support/dist.ts withAxe). */
export const AXE_FILE = 'axe.min.js';

const ABSENT: OverlaySnapshot = { present: false, hostTag: null, hostId: null, hostClass: null, rootClosed: null, text: '', items: [] };

export class OverlayPage {
  constructor(readonly driver: ExtensionDriver, readonly tab: Tab) {}

  /** Everything the overlay shows now; `present: false` when there is none (or the tab is navigating). */
  async snapshot(): Promise<OverlaySnapshot> {
    try {
      const tabId = await this.driver.tabId(this.tab);
      return (await this.driver.inTab<OverlaySnapshot | null>(tabId, readOverlayInWorld, [OVERLAY_REF_KEY])) ?? ABSENT;
    } catch {
      return ABSENT; // the tab is between documents, or cannot be scripted (a browser error page)
    }
  }

  async item(testId: string): Promise<OverlayItem | null> {
    return (await this.snapshot()).items.find((i) => i.testId === testId) ?? null;
  }

  /** The text of `[data-testid=testId]`, or null when the overlay or the element is absent. */
  async text(testId: string): Promise<string | null> {
    return (await this.item(testId))?.text ?? null;
  }

  async isPresent(): Promise<boolean> {
    return (await this.snapshot()).present;
  }

  /**
   * Whether the page holds an overlay host, asked from the page's own world: all a page can see
   * of it is an element under <html> besides <head> and <body>. Works when the extension is gone
   * (after a reload or an uninstall nothing can run in its isolated world any more).
   */
  async hostInPage(): Promise<boolean> {
    return this.tab
      .evaluate<boolean>(`[...document.documentElement.children].some((e) => e.localName !== 'head' && e.localName !== 'body')`)
      .catch(() => false);
  }

  /** Waits until the element's text matches; resolves with that text. */
  async waitForText(testId: string, pattern: RegExp | string, timeoutMs = 5_000): Promise<string> {
    const matches = (t: string | null): boolean => t !== null && (typeof pattern === 'string' ? t.includes(pattern) : pattern.test(t));
    return (await waitUntil(`overlay ${testId} ~ ${String(pattern)}`, () => this.text(testId), matches, timeoutMs)) ?? '';
  }

  async waitForPresent(timeoutMs = 5_000): Promise<void> {
    await waitUntil('the overlay', () => this.isPresent(), (p) => p, timeoutMs);
  }

  async waitForGone(timeoutMs = 5_000): Promise<void> {
    await waitUntil('no overlay', () => this.isPresent(), (p) => !p, timeoutMs);
  }

  /** Waits until no panel shows: the overlay is gone, or the user hid it (the host stays, empty). */
  async waitForHidden(timeoutMs = 5_000): Promise<void> {
    const shown = async (): Promise<boolean> => (await this.snapshot()).items.some((i) => i.testId === 'comeback-panel');
    await waitUntil('the panel hidden', shown, (s) => !s, timeoutMs);
  }

  /** A real mouse click in the middle of the element (the tab is brought to the front first). */
  async click(testId: string): Promise<void> {
    const item = await waitUntil(`overlay ${testId} with a box`, () => this.item(testId), (i) => i?.box != null, 5_000);
    const box = item?.box;
    if (!box) throw new Error(`overlay ${testId} has no box`);
    await this.tab.bringToFront();
    await this.tab.clickAt(box.x + box.width / 2, box.y + box.height / 2);
  }

  /**
   * axe-core's violations inside the overlay (its closed root), run in the isolated world. Needs
   * a package with axe-core in it (launch option `withAxe`): page script cannot enter the root.
   */
  async axe(): Promise<string[]> {
    if (!this.driver.hasAxe) throw new Error('OverlayPage.axe() needs the extension launched with { withAxe: true }');
    const tabId = await this.driver.tabId(this.tab);
    // Layout-dependent checks (contrast) need the tab in front.
    await this.tab.bringToFront();
    await this.driver.injectFile(tabId, AXE_FILE);
    const lines = await this.driver.inTab<string[] | null>(tabId, axeOverlayInWorld, [OVERLAY_REF_KEY]);
    if (lines === null) throw new Error('axe found no overlay (or axe-core did not load) in the isolated world');
    return lines;
  }
}
