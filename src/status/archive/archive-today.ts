/**
 * archive.today is offered as a plain link only (it has no documented API): nothing is
 * requested until the user follows it.
 */

/**
 * archive.today's newest snapshot of a page (`https://archive.ph/newest/<url>`), query and
 * fragment dropped (the user follows the link, but a token in it still must not leak); null
 * for anything but http(s). archive.today reads the URL raw from the path.
 */
export function archiveTodayLink(pageUrl: string): string | null {
  try {
    const url = new URL(pageUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    url.search = '';
    return `https://archive.ph/newest/${url.href}`;
  } catch {
    return null;
  }
}
