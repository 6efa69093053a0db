/**
 * Keyboard shortcuts (manifest `commands`). `_execute_action` opens the popup by itself; the
 * "retry now" command runs the same path as the popup's and the overlay's Retry now button
 * (actions.ts retryNow: one probe for the site, a reload only if it answers) for the tab the
 * user is looking at. https://developer.chrome.com/docs/extensions/reference/api/commands,
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/commands/onCommand
 *
 * The suggested keys (Alt+Shift+O opens the popup, Alt+Shift+Y retries) are ones the browsers
 * leave free: Chromium 156 silently leaves a suggested key unassigned when it is one of its own
 * shortcuts, and of Alt+Shift+A…Z it refused A B C N P R T W X Z (measured by installing an
 * extension with each; see README "Keyboard shortcuts"). Firefox's own shortcuts use Ctrl/Ctrl+Shift,
 * not Alt+Shift (https://support.mozilla.org/kb/keyboard-shortcuts-perform-firefox-tasks-quickly).
 */
import browser, { type Tabs } from 'webextension-polyfill';
import { retryNow } from './actions';

/** The manifest's name of the "retry now" command. */
export const RETRY_NOW_COMMAND = 'retry-now';

/** The tab a shortcut means: the one the browser passes, else the focused window's active tab. */
async function targetTab(tab: Tabs.Tab | undefined): Promise<number | null> {
  if (tab?.id !== undefined) return tab.id;
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return active?.id ?? null;
}

/** Handles one command. Unknown commands are ignored (a newer manifest may name more). */
export async function onCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  if (command !== RETRY_NOW_COMMAND) return;
  const tabId = await targetTab(tab);
  if (tabId !== null) await retryNow(tabId);
}

/** Registers the listener; called once, synchronously, at the top level of the background. */
export function registerCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    onCommand(command, tab).catch((e: unknown) => console.error('Comeback: a keyboard command failed', e));
  });
}
