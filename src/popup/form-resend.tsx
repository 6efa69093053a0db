/**
 * "Send the form again", for a tab whose failed request was a form. The warning and the
 * confirmation live here, in the popup, because a page cannot reach the popup while it can
 * press anything it sees in its own document. The request names the site the user saw, so the
 * background refuses it if the tab has moved elsewhere meanwhile, and the background allows one
 * resend per tab every 30 s (src/background/resend.ts).
 */
import { useState } from 'preact/hooks';
import { send, type ResendResult } from '../shared/messages';
import type { TabView } from '../shared/view';
import { Button } from '../ui/button';
import { t } from '../ui/i18n';

const ERROR_KEYS: Record<Exclude<ResendResult, { ok: true }>['error'], string> = {
  'too-soon': 'pp_resend_too_soon',
  'origin-mismatch': 'pp_resend_moved',
  'not-a-form': 'pp_resend_failed',
  failed: 'pp_resend_failed',
};

export function FormResend({ view }: { view: TabView }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async (): Promise<void> => {
    setBusy(true);
    const result: ResendResult = await send('form/resend', { tabId: view.tabId, origin: view.origin })
      .catch((): ResendResult => ({ ok: false, error: 'failed' }));
    setBusy(false);
    // On success the tab reloads and the popup shows its new state; only a refusal needs words.
    setError(result.ok ? null : ERROR_KEYS[result.error]);
    if (result.ok) setAsking(false);
  };
  return (
    <div class="form-resend">
      {!asking && <Button onClick={() => setAsking(true)} aria-expanded={false}>{t('pp_resend_button')}</Button>}
      {asking && (
        <div class="notice notice-warn" role="group" aria-labelledby="resend-warning">
          <p id="resend-warning">{t('pp_resend_warning', [view.hostname])}</p>
          <div class="row">
            <Button kind="danger" onClick={() => void confirm()} disabled={busy} aria-busy={busy}>{t('pp_resend_confirm')}</Button>
            <Button onClick={() => setAsking(false)}>{t('pp_resend_cancel')}</Button>
          </div>
        </div>
      )}
      <p role="status" class={error ? 'notice notice-error' : 'notice-ok'}>{error ? t(error) : ''}</p>
    </div>
  );
}
