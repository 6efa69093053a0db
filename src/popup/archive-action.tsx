/**
 * Guide step 7: look for an archived copy. The Wayback Machine gets the page's address (no query), so
 * it is asked only from this click and only with consent; archive.today is a plain link.
 */
import { useState } from 'preact/hooks';
import { send } from '../shared/messages';
import type { ArchiveResult } from '../status/archive/lookup-archive';
import { Button } from '../ui/button';
import { t } from '../ui/i18n';

type State = { state: 'idle' } | { state: 'running' } | { state: 'done'; result: ArchiveResult | null };

function Outcome({ result }: { result: ArchiveResult | null }) {
  if (result === null) return <p>{t('pp_error_failed')}</p>;
  if (result.notPublic) return <p class="muted">{t('pp_archive_not_public')}</p>;
  const wb = result.wayback;
  if (wb.state === 'off') return <p class="muted">{t('pp_archive_wayback_off')}</p>;
  if (wb.state === 'done' && wb.value !== null) {
    return <p><a href={wb.value.url} target="_blank" rel="noreferrer">{t('pp_archive_open_wayback')}</a></p>;
  }
  return <p>{t('pp_archive_none')}</p>;
}

export function ArchiveAction({ tabId, origin, labelKey }: { tabId: number; origin: string; labelKey: string }) {
  const [state, setState] = useState<State>({ state: 'idle' });
  const look = (): void => {
    setState({ state: 'running' });
    send('archive/lookup', { tabId, origin }).then(
      (result) => setState({ state: 'done', result }),
      () => setState({ state: 'done', result: null }),
    );
  };
  return (
    <div class="action">
      <Button kind="primary" onClick={look} disabled={state.state === 'running'}>{t(labelKey)}</Button>
      <div role="status">
        {state.state === 'running' && <p>{t('pp_archive_looking')}</p>}
        {state.state === 'done' && <Outcome result={state.result} />}
      </div>
    </div>
  );
}
