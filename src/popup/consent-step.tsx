/**
 * The one-time question before the first "down for everyone?" check: which outside services
 * Comeback would ask, and exactly what each one gets: the same sentences as the options page,
 * from one table (status/privacy/third-parties.ts).
 */
import { CONSENTED_THIRD_PARTIES } from '../status/privacy/third-parties';
import { Button } from '../ui/button';
import { t } from '../ui/i18n';

interface ConsentStepProps {
  hostname: string;
  onAnswer: (allowThirdParty: boolean) => void;
}

export function ConsentStep({ hostname, onAnswer }: ConsentStepProps) {
  return (
    <div class="consent notice notice-warn" role="group" aria-labelledby="consent-heading">
      <h3 id="consent-heading">{t('pp_consent_title')}</h3>
      <p>{t('pp_consent_defaults')}</p>
      <p>{t('pp_consent_third_party', [hostname])}</p>
      <ul>
        {CONSENTED_THIRD_PARTIES.map((p) => <li key={p.consent}>{t(p.sentKey)}</li>)}
      </ul>
      <p class="muted">{t('pp_consent_later')}</p>
      <div class="row">
        <Button kind="primary" onClick={() => onAnswer(true)}>{t('pp_consent_allow')}</Button>
        <Button onClick={() => onAnswer(false)}>{t('pp_consent_deny')}</Button>
      </div>
    </div>
  );
}
