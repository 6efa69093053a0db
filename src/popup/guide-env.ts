/** What a guide step needs from the popup besides its own data. */
import type { TabView } from '../shared/view';
import type { ChecksState } from './checks-state';

export interface GuideEnv {
  view: TabView;
  checks: ChecksState;
  statusPageUrl: string | null;
  /** "Check now": runs the checks, or asks for consent first. */
  onCheck: () => void;
  /** Runs the checks allowed now, without the consent question (the connection test). */
  onRunChecks: () => void;
  /** The answer to the consent question. */
  onConsent: (allowThirdParty: boolean) => void;
  onRetryNow: () => void;
}
