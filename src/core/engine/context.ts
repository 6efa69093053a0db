/** The working draft one transition mutates, and what it collects; step.ts hands it out and takes it back. */
import type { Effect } from './effects';
import type { EngineEnv } from './env';
import type { EngineState } from './state';

export interface Draft {
  state: EngineState;
  env: EngineEnv;
  effects: Effect[];
  /** Sites whose views changed: each gets one push at the end. */
  touched: Set<string>;
}
