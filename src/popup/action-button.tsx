/** A button that runs one background action and says how it went, in a live region. */
import { useState } from 'preact/hooks';
import type { ActionResult } from '../shared/messages';
import { requestPermission, type OptionalPermission } from '../shared/optional-permissions';
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
  /** An optional permission the action needs, asked for at this click (docs/permissions.md). */
  needs?: OptionalPermission[];
  onDone?: (result: ActionResult) => void;
}

export function ActionButton({ action, tabId, origin, labelKey, doneKey, doneSubs = [], kind = 'secondary', needs, onDone }: ActionButtonProps) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);
  const run = async (): Promise<void> => {
    // Asked first, inside the click: the browser shows its prompt only for a user gesture.
    const allowed = needs === undefined ? Promise.resolve(true) : requestPermission(needs);
    setBusy(true);
    const outcome: ActionResult = (await allowed) ? await runAction(action, tabId, origin) : { ok: false, error: 'permission-denied' };
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
