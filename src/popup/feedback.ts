/**
 * "Did this fix it?": the answers are counted in storage.local only (never sent anywhere), so a
 * future version can order the steps by what helped this user before.
 */
import browser from 'webextension-polyfill';
import type { GuideStepId } from '../core/guide';

const KEY = 'guideFeedback';

type Counts = Partial<Record<GuideStepId, { yes: number; no: number }>>;

/** Adds one answer for a step. Failures are logged and ignored: feedback must never block the guide. */
export async function recordFeedback(step: GuideStepId, fixed: boolean): Promise<void> {
  try {
    const stored = (await browser.storage.local.get(KEY))[KEY];
    const counts = (typeof stored === 'object' && stored !== null ? stored : {}) as Counts;
    const before = counts[step] ?? { yes: 0, no: 0 };
    counts[step] = fixed ? { ...before, yes: before.yes + 1 } : { ...before, no: before.no + 1 };
    await browser.storage.local.set({ [KEY]: counts });
  } catch (error) {
    console.error('Comeback: recording feedback failed', error);
  }
}
