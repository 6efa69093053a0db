/**
 * The attacker: an error page whose own script tries to steer Comeback. Everything here runs in
 * the page's main world, exactly as a hostile site's script would; the tests call its
 * functions (`window.attack.*`) at the moments they need. The old overlay's id is one of the
 * guesses a page would make (it is what earlier builds used), not something the tests rely on.
 */

const SCRIPT = String.raw`
const attack = {
  /** Elements under <html> besides <head> and <body>: where an overlay would put its host. */
  hosts() { return [...document.documentElement.children].filter((e) => e.localName !== 'head' && e.localName !== 'body'); },
  /** Every shadow root page script can reach (open ones), anywhere in the document. */
  roots() { return [...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter((r) => r); },
  read() {
    const roots = attack.roots();
    return {
      hostTags: attack.hosts().map((h) => h.localName),
      hostIds: attack.hosts().map((h) => h.id).filter((id) => id),
      readableRoots: roots.length,
      rootText: roots.map((r) => r.textContent).join(' ').trim(),
      oldIdFound: document.getElementById('comeback-overlay-host') !== null,
      byClassOrTag: document.querySelectorAll('[class*="comeback" i], [id*="comeback" i], [data-testid]').length,
    };
  },
  /** Replaces every heading it can reach; returns how many it rewrote. */
  rewrite(text) {
    let n = 0;
    for (const r of attack.roots()) for (const h of r.querySelectorAll('h1, h2, h3, [data-testid="layer"]')) { h.textContent = text; n++; }
    for (const h of attack.hosts()) { h.setAttribute('data-rewritten', '1'); h.append(Object.assign(document.createElement('h2'), { textContent: text })); }
    return n;
  },
  /**
   * Clicks, n times, every button whose text contains one of labels: through any open root, and
   * blind: synthetic clicks at the host and at the bottom-right corner, where the panel sits.
   */
  click(labels, n) {
    let reached = 0;
    for (let i = 0; i < n; i++) {
      for (const r of attack.roots()) for (const b of r.querySelectorAll('button')) {
        if (labels.some((l) => (b.textContent || '').includes(l))) { b.click(); b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })); reached++; }
      }
      for (const h of attack.hosts()) h.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      for (let y = innerHeight - 20; y > innerHeight - 300; y -= 20) {
        const x = innerWidth - 100;
        const el = document.elementFromPoint(x, y);
        el?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
      }
    }
    return reached;
  },
  /** click(labels, 1), n times, one every everyMs: a loop a probe cannot absorb by being in flight. */
  clickOver(labels, n, everyMs) {
    return new Promise((resolve) => {
      let done = 0;
      const t = setInterval(() => {
        attack.click(labels, 1);
        if (++done >= n) { clearInterval(t); resolve(done); }
      }, everyMs);
    });
  },
  /** Tells everyone the network went away. */
  offline() {
    for (let i = 0; i < 5; i++) {
      window.dispatchEvent(new Event('offline'));
      document.dispatchEvent(new Event('offline'));
      document.body.dispatchEvent(new Event('offline', { bubbles: true }));
    }
    return true;
  },
};
window.attack = attack;
// On the form's error page: keep pressing "send again" and its confirmation as soon as they appear.
if (document.documentElement.dataset.autoResend === '1') {
  const started = Date.now();
  const t = setInterval(() => {
    attack.click(['Send again', 'send it again', 'Send the form again'], 1);
    if (Date.now() - started > 8000) clearInterval(t);
  }, 100);
}
`;

/** The hostile error page; `autoResend` makes it press "send again" by itself from load on. */
export function hostilePage(opts: { autoResend?: boolean } = {}): string {
  return `<!doctype html><html lang="en"${opts.autoResend ? ' data-auto-resend="1"' : ''}><head><meta charset="utf-8">` +
    '<title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1>' +
    `<p>The server is temporarily unable to service your request.</p><script>${SCRIPT}</script></body></html>`;
}

/** What `attack.read()` returns. */
export interface AttackRead {
  hostTags: string[];
  hostIds: string[];
  readableRoots: number;
  rootText: string;
  oldIdFound: boolean;
  byClassOrTag: number;
}
