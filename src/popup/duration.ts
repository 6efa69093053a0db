/** The popup's durations: the one formatter every surface uses (core/engine/duration.ts). */
export { formatDuration, secondsLeft } from '../core/engine/duration';
