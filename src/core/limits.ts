/**
 * Size limits shared by every context that handles text from a web page or a response. A page
 * is hostile (docs/design.md): whatever it hands over is bounded where it enters, by these.
 */

/**
 * The most page text (a response body, the overlay's copy of the page's markup) anything in
 * Comeback reads or accepts: the classifier looks no further (docs/reference.md §1), so more
 * would only cost memory and time.
 */
export const MAX_PAGE_TEXT = 64 * 1024;

/**
 * The longest page title the background accepts. Error templates put a short reason phrase
 * there ("503 Service Temporarily Unavailable"); without a bound a page could hand the shared
 * background a title as large as a message may be (64 MB in Chrome).
 */
export const MAX_TITLE_CHARS = 1024;

/**
 * The longest header value kept of a response (a longer one is cut). The kept headers name
 * layers and ids (`Via: 1.1 varnish`, `CF-Ray: …`); a few hundred characters cover long proxy
 * chains, and the bound keeps a hostile server from filling storage.session.
 */
export const MAX_HEADER_VALUE_CHARS = 1024;
