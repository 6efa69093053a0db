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
  /**
   * Lower-case substrings at least one of which every page this detector matches contains in
   * its lower-cased body (`Page.lower`). The engine skips `detect` when none is present: a
   * substring search is far cheaper than the detector's regular expressions over 64 KB. Only
   * for detectors that never match on headers alone; avoid characters a page may write as
   * entities (Akamai encodes even spaces).
   */
  readonly gate?: readonly string[];
  detect(page: Page): Match | null;
}
