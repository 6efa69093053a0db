/** The retry engine's public face: the state, the one transition function, the view. */
export { step, type StepResult } from './step';
export { emptyState, type EngineState, type SiteRecord, type TabRecord, type SiteState, type GiveUpReason } from './state';
export type { EngineEvent } from './events';
export type { Effect, LoadHow } from './effects';
export type { EngineEnv, EngineSettings } from './env';
export { nextWake } from './on-clock';
export { isHandledStatus } from '../diagnose/status-kind';
export { retryView, type RetryView, type RetryPhase, type RetryControls } from './view';
export { isWaiting } from './tabs';
