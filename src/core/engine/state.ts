/**
 * The retry engine's state: every tab that shows an error Comeback handles, and one record per
 * site (origin) however many tabs wait on it. Plain data, persisted by the background as is.
 *
 * A site's life (one probe in flight at most; the probe is a reload of one waiting tab):
 *
 *             failed answer ┌──────────────┐ offline ┌────────────────┐
 *        ┌────────────────► │   waiting    │ ──────► │ paused-offline │
 *        │                  │ (dueAt)      │ ◄────── │ (checkAt)      │
 *        │                  └──────┬───────┘ online, └────────────────┘
 *        │           due, visible, │ Retry now    checkAt
 *        │                         ▼
 *   ┌────┴─────┐  success   ┌──────────────┐
 *   │ probing  │ ─────────► │     back     │  (the other tabs are reloaded, staggered)
 *   │ (tabId)  │            └──────────────┘
 *   └────┬─────┘
 *        │ failed answer after the span, or an answer waiting cannot fix
 *        ▼
 *   ┌──────────┐  Retry now, or the user loads the page again
 *   │ gave-up  │ ─────────► probing / waiting
 *   └──────────┘
 *
 * Pure types only (docs/design.md, "Pure core, thin shell").
 */
import type { Diagnosis, HeaderMap } from '../types';
import type { ManualBudget } from './manual-budget';
import type { PaceMemory, PaceReason } from './pacing';

export type GiveUpReason = 'time-limit' | 'not-retryable';

export type SiteState =
  | {
      phase: 'waiting';
      /** When the next probe runs, ms. */
      dueAt: number;
      /** The earliest any probe may run (Retry-After, the brake); a visible tab pulls dueAt down to it. */
      floorAt: number;
      reason: PaceReason;
      serverAskedSeconds: number | null;
      cappedByMaxWait: boolean;
    }
  | { phase: 'probing'; since: number; tabId: number; manual: boolean }
  | { phase: 'paused-offline'; since: number; checkAt: number }
  | { phase: 'back'; at: number }
  | { phase: 'gave-up'; at: number; reason: GiveUpReason };

export type SitePhase = SiteState['phase'];

export interface SiteRecord {
  origin: string;
  state: SiteState;
  /** Probes sent in this outage (the user's own loads are not counted). */
  attempts: number;
  /** When the site last answered (or failed to), ms. */
  lastAnswerAt: number;
  memory: PaceMemory;
  diagnosis: Diagnosis;
  /** The site's status page last said "major outage". */
  statusMajor: boolean;
}

export interface TabRecord {
  tabId: number;
  /** The failed URL without its fragment. */
  url: string;
  origin: string;
  /** The failed request's method, upper case. Only GET and HEAD are ever sent again. */
  method: string;
  status: number;
  headers: HeaderMap;
  /** When this tab's error was first seen, ms. */
  since: number;
  diagnosis: Diagnosis;
  /** The error document's id where the browser gives one (Chromium's webNavigation), else null. */
  documentId: string | null;
  /** The tab is the active tab of a focused window. */
  visible: boolean;
  /** The user pressed Stop in this tab. */
  stopped: boolean;
  /** Auto-retry is off for this tab's site (settings). */
  disabled: boolean;
  /** Found already showing its error at start-up: its method is unknown, so it comes back by a GET navigation. */
  adopted: boolean;
  /** A private window or a container: nothing about it is written to disk. */
  isPrivate: boolean;
  /** The site answered and the tab was (or is being) brought back, ms. */
  recoveredAt: number | null;
  /** The user's own Retry now in this tab. */
  manual: ManualBudget;
}

export interface EngineState {
  tabs: Record<string, TabRecord>;
  sites: Record<string, SiteRecord>;
}

export function emptyState(): EngineState {
  return { tabs: {}, sites: {} };
}
