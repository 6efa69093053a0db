/** URL helpers for the engine; tolerant of the odd URLs tabs can hold (about:, data:, …). */

/** The URL without its fragment, or null when it is not http(s). */
export function pageUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

export function originOf(url: string): string {
  return new URL(url).origin;
}

export function hostnameOf(url: string): string {
  return new URL(url).hostname;
}
