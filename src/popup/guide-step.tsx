/** One step of the guide: title, advice, its action, its links, and "Did this fix it?". */
import type { Ref } from 'preact';
import { guideLinkHref, type SiteLinkInput } from '../core/guide-links';
import type { GuideLink, GuideStep as Step } from '../core/guide';
import { Button } from '../ui/button';
import { t } from '../ui/i18n';
import type { GuideEnv } from './guide-env';
import { StepAction } from './step-action';

export type Answer = 'yes' | 'no';

interface GuideStepProps {
  step: Step;
  env: GuideEnv;
  answer: Answer | undefined;
  askFeedback: boolean;
  onAnswer: (answer: Answer) => void;
  headingRef?: Ref<HTMLHeadingElement>;
}

export function Links({ links, input }: { links: GuideLink[]; input: SiteLinkInput }) {
  const shown = links.flatMap((link) => {
    const href = guideLinkHref(link, input);
    return href === null ? [] : [{ href, label: t(link.labelKey) }];
  });
  if (shown.length === 0) return null;
  return (
    <ul class="links">
      {shown.map((link) => <li key={link.href}><a href={link.href} target="_blank" rel="noreferrer">{link.label}</a></li>)}
    </ul>
  );
}

function Feedback({ id, answer, onAnswer }: { id: string; answer: Answer | undefined; onAnswer: (a: Answer) => void }) {
  if (answer === 'yes') return <p role="status" class="notice-ok">{t('pp_feedback_thanks')}</p>;
  if (answer === 'no') return <p role="status" class="muted">{t('pp_feedback_next')}</p>;
  return (
    <div class="row feedback" role="group" aria-labelledby={`fb-${id}`}>
      <span id={`fb-${id}`}>{t('gd_did_it_help')}</span>
      <Button onClick={() => onAnswer('yes')}>{t('gd_yes')}</Button>
      <Button onClick={() => onAnswer('no')}>{t('gd_no')}</Button>
    </div>
  );
}

export function GuideStep({ step, env, answer, askFeedback, onAnswer, headingRef }: GuideStepProps) {
  const input: SiteLinkInput = { hostname: env.view.hostname, url: env.view.url, statusPageUrl: env.statusPageUrl };
  return (
    <li class={`step${answer === 'no' ? ' step-done' : ''}`} data-step={step.id}>
      <h3 tabIndex={-1} ref={headingRef}>{t(step.titleKey)}</h3>
      <p>{t(step.bodyKey)}</p>
      {step.items && (
        <ul>
          {step.items.map((item) => (
            <li key={item.id}>{t(item.textKey)}{item.links && <Links links={item.links} input={input} />}</li>
          ))}
        </ul>
      )}
      <StepAction step={step} env={env} />
      {step.links && <Links links={step.links} input={input} />}
      {askFeedback && <Feedback id={step.id} answer={answer} onAnswer={onAnswer} />}
    </li>
  );
}
