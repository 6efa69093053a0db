/**
 * "Is it down for everyone?" in one line, so the answer is on the error page without opening the
 * popup. The background runs only the checks the user allowed and answers from the checks cache it
 * shares with the popup; the line arrives as plain text and is rendered as a text node (incident
 * titles come from third parties: never HTML).
 */
import { useEffect, useState } from 'preact/hooks';
import { send, type OverlayVerdict } from '../shared/messages';
import { t } from './i18n';

type State = { state: 'checking' } | { state: 'done'; value: OverlayVerdict } | { state: 'none' };

export function VerdictLine() {
  const [s, setS] = useState<State>({ state: 'checking' });
  useEffect(() => {
    let live = true;
    send('checks/verdict', {}).then(
      (value) => { if (live) setS(value ? { state: 'done', value } : { state: 'none' }); },
      () => { if (live) setS({ state: 'none' }); },
    );
    return () => { live = false; };
  }, []);
  if (s.state === 'none') return null;
  const done = s.state === 'done';
  return (
    <p data-testid="verdict" data-verdict={done ? s.value.verdict : 'checking'} class={done ? 'verdict' : 'verdict muted'} aria-live="polite">
      {done ? s.value.line : t('ov_verdict_checking')}
    </p>
  );
}
