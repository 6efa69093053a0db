/**
 * Injects the overlay into one error tab only (healthy pages must cost nothing: on a page that
 * loaded fine, no script of ours runs). Built by @crxjs as a self-contained IIFE so it needs no
 * loader round trip.
 */
import browser from 'webextension-polyfill';
import overlayFile from '../content/overlay?iife';

export async function injectOverlay(tabId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [overlayFile], injectImmediately: true });
  } catch (e) {
    // Browser error pages (chrome-error://, an empty 5xx body) cannot host a script; the
    // badge and popup still tell the story and the retry goes on.
    console.info('Comeback: no overlay in tab', tabId, e instanceof Error ? e.message : e);
  }
}
