/**
 * A keyboard shortcut pressed in Firefox's browser window. WebDriver BiDi key actions
 * (puppeteer's page.keyboard) go to the page only and never reach the window's shortcut keys
 * (measured: commands.onCommand did not fire). With --remote-allow-system-access, BiDi can
 * evaluate in the browser window itself (`moz:scope: 'chrome'`); a keydown and a keypress
 * dispatched there are trusted events, matched against the window's <key> elements as typed
 * keys are, so an extension's `commands` shortcut fires through Firefox's own key handling.
 */
import type { Browser } from 'puppeteer-core';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface Tree { contexts: { context: string; url: string }[] }

/** Presses Alt+Shift+<letter> in the first browser window. Resolves to the <key> elements that match. */
export async function pressAltShiftInWindow(browser: Browser, letter: string): Promise<number> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as Tree;
  const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error(`no Firefox browser window among ${tree.contexts.map((c) => c.url).join(', ')}`);
  const key = letter.toUpperCase();
  const expression = `(() => {
    const matching = [...document.querySelectorAll('key')].filter((k) =>
      (k.getAttribute('key') || '').toUpperCase() === ${JSON.stringify(key)} && /alt/.test(k.getAttribute('modifiers') || '') && /shift/.test(k.getAttribute('modifiers') || '')).length;
    const init = { key: ${JSON.stringify(key)}, code: 'Key${key}', altKey: true, shiftKey: true, bubbles: true, cancelable: true, view: window };
    document.documentElement.dispatchEvent(new KeyboardEvent('keydown', { ...init, keyCode: ${key.charCodeAt(0)} }));
    document.documentElement.dispatchEvent(new KeyboardEvent('keypress', { ...init, charCode: ${key.charCodeAt(0)} }));
    return matching;
  })()`;
  const answer = (await connection.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: false })).result as
    { type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } };
  if (answer.type !== 'success') throw new Error(`pressing Alt+Shift+${key} in the browser window failed: ${answer.exceptionDetails?.text ?? JSON.stringify(answer)}`);
  return Number(answer.result?.value ?? 0);
}
