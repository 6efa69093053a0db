/** The contract every producer file implements. */
import type { Kind, Producer } from '../types';
import type { Page } from './page';

/** What a detector concluded: who generated the page and what went wrong. */
export interface Match {
  producer: Producer;
  kind: Kind;
}

/**
 * Recognises one producer's error pages. `detect` returns null when the page is not one of
 * its own; it runs only for statuses Comeback handles (429 and 5xx).
 */
export interface Detector {
  /** The producer this file is about (some detectors also name a sibling, e.g. nginx → openresty). */
  readonly name: Producer;
  detect(page: Page): Match | null;
}
