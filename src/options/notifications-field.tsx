/**
 * "Tell me when a page is back": notifications are an optional permission (docs/permissions.md),
 * asked for when the user turns this on. The box shows on only when the setting is on and the
 * browser allows notifications, so it never claims what cannot happen.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { hasPermission, requestPermission } from '../shared/optional-permissions';
import type { Settings } from '../shared/settings';
import { t } from '../ui/i18n';
import type { Save } from './save';

export function NotificationsField({ settings, save }: { settings: Settings; save: Save }) {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    const check = (): void => { void hasPermission(['notifications']).then(setGranted); };
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => { browser.permissions.onAdded.removeListener(check); browser.permissions.onRemoved.removeListener(check); };
  }, []);
  const change = (on: boolean): void => {
    if (!on) { save((s) => ({ ...s, notifications: false })); return; }
    // Asked inside the change event (a user gesture), before anything is awaited.
    void requestPermission(['notifications']).then((ok) => {
      setGranted(ok);
      setRefused(!ok);
      if (ok) save((s) => ({ ...s, notifications: true }));
    });
  };
  return (
    <div class="field check">
      <input
        id="notifications" type="checkbox" checked={settings.notifications && granted === true}
        aria-describedby="notifications-help" onChange={(e) => change(e.currentTarget.checked)}
      />
      <label for="notifications">{t('set_notifications_label')}</label>
      <p id="notifications-help" class="help" aria-live="polite">
        {refused ? t('set_notifications_refused') : settings.notifications && granted === false ? t('set_notifications_ask') : ''}
      </p>
    </div>
  );
}
