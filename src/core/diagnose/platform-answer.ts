/**
 * The shared rule of the platform detectors that rely on headers only that platform's proxy sets
 * (fly.ts, render.ts, railway.ts, pantheon.ts): its own answer is empty or a short page with its
 * known sentence; a longer body is the site's own, carried through.
 */
import type { Producer } from '../types';
import type { Match } from './detector';
import type { Page } from './page';
import { kindFromStatus } from './status-kind';

/** A platform's own short answer: empty, or its known sentence within the first 2 KB of text. */
export function own(page: Page, producer: Producer, sentence: RegExp): Match | null {
  const text = page.text.slice(0, 2000);
  if (text !== '' && !sentence.test(text)) return null;
  if (/failed to respond|did not respond|timed? ?out/i.test(text)) {
    return { producer, kind: /time/i.test(text) ? 'timeout' : 'connection-failed' };
  }
  return { producer, kind: kindFromStatus(page.status) };
}
