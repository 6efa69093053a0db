/**
 * Handlers that act only on events the browser itself produced from the user's input. Page
 * script can dispatch any event it likes (`el.dispatchEvent(new MouseEvent('click'))`,
 * `el.click()`), and such events carry `isTrusted: false`
 * (https://dom.spec.whatwg.org/#dom-event-istrusted). The closed shadow root already hides our
 * buttons from the page; this is the second wall, for every handler of the overlay.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event: E) => {
    if (!event.isTrusted) return;
    handler(event);
  };
}
