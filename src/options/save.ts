/** How the options page changes settings: always through the schema (updateSettings validates). */
import type { Settings } from '../shared/settings';

/** Applies one change; the page shows "Saved" or the failure. */
export type Save = (change: (current: Settings) => Settings) => void;
