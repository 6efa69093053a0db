/**
 * What the popup's Copy buttons put on the clipboard. An extension page cannot be granted
 * clipboard-read in either browser, so the page's own writeText is wrapped and still called:
 * the popup's "copied" confirmation appears only when the real clipboard write succeeded.
 * Both functions run inside the page (`page.evaluate(fn)`, Playwright or puppeteer), so they
 * must not use anything from this module's scope.
 */
export function watchClipboardWrites(): void {
  const clipboard = navigator.clipboard;
  const write = clipboard.writeText.bind(clipboard);
  clipboard.writeText = (text: string) => {
    (globalThis as unknown as { comebackCopied: string }).comebackCopied = text;
    return write(text);
  };
}

/** The last text written through the wrapped writeText, if any. */
export function lastClipboardWrite(): string | undefined {
  return (globalThis as unknown as { comebackCopied?: string }).comebackCopied;
}
