/**
 * The guide: ordered steps from chooseGuide (src/core/guide.ts). "No" on "Did this fix it?"
 * moves the keyboard focus to the next step; "Yes" is recorded locally and thanked.
 */
import { useRef, useState } from 'preact/hooks';
import type { GuideStep as Step, GuideStepId } from '../core/guide';
import { t } from '../ui/i18n';
import { recordFeedback } from './feedback';
import type { GuideEnv } from './guide-env';
import { GuideStep, type Answer } from './guide-step';

/** Steps whose outcome the user can judge right away; the rest inform rather than fix. */
const FIXING_STEPS: readonly GuideStepId[] = ['reload', 'clear-cache', 'private-window', 'network'];

export function GuideList({ steps, env }: { steps: Step[]; env: GuideEnv }) {
  const [answers, setAnswers] = useState<Partial<Record<GuideStepId, Answer>>>({});
  const headings = useRef<(HTMLHeadingElement | null)[]>([]);
  const answer = (index: number, id: GuideStepId, value: Answer): void => {
    setAnswers((before) => ({ ...before, [id]: value }));
    void recordFeedback(id, value === 'yes');
    if (value === 'no') headings.current[index + 1]?.focus();
  };
  return (
    <section aria-labelledby="guide-heading">
      <h2 id="guide-heading">{t('gd_heading')}</h2>
      <ol class="guide">
        {steps.map((step, index) => (
          <GuideStep
            key={step.id} step={step} env={env} answer={answers[step.id]}
            askFeedback={FIXING_STEPS.includes(step.id)}
            onAnswer={(value) => answer(index, step.id, value)}
            headingRef={(el: HTMLHeadingElement | null) => { headings.current[index] = el; }}
          />
        ))}
      </ol>
    </section>
  );
}
