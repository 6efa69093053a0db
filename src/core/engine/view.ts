/**
 * The retry part of what the overlay and the popup show for one tab, and which of the user's
 * buttons make sense: computed once here so both surfaces agree. Pure.
 */
import { mayAutoRetry } from '../retry-policy';
import { manualAllowedAt } from './manual-budget';
import type { PaceReason } from './pacing';
import type { EngineState, GiveUpReason, SiteRecord, TabRecord } from './state';

/**
 * - `waiting`: a probe is planned (`nextAt`). - `probing`: the page is being loaded again.
 * - `paused-offline`: the browser is offline; resumes by itself. - `gave-up`: no more automatic
 * tries (`giveUpReason`). - `stopped`: the user pressed Stop here. - `not-resent`: the failed
 * request was a form, never sent again by itself. - `disabled`: auto-retry is off for the site.
 * - `recovered`: the site answered; the page is coming back.
 */
export type RetryPhase =
  | 'waiting' | 'probing' | 'paused-offline' | 'gave-up' | 'stopped' | 'not-resent' | 'disabled' | 'recovered';

export interface RetryControls {
  /** Retry now is offered (and accepted). */
  canRetryNow: boolean;
  /** When Retry now is available again after the user's own tries ran out (ms), else null. */
  retryNowAt: number | null;
  /** Stop is offered. */
  canStop: boolean;
}

export interface RetryView {
  phase: RetryPhase;
  /** Probes made for the site in this outage. */
  attempt: number;
  /** When the next probe runs (ms), while `waiting`. */
  nextAt: number | null;
  /** What set that time. */
  reason: PaceReason | null;
  /** What Retry-After asked for, seconds, when the server sent one. */
  serverAskedSeconds: number | null;
  /** Retry-After asked for longer than the user's maximum wait; the wait is that maximum. */
  cappedByMaxWait: boolean;
  giveUpReason: GiveUpReason | null;
  /** When Comeback stops by itself if the site stays down (ms), while it retries. */
  giveUpAt: number | null;
  controls: RetryControls;
}

function phaseOf(tab: TabRecord, site: SiteRecord | undefined): RetryPhase {
  if (tab.recoveredAt !== null) return 'recovered';
  if (!tab.adopted && !mayAutoRetry(tab.method)) return 'not-resent';
  if (tab.disabled) return 'disabled';
  if (tab.stopped) return 'stopped';
  if (!site) return 'gave-up';
  switch (site.state.phase) {
    case 'back': return 'recovered';
    case 'gave-up': return 'gave-up';
    case 'paused-offline': return 'paused-offline';
    case 'probing': return 'probing';
    case 'waiting': return 'waiting';
  }
}

const STOPPABLE = new Set<RetryPhase>(['waiting', 'probing', 'paused-offline']);
const RETRYABLE = new Set<RetryPhase>(['waiting', 'paused-offline', 'gave-up', 'stopped', 'disabled']);

export function retryView(state: EngineState, tabId: number, now: number, giveUpAfterMs: number): RetryView | null {
  const tab = state.tabs[String(tabId)];
  if (!tab) return null;
  const site = state.sites[tab.origin];
  const phase = phaseOf(tab, site);
  const waiting = phase === 'waiting' && site?.state.phase === 'waiting' ? site.state : null;
  const allowedAt = manualAllowedAt(tab.manual, now);
  const offered = RETRYABLE.has(phase);
  return {
    phase,
    attempt: site?.attempts ?? 0,
    nextAt: waiting?.dueAt ?? null,
    reason: waiting?.reason ?? null,
    serverAskedSeconds: waiting?.serverAskedSeconds ?? tab.diagnosis.retryAfterSeconds,
    cappedByMaxWait: waiting?.cappedByMaxWait ?? false,
    giveUpReason: site?.state.phase === 'gave-up' ? site.state.reason : phase === 'gave-up' ? 'not-retryable' : null,
    giveUpAt: site && STOPPABLE.has(phase) ? site.memory.firstFailedAt + giveUpAfterMs : null,
    controls: {
      canRetryNow: offered && allowedAt <= now,
      retryNowAt: offered && allowedAt > now ? allowedAt : null,
      canStop: STOPPABLE.has(phase),
    },
  };
}
