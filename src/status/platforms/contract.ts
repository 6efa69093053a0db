/**
 * What every status platform provides, so that adding one is one file and one line in
 * order.ts (the way src/core/diagnose/order.ts lists the error-page detectors): its kind, the
 * API paths to try on a page of unknown platform, how to recognise a direct link to it, and
 * its parser. Pure: no browser API, no clock of its own (the caller passes `now`).
 */
import type { Parsed, StatusReport } from '../report/types';

/** What a parser gets besides the JSON. */
export interface ParseContext {
  /** The human-readable page we fetched from, used as the report's link. */
  pageUrl: string;
  /** The caller's clock, ms (to tell a running maintenance window from a future one). */
  now: number;
  /** The answer to `followUp`, when the platform has one and it was fetched. */
  extra?: unknown;
}

/** An API path relative to a status page URL. */
export interface ApiPath {
  path: string;
  /** Also tried when guessing at `status.<domain>`; false keeps discovery cheap. */
  discover: boolean;
}

/** A URL recognised as this platform's: the endpoint to fetch and the page to link to. */
export interface DirectLink {
  apiUrl: string;
  pageUrl: string;
}

/** One status platform. `K` is its kind, the name every report and candidate carries. */
export interface StatusPlatform<K extends string = string> {
  readonly kind: K;
  /** Paths tried, in order, on a page whose platform is not known. Empty: never guessed. */
  readonly paths: readonly ApiPath[];
  /**
   * The endpoint when `url` (query and fragment already dropped) is a direct link to this
   * platform (an API path, or a host only it serves), else null.
   */
  direct(url: URL): DirectLink | null;
  /** A second, optional request made once the first answer parsed (Cachet's incidents). */
  followUp?(apiUrl: string): string;
  /** Never throws; an answer of the wrong shape is a ParseError, never a guess. */
  parse(json: unknown, context: ParseContext): Parsed<StatusReport>;
}

/** A direct link by the API path's ending: the page is the URL's origin. */
export function directByPath(url: URL, ending: RegExp): DirectLink | null {
  return ending.test(url.pathname) ? { apiUrl: url.href, pageUrl: `${url.origin}/` } : null;
}
