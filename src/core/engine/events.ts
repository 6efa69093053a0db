/** Everything that can happen to the engine, as data; the background turns browser events into these. */
import type { Diagnosis, HeaderMap } from '../types';

export type EngineEvent =
  /** A top-level response in a tab, error or not (webRequest), from an active document only. */
  | {
      type: 'response'; tabId: number; url: string; method: string; status: number; headers: HeaderMap;
      diagnosis: Diagnosis;
      /** Auto-retry is off for this site (the user's rules). */
      disabled: boolean;
      adopted?: boolean;
      isPrivate?: boolean;
      visible?: boolean;
      /** From the request to its response headers, ms, where the browser timed it. */
      latencyMs?: number;
    }
  /** A top-level load in a tab failed without an HTTP answer (refused, reset, DNS, offline). */
  | { type: 'load-failed'; tabId: number; url: string }
  /** A document committed in a tab's top frame. */
  | { type: 'committed'; tabId: number; url: string; documentId: string | null }
  /** The overlay read the page: a better diagnosis of the tab's error. */
  | { type: 'refined'; tabId: number; diagnosis: Diagnosis }
  | { type: 'tab-removed'; tabId: number }
  /** Which tabs are visible now (the active tab of each focused window). */
  | { type: 'visibility'; visibleTabIds: readonly number[] }
  /** A clock fired: run what is due. */
  | { type: 'tick' }
  /** The background started again with its stored state. */
  | { type: 'restart' }
  /** The browser itself says it went on- or offline (never a page). */
  | { type: 'network'; online: boolean }
  /** The background could not run a probe or reload: the tab was busy with a navigation, or gone. */
  | { type: 'load-skipped'; tabId: number; origin: string; why: 'busy' | 'moved' | 'gone' }
  | { type: 'retry-now'; tabId: number }
  | { type: 'stop'; tabId: number }
  /** The site's status page: a major outage, or resolved. */
  | { type: 'status-page'; origin: string; major: boolean; resolved: boolean }
  /** The user turned auto-retry off for a site ("never retry this site"). */
  | { type: 'site-disabled'; origin: string };

export type EventType = EngineEvent['type'];
