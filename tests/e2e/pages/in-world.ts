/**
 * Functions the tests run inside a tab, in the extension's isolated world (scripting.
 * executeScript's default world: https://developer.chrome.com/docs/extensions/reference/api/scripting#type-ExecutionWorld),
 * where the overlay's content script keeps its reference to the closed shadow root
 * (src/shared/overlay-ids.ts). Neither page script nor Playwright's CSS engine nor puppeteer's
 * pierce selectors can enter a closed root; this world can.
 *
 * They are sent as source text (executeScript serialises `func` with toString), so each must be
 * self-contained: no imports, no helpers from outside its own body.
 */

/** One element of the overlay a test can read or click. */
export interface OverlayItem {
  testId: string | null;
  tag: string;
  /** The explicit role, or null (a button's implicit role is "button"). */
  role: string | null;
  /** aria-label, else the element's text. */
  name: string;
  text: string;
  /** The element's data-* attributes besides data-testid, without the prefix (e.g. `verdict`). */
  data: Record<string, string>;
  /** In CSS pixels of the tab's viewport; null when the element has no box (hidden). */
  box: { x: number; y: number; width: number; height: number } | null;
}

/** What the overlay shows, as read from its closed root. */
export interface OverlaySnapshot {
  present: boolean;
  /** The host element's tag name and id, to check they carry nothing fixed. */
  hostTag: string | null;
  hostId: string | null;
  hostClass: string | null;
  /** Whether the host's shadowRoot reads null from the world the test runs in (closed root). */
  rootClosed: boolean | null;
  /** The panel's visible text (the <style> left out). */
  text: string;
  items: OverlayItem[];
}

/**
 * Reads the overlay. Found by the content script's own reference first; failing that (an
 * extension built before the reference existed), by the browsers' extension-only accessors
 * (`chrome.dom.openOrClosedShadowRoot`, Firefox's `element.openOrClosedShadowRoot`) on each
 * element under <html> besides <head> and <body>, which is where the overlay puts its host.
 */
export function readOverlayInWorld(refKey: string): OverlaySnapshot {
  type Ref = { host?: HTMLElement; root?: ShadowRoot };
  type Dom = { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } };
  const scope = globalThis as unknown as Record<string, unknown> & { chrome?: Dom; browser?: Dom };
  const ref = scope[refKey] as Ref | undefined;
  let host: HTMLElement | null = ref?.host?.isConnected ? ref.host : null;
  let root: ShadowRoot | null = host ? ref?.root ?? null : null;
  if (!root) {
    for (const el of Array.from(document.documentElement.children)) {
      if (el.localName === 'head' || el.localName === 'body') continue;
      const ext = el as Element & { openOrClosedShadowRoot?: ShadowRoot | null };
      const found = scope.chrome?.dom?.openOrClosedShadowRoot?.(el) ?? ext.openOrClosedShadowRoot ?? el.shadowRoot;
      if (found) {
        host = el as HTMLElement;
        root = found;
        break;
      }
    }
  }
  if (!root || !host) return { present: false, hostTag: null, hostId: null, hostClass: null, rootClosed: null, text: '', items: [] };
  const items = Array.from(root.querySelectorAll('[data-testid], button, [role], h1, h2, h3')).map((el) => {
    const r = el.getBoundingClientRect();
    const text = (el.textContent ?? '').trim();
    return {
      testId: el.getAttribute('data-testid'),
      tag: el.localName,
      role: el.getAttribute('role'),
      name: el.getAttribute('aria-label') ?? text,
      text,
      data: Object.fromEntries(Array.from(el.attributes).filter((a) => a.name.startsWith('data-') && a.name !== 'data-testid').map((a) => [a.name.slice(5), a.value])),
      box: r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
    };
  });
  const text = Array.from(root.children).filter((c) => c.localName !== 'style').map((c) => c.textContent ?? '').join(' ').trim();
  return { present: true, hostTag: host.localName, hostId: host.id, hostClass: host.className, rootClosed: host.shadowRoot === null, text, items };
}

/** axe-core's violations (WCAG 2.x A/AA and best practice) inside the overlay's root, as lines. */
export async function axeOverlayInWorld(refKey: string): Promise<string[] | null> {
  type AxeResult = {
    violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
    passes: { id: string; nodes: unknown[] }[];
  };
  type Axe = { run(context: unknown, options: unknown): Promise<AxeResult> };
  const scope = globalThis as unknown as Record<string, unknown> & { axe?: Axe };
  const ref = scope[refKey] as { host?: HTMLElement; root?: ShadowRoot } | undefined;
  const axe = scope.axe;
  if (!ref?.host || !ref.root || !axe) return null;
  // axe walks shadow trees through `element.shadowRoot`, null for a closed root, so axe runs on a
  // faithful copy: the root's nodes cloned (markup and stylesheet) into an open root, the
  // original hidden for the length of the run. The copy goes under <body>: for the real host,
  // which sits under <html> beside <body>, axe answers "unable to determine" for the contrast of
  // every text (measured: 14 of 14, with the open root of earlier builds too), so a check that
  // reads only `violations` passes without having checked contrast at all.
  const host = ref.host;
  const copy = document.createElement(`${host.localName}-axe`);
  const open = copy.attachShadow({ mode: 'open' });
  for (const node of Array.from(ref.root.childNodes)) open.append(node.cloneNode(true));
  const display = host.style.display;
  host.style.display = 'none';
  document.body.append(copy);
  try {
    // The copy replays the panel's 160 ms entry animation (opacity): let it finish first.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const result = await axe.run(copy, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    // A check that saw nothing inside the root would pass vacuously: say so instead.
    const contrastChecked = result.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0;
    if (contrastChecked < 3) {
      const inc = (result as unknown as { incomplete: { id: string; nodes: { any: { data: unknown }[] }[] }[] }).incomplete.find((i) => i.id === 'color-contrast');
      return [`axe checked the contrast of only ${contrastChecked} elements: it did not see inside the overlay (${JSON.stringify(inc?.nodes[0]?.any[0]?.data ?? null)})`];
    }
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact ?? '?'}): ${v.help} at ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`));
  } finally {
    copy.remove();
    host.style.display = display;
  }
}
