import type { Kind, Producer } from '../types';

/**
 * What the engine asks the background to do, as data. The background runs them; the engine
 * never touches a browser API (docs/design.md, "Pure core, thin shell").
 */

/** How a tab's page is loaded again: a reload, or a fresh GET navigation for an adopted tab (its method is unknown). */
export type LoadHow = 'reload' | 'navigate';

export type Effect =
  /** Load the page again in this one tab: the probe for its whole site. */
  | { type: 'probe'; origin: string; tabId: number; url: string; how: LoadHow; documentId: string | null }
  /** The site is back: bring this tab back after `delayMs` (a stagger), if it still shows `url`. */
  | { type: 'reload'; origin: string; tabId: number; url: string; how: LoadHow; documentId: string | null; delayMs: number }
  /** Show the overlay in this tab (its error document just committed). */
  | { type: 'inject'; tabId: number }
  /** The page came back in this tab; tell the user if they are looking elsewhere. */
  | { type: 'notify-back'; tabId: number; hostname: string }
  /** The views of this site's tabs changed: badge and every open surface. */
  | { type: 'push'; origin: string }
  /** The page came back in this tab and committed: the badge says so. */
  | { type: 'badge-back'; tabId: number }
  /** A tab left the engine: clear its badge. */
  | { type: 'clear-badge'; tabId: number }
  /** An error worth remembering in the local incident list (never for private tabs). */
  | { type: 'incident'; tabId: number; url: string; hostname: string; status: number; producer: Producer; kind: Kind; since: number; recoveredAt: number | null };
