/**
 * The consent and per-service switches for "is it down for everyone?". Changing any of them
 * counts as having answered the one-time consent question (the user saw every choice here).
 */
import type { ConsentSettings, Settings } from '../shared/settings';
import { t } from '../ui/i18n';
import type { Save } from './save';

type Service = Exclude<keyof ConsentSettings, 'answered'>;

const SERVICES: { key: Service; labelKey: string; helpKey: string }[] = [
  { key: 'statusPage', labelKey: 'set_consent_status_page', helpKey: 'set_consent_status_page_help' },
  { key: 'connectivity', labelKey: 'set_consent_connectivity', helpKey: 'set_consent_connectivity_help' },
  { key: 'checkHost', labelKey: 'set_consent_check_host', helpKey: 'op_consent_check_host_sent' },
  { key: 'wayback', labelKey: 'set_consent_wayback', helpKey: 'op_consent_wayback_sent' },
];

export function ChecksSection({ settings, save }: { settings: Settings; save: Save }) {
  const toggle = (key: Service, on: boolean): void =>
    save((s) => ({ ...s, consent: { ...s.consent, [key]: on, answered: true } }));
  return (
    <fieldset>
      <legend>{t('set_section_checks')}</legend>
      <p class="help">{t('set_checks_help')}</p>
      {SERVICES.map(({ key, labelKey, helpKey }) => (
        <div class="field check" key={key}>
          <input
            id={`consent-${key}`} type="checkbox" checked={settings.consent[key]} aria-describedby={`consent-${key}-help`}
            onChange={(e) => toggle(key, e.currentTarget.checked)}
          />
          <label for={`consent-${key}`}>{t(labelKey)}</label>
          <p id={`consent-${key}-help`} class="help">{t(helpKey)}</p>
        </div>
      ))}
    </fieldset>
  );
}
