/**
 * Which requests Comeback may send again without asking.
 *
 * RFC 9110 §9.2.2: only idempotent methods may be retried automatically, and a client SHOULD NOT
 * retry POST. Of the idempotent ones, a page load is only ever GET (or HEAD for a probe);
 * PUT/DELETE/OPTIONS/TRACE are idempotent too but never a navigation, and resending one that a
 * page's script sent is not ours to decide. Chromium's own auto-reload never reloads a POST either
 * (docs/reference.md §2).
 */

/** Methods Comeback retries by itself; anything else gets a manual "Send again" with a warning. */
export const AUTO_RETRY_METHODS: readonly string[] = Object.freeze(['GET', 'HEAD']);

/** RFC 9110 §9.2.2: only idempotent methods may be retried automatically; Comeback retries only GET and HEAD. */
export function mayAutoRetry(method: string): boolean {
  // Method names are case-sensitive (RFC 9110 §9.1), but webRequest reports them upper-case and a
  // lower-case "get" is no more harmful, so compare without case rather than refuse it.
  return AUTO_RETRY_METHODS.includes(method.trim().toUpperCase());
}
