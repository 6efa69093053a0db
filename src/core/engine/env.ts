/** What the engine is given besides the state and the event: the time, randomness, the settings. */

export interface EngineSettings {
  /** The longest single wait, ms. */
  maxWaitMs: number;
  /** Stop retrying after the site has failed this long, ms. */
  giveUpAfterMs: number;
}

export interface EngineEnv {
  now: number;
  /** Uniform in [0, 1). */
  random: () => number;
  settings: EngineSettings;
  /** The browser's own idea of being online (never a page's). */
  online: boolean;
}

/** Probes that have not answered in this long are taken as lost (a stopped worker, a hung load). */
export const PROBE_LOST_MS = 90_000;
/**
 * A paused site looks at the browser's online flag again this often, so a missed "online" event
 * cannot strand it (seen in Chromium: a service worker gets the offline event of an emulated
 * disconnect but not always the online one). Looking sends nothing while offline.
 */
export const OFFLINE_RECHECK_MS = 5_000;
/** A probe that could not run because the tab was busy is tried again this much later. */
export const BUSY_RETRY_MS = 2_000;
/** Reloads of the other tabs are spread 250 ms apart, over at most 2 s. */
export const STAGGER_STEP_MS = 250;
export const STAGGER_MAX_MS = 2_000;
