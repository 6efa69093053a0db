/**
 * The retry state: phase, attempt n of m, a live countdown, what the server's Retry-After asked
 * and whether it is honoured, and the Retry now / Stop / Never buttons.
 */
import { useEffect, useState } from 'preact/hooks';
import type { RetryView, TabView } from '../shared/view';
import { Button } from '../ui/button';
import { t } from '../ui/i18n';
import { formatDuration, secondsLeft } from './duration';
import { FormResend } from './form-resend';

interface RetryCardProps {
  view: TabView;
  maxWaitSeconds: number;
  /** Whether the site already has a "never" rule (the button would do nothing). */
  neverRule: boolean;
  onRetryNow: () => void;
  onStop: () => void;
  onNever: () => void;
}

/** Re-renders every second while a countdown runs. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

function retryAfterLine(retry: RetryView, maxWaitSeconds: number): string {
  if (retry.serverAskedSeconds === null) return t('pp_retry_after_none');
  const asked = formatDuration(retry.serverAskedSeconds, t);
  if (retry.cappedByMaxWait) return t('pp_retry_after_capped', [asked, formatDuration(maxWaitSeconds, t)]);
  // The engine never probes sooner than Retry-After unless the user's maximum wait cut it.
  return t('pp_retry_after_honoured', [asked]);
}

export function RetryCard({ view, maxWaitSeconds, neverRule, onRetryNow, onStop, onNever }: RetryCardProps) {
  const { retry } = view;
  const now = useNow((retry.phase === 'waiting' && retry.nextAt !== null) || retry.controls.retryNowAt !== null);
  const left = retry.nextAt === null ? null : secondsLeft(retry.nextAt, now);
  return (
    <section class="card" aria-labelledby="retry-heading">
      <h2 id="retry-heading">{t(`pp_phase_${retry.phase.replace(/-/g, '_')}`)}</h2>
      {/* `attempt` counts probes made; the one being waited for is the next (same as the overlay). */}
      {(retry.phase === 'waiting' || retry.phase === 'probing') && <p>{t('pp_attempt_n', [String(retry.attempt + 1)])}</p>}
      {retry.phase === 'waiting' && left !== null && (
        // role=timer is not read out on every tick (implicit aria-live off); the heading carries the state.
        <p role="timer" aria-live="off" class="countdown">{t('pp_next_try_in', [formatDuration(left, t)])}</p>
      )}
      {retry.phase === 'gave-up' && retry.giveUpReason !== null && (
        <p>{t(`pp_gave_up_${retry.giveUpReason.replace(/-/g, '_')}`)}</p>
      )}
      {retry.phase !== 'not-resent' && <p class="muted">{retryAfterLine(retry, maxWaitSeconds)}</p>}
      {retry.controls.retryNowAt !== null && <p class="muted">{t('pp_retry_now_again_in', [formatDuration(secondsLeft(retry.controls.retryNowAt, now), t)])}</p>}
      {retry.phase === 'not-resent' && <FormResend view={view} />}
      <div class="row">
        {retry.controls.canRetryNow && <Button kind="primary" onClick={onRetryNow}>{t('pp_retry_now')}</Button>}
        {retry.controls.canStop && <Button onClick={onStop}>{t('pp_stop')}</Button>}
        {!neverRule && retry.phase !== 'not-resent' && (
          <Button kind="link" onClick={onNever}>{t('pp_never_retry_site', [view.hostname])}</Button>
        )}
      </div>
    </section>
  );
}
