/**
 * Names the overlay leaves in a page, shared with the background, which removes an overlay
 * left by an earlier run of the extension (background/adopt.ts).
 */
/** The element that holds the overlay's shadow root. */
export const OVERLAY_HOST_ID = 'comeback-overlay-host';
/**
 * Set on the content script's global scope, synchronously, so a second injection into the same
 * document (the background may inject from both the commit and the response event) stops
 * before its first await.
 */
export const OVERLAY_STARTED_FLAG = '__comebackOverlayStarted';
