/**
 * Timing-exact waits on a Chromium page that is about to be reloaded by the extension.
 * Playwright's locator assertions back off to 1 s between polls, which would eat half of a
 * "within Retry-After + 2 s" margin; these poll every 100 ms and survive the navigation.
 */
import type { Page } from '@playwright/test';

/** The page's visible body text, or '' while it navigates. */
export async function pageText(page: Page): Promise<string> {
  try {
    return await page.evaluate(() => document.body?.innerText ?? '');
  } catch {
    return ''; // execution context destroyed by the reload; try again
  }
}

/**
 * Resolves with Date.now() at the first poll that finds `text` in the page's body; rejects
 * with the last body text seen after `timeoutMs`.
 */
export async function whenTextAppears(page: Page, text: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const last = await pageText(page);
    if (last.includes(text)) return Date.now();
    if (Date.now() > deadline) {
      throw new Error(`"${text}" did not appear within ${timeoutMs} ms; the page at ${page.url()} shows: ${JSON.stringify(last.slice(0, 300))}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
