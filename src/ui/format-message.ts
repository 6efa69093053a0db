/**
 * The messages.json format of WebExtensions i18n (chrome.i18n / browser.i18n), filled in the
 * same way the browser does it, for locales loaded at run time. Pure: tested under Node.
 */

/** One entry of messages.json. */
export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type LocaleMessages = Record<string, LocaleMessage>;

/** `$1`…`$9` in a placeholder's content → the substitutions (missing ones become ''). */
function fillPositional(content: string, subs: readonly string[]): string {
  return content.replace(/\$(\d)/g, (_, digit: string) => subs[Number(digit) - 1] ?? '');
}

/**
 * The message text with named placeholders (`$SITE$`, case-insensitive) replaced by their
 * content, positional `$1` filled from `subs`, and `$$` as a literal dollar sign.
 */
export function formatMessage(entry: LocaleMessage, subs: readonly string[] = []): string {
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (match, name?: string, digit?: string) => {
    if (match === '$$') return '$';
    if (digit !== undefined) return subs[Number(digit) - 1] ?? '';
    const content = name === undefined ? undefined : placeholders[name.toLowerCase()];
    return content === undefined ? match : fillPositional(content, subs);
  });
}
