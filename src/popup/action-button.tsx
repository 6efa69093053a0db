/** A button that runs one background action and says how it went, in a live region. */
import { useState } from 'preact/hooks';
import type { ActionResult } from '../shared/messages';
import { Button } from '../ui/button';
import { t } from '../ui/i18n';
import { actionErrorKey, runAction, type PopupAction } from './actions';

interface ActionButtonProps {
  action: PopupAction;
  tabId: number;
  /** The origin of the page the popup shows: the action is refused if the tab left it. */
  origin: string;
  labelKey: string;
  /** Said when the action worked. */
  doneKey: string;
  /** Substitutions for the done message. */
  doneSubs?: string[];
  kind?: 'primary' | 'secondary' | 'danger';
  onDone?: (result: ActionResult) => void;
}

export function ActionButton({ action, tabId, origin, labelKey, doneKey, doneSubs = [], kind = 'secondary', onDone }: ActionButtonProps) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);
  const run = async (): Promise<void> => {
    setBusy(true);
    const outcome = await runAction(action, tabId, origin);
    setBusy(false);
    setResult(outcome);
    onDone?.(outcome);
  };
  const errorKey = result === null ? null : actionErrorKey(result);
  return (
    <div class="action">
      <Button kind={kind} onClick={run} disabled={busy} aria-busy={busy}>{t(labelKey)}</Button>
      <p role="status" class={errorKey ? 'notice notice-error' : 'notice-ok'}>
        {result === null ? '' : errorKey ? t(errorKey) : t(doneKey, doneSubs)}
      </p>
    </div>
  );
}
