/** One sentence for where the retry stands, plus the attempt count and the server's wish. */
import type { TabView } from '../shared/view';
import { duration, t } from './i18n';

function phaseText(view: TabView, now: number): string {
  const r = view.retry;
  switch (r.phase) {
    case 'waiting': return r.nextAt === null ? t('ov_probing') : t('ov_next_try', duration((r.nextAt - now) / 1000));
    case 'probing': return t('ov_probing');
    case 'paused-offline': return t('ov_paused_offline');
    case 'gave-up':
      if (r.giveUpReason === 'not-retryable') return t('ov_gave_up_not_retryable');
      return t('ov_gave_up_time_limit');
    case 'stopped': return t('ov_stopped');
    case 'not-resent': return t('ov_not_resent');
    case 'disabled': return t('ov_disabled');
    case 'recovered': return t('ov_recovered');
  }
}

function serverAsked(view: TabView): string | null {
  const { serverAskedSeconds: asked, cappedByMaxWait, nextAt, phase } = view.retry;
  if (asked === null || phase !== 'waiting' || nextAt === null) return null;
  if (cappedByMaxWait) return t('ov_server_asked_capped', [duration(asked), duration((nextAt - view.since) / 1000)]);
  return t('ov_server_asked', duration(asked));
}

export function StatusLine({ view, now }: { view: TabView; now: number }) {
  const active = view.retry.phase === 'waiting' || view.retry.phase === 'probing';
  const shown = view.retry.attempt + 1;
  const asked = serverAsked(view);
  return (
    <div class="status">
      <p data-testid="status-line" role="status" aria-live="polite">
        {phaseText(view, now)}
        {active ? (
          <>
            <span aria-hidden="true" class="muted"> · </span>
            <span data-testid="attempt" class="muted">{t('ov_attempt_n', [String(shown)])}</span>
          </>
        ) : null}
      </p>
      {asked ? <p class="muted small">{asked}</p> : null}
    </div>
  );
}
