/**
 * Names the overlay keeps in its content script's isolated world, shared with the background,
 * which removes an overlay left by an earlier run of the extension (background/adopt.ts), and
 * with the e2e tests' accessors. None of them is visible to the page: an extension's content
 * scripts run in an isolated world whose globals page script cannot read
 * (https://developer.chrome.com/docs/extensions/develop/concepts/content-scripts#isolated_world,
 * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/Content_scripts#content_script_environment).
 * The host element itself carries no fixed id, class or tag name a page could look for.
 */

/** What the overlay leaves on the isolated world's global scope while it is shown. */
export interface OverlayRef {
  /** The element in the page that holds the closed shadow root (its tag name is random). */
  host: HTMLElement;
  /** The closed shadow root: only this reference (or the browser's extension-only accessors) reaches it. */
  root: ShadowRoot;
  /** Takes the overlay away (unrenders, removes the host, clears this reference). */
  remove(): void;
}

/** The global under which the overlay keeps its OverlayRef. */
export const OVERLAY_REF_KEY = '__comebackOverlay';

/**
 * Set on the content script's global scope, synchronously, so a second injection into the same
 * document (the background may inject from both the commit and the response event) stops
 * before its first await.
 */
export const OVERLAY_STARTED_FLAG = '__comebackOverlayStarted';
