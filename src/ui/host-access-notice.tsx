/**
 * Says when the user has withheld Comeback's access to sites (it then cannot see errors or probe)
 * and offers the browser's own prompt to give it back. Shown in the popup and the options page.
 */
import { useEffect, useState } from 'preact/hooks';
import { requestHostAccess, watchHostAccess } from '../shared/host-access';
import { Button } from './button';
import { t } from './i18n';

export function HostAccessNotice() {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => watchHostAccess(setGranted), []);
  if (granted !== false) return null;
  const ask = (): void => {
    // Inside the click, before anything is awaited: the browser asks only for a user gesture.
    void requestHostAccess().then((ok) => { setGranted(ok); setRefused(!ok); });
  };
  return (
    <div class="notice notice-warn host-access" role="alert">
      <p>{t('ui_host_access_missing')}</p>
      <Button kind="primary" onClick={ask}>{t('ui_host_access_grant')}</Button>
      {refused && <p class="muted">{t('ui_host_access_refused')}</p>}
    </div>
  );
}
