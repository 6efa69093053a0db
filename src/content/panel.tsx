/**
 * The overlay panel: which layer failed, in plain words, whether waiting helps, the retry
 * countdown, and the user's buttons. Everything is a native button, so it works from the
 * keyboard; the status line is a polite live region. Every handler acts on trusted events only
 * (./trusted.ts). A form is never sent again from here: a page could press the button itself,
 * so the overlay only points to the toolbar popup, where the warning and the confirmation live.
 */
import { useEffect, useState } from 'preact/hooks';
import { send } from '../shared/messages';
import type { TabView } from '../shared/view';
import { extensionAlive } from './alive';
import { t } from './i18n';
import { Ids } from './ids';
import { StatusLine } from './status-line';
import { trusted } from './trusted';
import { VerdictLine } from './verdict-line';

function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    // Once cut off from the extension, stop: a render would call the dead i18n API every second.
    const id = setInterval(() => { if (extensionAlive()) setNow(Date.now()); }, 1000);
    return () => clearInterval(id);
  }, []);
  return now;
}

/** When the countdown ends, wake the background: its own timers may have died with it. */
function useDuePing(nextAt: number | null): void {
  useEffect(() => {
    if (nextAt === null) return;
    const id = setTimeout(() => { send('retry/due', {}).catch(() => undefined); }, Math.max(0, nextAt - Date.now()));
    return () => clearTimeout(id);
  }, [nextAt]);
}

/** The page was a form: say so, and where the user can send it again (the toolbar popup). */
function FormNote() {
  return <p class="small" data-testid="form-note">{t('ov_form_resend_in_popup')}</p>;
}

export function Panel({ initial, onView }: { initial: TabView; onView: (set: (v: TabView) => void) => void }) {
  const [view, setView] = useState(initial);
  const [hidden, setHidden] = useState(false);
  const now = useNow();
  useEffect(() => onView(setView), []);
  useDuePing(view.retry.phase === 'waiting' ? view.retry.nextAt : null);
  if (hidden) return null;
  const act = (type: 'retry/now' | 'retry/stop'): void => {
    send(type, {}).then((v) => { if (v) setView(v); }).catch(() => undefined);
  };
  const form = view.retry.phase === 'not-resent';
  const { canStop, canRetryNow } = view.retry.controls;
  return (
    <section data-testid="comeback-panel" role="region" aria-labelledby="cb-layer" class="panel">
      <header>
        <h2 id="cb-layer" data-testid="layer">{t(view.explanation.layerKey)}</h2>
        <button type="button" class="close" aria-label={t('ov_hide')} title={t('ov_hide')} data-testid="hide" onClick={trusted(() => setHidden(true))}>×</button>
      </header>
      <p data-testid="explanation">{t(view.explanation.visitorKey)}</p>
      <p class="muted small" data-testid="wait-helps">{t(view.explanation.waitKey)}</p>
      <StatusLine view={view} now={now} />
      <VerdictLine />
      <div class="actions">
        {form ? <FormNote /> : canRetryNow ? <button type="button" data-testid="retry-now" onClick={trusted(() => act('retry/now'))}>{t('ov_retry_now')}</button> : null}
        {canStop ? <button type="button" class="secondary" data-testid="stop" onClick={trusted(() => act('retry/stop'))}>{t('ov_stop')}</button> : null}
      </div>
      <Ids ids={view.diagnosis.ids} />
    </section>
  );
}
