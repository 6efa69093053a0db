/**
 * The one shape of a background route. Who may send a message is declared once, with the
 * message's type in src/shared/messages.ts (`from`), and a route must repeat exactly that (the
 * type checks it), so the router and the map cannot disagree. The payload is checked by `valid`
 * before `handle` sees it: a content script runs inside a hostile page (docs/design.md).
 */
import type { MessageMap, MessageType, RequestOf, ResponseOf } from '../../shared/messages';
import type { Guard } from '../../shared/guards';

/**
 * What the router knows besides the payload: the tab the message is about. For a content
 * script that is the sender's own tab, never one its payload names; for an extension page it
 * is the payload's `tabId`, when it has one.
 */
export interface Context { tabId: number | null }

export interface Route<K extends MessageType> {
  from: MessageMap[K]['from'];
  valid: Guard<RequestOf<K>>;
  handle: (payload: RequestOf<K>, ctx: Context) => Promise<ResponseOf<K>>;
}

/** A subject's routes, one per message type of that subject; the router spreads them into its table. */
export type Routes<K extends MessageType> = { [P in K]: Route<P> };
