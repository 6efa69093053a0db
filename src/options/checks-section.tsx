/**
 * The consent and per-service switches for "is it down for everyone?". Changing any of them
 * counts as having answered the one-time consent question (the user saw every choice here).
 */
import type { Settings } from '../shared/settings';
import { THIRD_PARTIES, type ConsentKey } from '../status/privacy/third-parties';
import { t } from '../ui/i18n';
import type { Save } from './save';

type Service = ConsentKey;

/** One switch per outside service, each with the sentence that says what it gets and when. */
const SERVICES = THIRD_PARTIES.map((p) => ({ key: p.consent, labelKey: p.labelKey, helpKey: p.sentKey }));

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
