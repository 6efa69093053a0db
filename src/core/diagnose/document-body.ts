/**
 * What the overlay sends up as the response body, from the document the browser built out of
 * it. The classifier must read what the server sent, not the browser's rendering: for a
 * text/plain response (Envoy's "no healthy upstream", Traefik's "no available server",
 * Cloudflare's `error code: 1016`) both Chromium and Firefox wrap the text in
 * `<html><head>…</head><body><pre>…</pre></body></html>`, and for an empty body they build an
 * empty `<html><head></head><body></body></html>`. So: for a plain-text document the `<pre>`'s
 * text, for an empty one nothing, for HTML (and anything else) the markup.
 * `document.contentType` is the response's MIME type (https://dom.spec.whatwg.org/#dom-document-contenttype).
 */
import { MAX_BODY_CHARS } from './page';

/** What the content script reads off the document; all plain strings, so this stays pure. */
export interface DocumentPieces {
  /** `document.contentType`, e.g. 'text/html', 'text/plain'. */
  contentType: string;
  /** `document.documentElement.outerHTML` (bounded by the caller or here). */
  markup: string;
  /** The text of the body's first child `<pre>` (a text document's whole content), else null; used only for text types. */
  preText: string | null;
  /** `document.body.childNodes.length` (0 for an empty response), or -1 when there is no body. */
  bodyChildCount: number;
}

const TEXT_TYPES = /^text\/(?:plain|css|csv|javascript)$|^application\/(?:json|javascript|xml|problem\+json)$|\+json$/i;

/** The body text to diagnose for a document built from a response. */
export function documentBody(p: DocumentPieces): string {
  const type = p.contentType.trim().toLowerCase();
  // Browsers render these as a lone <pre> holding the response text (the HTML standard,
  // "Page load processing model for text files"); JSON viewers may not, then the markup goes.
  if (TEXT_TYPES.test(type) && p.preText !== null) return p.preText.slice(0, MAX_BODY_CHARS);
  if (type === 'text/html' && p.bodyChildCount === 0 && !/<title\b/i.test(p.markup)) return '';
  return p.markup.slice(0, MAX_BODY_CHARS);
}
