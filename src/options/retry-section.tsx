/** Auto-retry on/off, how long to keep trying, longest wait, notifications. */
import { GIVE_UP_AFTER_MINUTES_RANGE, MAX_WAIT_SECONDS_RANGE, type Settings } from '../shared/settings';
import { t } from '../ui/i18n';
import { NotificationsField } from './notifications-field';
import type { Save } from './save';

/** A whole number from an input, or null when the field is empty or not a number. */
function wholeNumber(value: string): number | null {
  const n = Number(value);
  return value.trim() === '' || !Number.isFinite(n) ? null : Math.round(n);
}

interface Props {
  settings: Settings;
  save: Save;
}

export function RetrySection({ settings, save }: Props) {
  const setNumber = (key: 'giveUpAfterMinutes' | 'maxWaitSeconds', raw: string): void => {
    const n = wholeNumber(raw);
    // Out-of-range numbers are clamped by the schema (normalize.ts), so the field shows what is stored.
    if (n !== null) save((s) => ({ ...s, [key]: n }));
  };
  // Values are read in the event handler: the change runs later, when currentTarget is null.
  const setFlag = (key: 'autoRetry', on: boolean): void => save((s) => ({ ...s, [key]: on }));
  return (
    <fieldset>
      <legend>{t('set_section_retry')}</legend>
      <div class="field check">
        <input
          id="auto-retry" type="checkbox" checked={settings.autoRetry} aria-describedby="auto-retry-help"
          onChange={(e) => setFlag('autoRetry', e.currentTarget.checked)}
        />
        <label for="auto-retry">{t('set_auto_retry_label')}</label>
        <p id="auto-retry-help" class="help">{t('set_auto_retry_help')}</p>
      </div>
      <div class="field">
        <label for="give-up-after">{t('set_give_up_after_label')}</label>
        <input
          id="give-up-after" type="number" inputMode="numeric" step={1} aria-describedby="give-up-after-help"
          min={GIVE_UP_AFTER_MINUTES_RANGE.min} max={GIVE_UP_AFTER_MINUTES_RANGE.max} value={settings.giveUpAfterMinutes}
          onChange={(e) => setNumber('giveUpAfterMinutes', e.currentTarget.value)}
        />
        <p id="give-up-after-help" class="help">{t('set_give_up_after_help')}</p>
      </div>
      <div class="field">
        <label for="max-wait">{t('set_max_wait_label')}</label>
        <input
          id="max-wait" type="number" inputMode="numeric" step={1} aria-describedby="max-wait-help"
          min={MAX_WAIT_SECONDS_RANGE.min} max={MAX_WAIT_SECONDS_RANGE.max} value={settings.maxWaitSeconds}
          onChange={(e) => setNumber('maxWaitSeconds', e.currentTarget.value)}
        />
        <p id="max-wait-help" class="help">{t('set_max_wait_help')}</p>
      </div>
      <NotificationsField settings={settings} save={save} />
    </fieldset>
  );
}
