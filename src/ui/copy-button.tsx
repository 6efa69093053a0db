/**
 * Copies text to the clipboard and says so in a live region (screen readers hear "Copied").
 * The popup is a user-activated extension page, so navigator.clipboard works from the click.
 */
import { useState } from 'preact/hooks';
import { Button } from './button';
import { t } from './i18n';

interface CopyButtonProps {
  text: string;
  /** Message key of the button's label. */
  labelKey: string;
  /** Message key said after copying. */
  doneKey?: string;
}

export function CopyButton({ text, labelKey, doneKey = 'pp_copied' }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = (): void => {
    navigator.clipboard.writeText(text).then(() => setState('done'), () => setState('failed'));
  };
  return (
    <span class="row">
      <Button onClick={copy}>{t(labelKey)}</Button>
      <span role="status" class={state === 'failed' ? 'notice-error' : 'notice-ok'}>
        {state === 'done' ? t(doneKey) : state === 'failed' ? t('pp_copy_failed') : ''}
      </span>
    </span>
  );
}
